#include "analyze/typed_reply_outcomes.hpp"

#include <cstring>
#include <optional>

namespace hallsim {

namespace {

enum class Tri { no, yes, unknown };

// A route condition's value when only the first `decided` cues are known; anything but cues is
// left to the end (unknown).
Tri tri_eval(const expr::Node& n, const char* flags, size_t decided) {
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

}  // namespace

void TypedReplyOutcomes::Set::reset(size_t ni, size_t nb, size_t expected) {
  if (ni != ints_per || nb != bytes_per) ints.clear(), bytes_.clear();
  ints_per = ni, bytes_per = nb, count = 0;
  // Sized up front (at most half full), so the table is not rebuilt on every doubling.
  size_t size = 64;
  while (size < 2 * (expected + 1)) size *= 2;
  slots.assign(size, 0);
}

Gains TypedReplyOutcomes::gains(size_t i) const {
  const int* g = set_.ints_of(i) + vars_ + 2;
  Gains out;
  for (int o = 0; o < kObjectives; ++o) out[o] = g[o];
  return out;
}

// The key of an outcome: the variables conditions read, the route once decided (else the flags of
// the cues routes test), the conduct bookkeeping, and at a node that can be revisited which cues
// have scored.
uint64_t TypedReplyOutcomes::hash(const int* pi, const char* pb) const {
  uint64_t h = 0x9E3779B97F4A7C15ULL;
  auto mix = [&](uint64_t v) { h = (h ^ v) * 0xFF51AFD7ED558CCDULL, h ^= h >> 29; };
  for (int v : plan_->vars) mix(static_cast<uint32_t>(pi[v]));
  int route = pi[vars_];
  if (route == kOpen)
    for (size_t c : *routed_) mix(static_cast<uint64_t>(pb[c]) + 2);
  else
    mix(static_cast<uint64_t>(static_cast<uint32_t>(route)) << 8 | 1);
  mix(static_cast<uint64_t>(pi[vars_ + 1]) + 8);
  if (cyclic_)
    for (size_t c = 0; c < cues_; ++c) mix(static_cast<uint64_t>(pb[cues_ + c]) + 4);
  return h;
}

bool TypedReplyOutcomes::same(const int* a, const char* ab, const int* b, const char* bb) const {
  for (int v : plan_->vars)
    if (a[v] != b[v]) return false;
  if (a[vars_] != b[vars_] || a[vars_ + 1] != b[vars_ + 1]) return false;
  if (a[vars_] == kOpen)
    for (size_t c : *routed_)
      if (ab[c] != bb[c]) return false;
  return !cyclic_ || std::memcmp(ab + cues_, bb + cues_, cues_) == 0;
}

// The outcome under construction is written straight into the set's tail (no copies); commit
// then keeps it, or merges its gains into the outcome with its key and drops it.
std::pair<int*, char*> TypedReplyOutcomes::tail(Set& set) {
  // Grows by doubling, never shrinks; outcomes reused from kept ones may have left the ints
  // longer than the hashes.
  if (set.ints.size() < (set.count + 1) * set.ints_per || set.hashes.size() < set.count + 1) {
    set.ints.resize(2 * (set.count + 1) * set.ints_per);
    set.bytes_.resize(2 * (set.count + 1) * set.bytes_per);
    set.hashes.resize(2 * (set.count + 1));
  }
  return {set.ints_of(set.count), set.bytes_of(set.count)};
}

void TypedReplyOutcomes::commit(Set& set) {
  int* pi = set.ints_of(set.count);
  plan_->reduce_vars(pi);  // saturated counters merge outcomes that differ only past every constant
  insert(set, hash(pi, set.bytes_of(set.count)));
}

// Keeps the outcome at the set's tail, whose key hashes to `h`, or merges its gains into the
// outcome with the same key.
void TypedReplyOutcomes::insert(Set& set, uint64_t h) {
  if (2 * (set.count + 1) > set.slots.size()) {
    set.slots.assign(set.slots.size() * 2, 0);
    size_t mask = set.slots.size() - 1;
    for (size_t i = 0; i < set.count; ++i) {
      size_t at = set.hashes[i] & mask;
      while (set.slots[at]) at = (at + 1) & mask;
      set.slots[at] = static_cast<uint32_t>(i + 1);
    }
  }
  int* pi = set.ints_of(set.count);
  const char* pb = set.bytes_of(set.count);
  size_t mask = set.slots.size() - 1;
  size_t at = h & mask;
  for (; set.slots[at]; at = (at + 1) & mask) {
    size_t i = set.slots[at] - 1;
    if (set.hashes[i] != h) continue;
    int* qi = set.ints_of(i);
    if (!same(qi, set.bytes_of(i), pi, pb)) continue;
    for (int o = 0; o < kObjectives; ++o) {
      int& g = qi[vars_ + 2 + static_cast<size_t>(o)];
      int x = pi[vars_ + 2 + static_cast<size_t>(o)];
      g = is_max(o) ? std::max(g, x) : std::min(g, x);
    }
    return;  // the tail is overwritten by the next outcome
  }
  set.slots[at] = static_cast<uint32_t>(set.count + 1);  // the first empty slot of the probe
  set.hashes[set.count] = h;
  ++set.count;
}

// The route a typed reply takes once the first `decided` cues are known, if the rest cannot
// change it (-1: none holds), else kOpen.
int TypedReplyOutcomes::decided_route(const FreeText& ft, const char* flags, size_t decided) {
  for (const Route& r : ft.routes) {
    Tri v = r.when ? tri_eval(*r.when->root, flags, decided) : Tri::yes;
    if (v == Tri::unknown) return kOpen;
    if (v == Tri::yes) return r.target;
  }
  return -1;
}

TypedReplyOutcomes::NodeRoutes& TypedReplyOutcomes::routes_of(const Scenario& s, int node) {
  if (routes_scenario_ != &s) {
    node_routes_.assign(s.nodes.size(), NodeRoutes{});
    routes_scenario_ = &s;
    kept_.clear();
    kept_bytes_ = 0;
    routes_bytes_ = node_routes_.capacity() * sizeof(NodeRoutes);
  }
  NodeRoutes& nr = node_routes_[static_cast<size_t>(node)];
  if (nr.known) return nr;
  const FreeText& ft = s.nodes[static_cast<size_t>(node)].free_text;
  std::vector<char> routed(ft.cues.size(), 0);
  for (const Route& r : ft.routes)
    if (r.when && r.when->root)
      expr::visit(*r.when->root, [&](const expr::Node& e) {
        if (e.kind == expr::Node::Kind::ident && e.ref == expr::Ref::cue) routed[static_cast<size_t>(e.index)] = 1;
      });
  for (size_t c = 0; c < ft.cues.size(); ++c)
    if (routed[c]) nr.routed_cues.push_back(c);
  nr.moved.assign(s.variables.size(), 0);
  for (const Cue& cue : ft.cues)
    for (const Effect& e : cue.effects)
      if (e.variable >= 0) nr.moved[static_cast<size_t>(e.variable)] = 1;
  if (nr.routed_cues.size() <= kMaxTabulatedCues)
    nr.route_after.assign((ft.cues.size() + 1) << nr.routed_cues.size(), kUnset);
  nr.known = true;
  routes_bytes_ += nr.routed_cues.capacity() * sizeof(size_t) + nr.route_after.capacity() * sizeof(int) + nr.moved.capacity();
  return nr;
}

// decided_route, looked up: it depends only on the flags of the routed cues among the first
// `decided` (tri_eval leaves the others unknown), the same at every state of the node.
int TypedReplyOutcomes::route_after(const FreeText& ft, const char* flags, size_t decided) {
  NodeRoutes& nr = *routes_;
  if (nr.route_after.empty()) return decided_route(ft, flags, decided);
  size_t key = decided;
  for (size_t c : nr.routed_cues) key = key << 1 | (c < decided && flags[c] ? 1 : 0);
  int& route = nr.route_after[key];
  if (route == kUnset) route = decided_route(ft, flags, decided);
  return route;
}

std::string TypedReplyOutcomes::kept_key(const FreeText& ft, const PlayState& st) const {
  std::string key;
  auto put = [&](int v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); };
  put(st.node);
  put(cyclic_ ? 1 : 0);
  for (size_t v = 0; v < vars_; ++v)
    if (routes_->moved[v]) put(st.vars[v]);
  auto slot0 = static_cast<size_t>(ft.first_cue_slot);
  for (size_t c = 0; c < cues_; ++c) key += st.cue_scored[slot0 + c] ? '1' : '0';
  return key;
}

bool TypedReplyOutcomes::reuse_kept(const std::string& key, const PlayState& st) {
  auto it = kept_.find(key);
  if (it == kept_.end()) return false;
  const Kept& k = it->second;
  set_.count = k.count;
  set_.ints.assign(k.ints.begin(), k.ints.end());
  set_.bytes_.assign(k.bytes.begin(), k.bytes.end());
  for (size_t i = 0; i < set_.count; ++i)
    for (size_t v = 0; v < vars_; ++v)
      if (!routes_->moved[v]) set_.ints_of(i)[v] = st.vars[v];
  cap_hit_ = k.cap_hit;
  return true;
}

void TypedReplyOutcomes::keep(std::string key) {
  Kept k;
  k.count = set_.count;
  k.ints.assign(set_.ints.begin(), set_.ints.begin() + static_cast<long>(set_.count * set_.ints_per));
  k.bytes.assign(set_.bytes_.begin(), set_.bytes_.begin() + static_cast<long>(set_.count * set_.bytes_per));
  k.cap_hit = cap_hit_;
  size_t size = key.size() + k.ints.size() * sizeof(int) + k.bytes.size() + sizeof(Kept) + 32;
  if (kept_bytes_ + size > kMaxKeptBytes) return;  // weighing again costs time, not exactness
  kept_bytes_ += size;
  kept_.emplace(std::move(key), std::move(k));
}

void TypedReplyOutcomes::expand(const Scenario& s, const StatePlan& plan, const PlayState& st, bool cyclic) {
  const FreeText& ft = s.nodes[static_cast<size_t>(st.node)].free_text;
  plan_ = &plan;
  vars_ = st.vars.size();
  cues_ = ft.cues.size();
  cyclic_ = cyclic;
  cap_hit_ = false;
  routes_ = &routes_of(s, st.node);
  routed_ = &routes_->routed_cues;
  size_t slot0 = static_cast<size_t>(ft.first_cue_slot);
  const size_t ni = vars_ + 2 + kObjectives, nb = 2 * cues_;
  std::string key = kept_key(ft, st);
  set_.reset(ni, nb);
  if (reuse_kept(key, st)) return;

  // The first outcome: no cue decided, the state's variables and scored flags, no gains.
  {
    auto [qi, qb] = tail(set_);
    std::fill(qi, qi + ni, 0);
    std::copy(st.vars.begin(), st.vars.end(), qi);
    qi[vars_] = kOpen;
    qi[vars_ + 1] = kFree;
    std::fill(qb, qb + nb, 0);
    if (cyclic)
      std::copy(st.cue_scored.begin() + static_cast<long>(slot0), st.cue_scored.begin() + static_cast<long>(slot0 + cues_),
                qb + cues_);
    commit(set_);
  }
  for (size_t c = 0; c < cues_; ++c) {
    const Cue& cue = ft.cues[c];
    const bool conduct = cue.conduct, positive = !conduct && cue.positive();
    const bool scores = cue.scores != ScoreVector{};
    next_.reset(ni, nb, 2 * set_.count);  // each outcome becomes at most two
    for (size_t i = 0; i < set_.count; ++i) {
      const int block = set_.ints_of(i)[vars_ + 1];
      for (int take = 0; take < 2; ++take) {
        if (take && ((conduct && block == kScoringMatched) || (positive && block == kConductMatched))) continue;
        auto [qi, qb] = tail(next_);
        std::memcpy(qi, set_.ints_of(i), ni * sizeof(int));
        std::memcpy(qb, set_.bytes_of(i), nb);
        if (take) {
          apply_effects(s, qi, cue.effects);
          qb[c] = 1;
          if (conduct) qi[vars_ + 1] = kConductMatched;
          if (positive) qi[vars_ + 1] = kScoringMatched;
          bool scored_before = cyclic ? qb[cues_ + c] != 0 : st.cue_scored[slot0 + c] != 0;
          if (!scored_before) {  // a cue scores the first time it matches at a node
            Gains g = gains_of(cue.scores);
            for (int o = 0; o < kObjectives; ++o) qi[vars_ + 2 + static_cast<size_t>(o)] += g[o];
            if (cyclic && scores) qb[cues_ + c] = 1;
          }
        }
        const int route_before = qi[vars_];
        if (route_before == kOpen) qi[vars_] = route_after(ft, qb, c + 1);
        if (!take && qi[vars_] == route_before)
          insert(next_, set_.hashes[i]);  // the same outcome: its variables are reduced, its key unchanged
        else
          commit(next_);
      }
    }
    std::swap(set_, next_);
    if (set_.count > kMaxOutcomes) {
      cap_hit_ = true;  // too many distinct outcomes: some combinations are left out
      break;
    }
  }
  keep(std::move(key));
}

}  // namespace hallsim
