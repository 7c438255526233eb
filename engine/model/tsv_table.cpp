#include "model/tsv_table.hpp"

#include <fmt/format.h>

namespace hallsim {

std::vector<TsvRow> parse_tsv_table(std::string_view text, std::vector<std::string>& problems) {
  std::vector<TsvRow> rows;
  int number = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (fields.size() != 3 || fields[0].empty() || fields[1].empty() || fields[2].empty()) {
      problems.push_back(fmt::format("line {}: expected KEY<TAB>zh-CN<TAB>en, got {} field(s)", number, fields.size()));
      continue;
    }
    rows.push_back({fields[0], fields[1], fields[2]});
  }
  return rows;
}

}  // namespace hallsim
