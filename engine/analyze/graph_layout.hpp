// The branching graph laid out for drawing: nodes in layers by their distance from the start
// (breadth-first, so every forward edge spans one layer), then ordered within each layer by
// barycentre sweeps so that few edges cross. Positions are abstract; a face scales them to pixels.
#pragma once

#include <cstddef>
#include <vector>

#include "model/scenario.hpp"

namespace hallsim {

struct LayoutEdge {
  enum class Kind { choice, route, next };
  int from = -1, to = -1;
  Kind kind = Kind::choice;
  int index = 0;  // the choice's or route's position in its node
};

struct GraphLayout {
  std::vector<int> layer;                // per node: 0 for the start
  std::vector<double> row;               // per node: position in its layer, 0 = the layer's middle
  std::vector<std::vector<int>> layers;  // nodes of each layer, top to bottom
  std::vector<LayoutEdge> edges;
  // Per node: some path in the graph leads from the start to it. The others are laid out from
  // their own roots and kept below the rest of their layer.
  std::vector<char> from_start;
};

struct LayoutOptions {
  int sweeps = 8;  // barycentre passes, alternating down and up; 0 keeps the breadth-first order
};

// Every edge of the graph: choices, free-text routes and `next` routes with a target.
std::vector<LayoutEdge> graph_edges(const Scenario& s);

GraphLayout layout_graph(const Scenario& s, const LayoutOptions& options = {});

// Pairs of edges between neighbouring layers that cross each other.
size_t count_crossings(const GraphLayout& g);

// [SECTION] Fitting the graph to a window. A node's centre is drawn at
// pan + (layer * column, row * row) * zoom, in pixels from the window's top-left corner.

// Sizes in pixels at zoom 1, as the face measures them with its font.
struct ViewGeometry {
  double column = 0, row = 0;             // from one layer to the next, from one row to the next
  double node_width = 0, node_height = 0;
  double above_node = 0;                  // room a node's tags ("start", "dead end") take above it
  double width = 0, height = 0;           // the window
  double min_zoom = 0.2;                  // the smallest zoom at which a node's name can be read
  double max_zoom = 1.25;
  double padding = 10;                    // kept free along the window's edges
};

struct ViewPlacement {
  double zoom = 1, pan_x = 0, pan_y = 0;
};

// The whole graph, centred, at the largest zoom up to max_zoom at which it fits. A graph that
// fits only below min_zoom is shown at min_zoom instead, never smaller, from its start: the first
// layer at the left edge and, where the graph is taller than the window, the start's row as near
// the middle as the graph's extent allows (no empty band beyond its top or bottom). The author
// pans to the rest.
ViewPlacement fit_view(const GraphLayout& g, int start_node, const ViewGeometry& v);

}  // namespace hallsim
