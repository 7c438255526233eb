// The shared rubrics against real replies: tests/rubric_cases.yaml lists what each reply must
// and must not match (negated and look-alike replies included).
#include <doctest/doctest.h>

#include <map>

#include "helpers.hpp"
#include "load/reader.hpp"
#include "score/rubric.hpp"
#include "yaml/document.hpp"

using namespace hallsim;

TEST_CASE("shared rubrics match the replies they should, and only those") {
  std::vector<Diagnostic> ds;
  auto files = load_rubric_dir(test::source_path("scenarios/rubrics"), ds);
  for (const auto& d : ds) MESSAGE(format_diagnostic(d));
  REQUIRE(ds.empty());
  std::map<std::string, const Rubric*> rubrics;
  for (const auto& f : files)
    for (const auto& r : f.rubrics) rubrics[r.name] = &r;

  DiagnosticSink sink("tests/rubric_cases.yaml");
  yaml::Document doc = yaml::parse_file(test::source_path("tests/rubric_cases.yaml"), sink);
  REQUIRE(sink.items().empty());
  REQUIRE(doc.root->is_sequence());
  load::Reader r(doc, sink);
  size_t cases = 0;
  for (const auto& item : doc.root->items) {
    std::string name = item.find("rubric")->scalar;
    std::string reply = item.find("reply")->scalar;
    CAPTURE(name);
    CAPTURE(reply);
    REQUIRE(rubrics.count(name));
    std::vector<std::string> matched;
    for (int i : match_cues(rubrics[name]->cues, reply)) matched.push_back(rubrics[name]->cues[static_cast<size_t>(i)].id);
    auto has = [&](const std::string& id) { return std::find(matched.begin(), matched.end(), id) != matched.end(); };
    if (const yaml::Node* m = item.find("matches"))
      for (const auto& id : r.string_list(*m, "matches")) CHECK_MESSAGE(has(id), "should match " << id);
    if (const yaml::Node* n = item.find("not"))
      for (const auto& id : r.string_list(*n, "not")) CHECK_MESSAGE(!has(id), "should not match " << id);
    ++cases;
  }
  CHECK(cases >= 50);
}
