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

}  // namespace hallsim
