#include <doctest/doctest.h>

#include <new>
#include <stdexcept>

#include "base/main_guard.hpp"

using hallsim::guarded_main;

TEST_CASE("a guarded main returns its body's status, and a failure status for what the body threw") {
  CHECK(guarded_main("t", 2, [] { return 0; }) == 0);
  CHECK(guarded_main("t", 2, [] { return 1; }) == 1);
  CHECK(guarded_main("t", 2, []() -> int { throw std::runtime_error("broken"); }) == 2);
  CHECK(guarded_main("t", 2, []() -> int { throw std::bad_alloc(); }) == 2);
  CHECK(guarded_main("t", 3, []() -> int { throw 42; }) == 3);
}
