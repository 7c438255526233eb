// [SECTION] Graph facts     cyclic nodes, dead ends, plain reachability
// [SECTION] State search    interned states, transitions, iterative Tarjan with SCC values
// [SECTION] Graph bounds    the fallback when the state budget runs out
// [SECTION] Warnings
#include "analyze/analysis.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "run/rules.hpp"

namespace hallsim {

namespace {

constexpr int kObjectives = 7;  // max empathy, timeliness, solution, their sum; min of the three
using Values = std::array<long long, kObjectives>;
using Gains = std::array<int, kObjectives>;
constexpr long long kNone = std::numeric_limits<long long>::min() / 4;  // "no ending reachable"
constexpr size_t kMaxPartials = 4096;  // distinct outcomes of one typed reply

bool is_max(int o) { return o < 4; }

// [SECTION] Graph facts

std::vector<std::vector<int>> successors(const Scenario& s) {
  std::vector<std::vector<int>> out(s.nodes.size());
  for (size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    for (const auto& c : n.choices) out[i].push_back(c.target);
    for (const auto& r : n.free_text.routes) out[i].push_back(r.target);
    for (const auto& r : n.next) out[i].push_back(r.target);
    auto& v = out[i];
    v.erase(std::remove(v.begin(), v.end(), -1), v.end());
  }
  return out;
}

// Strongly connected components of the node graph (iterative Tarjan); component id per node.
std::vector<int> node_components(const std::vector<std::vector<int>>& succ, std::vector<char>& cyclic) {
  size_t n = succ.size();
  std::vector<int> index(n, -1), low(n, 0), comp(n, -1), stack;
  std::vector<char> on_stack(n, 0);
  cyclic.assign(n, 0);
  int counter = 0, components = 0;
  for (size_t root = 0; root < n; ++root) {
    if (index[root] >= 0) continue;
    std::vector<std::pair<int, size_t>> frames{{static_cast<int>(root), 0}};
    index[root] = low[root] = counter++;
    stack.push_back(static_cast<int>(root));
    on_stack[root] = 1;
    while (!frames.empty()) {
      auto& [v, next] = frames.back();
      auto uv = static_cast<size_t>(v);
      if (next < succ[uv].size()) {
        int w = succ[uv][next++];
        auto uw = static_cast<size_t>(w);
        if (w == v) cyclic[uv] = 1;
        if (index[uw] < 0) {
          index[uw] = low[uw] = counter++;
          stack.push_back(w);
          on_stack[uw] = 1;
          frames.emplace_back(w, 0);
        } else if (on_stack[uw]) {
          low[uv] = std::min(low[uv], index[uw]);
        }
        continue;
      }
      if (low[uv] == index[uv]) {
        std::vector<int> members;
        int w = -1;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[static_cast<size_t>(w)] = 0;
          comp[static_cast<size_t>(w)] = components;
          members.push_back(w);
        } while (w != v);
        if (members.size() > 1)
          for (int m : members) cyclic[static_cast<size_t>(m)] = 1;
        ++components;
      }
      int done = v;
      frames.pop_back();
      if (!frames.empty()) {
        auto parent = static_cast<size_t>(frames.back().first);
        low[parent] = std::min(low[parent], low[static_cast<size_t>(done)]);
      }
    }
  }
  return comp;
}

std::vector<char> can_reach_end(const Scenario& s, const std::vector<std::vector<int>>& succ) {
  std::vector<std::vector<int>> pred(s.nodes.size());
  for (size_t i = 0; i < succ.size(); ++i)
    for (int t : succ[i]) pred[static_cast<size_t>(t)].push_back(static_cast<int>(i));
  std::vector<char> ok(s.nodes.size(), 0);
  std::vector<int> work;
  for (size_t i = 0; i < s.nodes.size(); ++i)
    if (s.nodes[i].kind == Node::Kind::end) ok[i] = 1, work.push_back(static_cast<int>(i));
  while (!work.empty()) {
    int v = work.back();
    work.pop_back();
    for (int p : pred[static_cast<size_t>(v)])
      if (!ok[static_cast<size_t>(p)]) ok[static_cast<size_t>(p)] = 1, work.push_back(p);
  }
  return ok;
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

// Gains for the seven objectives from a score delta.
Gains gains_of(const ScoreVector& d) {
  return {d[0], d[1], d[2], d[0] + d[1] + d[2], d[0], d[1], d[2]};
}

// [SECTION] State search

// Which parts of a PlayState can change the future, and so belong in a state's identity.
struct Relevance {
  std::vector<int> vars;       // variables some condition reads; the others cannot change the future
  std::vector<int> choices;    // global choice indices at cyclic nodes (may be made twice)
  std::vector<int> cue_slots;  // cue slots at cyclic free-text nodes
  std::vector<int> visited;    // nodes named by visited.X
  bool turn = false, elapsed = false, score = false;
};

struct FreeTextPlan {
  std::vector<char> routed;  // per cue: a route tests it
  std::vector<size_t> routed_cues;  // the indices of those cues
  bool cyclic = false;       // the node can be revisited, so which cues scored matters later
};

class StateSearch {
 public:
  StateSearch(const Scenario& s, size_t budget) : s_(s), budget_(budget), succ_(successors(s)) {
    node_components(succ_, cyclic_);
    plan_relevance();
    scratch_ = initial_state(s);
  }

  // Returns false when the budget ran out.
  bool run(Analysis& a) {
    PlayState start = initial_state(s_);
    enter_node(s_, start, s_.start_node);
    int root = intern(start);
    if (!search(root)) return false;
    a.reachable.assign(s_.nodes.size(), 0);
    std::vector<char> stuck(s_.nodes.size(), 0);
    for (size_t i = 0; i < nodes_.size(); ++i) {
      auto node = static_cast<size_t>(nodes_[i]);
      a.reachable[node] = 1;
      if (edge_count_[i] == 0 && s_.nodes[node].kind != Node::Kind::end) stuck[node] = 1;
    }
    for (size_t i = 0; i < stuck.size(); ++i)
      if (stuck[i]) a.stuck.push_back(static_cast<int>(i));
    const Values& v = values_[static_cast<size_t>(root)];
    a.any_ending = v[0] != kNone;
    for (int d = 0; d < kDimensions; ++d) {
      a.best[d] = a.any_ending ? static_cast<int>(v[d]) : 0;
      a.worst[d] = a.any_ending ? static_cast<int>(v[4 + d]) : 0;
    }
    a.single_path_best = !a.any_ending || v[3] == v[0] + v[1] + v[2];
    a.states = nodes_.size();
    a.transitions = edges_.size();
    a.approximate = a.approximate || cue_cap_hit_;
    return true;
  }

 private:
  struct Edge {
    int target;
    Gains gains;
  };

  void plan_relevance() {
    auto note_refs = [&](const expr::Expression& e) {
      if (!e.root) return;
      expr::visit(*e.root, [&](const expr::Node& n) {
        if (n.kind != expr::Node::Kind::ident) return;
        if (n.ref == expr::Ref::variable) rel_.vars.push_back(n.index);
        if (n.ref == expr::Ref::visited) rel_.visited.push_back(n.index);
        rel_.turn |= n.ref == expr::Ref::turn;
        rel_.elapsed |= n.ref == expr::Ref::elapsed || n.ref == expr::Ref::clock;
        rel_.score |= n.ref == expr::Ref::score;
      });
    };
    plans_.resize(s_.nodes.size());
    for (size_t i = 0; i < s_.nodes.size(); ++i) {
      const Node& n = s_.nodes[i];
      for (const auto& c : n.choices) {
        if (c.when) note_refs(*c.when);
        if (cyclic_[i]) rel_.choices.push_back(c.global_index);
      }
      for (const auto& r : n.next)
        if (r.when) note_refs(*r.when);
      if (n.kind != Node::Kind::free_text) continue;
      FreeTextPlan& plan = plans_[i];
      plan.routed.assign(n.free_text.cues.size(), 0);
      plan.cyclic = cyclic_[i] != 0;
      for (const auto& r : n.free_text.routes) {
        if (!r.when) continue;
        note_refs(*r.when);
        expr::visit(*r.when->root, [&](const expr::Node& e) {
          if (e.kind == expr::Node::Kind::ident && e.ref == expr::Ref::cue) plan.routed[static_cast<size_t>(e.index)] = 1;
        });
      }
      for (size_t c = 0; c < plan.routed.size(); ++c)
        if (plan.routed[c]) plan.routed_cues.push_back(c);
      if (plan.cyclic)
        for (size_t c = 0; c < n.free_text.cues.size(); ++c)
          rel_.cue_slots.push_back(n.free_text.first_cue_slot + static_cast<int>(c));
    }
    // Rating rules are left out on purpose: the rating never changes scores or where play goes.
    for (auto* list : {&rel_.visited, &rel_.vars}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
  }

  // The identity of a state: everything that can change what happens next.
  std::string key_of(const PlayState& st) const {
    std::string key;
    auto put = [&](int v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); };
    put(st.node);
    for (int v : rel_.vars) put(st.vars[static_cast<size_t>(v)]);
    if (rel_.turn) put(st.turn);
    if (rel_.elapsed) put(st.elapsed);
    if (rel_.score)
      for (int v : st.raw) put(v);
    for (int c : rel_.choices) key += st.choice_scored[static_cast<size_t>(c)];
    for (int c : rel_.cue_slots) key += st.cue_scored[static_cast<size_t>(c)];
    for (int n : rel_.visited) key += st.visited[static_cast<size_t>(n)];
    return key;
  }

  int intern(const PlayState& st) {
    std::string key = key_of(st);
    auto [it, inserted] = ids_.try_emplace(std::move(key), static_cast<int>(states_.size()));
    if (inserted) {
      states_.push_back(compact(st));
      nodes_.push_back(st.node);
      index_.push_back(-1);
      low_.push_back(0);
      on_stack_.push_back(0);
      first_edge_.push_back(0);
      edge_count_.push_back(0);
      values_.push_back({});
    }
    return it->second;
  }

  // A stored state keeps only the relevant parts; the rest is irrelevant to the future.
  struct Compact {
    std::vector<int> vars;
    int turn, elapsed;
    ScoreVector raw;
    std::vector<char> flags;
  };
  Compact compact(const PlayState& st) const {
    Compact c{st.vars, st.turn, st.elapsed, st.raw, {}};
    for (int x : rel_.choices) c.flags.push_back(st.choice_scored[static_cast<size_t>(x)]);
    for (int x : rel_.cue_slots) c.flags.push_back(st.cue_scored[static_cast<size_t>(x)]);
    for (int x : rel_.visited) c.flags.push_back(st.visited[static_cast<size_t>(x)]);
    return c;
  }
  // Loads a stored state into the full-size scratch state. Between expansions every flag of the
  // scratch state is zero, so loading and unloading touch only the relevant flags: expanding a
  // state costs the same in a scenario of 50 nodes or 50,000.
  PlayState& load(int id) {
    const Compact& c = states_[static_cast<size_t>(id)];
    PlayState& st = scratch_;
    st.node = nodes_[static_cast<size_t>(id)];
    st.vars = c.vars;
    st.turn = c.turn;
    st.elapsed = c.elapsed;
    st.raw = c.raw;
    size_t k = 0;
    for (int x : rel_.choices) st.choice_scored[static_cast<size_t>(x)] = c.flags[k++];
    for (int x : rel_.cue_slots) st.cue_scored[static_cast<size_t>(x)] = c.flags[k++];
    for (int x : rel_.visited) st.visited[static_cast<size_t>(x)] = c.flags[k++];
    return st;
  }
  void unload() {
    for (int x : rel_.choices) scratch_.choice_scored[static_cast<size_t>(x)] = 0;
    for (int x : rel_.cue_slots) scratch_.cue_scored[static_cast<size_t>(x)] = 0;
    for (int x : rel_.visited) scratch_.visited[static_cast<size_t>(x)] = 0;
  }

  // Runs one transition on the scratch state, records the edge, then puts back everything the
  // transition changed: the small fields and the few flags it can touch.
  template <typename Transition>
  void try_transition(const std::vector<std::pair<std::vector<char>*, size_t>>& touched, Transition&& step) {
    PlayState& st = scratch_;
    int node = st.node, turn = st.turn, elapsed = st.elapsed;
    ScoreVector raw = st.raw;
    saved_vars_ = st.vars;
    saved_flags_.clear();
    for (auto [vec, i] : touched) saved_flags_.push_back((*vec)[i]);
    std::optional<Gains> g = step(st);
    if (g) edges_.push_back({intern(st), *g});
    st.node = node, st.turn = turn, st.elapsed = elapsed, st.raw = raw;
    st.vars = saved_vars_;
    for (size_t k = 0; k < touched.size(); ++k) (*touched[k].first)[touched[k].second] = saved_flags_[k];
  }

  // Generates the transitions out of state `id`.
  void expand(int id) {
    first_edge_[static_cast<size_t>(id)] = edges_.size();
    const Node& n = s_.nodes[static_cast<size_t>(nodes_[static_cast<size_t>(id)])];
    PlayState& st = load(id);
    if (n.kind == Node::Kind::choices) {
      for (int c : visible_choices(s_, st)) {
        const Choice& choice = n.choices[static_cast<size_t>(c)];
        try_transition({{&st.choice_scored, static_cast<size_t>(choice.global_index)},
                        {&st.visited, static_cast<size_t>(std::max(choice.target, 0))}},
                       [&](PlayState& x) -> std::optional<Gains> { return gains_of(take_choice(s_, x, c)); });
      }
    } else if (n.kind == Node::Kind::next) {
      for (const Route& r : n.next)
        if (r.target >= 0) touched_targets_.emplace_back(&st.visited, static_cast<size_t>(r.target));
      try_transition(touched_targets_, [&](PlayState& x) -> std::optional<Gains> {
        if (!take_next(s_, x)) return std::nullopt;
        return gains_of({});
      });
      touched_targets_.clear();
    } else if (n.kind == Node::Kind::free_text) {
      expand_free_text(n);
    }
    unload();
    edge_count_[static_cast<size_t>(id)] = edges_.size() - first_edge_[static_cast<size_t>(id)];
  }

  // A typed reply can meet any combination of cues. Rather than trying all 2^n combinations,
  // cues are added one at a time (in rubric order, as the session applies them), merging
  // combinations that leave the same variables and the same route (or, while the route is still
  // open, the same flags of the cues routes test), and at a node that can be revisited the same
  // scored flags. The future depends only on those, so keeping the best and worst gains per
  // objective for each is exact.
  //
  // The partial outcomes are flat records in a PartialSet with its own hash table: this runs for
  // every state at a free-text node, and a map of strings to vectors spent 90% of the analysis of
  // a 20-cue node on allocation (repeated-trips: 1.1 G instructions, now a tenth of that).
  static constexpr int kOpen = -2;  // the route still depends on cues not yet decided
  struct PartialSet {
    size_t ints_per = 0, bytes_per = 0;  // vars, route, gains | flags, scored
    size_t count = 0;
    std::vector<int> ints;
    std::vector<char> bytes;
    std::vector<uint32_t> slots;  // open addressing: partial index + 1, 0 when empty
    void reset(size_t ni, size_t nb) {
      if (ni != ints_per || nb != bytes_per) ints.clear(), bytes.clear();
      ints_per = ni, bytes_per = nb, count = 0;
      slots.assign(64, 0);
    }
    int* ints_of(size_t i) { return ints.data() + i * ints_per; }
    char* bytes_of(size_t i) { return bytes.data() + i * bytes_per; }
  };
  struct PartialShape {
    size_t vars, cues;
    bool cyclic;
    const std::vector<size_t>* routed;  // cues that routes test: only their flags matter
  };

  // The key of a partial: the variables conditions read, then the route once decided (else the
  // flags of the cues routes test), then, at a node that can be revisited, which cues have scored.
  uint64_t partial_hash(const PartialShape& sh, const int* pi, const char* pb) const {
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    auto mix = [&](uint64_t v) { h = (h ^ v) * 0xFF51AFD7ED558CCDULL, h ^= h >> 29; };
    for (int v : rel_.vars) mix(static_cast<uint32_t>(pi[v]));
    int route = pi[sh.vars];
    if (route == kOpen)
      for (size_t c : *sh.routed) mix(static_cast<uint64_t>(pb[c]) + 2);
    else
      mix(static_cast<uint64_t>(static_cast<uint32_t>(route)) << 8 | 1);
    if (sh.cyclic)
      for (size_t c = 0; c < sh.cues; ++c) mix(static_cast<uint64_t>(pb[sh.cues + c]) + 4);
    return h;
  }
  bool same_partial(const PartialShape& sh, const int* a, const char* ab, const int* b, const char* bb) const {
    for (int v : rel_.vars)
      if (a[v] != b[v]) return false;
    if (a[sh.vars] != b[sh.vars]) return false;
    if (a[sh.vars] == kOpen)
      for (size_t c : *sh.routed)
        if (ab[c] != bb[c]) return false;
    return !sh.cyclic || std::memcmp(ab + sh.cues, bb + sh.cues, sh.cues) == 0;
  }
  // The partial under construction is written straight into the set's tail (no copies); commit
  // then keeps it, or merges its gains (best and worst per objective) into the partial that has
  // its key and drops it.
  static std::pair<int*, char*> tail_partial(PartialSet& set) {
    if (set.ints.size() < (set.count + 1) * set.ints_per) {  // grows by doubling, never shrinks
      set.ints.resize(2 * (set.count + 1) * set.ints_per);
      set.bytes.resize(2 * (set.count + 1) * set.bytes_per);
    }
    return {set.ints_of(set.count), set.bytes_of(set.count)};
  }
  void commit_partial(PartialSet& set, const PartialShape& sh) {
    if (2 * (set.count + 1) > set.slots.size()) {
      set.slots.assign(set.slots.size() * 2, 0);
      size_t mask = set.slots.size() - 1;
      for (size_t i = 0; i < set.count; ++i) {
        size_t h = partial_hash(sh, set.ints_of(i), set.bytes_of(i)) & mask;
        while (set.slots[h]) h = (h + 1) & mask;
        set.slots[h] = static_cast<uint32_t>(i + 1);
      }
    }
    const int* pi = set.ints_of(set.count);
    const char* pb = set.bytes_of(set.count);
    size_t mask = set.slots.size() - 1;
    size_t h = partial_hash(sh, pi, pb) & mask;
    while (set.slots[h]) {
      size_t i = set.slots[h] - 1;
      int* qi = set.ints_of(i);
      if (same_partial(sh, qi, set.bytes_of(i), pi, pb)) {
        for (int o = 0; o < kObjectives; ++o) {
          int& g = qi[sh.vars + 1 + static_cast<size_t>(o)];
          int x = pi[sh.vars + 1 + static_cast<size_t>(o)];
          g = is_max(o) ? std::max(g, x) : std::min(g, x);
        }
        return;  // the tail is overwritten by the next partial
      }
      h = (h + 1) & mask;
    }
    set.slots[h] = static_cast<uint32_t>(set.count + 1);
    ++set.count;
  }

  void expand_free_text(const Node& n) {
    PlayState& st = scratch_;
    const FreeText& ft = n.free_text;
    const FreeTextPlan& plan = plans_[static_cast<size_t>(st.node)];
    size_t slot0 = static_cast<size_t>(ft.first_cue_slot);
    const PartialShape sh{st.vars.size(), ft.cues.size(), plan.cyclic, &plan.routed_cues};
    const size_t ni = sh.vars + 1 + kObjectives, nb = 2 * sh.cues;
    // The first partial: no cue decided, the state's variables and scored flags, no gains.
    partials_.reset(ni, nb);
    {
      auto [qi, qb] = tail_partial(partials_);
      std::fill(qi, qi + ni, 0);
      std::copy(st.vars.begin(), st.vars.end(), qi);
      qi[sh.vars] = kOpen;
      std::fill(qb, qb + nb, 0);
      if (plan.cyclic)
        std::copy(st.cue_scored.begin() + static_cast<long>(slot0),
                  st.cue_scored.begin() + static_cast<long>(slot0 + sh.cues), qb + sh.cues);
      commit_partial(partials_, sh);
    }
    // A reply the conduct check flags earns no positive cue (the loader puts the check first).
    const bool conduct_first = sh.cues > 0 && ft.cues[0].conduct;
    for (size_t c = 0; c < sh.cues; ++c) {
      const Cue& cue = ft.cues[c];
      next_partials_.reset(ni, nb);
      for (size_t i = 0; i < partials_.count; ++i) {
        for (int take = 0; take < 2; ++take) {
          if (take && conduct_first && cue.positive() && partials_.bytes_of(i)[0]) continue;
          auto [qi, qb] = tail_partial(next_partials_);
          std::memcpy(qi, partials_.ints_of(i), ni * sizeof(int));
          std::memcpy(qb, partials_.bytes_of(i), nb);
          if (take) {
            vars_tmp_.assign(qi, qi + sh.vars);
            apply_effects(s_, vars_tmp_, cue.effects);
            std::copy(vars_tmp_.begin(), vars_tmp_.end(), qi);
            qb[c] = 1;
            bool scored_before = plan.cyclic ? qb[sh.cues + c] != 0 : st.cue_scored[slot0 + c] != 0;
            if (!scored_before) {  // a cue scores the first time it matches at a node
              Gains g = gains_of(cue.scores);
              for (int o = 0; o < kObjectives; ++o) qi[sh.vars + 1 + static_cast<size_t>(o)] += g[o];
              if (plan.cyclic) qb[sh.cues + c] = 1;
            }
          }
          if (qi[sh.vars] == kOpen) qi[sh.vars] = decided_route(ft, qb, c + 1).value_or(kOpen);
          commit_partial(next_partials_, sh);
        }
      }
      std::swap(partials_, next_partials_);
      if (partials_.count > kMaxPartials) {
        cue_cap_hit_ = true;  // too many distinct outcomes: some combinations are left out
        break;
      }
    }
    std::vector<std::pair<std::vector<char>*, size_t>> touched;
    for (size_t c = 0; c < sh.cues; ++c) touched.emplace_back(&st.cue_scored, slot0 + c);
    for (const Route& r : ft.routes)
      if (r.target >= 0) touched.emplace_back(&st.visited, static_cast<size_t>(r.target));
    for (size_t i = 0; i < partials_.count; ++i) {
      const int* pi = partials_.ints_of(i);
      const char* pb = partials_.bytes_of(i);
      Gains gains;
      for (int o = 0; o < kObjectives; ++o) gains[o] = pi[sh.vars + 1 + static_cast<size_t>(o)];
      try_transition(touched, [&](PlayState& x) -> std::optional<Gains> {
        x.vars.assign(pi, pi + sh.vars);
        for (size_t c = 0; c < sh.cues; ++c) x.cue_scored[slot0 + c] = plan.cyclic ? pb[sh.cues + c] : char{1};
        flags_tmp_.assign(pb, pb + sh.cues);
        if (finish_free_text(s_, x, flags_tmp_) < 0) return std::nullopt;
        return gains;
      });
    }
  }

  // The route a typed reply takes once the first `decided` cues are known, if the rest cannot
  // change it; conditions on anything but cues are left to the end.
  static std::optional<int> decided_route(const FreeText& ft, const char* flags, size_t decided) {
    for (const Route& r : ft.routes) {
      Tri v = r.when ? tri_eval(*r.when->root, flags, decided) : Tri::yes;
      if (v == Tri::unknown) return std::nullopt;
      if (v == Tri::yes) return r.target;
    }
    return -1;
  }

  enum class Tri { no, yes, unknown };
  static Tri tri_eval(const expr::Node& n, const char* flags, size_t decided) {
    using K = expr::Node::Kind;
    switch (n.kind) {
      case K::bool_lit: return n.int_value ? Tri::yes : Tri::no;
      case K::ident:
        if (n.ref != expr::Ref::cue || static_cast<size_t>(n.index) >= decided) return Tri::unknown;
        return flags[static_cast<size_t>(n.index)] ? Tri::yes : Tri::no;
      case K::unary:
        if (n.op == expr::Op::not_) {
          Tri v = tri_eval(*n.lhs, flags, decided);
          return v == Tri::unknown ? v : (v == Tri::yes ? Tri::no : Tri::yes);
        }
        return Tri::unknown;
      case K::binary: {
        if (n.op != expr::Op::and_ && n.op != expr::Op::or_) return Tri::unknown;
        Tri a = tri_eval(*n.lhs, flags, decided), b = tri_eval(*n.rhs, flags, decided);
        Tri absorbing = n.op == expr::Op::and_ ? Tri::no : Tri::yes;
        if (a == absorbing || b == absorbing) return absorbing;
        if (a == Tri::unknown || b == Tri::unknown) return Tri::unknown;
        return a;
      }
      default: return Tri::unknown;
    }
  }

  bool search(int root) {
    std::vector<std::pair<int, size_t>> frames;
    auto discover = [&](int v) {
      auto uv = static_cast<size_t>(v);
      index_[uv] = low_[uv] = counter_++;
      stack_.push_back(v);
      on_stack_[uv] = 1;
      expand(v);
      frames.emplace_back(v, 0);
    };
    discover(root);
    while (!frames.empty()) {
      if (states_.size() > budget_) return false;
      auto& [v, next] = frames.back();
      auto uv = static_cast<size_t>(v);
      if (next < edge_count_[uv]) {
        int w = edges_[first_edge_[uv] + next++].target;
        auto uw = static_cast<size_t>(w);
        if (index_[uw] < 0)
          discover(w);
        else if (on_stack_[uw])
          low_[uv] = std::min(low_[uv], index_[uw]);
        continue;
      }
      if (low_[uv] == index_[uv]) finish_component(v);
      int done = v;
      frames.pop_back();
      if (!frames.empty()) {
        auto parent = static_cast<size_t>(frames.back().first);
        low_[parent] = std::min(low_[parent], low_[static_cast<size_t>(done)]);
      }
    }
    return true;
  }

  // All states of a component share one value: moving inside it never scores (a scoring move
  // changes what has scored, so it cannot lead back), so the value is that of the best exit.
  void finish_component(int root) {
    std::vector<int> members;
    int w = -1;
    do {
      w = stack_.back();
      stack_.pop_back();
      on_stack_[static_cast<size_t>(w)] = 0;
      members.push_back(w);
    } while (w != root);
    Values best;
    for (int o = 0; o < kObjectives; ++o) best[o] = is_max(o) ? kNone : -kNone;
    for (int m : members) {
      auto um = static_cast<size_t>(m);
      if (s_.nodes[static_cast<size_t>(nodes_[um])].kind == Node::Kind::end)
        for (int o = 0; o < kObjectives; ++o) best[o] = is_max(o) ? std::max(best[o], 0LL) : std::min(best[o], 0LL);
      for (size_t e = first_edge_[um]; e < first_edge_[um] + edge_count_[um]; ++e) {
        const Edge& edge = edges_[e];
        auto ut = static_cast<size_t>(edge.target);
        bool inside = std::find(members.begin(), members.end(), edge.target) != members.end();
        if (inside) {
          if (edge.gains != Gains{}) cue_cap_hit_ = true;  // cannot happen by the argument above; stay honest
          continue;
        }
        const Values& tv = values_[ut];
        if (tv[0] == kNone) continue;
        for (int o = 0; o < kObjectives; ++o) {
          long long v = tv[o] + edge.gains[o];
          best[o] = is_max(o) ? std::max(best[o], v) : std::min(best[o], v);
        }
      }
    }
    if (best[0] == kNone)
      for (int o = 0; o < kObjectives; ++o) best[o] = kNone;
    for (int m : members) values_[static_cast<size_t>(m)] = best;
  }

  const Scenario& s_;
  size_t budget_;
  std::vector<std::vector<int>> succ_;
  std::vector<char> cyclic_;
  Relevance rel_;
  std::vector<FreeTextPlan> plans_;
  bool cue_cap_hit_ = false;
  PlayState scratch_;
  std::vector<int> saved_vars_;
  std::vector<char> saved_flags_;
  std::vector<std::pair<std::vector<char>*, size_t>> touched_targets_;
  PartialSet partials_, next_partials_;  // reused by every free-text expansion
  std::vector<int> vars_tmp_;
  std::vector<char> flags_tmp_;

  std::unordered_map<std::string, int> ids_;
  std::vector<Compact> states_;
  std::vector<int> nodes_;
  std::vector<int> index_, low_;
  std::vector<char> on_stack_;
  std::vector<size_t> first_edge_, edge_count_;
  std::vector<Values> values_;
  std::vector<Edge> edges_;
  std::vector<int> stack_;
  int counter_ = 0;
};

// [SECTION] Graph bounds

// Upper (and lower) bounds from the node graph alone, ignoring conditions: used when the state
// budget runs out. Inside a cycle every scoring move is assumed to be collectable.
void graph_bounds(const Scenario& s, Analysis& a) {
  auto succ = successors(s);
  std::vector<char> cyclic;
  std::vector<int> comp = node_components(succ, cyclic);
  int components = comp.empty() ? 0 : *std::max_element(comp.begin(), comp.end()) + 1;
  struct Move {
    int from, to;
    Gains gains;
  };
  std::vector<Move> moves;
  for (size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    for (const auto& c : n.choices)
      if (c.target >= 0) moves.push_back({static_cast<int>(i), c.target, gains_of(c.scores)});
    Gains cue_gains{};
    for (const auto& c : n.free_text.cues) {
      Gains g = gains_of(c.scores);
      for (int o = 0; o < kObjectives; ++o) cue_gains[o] += is_max(o) ? std::max(0, g[o]) : std::min(0, g[o]);
    }
    for (const auto& r : n.free_text.routes)
      if (r.target >= 0) moves.push_back({static_cast<int>(i), r.target, cue_gains});
    for (const auto& r : n.next)
      if (r.target >= 0) moves.push_back({static_cast<int>(i), r.target, Gains{}});
  }
  // Tarjan numbers components in reverse topological order: successors come first.
  std::vector<Values> value(static_cast<size_t>(components));
  std::vector<Gains> inner(static_cast<size_t>(components), Gains{});
  std::vector<char> has_end(static_cast<size_t>(components), 0);
  for (size_t i = 0; i < s.nodes.size(); ++i)
    if (s.nodes[i].kind == Node::Kind::end) has_end[static_cast<size_t>(comp[i])] = 1;
  for (const Move& m : moves) {
    int c = comp[static_cast<size_t>(m.from)];
    if (c != comp[static_cast<size_t>(m.to)]) continue;
    for (int o = 0; o < kObjectives; ++o)
      inner[static_cast<size_t>(c)][o] += is_max(o) ? std::max(0, m.gains[o]) : std::min(0, m.gains[o]);
  }
  std::vector<std::vector<const Move*>> exits(static_cast<size_t>(components));
  for (const Move& m : moves)
    if (comp[static_cast<size_t>(m.from)] != comp[static_cast<size_t>(m.to)])
      exits[static_cast<size_t>(comp[static_cast<size_t>(m.from)])].push_back(&m);
  for (int c = 0; c < components; ++c) {
    Values v;
    for (int o = 0; o < kObjectives; ++o) v[o] = has_end[static_cast<size_t>(c)] ? 0 : (is_max(o) ? kNone : -kNone);
    for (const Move* m : exits[static_cast<size_t>(c)]) {
      const Values& tv = value[static_cast<size_t>(comp[static_cast<size_t>(m->to)])];
      if (tv[0] == kNone) continue;
      for (int o = 0; o < kObjectives; ++o) {
        long long x = tv[o] + m->gains[o];
        v[o] = is_max(o) ? std::max(v[o], x) : std::min(v[o], x);
      }
    }
    if (v[0] != kNone)
      for (int o = 0; o < kObjectives; ++o) v[o] += inner[static_cast<size_t>(c)][o];
    value[static_cast<size_t>(c)] = v;
  }
  a.reachable = graph_reachable(s, succ);
  if (s.start_node >= 0) {
    const Values& v = value[static_cast<size_t>(comp[static_cast<size_t>(s.start_node)])];
    a.any_ending = v[0] != kNone;
    for (int d = 0; d < kDimensions; ++d) {
      a.best[d] = a.any_ending ? static_cast<int>(v[d]) : 0;
      a.worst[d] = a.any_ending ? static_cast<int>(v[4 + d]) : 0;
    }
  }
}

}  // namespace

Analysis analyze(const Scenario& s, size_t state_budget) {
  Analysis a;
  if (s.start_node < 0 || s.nodes.empty()) return a;
  auto succ = successors(s);
  auto ends = can_reach_end(s, succ);
  {
    StateSearch search(s, state_budget);
    if (!search.run(a)) {
      a = Analysis{};
      a.approximate = true;
      graph_bounds(s, a);
      a.states = state_budget;
    }
  }
  for (size_t i = 0; i < s.nodes.size(); ++i) {
    if (!a.reachable[i]) a.unreachable.push_back(static_cast<int>(i));
    else if (s.nodes[i].kind == Node::Kind::end) a.endings.push_back(static_cast<int>(i));
    if (!ends[i]) a.dead_ends.push_back(static_cast<int>(i));
  }
  return a;
}

// [SECTION] Warnings

void analyze_into(Scenario& s, DiagnosticSink& sink, size_t state_budget) {
  Analysis a = analyze(s, state_budget);
  s.best = a.best;
  s.best_is_approximate = a.approximate;
  auto at = [&](int node) { return s.nodes[static_cast<size_t>(node)].loc; };
  auto id = [&](int node) -> const std::string& { return s.nodes[static_cast<size_t>(node)].id; };
  if (a.approximate)
    sink.warning({1, 1}, "HS0106",
                 fmt::format("the scenario has more than {} reachable states; best scores are upper bounds from the "
                             "graph, so percentages may read low", state_budget));
  for (int n : a.unreachable)
    sink.warning(at(n), "HS0100", fmt::format("node '{}' can never be reached from '{}'", id(n), s.start));
  for (int n : a.dead_ends)
    if (a.reachable[static_cast<size_t>(n)])
      sink.warning(at(n), "HS0101", fmt::format("node '{}' is a dead end: no path from it leads to an ending", id(n)));
  for (int n : a.stuck) {
    const Node& node = s.nodes[static_cast<size_t>(n)];
    sink.warning(at(n), "HS0109",
                 node.kind == Node::Kind::choices
                     ? fmt::format("node '{}' can be reached when none of its choices is shown; relax a 'when' or add an "
                                   "unconditional choice", id(n))
                     : fmt::format("node '{}' can be reached when none of its routes holds; add a final route without 'when'",
                                   id(n)));
  }
  bool resolved = std::any_of(a.endings.begin(), a.endings.end(), [&](int n) {
    return s.nodes[static_cast<size_t>(n)].ending.outcome == Outcome::resolved;
  });
  if (!resolved)
    sink.warning({1, 1}, "HS0102", "no reachable ending has outcome 'resolved'; a trainee can never fully succeed");
  if (!a.single_path_best && !a.approximate)
    sink.warning({1, 1}, "HS0107",
                 fmt::format("no single attempt reaches the best of all three dimensions at once (best empathy {}, "
                             "timeliness {}, solution {}), so no trainee can score 100% on all three",
                             a.best[0], a.best[1], a.best[2]));
}

}  // namespace hallsim
