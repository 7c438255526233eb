#include "analyze/state_plan.hpp"

#include <algorithm>
#include <climits>
#include <optional>

namespace hallsim {

namespace {

constexpr long long kDay = 24LL * 60;  // the hall clock wraps at midnight

// How conditions read one counter: whether at all, and whether only against constants (and
// then the smallest and largest of them).
struct Reads {
  bool read = false;
  bool only_constants = true;
  long long lo = LLONG_MAX, hi = LLONG_MIN;
};

bool is_comparison(expr::Op op) {
  using expr::Op;
  return op == Op::eq || op == Op::ne || op == Op::lt || op == Op::le || op == Op::gt || op == Op::ge;
}

std::optional<long long> constant(const expr::Node& n) {
  if (n.kind == expr::Node::Kind::int_lit) return n.int_value;
  if (n.kind == expr::Node::Kind::unary && n.op == expr::Op::neg && n.lhs && n.lhs->kind == expr::Node::Kind::int_lit)
    return -n.lhs->int_value;
  return std::nullopt;
}

struct ReadsCollector {
  Reads turn, elapsed;
  std::vector<Reads> vars;
  bool clock = false, score = false;
  std::vector<int> visited;

  void note(const expr::Node& n, const expr::Node* parent) {
    if (n.kind == expr::Node::Kind::ident) {
      Reads* r = nullptr;
      switch (n.ref) {
        case expr::Ref::variable: r = &vars[static_cast<size_t>(n.index)]; break;
        case expr::Ref::turn: r = &turn; break;
        case expr::Ref::elapsed: r = &elapsed; break;
        case expr::Ref::clock: clock = true; break;
        case expr::Ref::score: score = true; break;
        case expr::Ref::visited: visited.push_back(n.index); break;
        default: break;
      }
      if (r) {
        r->read = true;
        const expr::Node* other = nullptr;
        if (parent && parent->kind == expr::Node::Kind::binary && is_comparison(parent->op))
          other = parent->lhs.get() == &n ? parent->rhs.get() : parent->lhs.get();
        std::optional<long long> c = other ? constant(*other) : std::nullopt;
        if (c) {
          r->lo = std::min(r->lo, *c);
          r->hi = std::max(r->hi, *c);
        } else {
          r->only_constants = false;
        }
      }
    }
    if (n.lhs) note(*n.lhs, &n);
    if (n.rhs) note(*n.rhs, &n);
  }
  void note(const std::optional<expr::Expression>& e) {
    if (e && e->root) note(*e->root, nullptr);
  }
};

// The direction every effect moves each variable: +1 only up (or never), -1 only down, 0 both.
std::vector<int> effect_directions(const Scenario& s) {
  std::vector<char> up(s.variables.size(), 0), down(s.variables.size(), 0);
  auto note = [&](const std::vector<Effect>& effects) {
    for (const Effect& e : effects) {
      if (e.variable < 0) continue;
      auto v = static_cast<size_t>(e.variable);
      if (s.variables[v].is_bool) continue;
      if (e.value > 0) up[v] = 1;
      if (e.value < 0) down[v] = 1;
    }
  };
  for (const Node& n : s.nodes) {
    note(n.effects);
    for (const Choice& c : n.choices) note(c.effects);
    for (const Cue& c : n.free_text.cues) note(c.effects);
  }
  std::vector<int> out(s.variables.size(), 0);
  for (size_t v = 0; v < out.size(); ++v) out[v] = down[v] ? (up[v] ? 0 : -1) : 1;
  return out;
}

bool scores(const ScoreVector& v) { return v != ScoreVector{}; }

}  // namespace

int Saturation::apply(int value) const {
  switch (kind) {
    case Kind::none: return value;
    case Kind::saturate:
      return static_cast<int>(up ? std::min<long long>(value, cap) : std::max<long long>(value, cap));
    case Kind::day_cycle:
      return value < cap ? value : static_cast<int>(cap + (value - cap) % kDay);
  }
  return value;
}

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

// Iterative Tarjan, so that a 50,000-node chain does not overflow the stack.
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

StatePlan plan_state(const Scenario& s, bool reduce) {
  StatePlan p;
  auto succ = successors(s);
  std::vector<int> comp = node_components(succ, p.cyclic);

  // Rating rules are left out on purpose: the rating never changes scores or where play goes.
  ReadsCollector reads;
  reads.vars.resize(s.variables.size());
  for (const Node& n : s.nodes) {
    for (const auto& c : n.choices) reads.note(c.when);
    for (const auto& r : n.next) reads.note(r.when);
    for (const auto& r : n.free_text.routes) reads.note(r.when);
  }

  std::vector<int> direction = effect_directions(s);
  for (size_t v = 0; v < s.variables.size(); ++v) {
    const Reads& r = reads.vars[v];
    if (!r.read) continue;
    p.vars.push_back(static_cast<int>(v));
    Saturation sat;
    if (reduce && !s.variables[v].is_bool && r.only_constants && direction[v] != 0) {
      sat.kind = Saturation::Kind::saturate;
      sat.up = direction[v] > 0;
      sat.cap = sat.up ? r.hi + 1 : r.lo - 1;
    }
    p.var_saturation.push_back(sat);
  }
  p.turn = reads.turn.read;
  if (reduce && p.turn && reads.turn.only_constants)
    p.turn_saturation = {Saturation::Kind::saturate, true, std::max(0LL, reads.turn.hi + 1)};
  p.elapsed = reads.elapsed.read || reads.clock;
  if (reduce && p.elapsed && (reads.elapsed.only_constants || !reads.elapsed.read)) {
    long long cap = reads.elapsed.read ? std::max(0LL, reads.elapsed.hi + 1) : 0;
    p.elapsed_saturation = {reads.clock ? Saturation::Kind::day_cycle : Saturation::Kind::saturate, true, cap};
  }
  p.score = reads.score;

  for (size_t i = 0; i < s.nodes.size(); ++i) {
    if (!p.cyclic[i]) continue;
    const Node& n = s.nodes[i];
    for (const auto& c : n.choices)
      if (!reduce || (c.target >= 0 && comp[static_cast<size_t>(c.target)] == comp[i] && scores(c.scores)))
        p.choices.push_back(c.global_index);
    for (size_t c = 0; c < n.free_text.cues.size(); ++c)
      if (!reduce || scores(n.free_text.cues[c].scores))
        p.cue_slots.push_back(n.free_text.first_cue_slot + static_cast<int>(c));
  }
  p.visited = std::move(reads.visited);
  std::sort(p.visited.begin(), p.visited.end());
  p.visited.erase(std::unique(p.visited.begin(), p.visited.end()), p.visited.end());

  size_t flags = p.choices.size() + p.cue_slots.size() + p.visited.size();
  p.key_words = 1 + p.vars.size() + (p.turn ? 1 : 0) + (p.elapsed ? 1 : 0) + (p.score ? kDimensions : 0) + (flags + 31) / 32;
  return p;
}

void StatePlan::reduce_vars(int* values) const {
  for (size_t k = 0; k < vars.size(); ++k) {
    auto at = static_cast<size_t>(vars[k]);
    values[at] = var_saturation[k].apply(values[at]);
  }
}

void StatePlan::pack(const PlayState& st, uint32_t* key) const {
  size_t w = 0;
  key[w++] = static_cast<uint32_t>(st.node);
  for (size_t k = 0; k < vars.size(); ++k)
    key[w++] = static_cast<uint32_t>(var_saturation[k].apply(st.vars[static_cast<size_t>(vars[k])]));
  if (turn) key[w++] = static_cast<uint32_t>(turn_saturation.apply(st.turn));
  if (elapsed) key[w++] = static_cast<uint32_t>(elapsed_saturation.apply(st.elapsed));
  if (score)
    for (int v : st.raw) key[w++] = static_cast<uint32_t>(v);
  std::fill(key + w, key + key_words, 0u);
  size_t bit = 0;
  auto put = [&](char flag) {
    if (flag) key[w + bit / 32] |= 1u << (bit % 32);
    ++bit;
  };
  for (int c : choices) put(st.choice_scored[static_cast<size_t>(c)]);
  for (int c : cue_slots) put(st.cue_scored[static_cast<size_t>(c)]);
  for (int n : visited) put(st.visited[static_cast<size_t>(n)]);
}

void StatePlan::unpack(const uint32_t* key, PlayState& st) const {
  size_t w = 0;
  st.node = static_cast<int>(key[w++]);
  for (int v : vars) st.vars[static_cast<size_t>(v)] = static_cast<int>(key[w++]);
  st.turn = turn ? static_cast<int>(key[w++]) : 0;
  st.elapsed = elapsed ? static_cast<int>(key[w++]) : 0;
  st.conduct = 0;  // only rating rules read it, and the rating never changes scores
  for (int d = 0; d < kDimensions; ++d) st.raw[d] = score ? static_cast<int>(key[w++]) : 0;
  size_t bit = 0;
  auto get = [&]() -> char {
    auto f = static_cast<char>((key[w + bit / 32] >> (bit % 32)) & 1U);
    ++bit;
    return f;
  };
  for (int c : choices) st.choice_scored[static_cast<size_t>(c)] = get();
  for (int c : cue_slots) st.cue_scored[static_cast<size_t>(c)] = get();
  for (int n : visited) st.visited[static_cast<size_t>(n)] = get();
}

void StatePlan::clear_flags(PlayState& st) const {
  for (int c : choices) st.choice_scored[static_cast<size_t>(c)] = 0;
  for (int c : cue_slots) st.cue_scored[static_cast<size_t>(c)] = 0;
  for (int n : visited) st.visited[static_cast<size_t>(n)] = 0;
}

}  // namespace hallsim
