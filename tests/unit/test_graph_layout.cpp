#include <doctest/doctest.h>

#include <set>

#include "analyze/graph_layout.hpp"
#include "helpers.hpp"

using namespace hallsim;
using test::load_text;
using test::scenario_with;

namespace {

// The test scenarios below keep unreachable nodes on purpose: no analysis.
std::shared_ptr<const Scenario> load_unanalysed(const std::string& text) { return test::load_ok(text, /*analyze=*/false); }

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
    auto s = load_unanalysed(scenario_with(
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
    auto s = load_unanalysed(scenario_with(kCrossing));
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
  auto s = load_unanalysed(scenario_with(kCrossing));
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

namespace {

// A layout by hand: `rows_per_layer[l]` nodes in layer l, rows centred on the layer's middle.
GraphLayout columns(const std::vector<int>& rows_per_layer) {
  GraphLayout g;
  for (int count : rows_per_layer) {
    std::vector<int> layer;
    for (int r = 0; r < count; ++r) {
      layer.push_back(static_cast<int>(g.layer.size()));
      g.layer.push_back(static_cast<int>(g.layers.size()));
      g.row.push_back(r - (count - 1) / 2.0);
      g.from_start.push_back(1);
    }
    g.layers.push_back(layer);
  }
  return g;
}

ViewGeometry window(double width, double height) {
  ViewGeometry v;
  v.column = 300, v.row = 80, v.node_width = 200, v.node_height = 50, v.above_node = 16;
  v.width = width, v.height = height;
  v.min_zoom = 0.7, v.max_zoom = 1.25;
  return v;
}

struct Box {
  double left, top, right, bottom;
};

// Where node `n`'s box and tags are drawn.
Box box_of(const GraphLayout& g, const ViewGeometry& v, const ViewPlacement& p, int n) {
  double x = p.pan_x + g.layer[static_cast<size_t>(n)] * v.column * p.zoom;
  double y = p.pan_y + g.row[static_cast<size_t>(n)] * v.row * p.zoom;
  return {x - v.node_width / 2 * p.zoom, y - (v.node_height / 2 + v.above_node) * p.zoom, x + v.node_width / 2 * p.zoom,
          y + v.node_height / 2 * p.zoom};
}

bool inside(const Box& b, const ViewGeometry& v) { return b.left >= 0 && b.top >= 0 && b.right <= v.width && b.bottom <= v.height; }

}  // namespace

TEST_CASE("a graph that fits at a legible size is shown whole and centred") {
  GraphLayout g = columns({1, 3, 2});
  ViewGeometry v = window(1200, 600);
  ViewPlacement p = fit_view(g, 0, v);
  CHECK(p.zoom >= v.min_zoom);
  CHECK(p.zoom <= v.max_zoom);
  for (int n = 0; n < static_cast<int>(g.layer.size()); ++n) CHECK(inside(box_of(g, v, p, n), v));
  // Centred: as much room left of the first layer as right of the last.
  double left = box_of(g, v, p, 0).left, right = v.width - box_of(g, v, p, 5).right;
  CHECK(left == doctest::Approx(right));
}

TEST_CASE("fitting never makes names smaller than legible: a long graph is shown from its start") {
  GraphLayout g = columns(std::vector<int>(30, 1));  // 30 layers in a row: 37 % would be needed
  ViewGeometry v = window(1000, 600);
  ViewPlacement p = fit_view(g, 0, v);
  CHECK(p.zoom == doctest::Approx(v.min_zoom));
  Box start = box_of(g, v, p, 0);
  CHECK(inside(start, v));
  CHECK(start.left == doctest::Approx(v.padding));
  CHECK_FALSE(inside(box_of(g, v, p, 29), v));  // the rest is panned to
  // The window's width decides nothing about legibility: a wider one shows more at the same size.
  ViewPlacement wide = fit_view(g, 0, window(3000, 600));
  CHECK(wide.zoom == doctest::Approx(v.min_zoom));
}

TEST_CASE("a graph taller than the window shows its start, with no empty band above or below") {
  ViewGeometry v = window(1000, 400);
  // The start in the middle of a tall first layer: the start's row is centred.
  GraphLayout middle = columns({41, 3});
  ViewPlacement p = fit_view(middle, 20, v);
  CHECK(p.zoom == doctest::Approx(v.min_zoom));
  Box start = box_of(middle, v, p, 20);
  CHECK(inside(start, v));
  CHECK((start.top + start.bottom) / 2 == doctest::Approx(v.height / 2).epsilon(0.05));
  // The start at the very top: the graph's top edge sits at the window's, not half a window lower.
  ViewPlacement q = fit_view(middle, 0, v);
  Box top = box_of(middle, v, q, 0);
  CHECK(inside(top, v));
  CHECK(top.top == doctest::Approx(v.padding));
  // And at the very bottom.
  ViewPlacement r = fit_view(middle, 40, v);
  Box bottom = box_of(middle, v, r, 40);
  CHECK(inside(bottom, v));
  CHECK(v.height - bottom.bottom == doctest::Approx(v.padding));
}

TEST_CASE("fitting an empty graph or a window with no room leaves the view as it is") {
  ViewPlacement p = fit_view(GraphLayout{}, 0, window(800, 600));
  CHECK(p.zoom == 1);
  ViewPlacement q = fit_view(columns({2, 2}), 0, window(0, 0));
  CHECK(q.zoom == 1);
  CHECK(q.pan_x == 0);
}
