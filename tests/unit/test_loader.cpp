#include <stdexcept>
#include <doctest/doctest.h>

#include <fstream>

#include "base/file_text.hpp"
#include "helpers.hpp"
#include "model/diagnostic_text.hpp"
#include "yaml/document.hpp"

using namespace hallsim;
using test::has_code;
using test::load_text;
using test::scenario_with;

TEST_CASE("the feature sample loads every key") {
  LoadOptions o;
  LoadResult r = load_scenario_file(test::data_path("features.yaml"), o);
  for (const auto& d : r.diagnostics) MESSAGE(format_diagnostic(d));
  REQUIRE(r.ok());
  const Scenario& s = *r.scenario;
  CHECK(s.id == "features");
  CHECK(s.version == 3);
  CHECK(s.text(s.title, "en") == "Feature sample");
  CHECK(s.text(s.title, "fr") == "功能样例");  // falls back to the file's language
  CHECK(s.tags == std::vector<std::string>{"test", "wait"});
  CHECK(s.difficulty == 2);
  CHECK(s.citizen.age == 35);
  CHECK(s.citizen.disc == 'I');
  CHECK(s.citizen.portrait == "angry");
  REQUIRE(s.variables.size() == 4);
  CHECK(s.variables[0].is_mood);
  CHECK(s.variables[2].is_bool);
  CHECK(s.variables[3].start == 0);
  REQUIRE(s.clock);
  CHECK(s.clock->start == 11 * 60 + 20);
  CHECK(*s.clock->close == 12 * 60);
  CHECK(s.scoring.weights[0] == 2.0);
  CHECK(s.scoring.pass == 70.0);
  CHECK(s.scoring.late_penalty == 2);
  const Node& opening = s.nodes[static_cast<size_t>(s.find_node("opening"))];
  CHECK(*opening.time_limit == 10);
  CHECK(opening.choices.size() == 3);
  CHECK(*opening.choices[2].step == Step::gather);  // written 收集信息
  CHECK(opening.choices[1].minutes == 2);
  const Node& check = s.nodes[static_cast<size_t>(s.find_node("check"))];
  // The conduct check, then the four cues of a local and a shared rubric combined.
  CHECK(check.free_text.cues.size() == 5);
  CHECK(check.free_text.cues[0].conduct);
  CHECK(check.free_text.rubric_names == std::vector<std::string>{"wait-basics", "shared-empathy"});
  const Node& colleague = s.nodes[static_cast<size_t>(s.find_node("colleague"))];
  CHECK(colleague.speaker == Speaker::colleague);
  CHECK(colleague.next.size() == 3);
  CHECK(s.rating.size() == 2);
  REQUIRE(r.analysis);  // beside the scenario, not inside it
  CHECK(r.bounds().best == ScoreVector{5, 3, 5});
  CHECK(s.content_hash.size() == 64);
}

TEST_CASE("a broken copy yields one precise diagnostic per problem, all in one run") {
  std::string text = *read_file_text(test::data_path("features.yaml"));
  auto replace = [&](const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
  };
  replace("        to: angrier\n", "        to: angryer\n");                   // dangling target
  replace("\"cue.concrete_time and not cue.deflection\"", "\"cue.concrete_time and anger <\"");  // bad expression
  replace("    speaker: narrator\n", "    speeker: narrator\n");               // unknown key
  replace("  partial:\n    say:", "  partial:\n\tsay:");                        // tab indentation
  LoadResult r = load_text(text, "broken.yaml");
  std::vector<Diagnostic> errors;
  for (const auto& d : r.diagnostics)
    if (d.severity == Severity::error) errors.push_back(d);
  for (const auto& d : errors) MESSAGE(format_diagnostic(d));
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].code == "HS0003");  // a problem reading the file leads; the rest by line
  CHECK(errors[0].line == 104);
  CHECK(errors[0].column == 1);
  CHECK(errors[1].code == "HS0030");
  CHECK(errors[1].line == 35);
  CHECK(errors[1].column == 13);
  CHECK(errors[1].message.find("did you mean 'angrier'") != std::string::npos);
  CHECK(errors[2].code == "HS0040");
  CHECK(errors[2].line == 56);
  CHECK(errors[2].column == 48);  // just after the dangling '<'
  CHECK(errors[3].code == "HS0021");
  CHECK(errors[3].line == 60);
  CHECK(errors[3].column == 5);
  CHECK(errors[3].message.find("did you mean 'speaker'") != std::string::npos);
}

TEST_CASE("required keys, wrong types and node shapes") {
  auto r = load_text("title: T\nnodes: {a: {say: x}}\n");
  CHECK(has_code(r.diagnostics, "HS0022"));  // id, citizen, start
  CHECK(has_code(r.diagnostics, "HS0031"));  // node a has no choices/free_text/next/end
  auto two = load_text(scenario_with("  a:\n    next: b\n    end: {outcome: resolved}\n  b: {end: {outcome: resolved}}\n"));
  REQUIRE(has_code(two.diagnostics, "HS0031"));
  CHECK(test::find_code(two.diagnostics, "HS0031")->message.find("both") != std::string::npos);
  auto types = load_text(scenario_with("  a: {end: {outcome: resolved}}\n", "difficulty: hard\nreply_time_limit: [1]\n"));
  CHECK(test::codes(types.diagnostics) == std::vector<std::string>{"HS0023", "HS0023"});
}

TEST_CASE("unknown keys suggest the closest known key") {
  auto r = load_text(scenario_with("  a: {end: {outcome: resolved}}\n", "titel: x\n"));
  REQUIRE(has_code(r.diagnostics, "HS0021"));
  CHECK(test::find_code(r.diagnostics, "HS0021")->message.find("did you mean 'title'") != std::string::npos);
}

TEST_CASE("values out of range and unknown names") {
  auto r = load_text(scenario_with("  a:\n    choices:\n      - {reply: r, to: b, step: soothing, scores: {empathy: x}}\n"
                                   "  b: {end: {outcome: solved}}\n",
                                   "difficulty: 9\n"));
  CHECK(has_code(r.diagnostics, "HS0025"));  // difficulty, outcome
  CHECK(has_code(r.diagnostics, "HS0036"));  // step
  CHECK(has_code(r.diagnostics, "HS0023"));  // empathy: x
  CHECK(test::find_code(r.diagnostics, "HS0036")->message.find("did you mean 'soothe'") != std::string::npos);
}

TEST_CASE("a guard and a phone caller may speak; an unknown speaker is named with the choices") {
  auto r = load_text(scenario_with("  a: {speaker: guard, say: 请大家保持秩序, next: b}\n"
                                   "  b: {speaker: phone, say: 您好，这里是12345, next: c}\n"
                                   "  c: {end: {outcome: resolved}}\n"));
  for (const auto& d : r.diagnostics) MESSAGE(format_diagnostic(d));
  REQUIRE(r.ok());
  CHECK(r.scenario->nodes[static_cast<size_t>(r.scenario->find_node("a"))].speaker == Speaker::guard);
  CHECK(r.scenario->nodes[static_cast<size_t>(r.scenario->find_node("b"))].speaker == Speaker::phone);

  auto bad = load_text(scenario_with("  a: {speaker: gaurd, say: x, end: {outcome: resolved}}\n"));
  const Diagnostic* d = test::find_code(bad.diagnostics, "HS0025");
  REQUIRE(d);
  CHECK(d->message == "speaker 'gaurd' must be one of citizen, narrator, colleague, supervisor, guard, phone "
                      "(did you mean 'guard'?)");
  CHECK(format_diagnostic(*d, "zh-CN").find("说话人 'gaurd' 必须是以下之一") != std::string::npos);
}

TEST_CASE("citizen.presents draws the citizen as a woman or a man; anything else is refused") {
  auto plain = load_text(scenario_with("  a: {end: {outcome: resolved}}\n"));
  REQUIRE(plain.ok());
  CHECK(plain.scenario->citizen.presents == Presents::preset);  // absent: the preset's own look
  for (auto [written, expected] : {std::pair{"woman", Presents::woman}, std::pair{"man", Presents::man}}) {
    std::string text = scenario_with("  a: {end: {outcome: resolved}}\n");
    text.replace(text.find("citizen: {name: X}"), 18, std::string("citizen: {name: X, presents: ") + written + "}");
    auto r = load_text(text);
    REQUIRE(r.ok());
    CHECK(r.scenario->citizen.presents == expected);
  }
  std::string text = scenario_with("  a: {end: {outcome: resolved}}\n");
  text.replace(text.find("citizen: {name: X}"), 18, "citizen: {name: X, presents: women}");
  auto bad = load_text(text);
  const Diagnostic* d = test::find_code(bad.diagnostics, "HS0025");
  REQUIRE(d);
  CHECK(d->message == "presents 'women' must be woman or man (did you mean 'woman'?)");
}

TEST_CASE("effects name declared variables of the right kind") {
  auto r = load_text(scenario_with("  a:\n    choices:\n      - {reply: r, to: b, effects: {angr: +5, flag: 3}}\n"
                                   "  b: {end: {outcome: resolved}}\n",
                                   "vars: {flag: false}\n"));
  CHECK(has_code(r.diagnostics, "HS0034"));
  CHECK(has_code(r.diagnostics, "HS0035"));
}

TEST_CASE("rubrics and cues must exist") {
  auto r = load_text(scenario_with("  a:\n    free_text:\n      rubric: nope\n      routes: [{when: \"cue.x\", to: b}, {to: b}]\n"
                                   "  b: {end: {outcome: resolved}}\n"));
  CHECK(has_code(r.diagnostics, "HS0032"));
  auto cue = load_text(scenario_with("  a:\n    free_text:\n      rubric: [{id: sorry, any: [抱歉]}]\n"
                                     "      routes: [{when: \"cue.sory\", to: b}, {to: b}]\n  b: {end: {outcome: resolved}}\n"));
  REQUIRE(has_code(cue.diagnostics, "HS0033"));
  CHECK(test::find_code(cue.diagnostics, "HS0033")->message.find("did you mean 'sorry'") != std::string::npos);
  auto outside = load_text(scenario_with("  a:\n    choices: [{reply: r, to: b, when: \"cue.sorry\"}]\n  b: {end: {outcome: resolved}}\n"));
  CHECK(has_code(outside.diagnostics, "HS0043"));
}

TEST_CASE("warnings: unreachable, dead end, no resolved ending, translation, fallback, unused rubric") {
  auto r = load_text(scenario_with(
      "  a:\n    say: {zh-CN: 你好, en: Hello}\n    next:\n      - {when: \"anger > 10\", to: b}\n"
      "  b: {say: 再见, end: {outcome: partial}}\n"
      "  lost: {end: {outcome: resolved}}\n"
      "  loop: {next: loop}\n",
      "rubrics: {spare: [{id: x, any: [y]}]}\n"));
  CHECK(r.ok());
  CHECK(has_code(r.diagnostics, "HS0100"));  // lost, loop unreachable
  CHECK(has_code(r.diagnostics, "HS0102"));  // only 'partial' reachable
  CHECK(has_code(r.diagnostics, "HS0103"));  // b has no en
  CHECK(has_code(r.diagnostics, "HS0104"));  // a's routes lack a fallback
  CHECK(has_code(r.diagnostics, "HS0105"));  // spare
  auto dead = load_text(scenario_with("  a:\n    choices: [{reply: r, to: b}, {reply: s, to: c}]\n"
                                      "  b: {next: b2}\n  b2: {next: b}\n  c: {end: {outcome: resolved}}\n"));
  CHECK(has_code(dead.diagnostics, "HS0101"));
}

TEST_CASE("mood values are checked and variables may not shadow built-in names") {
  auto r = load_text(scenario_with("  a: {end: {outcome: resolved}}\n", "vars: {turn: 1}\n"));
  CHECK(has_code(r.diagnostics, "HS0025"));
  auto m = load_text("id: t\ntitle: T\ncitizen: {name: X}\nmood: {anger: {start: 150, min: 0, max: 100}}\nstart: a\nnodes: {a: {end: {outcome: resolved}}}\n");
  CHECK(has_code(m.diagnostics, "HS0025"));
}

TEST_CASE("a comma inside a flow map is explained") {
  auto r = load_text(scenario_with("  a: {end: {outcome: resolved}}\n", "summary: {zh-CN: 你好, en: Hello, world}\n"));
  for (const auto& d : r.diagnostics) MESSAGE(format_diagnostic(d));
  REQUIRE(has_code(r.diagnostics, "HS0023"));
  CHECK(test::find_code(r.diagnostics, "HS0023")->message.find("quotes") != std::string::npos);
}

TEST_CASE("numbers are read the same under any global locale") {
  // std::from_chars ignores locales; weights with a decimal point must survive a decimal-comma locale.
  auto r = load_text(scenario_with("  a: {end: {outcome: resolved}}\n", "scoring: {weights: {empathy: 1.5}, pass: 72.5}\n"));
  REQUIRE(r.ok());
  CHECK(r.scenario->scoring.weights[0] == 1.5);
  CHECK(r.scenario->scoring.pass == 72.5);
}

TEST_CASE("file names with spaces and Chinese characters load") {
  std::string dir = test::temp_dir();
  REQUIRE_FALSE(dir.empty());
  std::string path = dir + "/长 时间 等待.yaml";
  std::ofstream(path) << scenario_with("  a: {end: {outcome: resolved}}\n");
  LoadResult r = load_scenario_file(path);
  CHECK(r.ok());
  LoadResult missing = load_scenario_file(dir + "/没有 这个.yaml");
  REQUIRE(has_code(missing.diagnostics, "HS0010"));
}

TEST_CASE("a shared rubric's effects on moods a scenario does not track are left out") {
  auto r = load_text("id: t\ntitle: T\ncitizen: {name: X}\nstart: a\nnodes:\n"
                     "  a:\n    free_text:\n      rubric: shared-empathy\n      routes: [{to: z}]\n"
                     "  z: {end: {outcome: resolved}}\n");
  for (const auto& d : r.diagnostics) MESSAGE(format_diagnostic(d));
  REQUIRE(r.ok());
  CHECK(r.scenario->nodes[0].free_text.cues[0].effects.empty());  // apology's anger -5 dropped
  auto local = load_text("id: t\ntitle: T\ncitizen: {name: X}\nstart: a\nnodes:\n"
                         "  a:\n    free_text:\n      rubric: [{id: x, any: [y], effects: {anger: -5}}]\n      routes: [{to: z}]\n"
                         "  z: {end: {outcome: resolved}}\n");
  CHECK(test::has_code(local.diagnostics, "HS0034"));  // in the scenario's own rubric it is a mistake
}

TEST_CASE("a scenario loaded without its analysis has no best scores to make a percentage of") {
  LoadOptions o;
  o.analyze = false;
  LoadResult r = load_scenario_file(test::data_path("features.yaml"), o);
  REQUIRE(r.ok());
  CHECK_FALSE(r.analysis);
  CHECK_THROWS_AS(r.bounds(), std::logic_error);
}
