// Diagnostics in the reader's language: every message has a zh-CN template, the English stays as
// the code wrote it, and a tab's follow-on problems are folded into the tab error.
#include <algorithm>
#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <tuple>

#include "helpers.hpp"
#include "model/diagnostic_text.hpp"
#include "base/file_text.hpp"

using namespace hallsim;

namespace {

std::string shipped_text(const std::string& name) { return *read_file_text(test::source_path("scenarios/" + name)); }

// The text with line `line` (1-based) changed by `change`.
std::string with_changed_line(std::string text, int line, const std::function<void(std::string&)>& change) {
  size_t begin = 0;
  for (int i = 1; i < line; ++i) begin = text.find('\n', begin) + 1;
  size_t end = text.find('\n', begin);
  std::string l = text.substr(begin, end - begin);
  change(l);
  return text.replace(begin, end - begin, l);
}

// The line (1-based) of long-wait's first choice that goes to listen_ft, found by its text so an
// edit above it moves the fixture along.
int first_to_listen_ft(const std::string& text) {
  size_t at = text.find("\n        to: listen_ft\n");
  REQUIRE(at != std::string::npos);
  return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at) + 1, '\n')) + 1;
}

LoadResult load_long_wait_text(const std::string& text) {
  LoadOptions o;
  o.rubric_dirs = {test::source_path("scenarios/rubrics")};
  o.analyze = false;
  return load_scenario_text(text, "long-wait.yaml", o);
}

}  // namespace

TEST_CASE("the diagnostic table is well formed") { CHECK(diagnostic_table_problems().empty()); }

TEST_CASE("a message is translated with its parts, and English is left as written") {
  Diagnostic d{"f.yaml", 58, 5, "HS0021", Severity::error, "unknown key 'speeker' in node 'narrator' (did you mean 'speaker'?)"};
  CHECK(diagnostic_message(d, "en").text == d.message);
  LocalizedMessage zh = diagnostic_message(d, "zh-CN");
  CHECK(zh.translated);
  CHECK(zh.text == "节点 'narrator'中有未知的键 'speeker'（是不是要写 'speaker'？）");
  CHECK(format_diagnostic(d, "en") == "f.yaml:58:5: error: unknown key 'speeker' in node 'narrator' (did you mean 'speaker'?) [HS0021]");
  CHECK(format_diagnostic(d, "zh-CN").rfind("f.yaml:58:5: 错误：", 0) == 0);

  Diagnostic order{"f.yaml", 1, 1, "HS0100", Severity::warning, "node 'lost' can never be reached from 'opening'"};
  CHECK(diagnostic_message(order, "zh-CN").text == "从 'opening' 出发永远到不了节点 'lost'");

  Diagnostic nested{"f.yaml", 3, 9, "HS0040", Severity::error, "in condition \"anger <\": the expression ends too early"};
  CHECK(diagnostic_message(nested, "zh-CN").text == "条件 \"anger <\" 中：表达式提前结束了");

  Diagnostic unknown{"f.yaml", 1, 1, "HS0025", Severity::error, "a message nobody wrote a template for"};
  CHECK_FALSE(diagnostic_message(unknown, "zh-CN").translated);
  CHECK(diagnostic_message(unknown, "zh-CN").text == unknown.message);
}

TEST_CASE("the golden broken file's diagnostics all read in Chinese") {
  LoadResult r = load_scenario_file(test::source_path("tests/golden/inputs/broken.yaml"));
  REQUIRE(r.diagnostics.size() >= 6);
  test::check_translated(r.diagnostics);
}

TEST_CASE("one tab: the tab error leads and what it causes is folded into it") {
  // A tab in front of a choice's `to:` can be read as part of the feedback text above it, which
  // made 'to' look like a language: 2 errors and 99 warnings, the tab error eighth.
  const std::string shipped = shipped_text("long-wait.yaml");
  const int line = first_to_listen_ft(shipped);
  std::string text = with_changed_line(shipped, line, [](std::string& l) {
    REQUIRE(l == "        to: listen_ft");
    l.replace(0, 8, "\t");
  });
  LoadResult r = load_long_wait_text(text);
  REQUIRE_FALSE(r.diagnostics.empty());
  CHECK(r.diagnostics.front().code == "HS0003");
  CHECK(r.diagnostics.front().line == line);
  CHECK(r.diagnostics.size() <= 3);
  test::check_translated(r.diagnostics);
}

TEST_CASE("a broken indentation gives the YAML syntax error alone") {
  const std::string shipped = shipped_text("long-wait.yaml");
  std::string text = with_changed_line(shipped, first_to_listen_ft(shipped), [](std::string& l) { l.insert(0, " "); });
  LoadResult r = load_long_wait_text(text);
  REQUIRE_FALSE(r.diagnostics.empty());
  CHECK(r.diagnostics.front().code == "HS0001");
  CHECK(r.diagnostics.size() <= 3);
  test::check_translated(r.diagnostics);
}

TEST_CASE("a tab whose every reading gives the same problems still leads, and hides nothing") {
  // In the golden broken file nothing depends on how its tab (the last line) is read: the tab
  // comes first all the same, and the other problems follow by line.
  LoadResult r = load_scenario_file(test::source_path("tests/golden/inputs/broken.yaml"));
  REQUIRE(r.diagnostics.size() >= 3);
  CHECK(r.diagnostics.front().code == "HS0003");
  CHECK(r.diagnostics.front().message.find("not listed") == std::string::npos);
  CHECK(std::is_sorted(r.diagnostics.begin() + 1, r.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  }));
  CHECK(r.diagnostics.back().line < r.diagnostics.front().line);
}
