// Delivering statements to a Learning Record Store (xAPI 1.0.3 POST /statements). The HTTP
// transport is a function, so the rules below are tested without a network; lrs_http.hpp has
// the real one.
#pragma once

#include <functional>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace hallsim {

struct HttpRequest {
  std::string method;  // "GET" or "POST"
  std::string url;
  std::string body;  // JSON, for POST
  std::string auth;  // "user:password" for HTTP basic authentication, "" for none
};

struct HttpResponse {
  long status = 0;  // 0: no answer at all (error says why)
  std::string body;
  std::string error;
};

using HttpTransport = std::function<HttpResponse(const HttpRequest&)>;

struct Lrs {
  std::string endpoint;  // the xAPI base, e.g. "http://127.0.0.1:8080/xAPI/"
  std::string auth;
};

enum class DeliveryState {
  delivered,    // the LRS holds every statement
  retry_later,  // unreachable, busy, or refused the credentials: keep and try again
  rejected,     // the LRS will never take them as they are (invalid, or a different statement has the id)
};

struct Delivery {
  DeliveryState state = DeliveryState::retry_later;
  std::string message;  // for the person at the terminal
};

// "" when `endpoint` is an http(s) URL without credentials in it, else what is wrong.
std::string lrs_endpoint_problem(const std::string& endpoint);

// Sends the statements (a JSON array) in one request. A 409 Conflict means some id is already
// stored: each statement is then sent alone, and one answered 409 is read back; when the stored
// statement holds everything we sent, it counts as delivered.
Delivery deliver_statements(const HttpTransport& http, const Lrs& lrs, const nlohmann::json& statements);

// Whether the LRS's copy holds everything in `sent`: it may add fields (stored, authority,
// version, objectType) and write times differently.
bool same_statement(const nlohmann::json& sent, const nlohmann::json& stored);

}  // namespace hallsim
