// The real HTTP transport for lrs_client.hpp, over libcurl.
#pragma once

#include "xapi/lrs_client.hpp"

namespace hallsim {

// Sends with the headers xAPI 1.0.3 asks for (X-Experience-API-Version, JSON content type) and
// basic authentication when `auth` is set. Never follows redirects (they would carry the
// credentials elsewhere); gives up after 10 s without a connection or 60 s in all.
HttpResponse curl_http(const HttpRequest& request);

}  // namespace hallsim
