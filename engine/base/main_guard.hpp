// The last line of defence of a program's main(): whatever its body did not handle is said in one
// line on stderr ("hallsim: out of memory") and ends it with `failure_status`, never an abort.
// Shared by `hallsim` and `hallsim-app`, so both fail the same way.
#pragma once

#include <functional>
#include <string_view>

namespace hallsim {

int guarded_main(std::string_view program, int failure_status, const std::function<int()>& body);

}  // namespace hallsim
