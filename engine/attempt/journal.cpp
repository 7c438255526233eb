#include "attempt/journal.hpp"

#include <filesystem>

#include <nlohmann/json.hpp>

#include "base/clock.hpp"
#include "base/file_text.hpp"
#include "base/atomic_file.hpp"
#include "yaml/document.hpp"

namespace hallsim {

std::string Journal::save(const Session& session, const std::string& scenario_path) const {
  nlohmann::json j = {{"format", "hallsim-journal"},
                      {"scenario_path", scenario_path},
                      {"saved_at", now_iso8601()},
                      {"snapshot", session.snapshot()}};
  return write_file_atomically(path_, j.dump() + "\n");
}

std::optional<JournalEntry> Journal::load() const {
  auto text = read_file_text(path_);
  if (!text) return std::nullopt;
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || j.value("format", "") != "hallsim-journal") return std::nullopt;
  JournalEntry e;
  e.scenario_path = j.value("scenario_path", "");
  e.snapshot = j.value("snapshot", "");
  e.saved_at = j.value("saved_at", "");
  if (e.scenario_path.empty() || e.snapshot.empty()) return std::nullopt;
  return e;
}

void Journal::clear() const {
  std::error_code ec;
  std::filesystem::remove(path_, ec);
}

}  // namespace hallsim
