#include <doctest/doctest.h>

#include "helpers.hpp"
#include "yaml/document.hpp"

using namespace hallsim;

namespace {
struct Parsed {
  yaml::Document doc;
  std::vector<Diagnostic> ds;
};
Parsed parse(std::string text, yaml::Limits limits = {}) {
  DiagnosticSink sink("x.yaml");
  Parsed p{yaml::parse(std::move(text), "x.yaml", sink, limits), {}};
  p.ds = sink.take();
  return p;
}
}  // namespace

TEST_CASE("marks are 1-based and count code points") {
  auto p = parse("a: 1\n中文: 你好\n");
  REQUIRE(p.ds.empty());
  REQUIRE(p.doc.root->is_map());
  CHECK(p.doc.root->key(0).loc.line == 1);
  CHECK(p.doc.root->key(0).loc.column == 1);
  CHECK(p.doc.root->value(1).loc.line == 2);
  CHECK(p.doc.root->value(1).loc.column == 5);  // 中文: is four code points
}

TEST_CASE("quoted scalars are never plain") {
  auto p = parse("a: \"12\"\nb: 12\n");
  CHECK_FALSE(p.doc.root->find("a")->plain);
  CHECK(p.doc.root->find("b")->plain);
}

TEST_CASE("duplicate keys are errors at the second key") {
  auto p = parse("a: 1\nb: 2\na: 3\n");
  REQUIRE(p.ds.size() == 1);
  CHECK(p.ds[0].code == "HS0024");
  CHECK(p.ds[0].line == 3);
}

TEST_CASE("aliases are refused, so cycles and billion laughs cannot happen") {
  CHECK(test::has_code(parse("a: &x [*x]\n").ds, "HS0007"));
  std::string laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'i'; ++c)
    laughs += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ",*" + char(c - 1) + ",*" + char(c - 1) + "]\n";
  CHECK(test::has_code(parse(laughs).ds, "HS0007"));
}

TEST_CASE("deep nesting becomes a readable diagnostic") {
  auto p = parse(std::string(100000, '['));
  REQUIRE(!p.ds.empty());
  CHECK(p.ds[0].code == "HS0008");
  CHECK(p.ds[0].line >= 1);
  CHECK(p.ds[0].message.find("nested too deeply") != std::string::npos);
}

TEST_CASE("bytes that are not UTF-8 text are refused with a location") {
  auto nul = parse(std::string("a: 1\nb: x\0y\n", 12));
  REQUIRE(test::has_code(nul.ds, "HS0005"));
  CHECK(test::find_code(nul.ds, "HS0005")->line == 2);
  auto bad = parse("a: \xff\xfe ok\n");
  REQUIRE(test::has_code(bad.ds, "HS0004"));
  CHECK(test::find_code(bad.ds, "HS0004")->column == 4);
  CHECK(test::has_code(parse("\xff\xfe" "a\0:\0 \0" "1\0").ds, "HS0006"));
}

TEST_CASE("a UTF-8 byte order mark is accepted") {
  auto p = parse("\xEF\xBB\xBF" "a: 1\n");
  CHECK(p.ds.empty());
  CHECK(p.doc.root->key(0).loc.column == 1);
}

TEST_CASE("the size cap gives a clear message") {
  yaml::Limits small;
  small.max_bytes = 100;
  auto p = parse(std::string(200, 'a'), small);
  REQUIRE(p.ds.size() == 1);
  CHECK(p.ds[0].code == "HS0002");
  CHECK(p.ds[0].message.find("limit") != std::string::npos);
}

TEST_CASE("the node budget stops huge documents") {
  yaml::Limits small;
  small.max_nodes = 50;
  std::string many = "[";
  for (int i = 0; i < 100; ++i) many += "1,";
  CHECK(test::has_code(parse(many + "1]", small).ds, "HS0011"));
}

TEST_CASE("a lone comma and other degenerate input terminate") {
  for (const char* text : {",", "", "---", "- ", "]", "{", "? ", "&a", "*a"}) {
    CAPTURE(text);
    auto p = parse(text);
    for (const auto& d : p.ds) CHECK(d.line >= 1);
  }
}

TEST_CASE("a second document is reported") {
  CHECK(test::has_code(parse("a: 1\n---\nb: 2\n").ds, "HS0009"));
}

TEST_CASE("tab indentation is reported and the rest of the file still parses") {
  auto p = parse("a:\n  b: 1\n\tc: 2\n  d: 3\n");
  REQUIRE(p.ds.size() == 1);
  CHECK(p.ds[0].code == "HS0003");
  CHECK(p.ds[0].line == 3);
  REQUIRE(p.doc.root);
  CHECK(p.doc.root->find("a")->find("d") != nullptr);
}
