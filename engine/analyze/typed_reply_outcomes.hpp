// What one typed reply can lead to, weighed without trying all 2^n combinations of cues: cues are
// added one at a time (in rubric order, as the session applies them), and combinations that leave
// the same variables, the same route (or, while the route is still open, the same flags of the
// cues routes test) and, at a node that can be revisited, the same "scored" flags are merged,
// keeping the best and worst gains per objective. The future depends only on those, so this is
// exact.
//
// The conduct check's cue (Cue::conduct) withholds every cue that would score: once it matches, no
// cue with a positive score can match in the same reply, and the other way round (whatever the
// order of the cues; the loader puts the check first).
//
// The outcomes are flat records in a set with its own hash table: this runs for every state at a
// free-text node, and a map of strings to vectors spent 90% of the analysis of a 20-cue node on
// allocation.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyze/objectives.hpp"
#include "analyze/state_plan.hpp"

namespace hallsim {

class TypedReplyOutcomes {
 public:
  static constexpr size_t kMaxOutcomes = 4096;  // past this, combinations are left out (cap_hit)

  // Weighs every reply at `st`'s free-text node. `cyclic`: the node can be revisited, so which
  // cues scored is part of an outcome.
  void expand(const Scenario& s, const StatePlan& plan, const PlayState& st, bool cyclic);

  size_t count() const { return set_.count; }
  bool cap_hit() const { return cap_hit_; }
  const int* vars(size_t i) const { return set_.ints_of(i); }
  Gains gains(size_t i) const;
  const char* matched(size_t i) const { return set_.bytes_of(i); }         // per cue
  const char* scored(size_t i) const { return set_.bytes_of(i) + cues_; }  // per cue, when cyclic

  size_t bytes() const { return set_.bytes() + next_.bytes() + routes_bytes_ + kept_bytes_; }

 private:
  static constexpr int kOpen = -2;  // the route still depends on cues not yet decided
  // Conduct bookkeeping: whether the conduct cue or a scoring cue has matched (they exclude each other).
  enum Block : int { kFree = 0, kConductMatched = 1, kScoringMatched = 2 };

  struct Set {
    size_t ints_per = 0, bytes_per = 0;  // vars, route, block, gains | matched, scored
    size_t count = 0;
    std::vector<int> ints;
    std::vector<char> bytes_;
    std::vector<uint32_t> slots;  // open addressing: index + 1, 0 when empty
    std::vector<uint64_t> hashes;  // each outcome's, so growing the table and unchanged outcomes need no rehash
    // Empties the set for outcomes of ni ints and nb bytes, its table sized for `expected` of them.
    void reset(size_t ni, size_t nb, size_t expected = 0);
    int* ints_of(size_t i) { return ints.data() + i * ints_per; }
    char* bytes_of(size_t i) { return bytes_.data() + i * bytes_per; }
    const int* ints_of(size_t i) const { return ints.data() + i * ints_per; }
    const char* bytes_of(size_t i) const { return bytes_.data() + i * bytes_per; }
    size_t bytes() const {
      return ints.capacity() * sizeof(int) + bytes_.capacity() + slots.capacity() * sizeof(uint32_t) +
             hashes.capacity() * sizeof(uint64_t);
    }
  };

  uint64_t hash(const int* pi, const char* pb) const;
  bool same(const int* a, const char* ab, const int* b, const char* bb) const;
  static std::pair<int*, char*> tail(Set& set);
  void commit(Set& set);
  void insert(Set& set, uint64_t hash);
  static int decided_route(const FreeText& ft, const char* flags, size_t decided);
  int route_after(const FreeText& ft, const char* flags, size_t decided);

  // What a free-text node's outcomes depend on, worked out once per node rather than once per
  // state: the cues the routes test, the route each combination of their flags decides after
  // each cue (kUnset until first asked; empty when the routes test too many cues), and the
  // variables its cues' effects change.
  struct NodeRoutes {
    bool known = false;
    std::vector<size_t> routed_cues;
    std::vector<int> route_after;  // index: decided << routed_cues.size() | flags of routed cues
    std::vector<char> moved;       // per variable
  };
  static constexpr int kUnset = -3;
  static constexpr size_t kMaxTabulatedCues = 10;
  NodeRoutes& routes_of(const Scenario& s, int node);

  // Outcomes already weighed, by what they depend on: the node, the variables its cues move,
  // and its cues' scored flags. Variables no cue of the node moves ride along unchanged (the
  // same in every outcome, so they merge nothing apart), so states that differ only in those
  // share one weighing; the kept outcomes get the state's own values of them back.
  struct Kept {
    std::vector<int> ints;
    std::vector<char> bytes;
    size_t count = 0;
    bool cap_hit = false;
  };
  static constexpr size_t kMaxKeptBytes = size_t{16} << 20;
  std::string kept_key(const FreeText& ft, const PlayState& st) const;
  bool reuse_kept(const std::string& key, const PlayState& st);
  void keep(std::string key);

  const StatePlan* plan_ = nullptr;
  const std::vector<size_t>* routed_ = nullptr;
  NodeRoutes* routes_ = nullptr;
  std::vector<NodeRoutes> node_routes_;  // by node of *routes_scenario_
  const Scenario* routes_scenario_ = nullptr;
  size_t routes_bytes_ = 0;
  std::unordered_map<std::string, Kept> kept_;
  size_t kept_bytes_ = 0;  // what node_routes_ holds, kept up to date (bytes() runs at every state)
  size_t vars_ = 0, cues_ = 0;
  bool cyclic_ = false;
  bool cap_hit_ = false;
  Set set_, next_;
};

}  // namespace hallsim
