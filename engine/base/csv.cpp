#include "base/csv.hpp"

namespace hallsim {

std::string csv_text(std::string_view field) {
  std::string value;
  if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos) value = "'";
  value += field;
  if (value.find_first_of("\",\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + fields[i];
  return line + "\r\n";
}

}  // namespace hallsim
