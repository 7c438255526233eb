// The attempt in progress, saved after every reply so a crash or power cut loses nothing: the
// next start offers to resume it or to keep what was done as an unfinished transcript.
#pragma once

#include <optional>
#include <string>

#include "run/session.hpp"

namespace hallsim {

struct JournalEntry {
  std::string scenario_path;
  std::string snapshot;  // Session::snapshot()
  std::string saved_at;
};

class Journal {
 public:
  explicit Journal(std::string path) : path_(std::move(path)) {}

  const std::string& path() const { return path_; }
  // Writes the whole state atomically; returns "" or what went wrong.
  std::string save(const Session& session, const std::string& scenario_path) const;
  // The saved attempt, if there is a readable one.
  std::optional<JournalEntry> load() const;
  void clear() const;

 private:
  std::string path_;
};

}  // namespace hallsim
