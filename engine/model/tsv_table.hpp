// A table of KEY<TAB>zh-CN<TAB>en lines, as the embedded word and diagnostic files hold them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hallsim {

struct TsvRow {
  std::string_view key, zh, en;
};

// Rows in file order; '#' comment and blank lines are skipped. A line without exactly three
// fields, or with an empty one, is listed in `problems` ("line 12: ...") and not returned.
std::vector<TsvRow> parse_tsv_table(std::string_view text, std::vector<std::string>& problems);

}  // namespace hallsim
