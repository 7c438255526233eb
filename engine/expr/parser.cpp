// Recursive-descent parser for `when` expressions, with type checking as it builds the tree.
//   or   := and ('or' and)*          and := not ('and' not)*       not := 'not' not | cmp
//   cmp  := sum (('=='|'!='|'<'|'<='|'>'|'>=') sum)?                 sum := unary (('+'|'-') unary)*
//   unary:= '-' unary | primary      primary := INT | STRING | true | false | NAME | '(' or ')'
#include <charconv>

#include <fmt/format.h>

#include "base/clock.hpp"
#include "expr/expr.hpp"

namespace hallsim::expr {

const char* type_name(Type t) {
  switch (t) {
    case Type::integer: return "a number";
    case Type::boolean: return "true/false";
    case Type::string: return "text";
  }
  return "?";
}

bool Expression::uses(Ref r) const {
  bool found = false;
  if (root) visit(*root, [&](const Node& n) { found |= n.kind == Node::Kind::ident && n.ref == r; });
  return found;
}

namespace {

constexpr int kMaxDepth = 64;  // deeper nesting is a mistake, and keeps evaluation's recursion bounded
constexpr size_t kMaxLength = 4096;

struct Token {
  enum class Kind { end, integer, string, name, op, lparen, rparen } kind = Kind::end;
  std::string text;
  int offset = 0;  // code points
};

struct Failure {
  ParseError error;
};

bool name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool name_char(char c) { return name_start(c) || (c >= '0' && c <= '9'); }
bool id_char(char c) { return name_char(c) || c == '-'; }  // node and cue ids may hold '-'

class Parser {
 public:
  Parser(const std::string& text, const Resolver& resolver) : text_(text), resolver_(resolver) {}

  std::unique_ptr<Node> parse_all() {
    advance();
    auto n = parse_or();
    if (tok_.kind != Token::Kind::end) fail(tok_.offset, "HS0040", fmt::format("unexpected '{}'", tok_.text));
    if (n->type != Type::boolean)
      fail(n->offset, "HS0042", fmt::format("a condition must be true/false, but this is {}", type_name(n->type)));
    return n;
  }

 private:
  [[noreturn]] static void fail(int offset, const char* code, std::string message) {
    throw Failure{{offset, code, std::move(message)}};
  }

  int offset_of(size_t byte) const {
    int cp = 0;
    for (size_t i = 0; i < byte && i < text_.size(); ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++cp;
    return cp;
  }

  void advance() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
    tok_ = Token{};
    tok_.offset = offset_of(pos_);
    if (pos_ >= text_.size()) return;
    char c = text_[pos_];
    size_t start = pos_;
    if (c >= '0' && c <= '9') {
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
      tok_.kind = Token::Kind::integer;
    } else if (name_start(c)) {
      while (pos_ < text_.size() && name_char(text_[pos_])) ++pos_;
      std::string_view head(text_.data() + start, pos_ - start);
      if (pos_ < text_.size() && text_[pos_] == '.') {
        ++pos_;
        bool ids = head == "visited" || head == "cue";
        while (pos_ < text_.size() && (ids ? id_char(text_[pos_]) : name_char(text_[pos_]))) ++pos_;
      }
      tok_.kind = Token::Kind::name;
    } else if (c == '"' || c == '\'') {
      ++pos_;
      std::string value;
      while (pos_ < text_.size() && text_[pos_] != c) value += text_[pos_++];
      if (pos_ >= text_.size()) fail(tok_.offset, "HS0040", "this quoted text is never closed");
      ++pos_;
      tok_.kind = Token::Kind::string;
      tok_.text = value;
      return;
    } else if (c == '(' || c == ')') {
      ++pos_;
      tok_.kind = c == '(' ? Token::Kind::lparen : Token::Kind::rparen;
    } else {
      static const char* const kOps[] = {"==", "!=", "<=", ">=", "<", ">", "+", "-"};
      for (const char* op : kOps) {
        if (text_.compare(pos_, std::char_traits<char>::length(op), op) == 0) {
          pos_ += std::char_traits<char>::length(op);
          tok_.kind = Token::Kind::op;
          tok_.text = op;
          return;
        }
      }
      if (text_.compare(pos_, 2, "&&") == 0) fail(tok_.offset, "HS0040", "use 'and' instead of '&&'");
      if (text_.compare(pos_, 2, "||") == 0) fail(tok_.offset, "HS0040", "use 'or' instead of '||'");
      if (c == '!') fail(tok_.offset, "HS0040", "use 'not' instead of '!'");
      if (c == '=') fail(tok_.offset, "HS0040", "use '==' to compare");
      size_t len = 1;
      while (pos_ + len < text_.size() && (static_cast<unsigned char>(text_[pos_ + len]) & 0xC0) == 0x80) ++len;
      fail(tok_.offset, "HS0040", fmt::format("unexpected character '{}'", text_.substr(pos_, len)));
    }
    tok_.text = text_.substr(start, pos_ - start);
  }

  bool is_word(const char* w) const { return tok_.kind == Token::Kind::name && tok_.text == w; }
  bool is_op(const char* o) const { return tok_.kind == Token::Kind::op && tok_.text == o; }

  void enter(int offset) {
    if (++depth_ > kMaxDepth) fail(offset, "HS0040", fmt::format("the expression is nested more than {} levels deep", kMaxDepth));
  }

  static std::unique_ptr<Node> binary(Op op, std::unique_ptr<Node> l, std::unique_ptr<Node> r, int offset) {
    auto n = std::make_unique<Node>();
    n->kind = Node::Kind::binary;
    n->op = op;
    n->offset = offset;
    n->lhs = std::move(l);
    n->rhs = std::move(r);
    return n;
  }

  static void expect_type(const Node& n, Type t, const char* what) {
    if (n.type != t)
      fail(n.offset, "HS0042", fmt::format("{} needs {}, but this is {}", what, type_name(t), type_name(n.type)));
  }

  std::unique_ptr<Node> parse_or() {
    auto l = parse_and();
    while (is_word("or")) {
      int at = tok_.offset;
      advance();
      auto r = parse_and();
      expect_type(*l, Type::boolean, "'or'");
      expect_type(*r, Type::boolean, "'or'");
      l = binary(Op::or_, std::move(l), std::move(r), at);
      l->type = Type::boolean;
    }
    return l;
  }

  std::unique_ptr<Node> parse_and() {
    auto l = parse_not();
    while (is_word("and")) {
      int at = tok_.offset;
      advance();
      auto r = parse_not();
      expect_type(*l, Type::boolean, "'and'");
      expect_type(*r, Type::boolean, "'and'");
      l = binary(Op::and_, std::move(l), std::move(r), at);
      l->type = Type::boolean;
    }
    return l;
  }

  std::unique_ptr<Node> parse_not() {
    if (is_word("not")) {
      int at = tok_.offset;
      enter(at);
      advance();
      auto operand = parse_not();
      --depth_;
      expect_type(*operand, Type::boolean, "'not'");
      auto n = std::make_unique<Node>();
      n->kind = Node::Kind::unary;
      n->op = Op::not_;
      n->offset = at;
      n->type = Type::boolean;
      n->lhs = std::move(operand);
      return n;
    }
    return parse_comparison();
  }

  std::unique_ptr<Node> parse_comparison() {
    auto l = parse_sum();
    static const std::pair<const char*, Op> kCmp[] = {{"==", Op::eq}, {"!=", Op::ne}, {"<", Op::lt},
                                                      {"<=", Op::le}, {">", Op::gt},  {">=", Op::ge}};
    for (const auto& [spelling, op] : kCmp) {
      if (!is_op(spelling)) continue;
      int at = tok_.offset;
      advance();
      auto r = parse_sum();
      check_comparison(*l, *r, op, spelling);
      l = binary(op, std::move(l), std::move(r), at);
      l->type = Type::boolean;
      for (const auto& [again, _] : kCmp)
        if (is_op(again)) fail(tok_.offset, "HS0040", "comparisons cannot be chained; join them with 'and'");
      break;
    }
    return l;
  }

  static void check_comparison(Node& l, Node& r, Op op, const char* spelling) {
    if (l.type != r.type)
      fail(r.offset, "HS0042",
           fmt::format("'{}' compares {} with {}; both sides must be the same kind", spelling, type_name(l.type),
                       type_name(r.type)));
    if (l.type == Type::boolean && op != Op::eq && op != Op::ne)
      fail(l.offset, "HS0042", fmt::format("'{}' cannot order true/false values", spelling));
    // The hall clock compares with times written "HH:MM"; normalise "9:30" to "09:30".
    for (auto [clock, other] : {std::pair{&l, &r}, std::pair{&r, &l}}) {
      if (clock->kind == Node::Kind::ident && clock->ref == Ref::clock && other->kind == Node::Kind::str_lit) {
        auto minutes = parse_clock(other->str_value);
        if (!minutes) fail(other->offset, "HS0042", fmt::format("'{}' is not a time; write it as \"HH:MM\"", other->str_value));
        other->str_value = format_clock(*minutes);
      }
    }
  }

  std::unique_ptr<Node> parse_sum() {
    auto l = parse_unary();
    while (is_op("+") || is_op("-")) {
      Op op = is_op("+") ? Op::add : Op::sub;
      int at = tok_.offset;
      advance();
      auto r = parse_unary();
      expect_type(*l, Type::integer, op == Op::add ? "'+'" : "'-'");
      expect_type(*r, Type::integer, op == Op::add ? "'+'" : "'-'");
      l = binary(op, std::move(l), std::move(r), at);
      l->type = Type::integer;
    }
    return l;
  }

  std::unique_ptr<Node> parse_unary() {
    if (is_op("-")) {
      int at = tok_.offset;
      enter(at);
      advance();
      auto operand = parse_unary();
      --depth_;
      expect_type(*operand, Type::integer, "'-'");
      auto n = std::make_unique<Node>();
      n->kind = Node::Kind::unary;
      n->op = Op::neg;
      n->offset = at;
      n->type = Type::integer;
      n->lhs = std::move(operand);
      return n;
    }
    return parse_primary();
  }

  std::unique_ptr<Node> parse_primary() {
    auto n = std::make_unique<Node>();
    n->offset = tok_.offset;
    switch (tok_.kind) {
      case Token::Kind::end: fail(tok_.offset, "HS0040", "the expression ends too early");
      case Token::Kind::rparen: fail(tok_.offset, "HS0040", "unexpected ')'");
      case Token::Kind::op: fail(tok_.offset, "HS0040", fmt::format("unexpected '{}'", tok_.text));
      case Token::Kind::integer: {
        auto [p, ec] = std::from_chars(tok_.text.data(), tok_.text.data() + tok_.text.size(), n->int_value);
        if (ec != std::errc()) fail(tok_.offset, "HS0040", "this number is too large");
        n->kind = Node::Kind::int_lit;
        n->type = Type::integer;
        break;
      }
      case Token::Kind::string:
        n->kind = Node::Kind::str_lit;
        n->type = Type::string;
        n->str_value = tok_.text;
        break;
      case Token::Kind::lparen: {
        int at = tok_.offset;
        enter(at);
        advance();
        auto inner = parse_or();
        if (tok_.kind != Token::Kind::rparen) fail(tok_.offset, "HS0040", "missing ')'");
        --depth_;
        advance();
        return inner;
      }
      case Token::Kind::name: {
        if (tok_.text == "true" || tok_.text == "false") {
          n->kind = Node::Kind::bool_lit;
          n->type = Type::boolean;
          n->int_value = tok_.text == "true";
          break;
        }
        if (tok_.text == "and" || tok_.text == "or" || tok_.text == "not")
          fail(tok_.offset, "HS0040", fmt::format("'{}' needs a value before it", tok_.text));
        Resolution r = resolver_.resolve(tok_.text);
        if (!r.found) fail(tok_.offset, r.code.empty() ? "HS0041" : r.code.c_str(), r.problem);
        n->kind = Node::Kind::ident;
        n->str_value = tok_.text;
        n->ref = r.ref;
        n->index = r.index;
        n->type = r.type;
        break;
      }
    }
    advance();
    return n;
  }

  const std::string& text_;
  const Resolver& resolver_;
  size_t pos_ = 0;
  Token tok_;
  int depth_ = 0;
};

}  // namespace

std::vector<ParseError> parse(const std::string& text, const Resolver& resolver, Expression& out) {
  out.text = text;
  out.root.reset();
  if (text.size() > kMaxLength)
    return {{0, "HS0040", fmt::format("the expression is longer than {} characters", kMaxLength)}};
  try {
    Parser p(text, resolver);
    out.root = p.parse_all();
    return {};
  } catch (const Failure& f) {
    return {f.error};
  }
}

}  // namespace hallsim::expr
