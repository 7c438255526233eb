#include <limits>

#include "expr/expr.hpp"

namespace hallsim::expr {

namespace {

bool compare(Op op, const Value& a, const Value& b) {
  int c = 0;
  if (a.type == Type::string)
    c = a.s.compare(b.s);
  else
    c = a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
  switch (op) {
    case Op::eq: return c == 0;
    case Op::ne: return c != 0;
    case Op::lt: return c < 0;
    case Op::le: return c <= 0;
    case Op::gt: return c > 0;
    case Op::ge: return c >= 0;
    default: return false;
  }
}

Value integer(long long v) { return {Type::integer, v, {}}; }

// Arithmetic saturates instead of overflowing: authors can write any numbers they like.
long long saturate(bool overflowed, long long result, long long sign_hint) {
  if (!overflowed) return result;
  return sign_hint < 0 ? std::numeric_limits<long long>::min() : std::numeric_limits<long long>::max();
}
long long add(long long a, long long b) {
  long long r = 0;
  bool overflowed = __builtin_add_overflow(a, b, &r);
  return saturate(overflowed, r, b);
}
long long sub(long long a, long long b) {
  long long r = 0;
  bool overflowed = __builtin_sub_overflow(a, b, &r);
  return saturate(overflowed, r, b < 0 ? 1 : -1);
}
Value boolean(bool v) { return {Type::boolean, v ? 1 : 0, {}}; }

Value lookup(const Node& n, const Env& env) {
  switch (n.ref) {
    case Ref::variable: return {n.type, env.variable(n.index), {}};
    case Ref::turn: return integer(env.turn());
    case Ref::elapsed: return integer(env.elapsed());
    case Ref::clock: return {Type::string, 0, env.clock()};
    case Ref::score: return integer(env.score(n.index));
    case Ref::visited: return boolean(env.visited(n.index));
    case Ref::cue: return boolean(env.cue(n.index));
    case Ref::outcome: return {Type::string, 0, env.outcome()};
    case Ref::conduct: return integer(env.conduct());
  }
  return integer(0);
}

}  // namespace

// Types were checked at load, so evaluation trusts them.
Value evaluate(const Node& n, const Env& env) {
  switch (n.kind) {
    case Node::Kind::int_lit: return integer(n.int_value);
    case Node::Kind::bool_lit: return boolean(n.int_value != 0);
    case Node::Kind::str_lit: return {Type::string, 0, n.str_value};
    case Node::Kind::ident: return lookup(n, env);
    case Node::Kind::unary: {
      Value v = evaluate(*n.lhs, env);
      return n.op == Op::not_ ? boolean(v.i == 0) : integer(sub(0, v.i));
    }
    case Node::Kind::binary: {
      if (n.op == Op::and_) return boolean(evaluate(*n.lhs, env).i != 0 && evaluate(*n.rhs, env).i != 0);
      if (n.op == Op::or_) return boolean(evaluate(*n.lhs, env).i != 0 || evaluate(*n.rhs, env).i != 0);
      Value a = evaluate(*n.lhs, env);
      Value b = evaluate(*n.rhs, env);
      if (n.op == Op::add) return integer(add(a.i, b.i));
      if (n.op == Op::sub) return integer(sub(a.i, b.i));
      return boolean(compare(n.op, a, b));
    }
  }
  return boolean(false);
}

bool evaluate_bool(const Expression& e, const Env& env) { return e.root && evaluate(*e.root, env).i != 0; }

}  // namespace hallsim::expr
