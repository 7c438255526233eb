#include "xapi/lrs_client.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/clock.hpp"

namespace hallsim {

namespace {

using json = nlohmann::json;

std::string statements_url(const std::string& endpoint) {
  return endpoint + (!endpoint.empty() && endpoint.back() == '/' ? "" : "/") + "statements";
}

bool accepted(long status) { return status == 200 || status == 204; }

// The LRS's explanation, short and on one line.
std::string excerpt(const std::string& body) {
  std::string out;
  json j = json::parse(body, nullptr, false);
  std::string text = j.is_object() && j.contains("message") && j["message"].is_string() ? j["message"].get<std::string>() : body;
  for (char c : text.substr(0, 300)) out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  if (text.size() > 300) {  // cut back to a whole character: never end inside a UTF-8 sequence
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  }
  return out;
}

Delivery failed(const HttpResponse& r, const std::string& url) {
  if (r.status == 0) return {DeliveryState::retry_later, fmt::format("the LRS at {} did not answer: {}", url, r.error)};
  if (r.status == 401 || r.status == 403)
    return {DeliveryState::retry_later,
            fmt::format("the LRS at {} refused the credentials (HTTP {}): set HALLSIM_LRS_AUTH=user:password or "
                        "`auth` in lrs.conf",
                        url, r.status)};
  // 400: the statements are invalid; resending them unchanged can never succeed.
  if (r.status == 400)
    return {DeliveryState::rejected, fmt::format("the LRS at {} rejected the statements (HTTP 400): {}", url, excerpt(r.body))};
  return {DeliveryState::retry_later, fmt::format("the LRS at {} answered HTTP {}: {}", url, r.status, excerpt(r.body))};
}

bool same_time(const json& a, const json& b) {
  if (!a.is_string() || !b.is_string()) return false;
  auto ta = parse_utc_time(a.get<std::string>()), tb = parse_utc_time(b.get<std::string>());
  return ta && tb && std::fabs(*ta - *tb) < 0.0005;
}

bool contains(const json& sent, const json& stored, bool is_timestamp) {
  if (is_timestamp && same_time(sent, stored)) return true;
  if (sent.is_object()) {
    if (!stored.is_object()) return false;
    for (auto it = sent.begin(); it != sent.end(); ++it) {
      auto there = stored.find(it.key());
      if (there == stored.end() || !contains(it.value(), *there, it.key() == "timestamp")) return false;
    }
    return true;
  }
  if (sent.is_array()) {
    if (!stored.is_array() || stored.size() != sent.size()) return false;
    for (size_t i = 0; i < sent.size(); ++i)
      if (!contains(sent[i], stored[i], false)) return false;
    return true;
  }
  if (sent.is_number() && stored.is_number()) {
    double a = sent.get<double>(), b = stored.get<double>();
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
  }
  return sent == stored;
}

// One statement already answered 409: delivered if the stored one is ours.
Delivery settle_conflict(const HttpTransport& http, const Lrs& lrs, const json& statement) {
  std::string url = statements_url(lrs.endpoint);
  std::string id = statement.value("id", "");
  HttpResponse back = http({"GET", url + "?statementId=" + id, "", lrs.auth});
  if (back.status == 200) {
    json stored = json::parse(back.body, nullptr, false);
    if (same_statement(statement, stored)) return {DeliveryState::delivered, ""};
    return {DeliveryState::rejected, fmt::format("the LRS at {} holds a different statement with id {} (HTTP 409)", url, id)};
  }
  return failed(back, url);
}

}  // namespace

std::string lrs_endpoint_problem(const std::string& endpoint) {
  auto scheme = endpoint.find("://");
  std::string name = scheme == std::string::npos ? "" : endpoint.substr(0, scheme);
  if (name != "http" && name != "https") return fmt::format("'{}' is not an http:// or https:// URL", endpoint);
  std::string authority = endpoint.substr(scheme + 3, endpoint.find_first_of("/?#", scheme + 3) - scheme - 3);
  if (authority.find('@') != std::string::npos)
    return "the LRS URL must not hold credentials: put them in HALLSIM_LRS_AUTH or lrs.conf, where other users and "
           "the shell history cannot see them";
  if (authority.empty()) return fmt::format("'{}' names no host", endpoint);
  return {};
}

bool same_statement(const json& sent, const json& stored) { return contains(sent, stored, false); }

Delivery deliver_statements(const HttpTransport& http, const Lrs& lrs, const json& statements) {
  std::string url = statements_url(lrs.endpoint);
  HttpResponse r = http({"POST", url, statements.dump(), lrs.auth});
  if (accepted(r.status)) return {DeliveryState::delivered, fmt::format("{} statements delivered to {}", statements.size(), url)};
  if (r.status != 409) return failed(r, url);
  // Some id is stored already (an earlier send got through, or another program used it).
  for (const json& s : statements) {
    HttpResponse one = http({"POST", url, json::array({s}).dump(), lrs.auth});
    if (accepted(one.status)) continue;
    Delivery d = one.status == 409 ? settle_conflict(http, lrs, s) : failed(one, url);
    if (d.state != DeliveryState::delivered) return d;
  }
  return {DeliveryState::delivered, fmt::format("{} statements delivered to {} (some were there already)", statements.size(), url)};
}

}  // namespace hallsim
