#include <doctest/doctest.h>

#include <set>

#include "analyze/graph_layout.hpp"
#include "helpers.hpp"

using namespace hallsim;
using test::load_text;
using test::scenario_with;

namespace {

std::shared_ptr<const Scenario> load_ok(const std::string& text) {
  LoadOptions o;
  o.analyze = false;  // the test scenarios below keep unreachable nodes on purpose
  LoadResult r = load_scenario_text(text, "layout.yaml", o);
  for (const auto& d : r.diagnostics) MESSAGE(format_diagnostic(d));
  REQUIRE(r.ok());
  return r.scenario;
}

int layer_of(const Scenario& s, const GraphLayout& g, const char* id) { return g.layer[static_cast<size_t>(s.find_node(id))]; }
double row_of(const Scenario& s, const GraphLayout& g, const char* id) { return g.row[static_cast<size_t>(s.find_node(id))]; }

// a offers b then c; b leads to x then y, c only to x. Breadth-first order puts x above y, so
// c→x crosses b→y; putting y above x removes the crossing.
const char* kCrossing =
    "  a:\n    choices:\n      - {reply: one, to: b}\n      - {reply: two, to: c}\n"
    "  b:\n    choices:\n      - {reply: one, to: x}\n      - {reply: two, to: y}\n"
    "  c:\n    choices:\n      - {reply: one, to: x}\n      - {reply: back, to: a}\n"
    "  x: {end: {outcome: resolved}}\n"
    "  y: {end: {outcome: failed}}\n";

}  // namespace

SCENARIO("the graph is laid out in breadth-first layers from the start") {
  GIVEN("a scenario with a shortcut, a cycle back to the start and an orphan") {
    auto s = load_ok(scenario_with(
        "  a:\n    choices:\n      - {reply: long, to: b}\n      - {reply: short, to: z}\n"
        "  b:\n    choices:\n      - {reply: on, to: z}\n      - {reply: again, to: a}\n"
        "  z: {end: {outcome: resolved}}\n"
        "  orphan:\n    next: z\n"));
    WHEN("it is laid out") {
      GraphLayout g = layout_graph(*s);
      THEN("each node sits at its shortest distance from the start") {
        CHECK(layer_of(*s, g, "a") == 0);
        CHECK(layer_of(*s, g, "b") == 1);
        CHECK(layer_of(*s, g, "z") == 1);
      }
      THEN("a node the start cannot lead to is placed from itself, below the others") {
        CHECK_FALSE(g.from_start[static_cast<size_t>(s->find_node("orphan"))]);
        CHECK(layer_of(*s, g, "orphan") == 0);
        CHECK(row_of(*s, g, "orphan") > row_of(*s, g, "a"));
      }
      THEN("every node has one place and every edge is listed") {
        std::set<std::pair<int, double>> places;
        for (size_t i = 0; i < s->nodes.size(); ++i) places.insert({g.layer[i], g.row[i]});
        CHECK(places.size() == s->nodes.size());
        CHECK(g.edges.size() == 5);
      }
    }
  }
}

SCENARIO("barycentre ordering removes a crossing that breadth-first order makes") {
  GIVEN("two nodes whose edges cross in breadth-first order") {
    auto s = load_ok(scenario_with(kCrossing));
    WHEN("laid out without sweeps") {
      GraphLayout plain = layout_graph(*s, LayoutOptions{0});
      THEN("the edges cross once") {
        CHECK(row_of(*s, plain, "x") < row_of(*s, plain, "y"));
        CHECK(count_crossings(plain) == 1);
      }
    }
    WHEN("laid out with barycentre sweeps") {
      GraphLayout swept = layout_graph(*s);
      THEN("nothing crosses and y moves above x") {
        CHECK(count_crossings(swept) == 0);
        CHECK(row_of(*s, swept, "y") < row_of(*s, swept, "x"));
      }
      THEN("the edge back to the start does not count as a crossing") {
        CHECK(layer_of(*s, swept, "a") == 0);
        CHECK(layer_of(*s, swept, "x") == 2);
      }
    }
  }
}

TEST_CASE("rows are centred on each layer's middle") {
  auto s = load_ok(scenario_with(kCrossing));
  GraphLayout g = layout_graph(*s);
  for (const auto& layer : g.layers) {
    double sum = 0;
    for (int v : layer) sum += g.row[static_cast<size_t>(v)];
    CHECK(sum == doctest::Approx(0));
  }
  CHECK(g.layers.at(0).size() == 1);
  CHECK(row_of(*s, g, "a") == doctest::Approx(0));
}

TEST_CASE("a shipped scenario lays out with no more crossings than breadth-first order") {
  LoadResult r = load_scenario_file(test::source_path("scenarios/angry-man-in-hall.yaml"));
  REQUIRE(r.ok());
  GraphLayout plain = layout_graph(*r.scenario, LayoutOptions{0});
  GraphLayout swept = layout_graph(*r.scenario);
  CHECK(count_crossings(swept) <= count_crossings(plain));
  for (size_t i = 0; i < r.scenario->nodes.size(); ++i) CHECK(swept.layer[i] >= 0);
}
