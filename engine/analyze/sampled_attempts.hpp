// Attempts actually played (seeded, partly greedy towards each dimension, partly at random), for
// the lower end of an approximate analysis: a best is at least what some attempt reached.
#pragma once

#include <cstdint>

#include "model/scenario.hpp"

namespace hallsim {

struct SampledAttempts {
  bool any_ended = false;  // some sampled attempt reached an ending
  ScoreVector best{}, worst{};  // the highest and lowest raw total per dimension among those
};

SampledAttempts sample_attempts(const Scenario& s, size_t plays = 1000, std::uint64_t seed = 1, double seconds = 1.0);

}  // namespace hallsim
