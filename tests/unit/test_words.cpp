// Every UI word a face or report asks for by key exists in both languages: an unknown key would
// be shown as the key itself ("cues_matched") in the middle of Chinese text.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "helpers.hpp"
#include "model/words.hpp"

using namespace hallsim;

namespace {

// The keys written as string literals in calls such as word(lang, "debrief") or w("feedback").
std::set<std::string> keys_used_in_sources() {
  static const std::regex call(R"re((?:\bword\([A-Za-z_.()]+, |\bw\()"([a-z_]+)"\))re");
  // word(lang, passed ? "pass" : "fail"): both keys.
  static const std::regex choice(R"re(\bword\([A-Za-z_.()]+, [^;"]*\? "([a-z_]+)"\s*:\s*"([a-z_]+)"\))re");
  std::set<std::string> keys;
  for (const char* dir : {"engine", "src"})
    for (const auto& e : std::filesystem::recursive_directory_iterator(test::source_path(dir))) {
      if (e.path().extension() != ".cpp" && e.path().extension() != ".hpp") continue;
      std::ifstream in(e.path());
      std::stringstream text;
      text << in.rdbuf();
      std::string s = text.str();
      for (auto it = std::sregex_iterator(s.begin(), s.end(), call); it != std::sregex_iterator(); ++it)
        keys.insert((*it)[1].str());
      for (auto it = std::sregex_iterator(s.begin(), s.end(), choice); it != std::sregex_iterator(); ++it) {
        keys.insert((*it)[1].str());
        keys.insert((*it)[2].str());
      }
    }
  return keys;
}

}  // namespace

TEST_CASE("every UI word used by key exists in zh-CN and en") {
  std::set<std::string> keys = keys_used_in_sources();
  REQUIRE(keys.size() > 100);
  // Keys built at run time: "withheld_" + why.
  for (const char* why : {"negated", "unless", "conduct", "stuffed"}) keys.insert(std::string("withheld_") + why);
  for (const auto& key : keys) {
    CAPTURE(key);
    CHECK(has_word(key));
  }
}

TEST_CASE("the word table is well formed and the enum words come from it") {
  CHECK(word_table_problems().empty());
  CHECK(word("zh-CN", Rating::very_satisfied) == "非常满意");
  CHECK(word("en", Rating::very_satisfied) == "very satisfied");
  CHECK(word("zh-CN", Step::follow_up) == "回馈跟踪");
  CHECK(word("en", Dimension::solution) == "Solution quality");
  CHECK(word("zh-CN", Speaker::guard) == "保安");
  CHECK(word("zh-CN", Speaker::phone) == "电话");
  // Every speaker has its role in both languages, so no face shows a bare key.
  for (std::string_view name : kSpeakerNames) {
    CAPTURE(name);
    CHECK(has_word(name));
  }
}

TEST_CASE("an unknown key is remembered so a test can see it") {
  CHECK(word("zh-CN", "no_such_key_for_the_test") == "no_such_key_for_the_test");
  std::vector<std::string> missing = missing_words();
  CHECK(std::find(missing.begin(), missing.end(), "no_such_key_for_the_test") != missing.end());
  CHECK_FALSE(find_word("en", "no_such_key_either").has_value());
  missing = missing_words();
  CHECK(std::find(missing.begin(), missing.end(), "no_such_key_either") == missing.end());
}
