// Statements waiting for a Learning Record Store, one file per attempt in a folder on disk. A
// send first queues its batch, then tries the whole queue, so nothing is lost when the LRS is
// down or the program stops half-way; the ids inside never change, so retrying is safe.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "xapi/lrs_client.hpp"

namespace hallsim {

struct FlushReport {
  int delivered = 0;  // batches now in their LRS
  int statements = 0;  // statements in those batches
  int waiting = 0;     // batches still queued, to retry later
  int rejected = 0;    // batches moved to DIR/rejected/: their LRS will never take them
  std::vector<std::string> messages;
};

class XapiQueue {
 public:
  explicit XapiQueue(std::string dir) : dir_(std::move(dir)) {}

  const std::string& dir() const { return dir_; }
  // Keeps one attempt's statements for `endpoint` as DIR/<key>.json, written atomically;
  // queueing the same key again replaces it. Returns "" or what went wrong.
  std::string add(const std::string& key, const std::string& endpoint, const nlohmann::json& statements) const;
  // Queued files, by name.
  std::vector<std::string> pending() const;
  // Tries every queued batch at its own endpoint with `auth`; delivered ones are removed.
  FlushReport flush(const HttpTransport& http, const std::string& auth) const;

 private:
  std::string dir_;
};

}  // namespace hallsim
