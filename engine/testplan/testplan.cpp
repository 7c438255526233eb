#include "testplan/testplan.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/file_text.hpp"
#include "load/reader.hpp"
#include "transcript/transcript.hpp"

namespace hallsim {

namespace fs = std::filesystem;

// [SECTION] Comparisons

bool Comparison::holds(double a) const {
  constexpr double eps = 0.05;  // percentages are compared at the one decimal reports print
  if (op == "==") return std::fabs(a - value) < eps;
  if (op == "!=") return std::fabs(a - value) >= eps;
  if (op == "<") return a < value - eps;
  if (op == "<=") return a < value + eps;
  if (op == ">") return a > value + eps;
  return a > value - eps;  // >=
}

std::string Comparison::text() const { return fmt::format("{} {}", op, value); }

namespace {

std::optional<Comparison> parse_comparison(const yaml::Node& n, load::Reader& r, std::string_view what) {
  if (!n.is_scalar()) {
    r.sink().error(n.loc, "HS0023", fmt::format("{} must be a comparison such as \">= 90\"", what));
    return std::nullopt;
  }
  std::string_view s = n.scalar;
  Comparison c;
  for (const char* op : {"==", "!=", "<=", ">=", "<", ">"}) {
    if (s.substr(0, std::char_traits<char>::length(op)) == op) {
      c.op = op;
      s.remove_prefix(c.op.size());
      break;
    }
  }
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), c.value);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size()) {
    r.sink().error(n.loc, "HS0023", fmt::format("{} must be a comparison such as \">= 90\", not '{}'", what, n.scalar));
    return std::nullopt;
  }
  return c;
}

std::vector<std::pair<std::string, Comparison>> comparisons(const yaml::Node& n, load::Reader& r, std::string_view what,
                                                            const std::vector<std::string>* allowed) {
  std::vector<std::pair<std::string, Comparison>> out;
  if (!r.expect_map(n, what)) return out;
  if (allowed) r.check_keys(n, *allowed, what);
  for (size_t i = 0; i < n.map_size(); ++i)
    if (auto c = parse_comparison(n.value(i), r, fmt::format("'{}'", n.key(i).scalar))) out.emplace_back(n.key(i).scalar, *c);
  return out;
}

Expectation read_expectation(const yaml::Node& n, load::Reader& r) {
  Expectation e;
  e.loc = n.loc;
  if (!r.expect_map(n, "expect")) return e;
  r.check_keys(n, {"ending", "outcome", "visits", "not_visits", "scores", "raw", "mood", "passed", "rating", "steps", "cues"},
               "expect");
  if (const yaml::Node* x = n.find("ending")) e.ending = r.string(*x, "ending");
  if (const yaml::Node* x = n.find("outcome")) e.outcome = r.string(*x, "outcome");
  if (const yaml::Node* x = n.find("visits")) e.visits = r.string_list(*x, "visits");
  if (const yaml::Node* x = n.find("not_visits")) e.not_visits = r.string_list(*x, "not_visits");
  if (const yaml::Node* x = n.find("cues")) e.cues = r.string_list(*x, "cues");
  static const std::vector<std::string> kDims = {"empathy", "timeliness", "solution", "overall"};
  static const std::vector<std::string> kRaw = {"empathy", "timeliness", "solution"};
  if (const yaml::Node* x = n.find("scores")) e.scores = comparisons(*x, r, "scores", &kDims);
  if (const yaml::Node* x = n.find("raw")) e.raw = comparisons(*x, r, "raw", &kRaw);
  if (const yaml::Node* x = n.find("mood")) e.mood = comparisons(*x, r, "mood", nullptr);
  if (const yaml::Node* x = n.find("passed")) e.passed = r.boolean(*x, "passed");
  if (const yaml::Node* x = n.find("rating")) e.rating = r.string(*x, "rating");
  if (const yaml::Node* x = n.find("steps"); x && r.expect_map(*x, "steps")) {
    r.check_keys(*x, {"performed", "attempted", "missed", "out_of_order"}, "steps");
    if (const yaml::Node* y = x->find("performed")) e.performed = r.string_list(*y, "performed");
    if (const yaml::Node* y = x->find("attempted")) e.attempted = r.string_list(*y, "attempted");
    if (const yaml::Node* y = x->find("missed")) e.missed = r.string_list(*y, "missed");
    if (const yaml::Node* y = x->find("out_of_order")) e.out_of_order = r.string_list(*y, "out_of_order");
  }
  return e;
}

std::vector<ScriptedReply> read_replies(const yaml::Node& n, load::Reader& r) {
  std::vector<ScriptedReply> out;
  if (!r.expect_list(n, "replies")) return out;
  for (const auto& item : n.items) {
    ScriptedReply reply;
    if (load::looks_like_integer(item)) {
      auto v = r.integer(item, "a reply");
      if (!v || *v < 1 || *v > 1000) {
        r.sink().error(item.loc, "HS0025", "a reply number picks a shown choice: 1, 2, 3 ...");
        continue;
      }
      reply.number = static_cast<int>(*v);
    } else if (auto text = r.string(item, "a reply (a choice number or typed text)")) {
      reply.typed = true;
      reply.text = *text;
    } else {
      continue;
    }
    out.push_back(std::move(reply));
  }
  return out;
}

}  // namespace

// [SECTION] Reading

std::optional<TestPlan> load_test_plan(const std::string& path, DiagnosticSink& sink) {
  auto text = read_file_text(path);
  if (!text) {
    sink.error({1, 1}, "HS0010", "cannot read the file (check the path and its permissions)");
    return std::nullopt;
  }
  return load_test_plan_text(std::move(*text), path, sink);
}

std::optional<TestPlan> load_test_plan_text(std::string text, const std::string& path, DiagnosticSink& sink) {
  yaml::Document doc = yaml::parse(std::move(text), path, sink);
  if (!doc.root) return std::nullopt;
  load::Reader r(doc, sink);
  const yaml::Node& root = *doc.root;
  if (!root.is_map()) {
    sink.error(root.loc, "HS0020", "a test plan must be a map with 'scenario:' and 'plays:'");
    return std::nullopt;
  }
  size_t errors_before = sink.error_count();
  r.check_keys(root, {"scenario", "plays"}, "the test plan");
  TestPlan plan;
  plan.path = path;
  if (const yaml::Node* x = r.require(root, "scenario", "a test plan")) {
    plan.scenario_loc = x->loc;
    if (auto s = r.string(*x, "scenario")) plan.scenario_path = (fs::path(path).parent_path() / *s).lexically_normal().string();
  }
  if (const yaml::Node* x = r.require(root, "plays", "a test plan"); x && r.expect_list(*x, "plays")) {
    for (const auto& item : x->items) {
      if (!r.expect_map(item, "a play")) continue;
      r.check_keys(item, {"name", "replies", "response_s", "expect"}, "a play");
      Play p;
      p.loc = item.loc;
      p.name = fmt::format("play at line {}", item.loc.line);
      if (const yaml::Node* y = item.find("name"))
        if (auto s = r.string(*y, "name")) p.name = *s;
      if (const yaml::Node* y = r.require(item, "replies", "a play")) p.replies = read_replies(*y, r);
      if (const yaml::Node* y = item.find("response_s"))
        if (auto v = r.number(*y, "response_s")) p.response_s = *v;
      if (const yaml::Node* y = item.find("expect")) p.expect = read_expectation(*y, r);
      plan.plays.push_back(std::move(p));
    }
  }
  // cppcheck-suppress knownConditionTrueFalse ; the Reader `r` reports into `sink` behind its back
  if (sink.error_count() > errors_before) return std::nullopt;
  return plan;
}

// [SECTION] Running

namespace {

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return "[" + out + "]";
}

std::vector<std::string> names(const OrderedJson& list) {
  std::vector<std::string> out;
  for (const auto& x : list) out.push_back(x.get<std::string>());
  return out;
}

void check(const Play& p, const Session& s, const ScriptOutcome& script, std::vector<std::string>& failures) {
  if (!script.ok) failures.push_back(script.error);
  OrderedJson result = result_json(s);
  const Expectation& e = p.expect;
  auto ending = s.ending();
  std::string ending_node = ending ? ending->node : "";
  std::string outcome = ending ? std::string(outcome_name(ending->outcome)) : "";
  // Every failure is written in English; `hallsim test` shows it in the reader's language through
  // the '*' templates of diagnostics.tsv, so a value the plan names stays in quotes as written.
  if (e.ending && *e.ending != ending_node && *e.ending != outcome)
    failures.push_back(ending ? fmt::format("ending: expected '{}', got '{}' (outcome '{}')", *e.ending, ending_node, outcome)
                              : fmt::format("ending: expected '{}', but the attempt reached no ending", *e.ending));
  if (e.outcome && *e.outcome != outcome)
    failures.push_back(ending ? fmt::format("outcome: expected '{}', got '{}'", *e.outcome, outcome)
                              : fmt::format("outcome: expected '{}', but the attempt reached no ending", *e.outcome));
  const auto& path = s.path();
  for (const auto& v : e.visits)
    if (std::find(path.begin(), path.end(), v) == path.end())
      failures.push_back(fmt::format("visits: '{}' is not on the path {}", v, join(path)));
  for (const auto& v : e.not_visits)
    if (std::find(path.begin(), path.end(), v) != path.end()) failures.push_back(fmt::format("not_visits: '{}' was visited", v));
  for (const auto& [dim, cmp] : e.scores) {
    double actual = dim == "overall" ? result["scores"]["overall"].get<double>() : result["scores"][dim]["percent"].get<double>();
    if (!cmp.holds(actual)) failures.push_back(fmt::format("scores.{}: expected {}, got {}", dim, cmp.text(), actual));
  }
  for (const auto& [dim, cmp] : e.raw) {
    double actual = result["scores"][dim]["raw"].get<double>();
    if (!cmp.holds(actual)) failures.push_back(fmt::format("raw.{}: expected {}, got {}", dim, cmp.text(), actual));
  }
  for (const auto& [var, cmp] : e.mood) {
    int index = s.scenario().find_variable(var);
    if (index < 0) {
      failures.push_back(fmt::format("mood: the scenario has no variable '{}'", var));
      continue;
    }
    double actual = s.state().vars[static_cast<size_t>(index)];
    if (!cmp.holds(actual)) failures.push_back(fmt::format("mood.{}: expected {}, got {}", var, cmp.text(), actual));
  }
  if (e.passed && *e.passed != result["scores"]["passed"].get<bool>())
    failures.push_back(*e.passed ? fmt::format("passed: expected a pass, got a fail (overall {})", result["scores"]["overall"].get<double>())
                                 : fmt::format("passed: expected a fail, got a pass (overall {})", result["scores"]["overall"].get<double>()));
  if (e.rating && (!ending || *e.rating != rating_name(ending->rating)))
    failures.push_back(ending ? fmt::format("rating: expected '{}', got '{}'", *e.rating, rating_name(ending->rating))
                              : fmt::format("rating: expected '{}', but the attempt reached no ending", *e.rating));
  auto compare_steps = [&](const char* key, const std::optional<std::vector<std::string>>& want) {
    if (!want) return;
    std::vector<std::string> normalised;
    for (const auto& w : *want) {
      auto st = parse_step(w);
      normalised.push_back(st ? std::string(step_name(*st)) : w);
    }
    auto got = names(result["steps"][key]);
    if (normalised != got) failures.push_back(fmt::format("steps.{}: expected {}, got {}", key, join(normalised), join(got)));
  };
  compare_steps("performed", e.performed);
  compare_steps("attempted", e.attempted);
  compare_steps("missed", e.missed);
  compare_steps("out_of_order", e.out_of_order);
  for (const auto& cue : e.cues) {
    bool found = std::any_of(s.turns().begin(), s.turns().end(), [&](const Turn& t) {
      return std::find(t.cues.begin(), t.cues.end(), cue) != t.cues.end();
    });
    if (!found) failures.push_back(fmt::format("cues: '{}' never matched", cue));
  }
}

}  // namespace

bool PlanResult::passed() const {
  return !has_errors(diagnostics) && std::all_of(plays.begin(), plays.end(), [](const PlayResult& p) { return p.passed; });
}

PlanResult run_test_plan(const std::string& path, const LoadOptions& options) {
  PlanResult result;
  result.path = path;
  DiagnosticSink sink(path);
  auto plan = load_test_plan(path, sink);
  result.diagnostics = sink.take();
  if (!plan) return result;
  LoadResult loaded = load_scenario_file(plan->scenario_path, options);
  for (auto& d : loaded.diagnostics)
    if (d.severity == Severity::error) result.diagnostics.push_back(d);
  if (!loaded.ok()) {
    result.diagnostics.push_back({path, plan->scenario_loc.line, plan->scenario_loc.column, "HS0010", Severity::error,
                                  fmt::format("the scenario '{}' could not be loaded", plan->scenario_path)});
    return result;
  }
  for (const Play& p : plan->plays) {
    PlayResult pr;
    pr.name = p.name;
    pr.loc = p.loc;
    Session straight(loaded.scenario, loaded.bounds());
    ScriptOutcome script = play_script(straight, p.replies, p.response_s);
    check(p, straight, script, pr.failures);
    // Replay with a save and restore halfway: the result must not change.
    Session first(loaded.scenario, loaded.bounds());
    size_t half = p.replies.size() / 2;
    std::vector<ScriptedReply> head(p.replies.begin(), p.replies.begin() + static_cast<long>(half));
    std::vector<ScriptedReply> tail(p.replies.begin() + static_cast<long>(half), p.replies.end());
    ScriptOutcome a = play_script(first, head, p.response_s);
    if (a.ok || a.error.find("ran out") != std::string::npos) {
      Session resumed = Session::restore(loaded.scenario, loaded.bounds(), first.snapshot());
      play_script(resumed, tail, p.response_s);
      if (result_json(resumed) != result_json(straight))
        pr.failures.emplace_back("replaying with a snapshot and restore halfway gave a different result");
    }
    pr.passed = pr.failures.empty();
    result.plays.push_back(std::move(pr));
  }
  return result;
}

}  // namespace hallsim
