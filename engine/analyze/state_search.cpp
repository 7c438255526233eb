// [SECTION] The search     interned states, transitions, iterative Tarjan with values per component
// [SECTION] Expansion      the moves out of one state: choices, `next`, typed replies
// [SECTION] Limits         states, bytes, seconds, cancellation
#include "analyze/state_search.hpp"

#include <chrono>
#include <cstdint>
#include <unordered_map>
#include <optional>

#include "analyze/chunked.hpp"
#include "analyze/objectives.hpp"
#include "analyze/state_plan.hpp"
#include "analyze/state_store.hpp"
#include "analyze/typed_reply_outcomes.hpp"
#include "run/rules.hpp"

namespace hallsim {

namespace {

class StateSearch {
 public:
  StateSearch(const Scenario& s, const AnalysisLimits& limits)
      : s_(s),
        limits_(limits),
        plan_(plan_state(s, limits.reductions)),
        store_(plan_.key_words),
        key_(plan_.key_words),
        started_(std::chrono::steady_clock::now()),
        scratch_(initial_state(s)) {}

  AnalysisStop run(Analysis& a) {
    PlayState start = initial_state(s_);
    enter_node(s_, start, s_.start_node);
    uint32_t root = intern(start);
    AnalysisStop stop = search(root);
    a.states = store_.size();
    a.transitions = edges_.size();
    a.search_bytes = peak_bytes_;
    a.search_seconds = seconds();
    a.cue_cap_hit = cue_cap_hit_;
    if (stop != AnalysisStop::none) return stop;
    a.reachable.assign(s_.nodes.size(), 0);
    std::vector<char> stuck(s_.nodes.size(), 0);
    for (uint32_t i = 0; i < store_.size(); ++i) {
      auto node = static_cast<size_t>(node_of(i));
      a.reachable[node] = 1;
      if (edge_count_[i] == 0 && s_.nodes[node].kind != Node::Kind::end) stuck[node] = 1;
    }
    for (size_t i = 0; i < stuck.size(); ++i)
      if (stuck[i]) a.stuck.push_back(static_cast<int>(i));
    const Values& v = values_[root];
    a.any_ending = v[0] != kNoEnding;
    for (int d = 0; d < kDimensions; ++d) {
      a.best[d] = a.any_ending ? v[d] : 0;
      a.worst[d] = a.any_ending ? v[4 + d] : 0;
    }
    a.single_path_best = !a.any_ending || v[3] == v[0] + v[1] + v[2];
    a.approximate = cue_cap_hit_;
    return AnalysisStop::none;
  }

 private:
  struct Edge {
    uint32_t target;
    uint32_t gains;  // index into gains_list_
  };
  using TouchedFlags = std::vector<std::pair<std::vector<char>*, size_t>>;

  // [SECTION] The search

  int node_of(uint32_t id) const { return static_cast<int>(store_.key(id)[0]); }

  uint32_t intern(const PlayState& st) {
    plan_.pack(st, key_.data());
    bool added = false;
    uint32_t id = store_.intern(key_.data(), added);
    if (added) {
      index_.push_back(-1);
      low_.push_back(0);
      on_stack_.push_back(0);
      first_edge_.push_back(0);
      edge_count_.push_back(0);
      values_.push_back(no_values());
      if (limits_.progress) limits_.progress->store(store_.size(), std::memory_order_relaxed);
    }
    return id;
  }

  uint32_t gains_id(const Gains& g) {
    auto [it, added] = gains_ids_.try_emplace(g, static_cast<uint32_t>(gains_list_.size()));
    if (added) gains_list_.push_back(g);
    return it->second;
  }

  // Iterative Tarjan: a component is valued when its root is done, after every component it
  // leads to.
  AnalysisStop search(uint32_t root) {
    auto discover = [&](uint32_t v) {
      index_[v] = low_[v] = counter_++;
      stack_.push_back(v);
      on_stack_[v] = 1;
      expand(v);
      frames_.push_back({v, 0});
    };
    discover(root);
    while (frames_.size() > 0) {
      if (AnalysisStop stop = over_limits(); stop != AnalysisStop::none) return stop;
      auto& [v, next] = frames_.back();
      if (next < edge_count_[v]) {
        uint32_t w = edges_[first_edge_[v] + next++].target;
        if (index_[w] < 0)
          discover(w);
        else if (on_stack_[w])
          low_[v] = std::min(low_[v], index_[w]);
        continue;
      }
      if (low_[v] == index_[v]) finish_component(v);
      uint32_t done = v;
      frames_.pop_back();
      if (frames_.size() > 0) {
        uint32_t parent = frames_.back().first;
        low_[parent] = std::min(low_[parent], low_[done]);
      }
    }
    return AnalysisStop::none;
  }

  // All states of a component share one value: moving inside it never scores (a scoring move
  // sets a "scored" flag, or leaves a cycle of the graph, so it cannot lead back), so the value
  // is that of the best exit. The members are the stack from the root up.
  void finish_component(uint32_t root) {
    Values best = no_values();
    const int root_index = index_[root];
    auto inside = [&](uint32_t w) { return on_stack_[w] && index_[w] >= root_index; };
    size_t top = stack_.size();
    size_t bottom = top;
    while (stack_[bottom - 1] != root) --bottom;
    --bottom;
    for (size_t k = bottom; k < top; ++k) {
      uint32_t m = stack_[k];
      if (s_.nodes[static_cast<size_t>(node_of(m))].kind == Node::Kind::end) improve(best, Values{});
      for (size_t e = first_edge_[m]; e < first_edge_[m] + edge_count_[m]; ++e) {
        const Edge edge = edges_[e];
        const Gains& g = gains_list_[edge.gains];
        if (inside(edge.target)) {
          if (g != Gains{}) cue_cap_hit_ = true;  // cannot happen by the argument above; stay honest
          continue;
        }
        const Values& tv = values_[edge.target];
        if (tv[0] == kNoEnding) continue;
        Values via;
        for (int o = 0; o < kObjectives; ++o) via[o] = tv[o] + g[o];
        improve(best, via);
      }
    }
    if (best[0] == kNoEnding) best = Values{kNoEnding, kNoEnding, kNoEnding, kNoEnding, kNoEnding, kNoEnding, kNoEnding};
    for (size_t k = bottom; k < top; ++k) {
      values_[stack_[k]] = best;
      on_stack_[stack_[k]] = 0;
    }
    while (stack_.size() > bottom) stack_.pop_back();
  }

  // [SECTION] Expansion

  // Runs one transition on the scratch state, records the edge, then puts back everything the
  // transition changed: the small fields and the few flags it can touch.
  template <typename Transition>
  void try_transition(const TouchedFlags& touched, Transition&& step) {
    PlayState& st = scratch_;
    int node = st.node, turn = st.turn, elapsed = st.elapsed, conduct = st.conduct;
    ScoreVector raw = st.raw;
    saved_vars_ = st.vars;
    saved_flags_.clear();
    for (auto [vec, i] : touched) saved_flags_.push_back((*vec)[i]);
    std::optional<Gains> g = step(st);
    if (g) edges_.push_back({intern(st), gains_id(*g)});
    st.node = node, st.turn = turn, st.elapsed = elapsed, st.conduct = conduct, st.raw = raw;
    st.vars = saved_vars_;
    for (size_t k = 0; k < touched.size(); ++k) (*touched[k].first)[touched[k].second] = saved_flags_[k];
  }

  // Generates the transitions out of state `id`. Between expansions every flag of the scratch
  // state is zero, so loading and clearing touch only the flags in the key: expanding a state
  // costs the same in a scenario of 50 nodes or 50,000.
  void expand(uint32_t id) {
    first_edge_[id] = edges_.size();
    PlayState& st = scratch_;
    plan_.unpack(store_.key(id), st);
    const Node& n = s_.nodes[static_cast<size_t>(st.node)];
    if (n.kind == Node::Kind::choices) {
      for (int c : visible_choices(s_, st)) {
        const Choice& choice = n.choices[static_cast<size_t>(c)];
        touched_ = {{&st.choice_scored, static_cast<size_t>(choice.global_index)},
                    {&st.visited, static_cast<size_t>(std::max(choice.target, 0))}};
        try_transition(touched_, [&](PlayState& x) -> std::optional<Gains> { return gains_of(take_choice(s_, x, c)); });
      }
    } else if (n.kind == Node::Kind::next) {
      touched_.clear();
      for (const Route& r : n.next)
        if (r.target >= 0) touched_.emplace_back(&st.visited, static_cast<size_t>(r.target));
      try_transition(touched_, [&](PlayState& x) -> std::optional<Gains> {
        if (!take_next(s_, x)) return std::nullopt;
        return gains_of({});
      });
    } else if (n.kind == Node::Kind::free_text) {
      expand_free_text(n);
    }
    plan_.clear_flags(st);
    edge_count_[id] = static_cast<uint32_t>(edges_.size() - first_edge_[id]);
  }

  void expand_free_text(const Node& n) {
    PlayState& st = scratch_;
    const FreeText& ft = n.free_text;
    const bool cyclic = plan_.cyclic[static_cast<size_t>(st.node)] != 0;
    outcomes_.expand(s_, plan_, st, cyclic);
    cue_cap_hit_ = cue_cap_hit_ || outcomes_.cap_hit();
    size_t slot0 = static_cast<size_t>(ft.first_cue_slot);
    touched_.clear();
    for (size_t c = 0; c < ft.cues.size(); ++c) touched_.emplace_back(&st.cue_scored, slot0 + c);
    for (const Route& r : ft.routes)
      if (r.target >= 0) touched_.emplace_back(&st.visited, static_cast<size_t>(r.target));
    for (size_t i = 0; i < outcomes_.count(); ++i) {
      try_transition(touched_, [&](PlayState& x) -> std::optional<Gains> {
        x.vars.assign(outcomes_.vars(i), outcomes_.vars(i) + x.vars.size());
        if (cyclic)
          for (size_t c = 0; c < ft.cues.size(); ++c) x.cue_scored[slot0 + c] = outcomes_.scored(i)[c];
        matched_.assign(outcomes_.matched(i), outcomes_.matched(i) + ft.cues.size());
        if (finish_free_text(s_, x, matched_) < 0) return std::nullopt;
        return outcomes_.gains(i);
      });
    }
  }

  // [SECTION] Limits

  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  }

  size_t bytes() const {
    return store_.bytes() + store_.growth_bytes() + index_.bytes() + low_.bytes() + on_stack_.bytes() +
           first_edge_.bytes() + edge_count_.bytes() + values_.bytes() + edges_.bytes() + frames_.bytes() +
           stack_.bytes() + outcomes_.bytes() + gains_list_.capacity() * sizeof(Gains) * 3;
  }

  // Checked once per step of the search: states and bytes every time (both are a few
  // additions), the clock and the cancel flag every 256 steps.
  AnalysisStop over_limits() {
    if (store_.size() > limits_.states) return AnalysisStop::states;
    size_t b = bytes();
    peak_bytes_ = std::max(peak_bytes_, b);
    if (b > limits_.bytes) return AnalysisStop::memory;
    if (++steps_ % 256 == 0) {
      if (limits_.cancel && limits_.cancel->load(std::memory_order_relaxed)) return AnalysisStop::cancelled;
      if (seconds() > limits_.seconds) return AnalysisStop::time;
    }
    return AnalysisStop::none;
  }

  const Scenario& s_;
  const AnalysisLimits& limits_;
  StatePlan plan_;
  StateStore store_;
  std::vector<uint32_t> key_;
  std::chrono::steady_clock::time_point started_;
  bool cue_cap_hit_ = false;
  size_t peak_bytes_ = 0, steps_ = 0;

  PlayState scratch_;
  std::vector<int> saved_vars_;
  std::vector<char> saved_flags_, matched_;
  TouchedFlags touched_;
  TypedReplyOutcomes outcomes_;

  // Per state, by id.
  Chunked<int> index_, low_;
  Chunked<char> on_stack_;
  Chunked<size_t> first_edge_;
  Chunked<uint32_t> edge_count_;
  Chunked<Values> values_;
  Chunked<Edge> edges_;
  std::vector<Gains> gains_list_;
  // Looked up at every transition: hashed (a std::map compared seven-int arrays a dozen times).
  struct HashGains {
    size_t operator()(const Gains& g) const {
      uint64_t h = 0x9E3779B97F4A7C15ULL;
      for (int v : g) h = (h ^ static_cast<uint32_t>(v)) * 0xFF51AFD7ED558CCDULL;
      return static_cast<size_t>(h ^ (h >> 29));
    }
  };
  std::unordered_map<Gains, uint32_t, HashGains> gains_ids_;
  // Tarjan's stacks.
  Chunked<std::pair<uint32_t, uint32_t>> frames_;
  Chunked<uint32_t> stack_;
  int counter_ = 0;
};

}  // namespace

AnalysisStop search_states(const Scenario& s, const AnalysisLimits& limits, Analysis& a) {
  StateSearch search(s, limits);
  return search.run(a);
}

}  // namespace hallsim
