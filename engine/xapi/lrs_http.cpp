#include "xapi/lrs_http.hpp"

#include <memory>
#include <string>

#include <curl/curl.h>
#include <dlfcn.h>

namespace hallsim {

namespace {

// libcurl is opened on the first send, not linked: with the 29 libraries it brings (TLS,
// Kerberos, LDAP, SSH) it was half of what every `hallsim` command loaded and relocated before
// `main`, for the one command that talks to a Learning Record Store (docs/benchmarks.md).
struct Curl {
  decltype(&curl_global_init) global_init = nullptr;
  decltype(&curl_easy_init) easy_init = nullptr;
  decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&curl_easy_setopt) easy_setopt = nullptr;
  decltype(&curl_easy_perform) easy_perform = nullptr;
  decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
  decltype(&curl_easy_strerror) easy_strerror = nullptr;
  decltype(&curl_slist_append) slist_append = nullptr;
  decltype(&curl_slist_free_all) slist_free_all = nullptr;
  std::string missing;  // "" when every function was found
};

template <typename Function>
void find_function(void* library, const char* name, Function& function, std::string& missing) {
  function = reinterpret_cast<Function>(dlsym(library, name));
  if (!function && missing.empty()) missing = name;
}

// Opened once, never closed; thread-safe as a function-local static.
const Curl& curl_library() {
  static const Curl curl = [] {
    Curl c;
    void* library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
      c.missing = "libcurl.so.4 (Debian package libcurl4)";
      return c;
    }
    find_function(library, "curl_global_init", c.global_init, c.missing);
    find_function(library, "curl_easy_init", c.easy_init, c.missing);
    find_function(library, "curl_easy_cleanup", c.easy_cleanup, c.missing);
    find_function(library, "curl_easy_setopt", c.easy_setopt, c.missing);
    find_function(library, "curl_easy_perform", c.easy_perform, c.missing);
    find_function(library, "curl_easy_getinfo", c.easy_getinfo, c.missing);
    find_function(library, "curl_easy_strerror", c.easy_strerror, c.missing);
    find_function(library, "curl_slist_append", c.slist_append, c.missing);
    find_function(library, "curl_slist_free_all", c.slist_free_all, c.missing);
    if (c.missing.empty() && c.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) c.missing = "curl_global_init";
    return c;
  }();
  return curl;
}

size_t append_body(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

struct CurlDeleter {
  void operator()(CURL* c) const { curl_library().easy_cleanup(c); }
};

struct HeaderListDeleter {
  void operator()(curl_slist* l) const { curl_library().slist_free_all(l); }
};

}  // namespace

HttpResponse curl_http(const HttpRequest& request) {
  HttpResponse response;
  const Curl& api = curl_library();
  if (!api.missing.empty()) {
    response.error = "libcurl could not be loaded (" + api.missing + ")";
    return response;
  }
  std::unique_ptr<CURL, CurlDeleter> curl(api.easy_init());
  if (!curl) {
    response.error = "libcurl could not start";
    return response;
  }
  curl_slist* raw = nullptr;
  raw = api.slist_append(raw, "X-Experience-API-Version: 1.0.3");
  raw = api.slist_append(raw, "Accept: application/json");
  if (request.method == "POST") raw = api.slist_append(raw, "Content-Type: application/json");
  std::unique_ptr<curl_slist, HeaderListDeleter> headers(raw);
  char error[CURL_ERROR_SIZE] = {};
  CURL* c = curl.get();
  api.easy_setopt(c, CURLOPT_URL, request.url.c_str());
  api.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  api.easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
  api.easy_setopt(c, CURLOPT_USERAGENT, "HallSim");
  api.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  api.easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
  api.easy_setopt(c, CURLOPT_TIMEOUT, 60L);
  api.easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  api.easy_setopt(c, CURLOPT_WRITEFUNCTION, append_body);
  api.easy_setopt(c, CURLOPT_WRITEDATA, &response.body);
  if (!request.auth.empty()) {
    api.easy_setopt(c, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
    api.easy_setopt(c, CURLOPT_USERPWD, request.auth.c_str());
  }
  if (request.method == "POST") {
    api.easy_setopt(c, CURLOPT_POSTFIELDS, request.body.data());
    api.easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
  }
  CURLcode rc = api.easy_perform(c);
  if (rc != CURLE_OK) {
    response.error = *error ? error : api.easy_strerror(rc);
    return response;
  }
  api.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
  return response;
}

}  // namespace hallsim
