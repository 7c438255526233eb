// Text -> the `when` parser and, when it parses, the evaluator.
#include <cstddef>
#include <cstdint>
#include <string>

#include "expr/expr.hpp"

namespace {

using namespace hallsim::expr;

class Names : public Resolver {
 public:
  Resolution resolve(const std::string& name) const override {
    Resolution r;
    r.found = true;
    if (name == "anger" || name == "turn") r.ref = Ref::variable, r.type = Type::integer;
    else if (name == "flag" || name == "cue.apology" || name == "visited.a-1") r.ref = Ref::variable, r.index = 1, r.type = Type::boolean;
    else if (name == "clock") r.ref = Ref::clock, r.type = Type::string;
    else r.found = false, r.problem = "unknown", r.code = "HS0041";
    return r;
  }
};

class Values : public Env {
 public:
  long long variable(int i) const override { return i == 0 ? 9223372036854775807LL : 1; }
  long long turn() const override { return 3; }
  long long elapsed() const override { return -5; }
  std::string clock() const override { return "23:59"; }
  long long score(int) const override { return -9223372036854775807LL; }
  bool visited(int) const override { return true; }
  bool cue(int) const override { return false; }
  std::string outcome() const override { return "resolved"; }
  long long conduct() const override { return 1; }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Expression e;
  auto errors = parse(std::string(reinterpret_cast<const char*>(data), size), Names{}, e);
  if (errors.empty()) evaluate_bool(e, Values{});
  return 0;
}
