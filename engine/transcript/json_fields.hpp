// Reading fields of a transcript (or any JSON object) with errors a user can act on.
#pragma once

#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace hallsim {

// The member `key`, or std::invalid_argument naming what the transcript lacks.
inline const nlohmann::json& json_member(const nlohmann::json& object, const char* key) {
  if (!object.is_object() || !object.contains(key))
    throw std::invalid_argument(std::string("the transcript has no \"") + key + "\"");
  return object.at(key);
}

// The member `key` when it is text, else "".
inline std::string json_text(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace hallsim
