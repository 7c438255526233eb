#include "analyze/graph_layout.hpp"

#include <algorithm>
#include <deque>

namespace hallsim {

namespace {

using Adjacency = std::vector<std::vector<int>>;

// Breadth-first from `root` over nodes not placed yet, starting at layer 0.
void place_from(int root, const Adjacency& successors, GraphLayout& g) {
  std::deque<int> queue{root};
  g.layer[static_cast<size_t>(root)] = 0;
  while (!queue.empty()) {
    int u = queue.front();
    queue.pop_front();
    g.layers.resize(std::max(g.layers.size(), static_cast<size_t>(g.layer[static_cast<size_t>(u)]) + 1));
    g.layers[static_cast<size_t>(g.layer[static_cast<size_t>(u)])].push_back(u);
    for (int v : successors[static_cast<size_t>(u)])
      if (g.layer[static_cast<size_t>(v)] < 0) {
        g.layer[static_cast<size_t>(v)] = g.layer[static_cast<size_t>(u)] + 1;
        queue.push_back(v);
      }
  }
}

// Rows centred on each layer's middle, so that layers of different sizes line up.
void assign_rows(GraphLayout& g, size_t l) {
  const auto& nodes = g.layers[l];
  double middle = (static_cast<double>(nodes.size()) - 1) / 2;
  for (size_t slot = 0; slot < nodes.size(); ++slot) g.row[static_cast<size_t>(nodes[slot])] = static_cast<double>(slot) - middle;
}

bool spans_one_layer(const GraphLayout& g, const LayoutEdge& e) {
  return g.layer[static_cast<size_t>(e.to)] == g.layer[static_cast<size_t>(e.from)] + 1;
}

// Sorts layer `l` by the mean row of each node's neighbours in the layer before it (`neighbours`
// holds them); a node without any keeps its place. Nodes not reached from the start stay below.
void order_by_barycentre(GraphLayout& g, size_t l, const Adjacency& neighbours) {
  auto& nodes = g.layers[l];
  std::vector<double> key(g.row.size());
  for (int v : nodes) {
    const auto& near = neighbours[static_cast<size_t>(v)];
    double sum = 0;
    for (int u : near) sum += g.row[static_cast<size_t>(u)];
    key[static_cast<size_t>(v)] = near.empty() ? g.row[static_cast<size_t>(v)] : sum / static_cast<double>(near.size());
  }
  std::stable_sort(nodes.begin(), nodes.end(), [&](int a, int b) {
    bool a_below = !g.from_start[static_cast<size_t>(a)], b_below = !g.from_start[static_cast<size_t>(b)];
    if (a_below != b_below) return b_below;
    return key[static_cast<size_t>(a)] < key[static_cast<size_t>(b)];
  });
  assign_rows(g, l);
}

}  // namespace

std::vector<LayoutEdge> graph_edges(const Scenario& s) {
  std::vector<LayoutEdge> edges;
  for (size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    int from = static_cast<int>(i);
    for (size_t c = 0; c < n.choices.size(); ++c)
      if (n.choices[c].target >= 0) edges.push_back({from, n.choices[c].target, LayoutEdge::Kind::choice, static_cast<int>(c)});
    for (size_t r = 0; r < n.free_text.routes.size(); ++r)
      if (n.free_text.routes[r].target >= 0)
        edges.push_back({from, n.free_text.routes[r].target, LayoutEdge::Kind::route, static_cast<int>(r)});
    for (size_t r = 0; r < n.next.size(); ++r)
      if (n.next[r].target >= 0) edges.push_back({from, n.next[r].target, LayoutEdge::Kind::next, static_cast<int>(r)});
  }
  return edges;
}

GraphLayout layout_graph(const Scenario& s, const LayoutOptions& options) {
  size_t n = s.nodes.size();
  GraphLayout g;
  g.layer.assign(n, -1);
  g.row.assign(n, 0);
  g.from_start.assign(n, 0);
  g.edges = graph_edges(s);
  Adjacency successors(n);
  std::vector<int> predecessors(n, 0);
  for (const auto& e : g.edges) {
    successors[static_cast<size_t>(e.from)].push_back(e.to);
    if (e.from != e.to) ++predecessors[static_cast<size_t>(e.to)];
  }

  if (s.start_node >= 0) place_from(s.start_node, successors, g);
  for (size_t i = 0; i < n; ++i) g.from_start[i] = static_cast<char>(g.layer[i] >= 0);
  // The rest from their own roots: first nodes nothing points to, then whatever a cycle hides.
  for (bool roots_only : {true, false})
    for (size_t i = 0; i < n; ++i)
      if (g.layer[i] < 0 && (!roots_only || predecessors[i] == 0)) place_from(static_cast<int>(i), successors, g);
  for (size_t l = 0; l < g.layers.size(); ++l) {
    std::stable_partition(g.layers[l].begin(), g.layers[l].end(), [&](int v) { return g.from_start[static_cast<size_t>(v)] != 0; });
    assign_rows(g, l);
  }

  // Crossing reduction: breadth-first layering makes every forward edge span exactly one layer,
  // so only those edges need weighing; edges back to earlier layers are drawn as arcs.
  Adjacency above(n), below(n);
  for (const auto& e : g.edges)
    if (spans_one_layer(g, e)) {
      above[static_cast<size_t>(e.to)].push_back(e.from);
      below[static_cast<size_t>(e.from)].push_back(e.to);
    }
  auto best = g.layers;
  size_t fewest = count_crossings(g);
  for (int sweep = 0; sweep < options.sweeps && fewest > 0; ++sweep) {
    bool down = sweep % 2 == 0;
    for (size_t step = 1; step < g.layers.size(); ++step) {
      size_t l = down ? step : g.layers.size() - 1 - step;
      order_by_barycentre(g, l, down ? above : below);
    }
    if (size_t crossings = count_crossings(g); crossings < fewest) fewest = crossings, best = g.layers;
  }
  g.layers = std::move(best);
  for (size_t l = 0; l < g.layers.size(); ++l) assign_rows(g, l);
  return g;
}

size_t count_crossings(const GraphLayout& g) {
  std::vector<std::vector<std::pair<double, double>>> between(g.layers.size());
  for (const auto& e : g.edges)
    if (spans_one_layer(g, e))
      between[static_cast<size_t>(g.layer[static_cast<size_t>(e.from)])].emplace_back(g.row[static_cast<size_t>(e.from)],
                                                                                   g.row[static_cast<size_t>(e.to)]);
  size_t crossings = 0;
  for (const auto& edges : between)
    for (size_t i = 0; i < edges.size(); ++i)
      for (size_t j = i + 1; j < edges.size(); ++j)
        if ((edges[i].first - edges[j].first) * (edges[i].second - edges[j].second) < 0) ++crossings;
  return crossings;
}

ViewPlacement fit_view(const GraphLayout& g, int start_node, const ViewGeometry& v) {
  ViewPlacement p;
  if (g.layers.empty() || v.width <= 0 || v.height <= 0 || v.column <= 0 || v.row <= 0) return p;
  double top = 0, bottom = 0;
  for (double r : g.row) top = std::min(top, r), bottom = std::max(bottom, r);
  // The graph's extent at zoom 1, node boxes and their tags included.
  double left = -v.node_width / 2, right = static_cast<double>(g.layers.size() - 1) * v.column + v.node_width / 2;
  double high = top * v.row - v.node_height / 2 - v.above_node, low = bottom * v.row + v.node_height / 2;
  double room_x = std::max(1.0, v.width - 2 * v.padding), room_y = std::max(1.0, v.height - 2 * v.padding);
  double fits = std::min(room_x / (right - left), room_y / (low - high));
  p.zoom = std::clamp(fits, std::min(v.min_zoom, v.max_zoom), v.max_zoom);
  // Along each axis: centred when it fits, else from the start.
  if ((right - left) * p.zoom <= room_x)
    p.pan_x = v.width / 2 - (left + right) / 2 * p.zoom;
  else
    p.pan_x = v.padding - left * p.zoom;
  if ((low - high) * p.zoom <= room_y) {
    p.pan_y = v.height / 2 - (high + low) / 2 * p.zoom;
  } else {
    bool known = start_node >= 0 && static_cast<size_t>(start_node) < g.row.size();
    double start_y = known ? g.row[static_cast<size_t>(start_node)] * v.row : 0;
    double lowest_pan = v.height - v.padding - low * p.zoom, highest_pan = v.padding - high * p.zoom;
    p.pan_y = std::clamp(v.height / 2 - start_y * p.zoom, lowest_pan, highest_pan);
  }
  return p;
}

}  // namespace hallsim
