#include "base/main_guard.hpp"

#include <cstdio>
#include <exception>
#include <new>
#include <string>

namespace hallsim {

int guarded_main(std::string_view program, int failure_status, const std::function<int()>& body) {
  std::string name(program);
  try {
    return body();
  } catch (const std::bad_alloc&) {
    (void)std::fprintf(stderr, "%s: out of memory\n", name.c_str());
  } catch (const std::exception& e) {
    (void)std::fprintf(stderr, "%s: %s\n", name.c_str(), e.what());
  } catch (...) {
    (void)std::fprintf(stderr, "%s: unexpected error\n", name.c_str());
  }
  return failure_status;
}

}  // namespace hallsim
