#include "xapi/xapi_ids.hpp"

#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/file_text.hpp"
#include "base/atomic_file.hpp"
#include "base/random_id.hpp"

namespace hallsim {

namespace {

using ojson = nlohmann::ordered_json;

bool is_uuid(const std::string& s) {
  static const std::regex uuid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  return std::regex_match(s, uuid);
}

// A kept id, or "" when the file has none under `key`. A malformed one is an error, not a reason
// to make a new id: the old one may already be in a Learning Record Store.
std::string kept_id(const nlohmann::json& j, const char* key, const std::string& file) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (!it->is_string() || !is_uuid(it->get<std::string>()))
    throw std::runtime_error(fmt::format("{}: \"{}\" is not a UUID", file, key));
  return it->get<std::string>();
}

void fill(std::string& id, bool& changed) {
  if (id.empty()) id = uuid_v4(), changed = true;
}

ojson ids_json(const StatementIds& ids) {
  return {{"format", "hallsim-xapi-ids"},
          {"format_version", 1},
          {"registration", ids.registration},
          {"attempted", ids.attempted},
          {"answered", ids.answered},
          {"completed", ids.completed},
          {"result", ids.result}};
}

}  // namespace

std::string xapi_ids_path(const std::string& transcript_path) { return transcript_path + ".xapi.json"; }

StatementIds new_statement_ids(size_t turns) {
  StatementIds ids;
  ids.registration = uuid_v4();
  ids.attempted = uuid_v4();
  for (size_t i = 0; i < turns; ++i) ids.answered.push_back(uuid_v4());
  ids.completed = uuid_v4();
  ids.result = uuid_v4();
  return ids;
}

StatementIds kept_statement_ids(const std::string& transcript_path, size_t turns) {
  std::string file = xapi_ids_path(transcript_path);
  StatementIds ids;
  std::optional<std::string> text = read_file_text(file);
  if (text) {
    nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
    if (!j.is_object() || j.value("format", "") != "hallsim-xapi-ids")
      throw std::runtime_error(fmt::format("{} is not a HallSim statement-id file", file));
    ids.registration = kept_id(j, "registration", file);
    ids.attempted = kept_id(j, "attempted", file);
    ids.completed = kept_id(j, "completed", file);
    ids.result = kept_id(j, "result", file);
    if (j.contains("answered")) {
      if (!j["answered"].is_array()) throw std::runtime_error(fmt::format("{}: \"answered\" is not a list", file));
      for (const auto& id : j["answered"]) {
        if (!id.is_string() || !is_uuid(id.get<std::string>()))
          throw std::runtime_error(fmt::format("{}: \"answered\" holds something that is not a UUID", file));
        ids.answered.push_back(id.get<std::string>());
      }
    }
  }
  bool changed = !text;
  fill(ids.registration, changed);
  fill(ids.attempted, changed);
  fill(ids.completed, changed);
  fill(ids.result, changed);
  while (ids.answered.size() < turns) ids.answered.push_back(uuid_v4()), changed = true;
  if (changed) {
    std::string error = write_file_atomically(file, ids_json(ids).dump(2) + "\n");
    if (!error.empty())
      throw std::runtime_error(fmt::format("cannot keep the statement ids beside the transcript ({}); without them a "
                                           "re-send would duplicate the attempt",
                                           error));
  }
  return ids;
}

}  // namespace hallsim
