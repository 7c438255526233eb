// docs/diagnostics.md lists every code the engine can report, and each YAML example there
// really produces its code.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "base/file_text.hpp"
#include "helpers.hpp"
#include "yaml/document.hpp"

using namespace hallsim;
namespace fs = std::filesystem;

namespace {

std::set<std::string> codes_in_sources() {
  std::set<std::string> codes;
  std::regex code("\"(HS[0-9]{4})\"");
  for (const char* dir : {"engine", "src"})
  for (const auto& e : fs::recursive_directory_iterator(test::source_path(dir))) {
    if (!e.is_regular_file()) continue;
    std::string text = *read_file_text(e.path().string());
    for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) codes.insert((*it)[1]);
  }
  return codes;
}

struct DocSection {
  std::string bad;  // the first ```yaml block: the bad example
};

std::map<std::string, DocSection> doc_sections() {
  auto file = read_file_text(test::source_path("docs/diagnostics.md"));
  REQUIRE_MESSAGE(file, "docs/diagnostics.md is missing");
  std::string text = *file;
  std::map<std::string, DocSection> out;
  std::istringstream in(text);
  std::string line, current;
  bool in_block = false, captured = false;
  std::string block;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, std::regex("^## (HS[0-9]{4})"))) {
      current = m[1];
      out[current] = {};
      captured = false;
      continue;
    }
    if (line == "```yaml" && !current.empty() && !captured) {
      in_block = true;
      block.clear();
      continue;
    }
    if (line == "```" && in_block) {
      in_block = false;
      captured = true;
      out[current].bad = block;
      continue;
    }
    if (in_block) block += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("every diagnostic code is documented, and only those") {
  auto sections = doc_sections();
  auto codes = codes_in_sources();
  REQUIRE(codes.size() > 30);
  for (const auto& c : codes) {
    CAPTURE(c);
    CHECK(sections.count(c) == 1);
  }
  for (const auto& entry : sections) {  // no structured binding: CAPTURE is a lambda, and clang 14 cannot capture one
    const std::string& c = entry.first;
    CAPTURE(c);
    CHECK(codes.count(c) == 1);
  }
}

TEST_CASE("each documented bad example produces its code") {
  for (const auto& entry : doc_sections()) {
    const std::string& code = entry.first;  // not a structured binding: clang 14 cannot CAPTURE one
    const DocSection& section = entry.second;
    if (section.bad.empty()) continue;  // file-level problems are shown in prose
    CAPTURE(code);
    CAPTURE(section.bad);
    LoadResult r = test::load_text(section.bad, "example.yaml");
    CHECK(test::has_code(r.diagnostics, code));
  }
}
