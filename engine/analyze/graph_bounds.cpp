#include "analyze/graph_bounds.hpp"

#include <algorithm>

#include "analyze/objectives.hpp"
#include "analyze/state_plan.hpp"

namespace hallsim {

namespace {

// The most (for a max objective) or least (for a min one) a set of gains can add.
void add_extreme(Gains& into, const Gains& g) {
  for (int o = 0; o < kObjectives; ++o) into[o] += is_max(o) ? std::max(0, g[o]) : std::min(0, g[o]);
}

std::vector<char> graph_reachable(const Scenario& s, const std::vector<std::vector<int>>& succ) {
  std::vector<char> seen(s.nodes.size(), 0);
  if (s.start_node < 0) return seen;
  std::vector<int> work{s.start_node};
  seen[static_cast<size_t>(s.start_node)] = 1;
  while (!work.empty()) {
    int v = work.back();
    work.pop_back();
    for (int t : succ[static_cast<size_t>(v)])
      if (!seen[static_cast<size_t>(t)]) seen[static_cast<size_t>(t)] = 1, work.push_back(t);
  }
  return seen;
}

}  // namespace

void graph_bounds(const Scenario& s, Analysis& a) {
  auto succ = successors(s);
  std::vector<char> cyclic;
  std::vector<int> comp = node_components(succ, cyclic);
  auto comp_of = [&](int node) { return static_cast<size_t>(comp[static_cast<size_t>(node)]); };
  size_t components = comp.empty() ? 0 : static_cast<size_t>(*std::max_element(comp.begin(), comp.end()) + 1);
  struct Move {
    int from, to;
    Gains gains;
  };
  std::vector<Move> exits;  // moves between components
  // What can be collected inside a component: each choice that stays inside, once, and the cues
  // of each free-text node on a cycle, once (a cue scores once per node however often it matches).
  std::vector<Gains> inner(components, Gains{});
  for (size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    const auto from = static_cast<int>(i);
    for (const auto& c : n.choices) {
      if (c.target < 0) continue;
      if (comp_of(c.target) == comp_of(from)) add_extreme(inner[comp_of(from)], gains_of(c.scores));
      else exits.push_back({from, c.target, gains_of(c.scores)});
    }
    Gains cues{};
    for (const auto& c : n.free_text.cues) add_extreme(cues, gains_of(c.scores));
    if (cyclic[i]) add_extreme(inner[comp_of(from)], cues);
    for (const auto& r : n.free_text.routes)
      if (r.target >= 0 && comp_of(r.target) != comp_of(from)) exits.push_back({from, r.target, cyclic[i] ? Gains{} : cues});
    for (const auto& r : n.next)
      if (r.target >= 0 && comp_of(r.target) != comp_of(from)) exits.push_back({from, r.target, Gains{}});
  }
  std::vector<std::vector<const Move*>> exits_of(components);
  for (const Move& m : exits) exits_of[comp_of(m.from)].push_back(&m);
  std::vector<char> has_end(components, 0);
  for (size_t i = 0; i < s.nodes.size(); ++i)
    if (s.nodes[i].kind == Node::Kind::end) has_end[comp_of(static_cast<int>(i))] = 1;
  // Tarjan numbers components in reverse topological order: successors come first.
  std::vector<Values> value(components);
  for (size_t c = 0; c < components; ++c) {
    Values v = has_end[c] ? Values{} : no_values();
    for (const Move* m : exits_of[c]) {
      const Values& tv = value[comp_of(m->to)];
      if (tv[0] == kNoEnding) continue;
      Values via;
      for (int o = 0; o < kObjectives; ++o) via[o] = tv[o] + m->gains[o];
      improve(v, via);
    }
    if (v[0] != kNoEnding)
      for (int o = 0; o < kObjectives; ++o) v[o] += inner[c][o];
    value[c] = v;
  }
  a.reachable = graph_reachable(s, succ);
  if (s.start_node < 0) return;
  const Values& v = value[comp_of(s.start_node)];
  a.any_ending = v[0] != kNoEnding;
  for (int d = 0; d < kDimensions; ++d) {
    a.best[d] = a.any_ending ? v[d] : 0;
    a.worst[d] = a.any_ending ? v[4 + d] : 0;
  }
}

}  // namespace hallsim
