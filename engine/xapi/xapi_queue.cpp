#include "xapi/xapi_queue.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/file_text.hpp"
#include "base/atomic_file.hpp"

namespace hallsim {

namespace fs = std::filesystem;

namespace {

using json = nlohmann::json;

constexpr const char* kFormat = "hallsim-xapi-queue";

std::string read_all(const fs::path& file) { return read_file_text(file.string()).value_or(""); }

// Moves a batch its LRS will never take out of the way, with the reason, for a person to look at.
std::string set_aside(const fs::path& file, json item, const std::string& reason) {
  fs::path rejected = file.parent_path() / "rejected";
  std::error_code ec;
  fs::create_directories(rejected, ec);
  if (ec) return fmt::format("cannot create {}: {}", rejected.string(), ec.message());
  item["rejected_because"] = reason;
  std::string error = write_file_atomically((rejected / file.filename()).string(), item.dump(2) + "\n");
  if (error.empty()) fs::remove(file, ec);
  return error;
}

}  // namespace

std::string XapiQueue::add(const std::string& key, const std::string& endpoint, const json& statements) const {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return fmt::format("cannot create the queue folder {}: {}", dir_, ec.message());
  json item = {{"format", kFormat}, {"format_version", 1}, {"endpoint", endpoint}, {"statements", statements}};
  return write_file_atomically((fs::path(dir_) / (key + ".json")).string(), item.dump(2) + "\n");
}

std::vector<std::string> XapiQueue::pending() const {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    // Atomic writes leave ".name.XXXXXX" temporaries only when interrupted: never a batch.
    if (it->is_regular_file(ec) && p.extension() == ".json" && p.filename().string().front() != '.')
      files.push_back(p.string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

FlushReport XapiQueue::flush(const HttpTransport& http, const std::string& auth) const {
  FlushReport report;
  // An LRS that is down now stays down for the rest of this flush: do not wait on it per batch.
  std::set<std::string> unavailable;
  for (const std::string& file : pending()) {
    json item = json::parse(read_all(file), nullptr, false);
    if (!item.is_object() || item.value("format", "") != kFormat || !item.contains("statements") ||
        !item["statements"].is_array() || !item.value("endpoint", json()).is_string()) {
      std::string error = set_aside(file, item.is_discarded() ? json::object() : item, "not a queued batch");
      report.messages.push_back(fmt::format("{} is not a queued batch; moved to {}/rejected{}", file, dir_,
                                            error.empty() ? "" : " failed: " + error));
      ++report.rejected;
      continue;
    }
    Lrs lrs{item["endpoint"].get<std::string>(), auth};
    if (unavailable.count(lrs.endpoint)) {
      ++report.waiting;
      continue;
    }
    Delivery d = deliver_statements(http, lrs, item["statements"]);
    std::error_code ec;
    switch (d.state) {
      case DeliveryState::delivered:
        fs::remove(file, ec);
        ++report.delivered;
        report.statements += static_cast<int>(item["statements"].size());
        break;
      case DeliveryState::retry_later:
        unavailable.insert(lrs.endpoint);
        ++report.waiting;
        report.messages.push_back(d.message);
        break;
      case DeliveryState::rejected: {
        std::string error = set_aside(file, item, d.message);
        ++report.rejected;
        report.messages.push_back(fmt::format("{}; the batch was moved to {}/rejected{}", d.message, dir_,
                                              error.empty() ? "" : " (that failed too: " + error + ")"));
        break;
      }
    }
  }
  return report;
}

}  // namespace hallsim
