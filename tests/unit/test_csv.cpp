// CSV fields a spreadsheet reads back as they were, and never runs as formulas.
#include <doctest/doctest.h>

#include "base/csv.hpp"

using namespace hallsim;

TEST_CASE("plain text is written as it is") {
  CHECK(csv_text("张三") == "张三");
  CHECK(csv_text("") == "");
  CHECK(csv_text("a b") == "a b");
}

TEST_CASE("quotes, commas and line breaks are quoted, quotes doubled") {
  CHECK(csv_text("a,b") == "\"a,b\"");
  CHECK(csv_text("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_text("two\nlines") == "\"two\nlines\"");
  CHECK(csv_text("cr\rhere") == "\"cr\rhere\"");
}

TEST_CASE("text a spreadsheet would run as a formula gets a leading quote") {
  CHECK(csv_text("=1+1") == "'=1+1");
  CHECK(csv_text("+1") == "'+1");
  CHECK(csv_text("-2") == "'-2");
  CHECK(csv_text("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_text("\tx") == "'\tx");
  CHECK(csv_text("=HYPERLINK(\"http://x\",\"a\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"");
  CHECK(csv_text("a=b") == "a=b");
}

TEST_CASE("a record joins fields with commas and ends with CRLF") {
  CHECK(csv_record({"1", csv_text("a,b"), "3.5"}) == "1,\"a,b\",3.5\r\n");
  CHECK(csv_record({}) == "\r\n");
}
