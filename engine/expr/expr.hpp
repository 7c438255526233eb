// The `when` language: parsed once at load into a small tree, type-checked against the
// scenario's names, then evaluated many times by the session and the static analysis.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"

namespace hallsim::expr {

enum class Type { integer, boolean, string };
const char* type_name(Type t);

// What an identifier refers to, resolved at load so evaluation never looks names up.
enum class Ref { variable, turn, elapsed, clock, score, visited, cue, outcome, conduct };

enum class Op { neg, not_, add, sub, eq, ne, lt, le, gt, ge, and_, or_ };

struct Node {
  enum class Kind { int_lit, bool_lit, str_lit, ident, unary, binary } kind = Kind::int_lit;
  Type type = Type::integer;
  int offset = 0;  // code-point offset of the token inside the expression text
  long long int_value = 0;
  std::string str_value;  // string literal, or identifier spelling
  Ref ref = Ref::variable;
  int index = 0;  // variable / score dimension / node / cue index
  Op op = Op::add;
  std::unique_ptr<Node> lhs, rhs;
};

struct Value {
  Type type = Type::integer;
  long long i = 0;  // integer, or boolean as 0/1
  std::string s;
};

// Answers identifier lookups at evaluation time.
class Env {
 public:
  virtual ~Env() = default;
  virtual long long variable(int index) const = 0;
  virtual long long turn() const = 0;
  virtual long long elapsed() const = 0;
  virtual std::string clock() const = 0;
  virtual long long score(int dimension) const = 0;
  virtual bool visited(int node) const = 0;
  virtual bool cue(int cue) const = 0;
  virtual std::string outcome() const = 0;
  virtual long long conduct() const = 0;  // replies flagged for conduct so far (rating rules)
};

// Resolves a spelled identifier to a reference; the loader implements it per context.
struct Resolution {
  bool found = false;
  Ref ref = Ref::variable;
  int index = 0;
  Type type = Type::integer;
  std::string problem;  // why it was not found, shown to the author
  std::string code;     // diagnostic code for that problem
};
class Resolver {
 public:
  virtual ~Resolver() = default;
  virtual Resolution resolve(const std::string& name) const = 0;
};

struct ParseError {
  int offset = 0;  // code points into the text
  std::string code;
  std::string message;
};

struct Expression {
  std::string text;
  std::unique_ptr<Node> root;
  SourceLoc loc;  // where the text starts in the file
  int column_step = 1;  // 1 when offsets map onto columns of one source line, 0 otherwise
  bool uses(Ref r) const;
};

// Parses and type-checks `text`; the result must be boolean. On failure returns the errors.
std::vector<ParseError> parse(const std::string& text, const Resolver& resolver, Expression& out);

Value evaluate(const Node& node, const Env& env);
bool evaluate_bool(const Expression& e, const Env& env);

// Calls f(node) for every node of the tree.
template <typename F>
void visit(const Node& n, F&& f) {
  f(n);
  if (n.lhs) visit(*n.lhs, f);
  if (n.rhs) visit(*n.rhs, f);
}

}  // namespace hallsim::expr
