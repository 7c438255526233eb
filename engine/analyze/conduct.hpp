// Whether a cue is the conduct pseudo-cue (Cue::conduct): when it matches, the session withholds
// every cue with a positive score from the same reply, and the analysis must do the same.
#pragma once

#include "model/scenario.hpp"

namespace hallsim {

namespace detail {
// Until every tree has Cue::conduct, a Cue without it is never the conduct cue.
template <typename C>
auto conduct_flag(const C& c, int) -> decltype(c.conduct, bool()) { return c.conduct; }
template <typename C>
bool conduct_flag(const C&, long) { return false; }
}  // namespace detail

inline bool is_conduct(const Cue& c) { return detail::conduct_flag(c, 0); }

}  // namespace hallsim
