#include <doctest/doctest.h>

#include "expr/expr.hpp"

// Inside the namespace rather than `using` it: hallsim::expr::Node must not meet hallsim::Node
// where test files are compiled together (unity builds).
namespace hallsim::expr {

namespace {

class TestResolver : public Resolver {
 public:
  Resolution resolve(const std::string& name) const override {
    Resolution r;
    r.found = true;
    if (name == "anger") r.ref = Ref::variable, r.index = 0, r.type = Type::integer;
    else if (name == "has_id") r.ref = Ref::variable, r.index = 1, r.type = Type::boolean;
    else if (name == "clock") r.ref = Ref::clock, r.type = Type::string;
    else if (name == "cue.apology") r.ref = Ref::cue, r.index = 0, r.type = Type::boolean;
    else if (name == "visited.node-2") r.ref = Ref::visited, r.index = 2, r.type = Type::boolean;
    else r = Resolution{false, Ref::variable, 0, Type::integer, "unknown name '" + name + "'", "HS0041"};
    return r;
  }
};

class TestEnv : public Env {
 public:
  long long anger = 40;
  bool has_id = false;
  std::string now = "11:30";
  long long variable(int i) const override { return i == 0 ? anger : has_id; }
  long long turn() const override { return 3; }
  long long elapsed() const override { return 10; }
  std::string clock() const override { return now; }
  long long score(int) const override { return 0; }
  bool visited(int n) const override { return n == 2; }
  bool cue(int) const override { return true; }
  std::string outcome() const override { return ""; }
  long long conduct() const override { return 0; }
};

bool eval(const std::string& text, const TestEnv& env = {}) {
  Expression e;
  auto errors = parse(text, TestResolver{}, e);
  REQUIRE_MESSAGE(errors.empty(), text << ": " << (errors.empty() ? "" : errors[0].message));
  return evaluate_bool(e, env);
}

ParseError error_of(const std::string& text) {
  Expression e;
  auto errors = parse(text, TestResolver{}, e);
  REQUIRE_MESSAGE(errors.size() == 1, text);
  return errors[0];
}

}  // namespace

TEST_CASE("arithmetic, comparison and logic") {
  CHECK(eval("anger < 50"));
  CHECK_FALSE(eval("anger >= 50"));
  CHECK(eval("anger + 20 == 60 and not has_id"));
  CHECK(eval("-anger < 0 or has_id"));
  CHECK(eval("(anger - 10) == 30"));
}

TEST_CASE("precedence: not binds tighter than and, and tighter than or") {
  CHECK(eval("true or false and false"));
  CHECK_FALSE(eval("not true and true"));
  CHECK(eval("not (true and false)"));
}

TEST_CASE("the hall clock compares with quoted times, normalised") {
  TestEnv env;
  CHECK(eval("clock >= \"11:30\"", env));
  CHECK(eval("clock > \"9:45\"", env));  // "9:45" means 09:45
  CHECK(eval("clock < '12:00'", env));
}

TEST_CASE("cue and visited names may hold dashes") {
  CHECK(eval("visited.node-2 and cue.apology"));
}

TEST_CASE("syntax errors point at the offending character") {
  auto e = error_of("anger < ");
  CHECK(e.code == "HS0040");
  CHECK(e.offset == 8);
  CHECK(error_of("anger = 3").message.find("==") != std::string::npos);
  CHECK(error_of("has_id && true").message.find("and") != std::string::npos);
  CHECK(error_of("(anger < 3").message.find(")") != std::string::npos);
  CHECK(error_of("1 < 2 < 3").message.find("chained") != std::string::npos);
  CHECK(error_of("'open").code == "HS0040");
  CHECK(error_of("anger * 2 > 1").offset == 6);
}

TEST_CASE("unknown names and type errors are load errors with offsets") {
  auto unknown = error_of("angr > 3");
  CHECK(unknown.code == "HS0041");
  CHECK(unknown.offset == 0);
  auto types = error_of("has_id + 1 > 0");
  CHECK(types.code == "HS0042");
  CHECK(error_of("anger").message.find("true/false") != std::string::npos);
  CHECK(error_of("clock > \"25:00\"").code == "HS0042");
  CHECK(error_of("anger == true").code == "HS0042");
}

TEST_CASE("offsets count code points, not bytes") {
  auto e = error_of("\"中文\" == 阿");
  CHECK(e.offset == 8);
}

TEST_CASE("deep nesting is refused, not a stack overflow") {
  std::string deep = std::string(100, '(') + "true" + std::string(100, ')');
  CHECK(error_of(deep).message.find("nested") != std::string::npos);
  std::string nots;
  for (int i = 0; i < 100; ++i) nots += "not ";
  CHECK(error_of(nots + "true").message.find("nested") != std::string::npos);
  std::string minus(100, '-');
  CHECK(error_of(minus + "1 > 0").message.find("nested") != std::string::npos);
  // 10,000 levels are refused by length before any recursion.
  std::string huge = std::string(10000, '(') + "true" + std::string(10000, ')');
  CHECK(error_of(huge).message.find("longer than") != std::string::npos);
}

TEST_CASE("huge numbers neither overflow nor crash") {
  CHECK(error_of("99999999999999999999999 > 1").code == "HS0040");
  CHECK(eval("9223372036854775807 + 1 > 0"));  // saturates
  CHECK(eval("-9223372036854775807 - 10 < 0"));
}

}  // namespace hallsim::expr
