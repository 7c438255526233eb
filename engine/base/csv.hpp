// CSV (RFC 4180) that spreadsheets open safely.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hallsim {

// A text field: quoted when it holds a quote, comma, CR or LF (quotes doubled), and given a
// leading ' when it starts with = + - @ TAB or CR, so a spreadsheet shows it instead of running
// it as a formula.
std::string csv_text(std::string_view field);

// One record from fields already made with csv_text() or numbers we formatted, ended by CRLF.
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace hallsim
