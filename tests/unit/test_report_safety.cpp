// Hostile text in every field a report shows (tests/report/hostile.yaml, a hostile trainee name
// and typed reply): the HTML gains no element, attribute, script or comment; the Markdown gains
// no link, HTML, emphasis, table cell or line; the JSON keeps the text exactly.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "base/file_text.hpp"
#include "html_scan.hpp"
#include "debrief/debrief.hpp"
#include "debrief/render.hpp"
#include "debrief/report_style.hpp"
#include "report_helpers.hpp"
#include "yaml/document.hpp"

using namespace hallsim;
using test::pick;
using test::type;

namespace {

const std::string kHostileReply =
    "<script>alert(1)</script>\"onmouseover=alert(2) x=' ]]> \u2028 [x](javascript:alert(1)) | 五分钟 </style><!--";
const std::string kHostileTrainee = "<img src=x onerror=alert(3)> \"onmouseover=x | [t](https://evil.example)";
const std::string kPlainText = "plain words";

std::string replace_all(std::string s, const std::string& what, const std::string& with) {
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size())) s.replace(at, what.size(), with);
  return s;
}

struct Twins {
  std::shared_ptr<const Scenario> hostile, plain;
  std::string payload;  // the hostile text as the scenario holds it
};

// The hostile scenario, and the same scenario with plain words where the payload was.
Twins load_twins() {
  std::optional<std::string> yaml = read_file_text(test::source_path("tests/report/hostile.yaml"));
  REQUIRE(yaml);
  const std::string before = "title: {zh-CN: \"标题 ", after = "\", en: ";
  size_t from = yaml->find(before) + before.size();
  std::string written = yaml->substr(from, yaml->find(after, from) - from);  // YAML-escaped
  LoadResult hostile = load_scenario_text(*yaml, "hostile.yaml");
  LoadResult plain = load_scenario_text(replace_all(*yaml, written, kPlainText), "plain.yaml");
  REQUIRE(hostile.ok());
  REQUIRE(plain.ok());
  std::string title = hostile.scenario->title.get("zh-CN", "zh-CN");
  return {hostile.scenario, plain.scenario, title.substr(std::string("标题 ").size())};
}

std::string render(const std::shared_ptr<const Scenario>& scenario, const std::string& text, ReportFormat format,
                   const std::string& language) {
  std::string reply = text == kPlainText ? kPlainText + " 五分钟" : kHostileReply;
  std::string trainee = text == kPlainText ? kPlainText : kHostileTrainee;
  nlohmann::json transcript = test::play_to_transcript(scenario, {pick(1, 5), type(reply, 30)}, trainee);
  DebriefOptions options{language, {{"2024-05-01T08:00:00Z", 50, {40, 60, 50}}}};
  return render_report(build_debrief(scenario, test::bounds_of(*scenario), read_transcript(transcript), options), format);
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

const std::set<std::string> kElements = {
    "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section", "article",
    "h1", "h2", "h3", "p", "div", "span", "small", "b", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td",
    "svg", "g", "text", "rect", "line", "polyline", "circle"};
const std::set<std::string> kAttributes = {
    "lang", "charset", "http-equiv", "content", "name", "class", "id", "title", "xmlns", "viewbox", "width", "height",
    "role", "aria-label", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "points", "text-anchor"};

}  // namespace

TEST_CASE("hostile text cannot inject anything into the HTML report") {
  Twins twins = load_twins();
  for (const char* language : {"zh-CN", "en"}) {
    CAPTURE(language);
    std::string hostile = render(twins.hostile, kHostileReply, ReportFormat::html, language);
    std::string plain = render(twins.plain, kPlainText, ReportFormat::html, language);
    test::HtmlScan h = test::scan_html(hostile), p = test::scan_html(plain);
    REQUIRE(h.error.empty());
    REQUIRE(p.error.empty());

    // The same elements and attributes, in the same order, as the report made from plain words.
    CHECK(test::tag_shape(h) == test::tag_shape(p));
    for (const auto& tag : h.tags) {
      CHECK_MESSAGE(kElements.count(tag.name), "unexpected element <" << tag.name << ">");
      for (const auto& attribute : tag.attributes) {
        const std::string& name = attribute.first;
        CHECK_MESSAGE(kAttributes.count(name), "unexpected attribute " << name << " on <" << tag.name << ">");
        CHECK(name.rfind("on", 0) != 0);
      }
    }
    CHECK(h.comments == 0);
    CHECK(hostile.find("<script") == std::string::npos);
    CHECK(hostile.find("\u2028") == std::string::npos);

    // The only raw text is the stylesheet, whole: no `</style>` from the scenario closed it.
    REQUIRE(h.raw_texts.size() == 1);
    CHECK(h.raw_texts[0] == kReportStylesheet);

    // The policy forbids scripts and loading anything, before anything else is read.
    std::vector<std::string> policies;
    for (const auto& tag : h.tags)
      for (const auto& [name, value] : tag.attributes)
        if (name == "http-equiv" && value == "Content-Security-Policy")
          for (const auto& [n, v] : tag.attributes)
            if (n == "content") policies.push_back(v);
    CHECK(policies == std::vector<std::string>{"default-src 'none'; style-src 'unsafe-inline'; img-src data:"});
    CHECK(hostile.find("Content-Security-Policy") < hostile.find("<title>"));

    // The hostile text is shown, as text, wherever it belongs.
    std::string text;
    for (const auto& t : h.texts) text += t + "\x1f";
    CHECK(count(text, twins.payload) >= 10);
    CHECK(count(text, kHostileReply) >= 2);  // the reply, and its note in the mood chart
    bool author_kept = false;
    for (const auto& tag : h.tags)
      for (const auto& [name, value] : tag.attributes)
        if (name == "content" && value == kHostileTrainee) author_kept = true;
    CHECK(author_kept);
  }
}

namespace {

// What gives a Markdown line its structure: its first character and every unescaped character
// that can start inline markup. Text, and escaped characters, leave no trace.
std::string markdown_shape(const std::string& line) {
  static const std::string kMarkup = "`*_[]()<>&|~!#$@";
  std::string shape = line.substr(0, 1);
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\') ++i;
    else if (kMarkup.find(line[i]) != std::string::npos) shape += line[i];
  }
  return shape;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) lines.push_back(text.substr(start, nl - start));
  return lines;
}

std::string unescape_markdown(const std::string& md) {
  std::string out;
  for (size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '\\' && i + 1 < md.size()) ++i;
    out += md[i];
  }
  return out;
}

}  // namespace

TEST_CASE("hostile text cannot add markup, links or lines to the Markdown report") {
  Twins twins = load_twins();
  for (const char* language : {"zh-CN", "en"}) {
    CAPTURE(language);
    std::string hostile = render(twins.hostile, kHostileReply, ReportFormat::markdown, language);
    std::string plain = render(twins.plain, kPlainText, ReportFormat::markdown, language);
    std::vector<std::string> h = lines_of(hostile), p = lines_of(plain);
    REQUIRE(h.size() == p.size());  // no line breaks smuggled in
    for (size_t i = 0; i < h.size(); ++i) {
      CAPTURE(h[i]);
      CHECK(markdown_shape(h[i]) == markdown_shape(p[i]));
    }
    // No autolink survives: the scheme's "://", "www." and "@" are escaped.
    CHECK(hostile.find("https://") == std::string::npos);
    CHECK(hostile.find("www.") == std::string::npos);
    CHECK(hostile.find("\u2028") == std::string::npos);
    // And the text is all there for the reader.
    std::string readable = unescape_markdown(hostile);
    CHECK(count(readable, "<script>alert(1)</script>") >= 10);
    CHECK(count(readable, "[x](javascript:alert(1))") >= 10);
  }
}

TEST_CASE("the JSON report carries hostile text exactly, with U+2028 escaped") {
  Twins twins = load_twins();
  std::string hostile = render(twins.hostile, kHostileReply, ReportFormat::json, "zh-CN");
  CHECK(hostile.find("\u2028") == std::string::npos);
  nlohmann::json j = nlohmann::json::parse(hostile);
  CHECK(j["scenario"]["title"] == "标题 " + twins.payload);
  CHECK(j["trainee"] == kHostileTrainee);
  CHECK(j["turns"][1]["reply"] == kHostileReply);
  CHECK(j["turns"][0]["better"]["reply"] == "回复二 " + twins.payload);
}
