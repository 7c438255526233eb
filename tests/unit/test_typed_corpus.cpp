// The labelled typed-reply corpus (tests/corpus/typed-replies.yaml) against the shipped library:
// every reply is scored at its node as play would score it there. No hostile, negated or
// keyword-stuffed reply may take the node's best route or earn empathy, and at least 90 % of the
// good replies must take the best route. A reply the rules are known to get wrong carries
// `known_limit: REASON` in the corpus and is reported, not hidden. With HALLSIM_CORPUS_REPORT=FILE
// the test also writes precision and recall per label (docs/scoring-validity.md quotes them).
#include <doctest/doctest.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <map>

#include <fmt/format.h>

#include "helpers.hpp"
#include "load/reader.hpp"
#include "run/reply_trial.hpp"
#include "yaml/document.hpp"

using namespace hallsim;

namespace {

constexpr std::array<const char*, 4> kLabels = {"good", "acceptable", "poor", "hostile"};

struct CorpusReply {
  std::string scenario, node, best_route, text, label, part, known_limit;
  std::vector<std::string> kinds;
  bool has(const char* kind) const { return std::find(kinds.begin(), kinds.end(), kind) != kinds.end(); }
};

std::vector<CorpusReply> read_corpus() {
  DiagnosticSink sink("tests/corpus/typed-replies.yaml");
  yaml::Document doc = yaml::parse_file(test::source_path("tests/corpus/typed-replies.yaml"), sink);
  REQUIRE(sink.items().empty());
  load::Reader r(doc, sink);
  std::vector<CorpusReply> out;
  for (const auto& n : doc.root->find("nodes")->items)
    for (const auto& item : n.find("replies")->items) {
      CorpusReply c;
      c.scenario = n.find("scenario")->scalar;
      c.node = n.find("node")->scalar;
      c.best_route = n.find("best_route")->scalar;
      c.text = item.find("text")->scalar;
      c.label = item.find("label")->scalar;
      c.part = item.find("part")->scalar;
      if (const yaml::Node* k = item.find("kinds")) c.kinds = r.string_list(*k, "kinds");
      if (const yaml::Node* k = item.find("known_limit")) c.known_limit = k->scalar;
      out.push_back(std::move(c));
    }
  return out;
}

// What the engine made of a reply, in the corpus's terms.
struct Verdict {
  bool best_route = false, empathy = false;
  std::string label;  // hostile: flagged or cost empathy; good: best route; acceptable: earned something; else poor
};

Verdict judge(const Session& at, const CorpusReply& c) {
  ReplyTrial t = try_reply(at, c.text);
  Verdict v;
  v.best_route = t.next == c.best_route;
  v.empathy = t.turn.deltas[0] > 0;
  int earned = 0;
  for (int d : t.turn.deltas) earned += std::max(d, 0);
  if (!t.turn.conduct.empty() || t.turn.deltas[0] < 0) v.label = "hostile";
  else if (v.best_route) v.label = "good";
  else if (earned > 0) v.label = "acceptable";
  else v.label = "poor";
  return v;
}

struct Counts {
  std::map<std::string, std::array<int, 3>> by_label;  // true positives, predicted, actual
};

std::string metrics_table(const std::map<std::string, Counts>& parts) {
  std::string out = "| part | label | replies | precision | recall |\n|---|---|---:|---:|---:|\n";
  for (const auto& [part, counts] : parts)
    for (const char* label : kLabels) {
      auto it = counts.by_label.find(label);
      std::array<int, 3> c = it == counts.by_label.end() ? std::array<int, 3>{} : it->second;
      auto pct = [](int a, int b) { return b ? fmt::format("{:.0f} %", 100.0 * a / b) : std::string("—"); };
      out += fmt::format("| {} | {} | {} | {} | {} |\n", part, label, c[2], pct(c[0], c[1]), pct(c[0], c[2]));
    }
  return out;
}

}  // namespace

TEST_CASE("typed replies are scored as an instructor would label them") {
  std::vector<CorpusReply> corpus = read_corpus();
  REQUIRE(corpus.size() >= 300);
  std::map<std::string, std::shared_ptr<const Scenario>> scenarios;
  std::map<std::string, std::optional<Session>> sessions;
  std::map<std::string, Counts> parts;
  int good = 0, good_best = 0, tolerated = 0;
  std::string limits;
  for (const CorpusReply& c : corpus) {
    CAPTURE(c.scenario);
    CAPTURE(c.node);
    CAPTURE(c.text);
    auto& scenario = scenarios[c.scenario];
    if (!scenario) {
      LoadResult r = load_scenario_file(test::source_path("scenarios/" + c.scenario + ".yaml"));
      REQUIRE(r.scenario);
      scenario = r.scenario;
    }
    auto& at = sessions[c.scenario + "/" + c.node];
    if (!at) {
      int node = scenario->find_node(c.node);
      REQUIRE(node >= 0);
      at = session_at(scenario, test::bounds_of(*scenario), node);
      REQUIRE(at);
    }
    Verdict v = judge(*at, c);
    for (const std::string& part : {c.part, std::string("all")}) {
      auto& counts = parts[part].by_label;
      counts[c.label][2] += 1;
      counts[v.label][1] += 1;
      if (v.label == c.label) counts[c.label][0] += 1;
    }
    bool must_fail = c.label == "hostile" || c.has("negated") || c.has("stuffed");
    bool wrong = must_fail && (v.best_route || v.empathy);
    if (c.label == "good") {
      ++good;
      if (v.best_route) ++good_best;
      else wrong = true;
    }
    if (wrong && !c.known_limit.empty()) {
      ++tolerated;
      limits += fmt::format("  {} / {}: {} ({})\n", c.scenario, c.node, c.text, c.known_limit);
      continue;
    }
    if (must_fail) {
      CHECK_MESSAGE(!v.best_route, "a " << c.label << " reply took the best route");
      CHECK_MESSAGE(!v.empathy, "a " << c.label << " reply earned empathy");
    }
    if (c.label == "good" && !v.best_route) MESSAGE("a good reply missed the best route (" << v.label << ")");
  }
  CHECK(good_best * 10 >= good * 9);
  MESSAGE(fmt::format("good replies on the best route: {} of {}; known limits tolerated: {}\n{}", good_best, good,
                      tolerated, limits));
  if (const char* path = std::getenv("HALLSIM_CORPUS_REPORT"))
    std::ofstream(path) << fmt::format("good replies on the best route: {} of {}\n\n", good_best, good)
                        << metrics_table(parts) << "\nknown limits tolerated: " << tolerated << "\n" << limits;
}
