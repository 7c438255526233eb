#include "score/reply_text.hpp"

#include <algorithm>

#include "score/fold.hpp"
#include "score/utf8_walk.hpp"

namespace hallsim {

namespace {

bool ends_clause(int cp) {
  switch (cp) {
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1B: case 0xFF0C: case 0x3001:  // 。！？；，、
    case '!': case '?': case ';': case ',': case '\n': case '\r':
    case 0x2026: case 0xFF61: case 0xFF64:  // … and the half-width 。、
      return true;
    default:
      return false;
  }
}

bool is_space(int cp) { return cp == ' ' || cp == '\t' || cp == 0x3000; }

struct CodePoint {
  int cp;
  size_t at, len;
};

bool is_latin_or_digit(int cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xFF21 && cp <= 0xFF3A) ||
         (cp >= 0xFF41 && cp <= 0xFF5A) || is_ascii_digit_folded(cp);
}
bool is_apostrophe(int cp) { return cp == '\'' || cp == 0x2019; }

// Builds clauses one code point at a time. A Latin word or a number ("don't", "11:40") is one
// unit; every other character that survives folding is a unit of its own.
class ClauseBuilder {
 public:
  explicit ClauseBuilder(std::vector<Clause>& out) : out_(out) {}

  void add(const std::vector<CodePoint>& cps, size_t i) {
    const CodePoint& c = cps[i];
    int after = i + 1 < cps.size() ? cps[i + 1].cp : 0;
    if (joins_digits(cps, i, [](const CodePoint& p) { return p.cp; })) {
      last_printed_ = c.cp;
      return append(c, c.cp == 0xFF1A || c.cp == ':' ? ":" : ".", true);
    }
    if (is_apostrophe(c.cp) && in_word_ && is_latin_or_digit(after)) return extend(c);  // don't
    // A full stop ends a clause, but not inside "p.m." or "1.5".
    if (ends_clause(c.cp) || (c.cp == '.' && !is_latin_or_digit(after))) return close();
    if (is_space(c.cp)) {
      // A space where a typist who skips punctuation pauses ends a clause: anywhere but between
      // two Latin words or numbers ("I am sorry", "11 : 40").
      size_t j = i + 1;
      while (j < cps.size() && is_space(cps[j].cp)) ++j;
      auto wordish = [](int cp) { return is_latin_or_digit(cp) || is_digit_joiner(cp); };
      bool between_words = wordish(last_printed_) && j < cps.size() && wordish(cps[j].cp);
      if (last_printed_ != 0 && j < cps.size() && !between_words) {
        close();
        current_.after_space = true;
        return;
      }
      in_word_ = false;
      return;
    }
    std::string folded;
    fold_code_point(c.cp, folded);
    if (folded.empty()) {  // other punctuation, symbols, emoji: only a word boundary
      in_word_ = false;
      return;
    }
    append(c, folded, is_latin_or_digit(c.cp));
    last_printed_ = c.cp;
  }

  void close() {
    if (!current_.folded.empty()) out_.push_back(std::move(current_));
    current_ = Clause{};
    in_word_ = false;
  }

 private:
  void append(const CodePoint& c, std::string_view folded, bool word_char) {
    if (word_char && in_word_ && !current_.units.empty()) {
      extend(c);
    } else {
      ReplyUnit u;
      u.folded_begin = static_cast<uint32_t>(current_.folded.size());
      u.text_begin = static_cast<uint32_t>(c.at);
      u.text_end = static_cast<uint32_t>(c.at + c.len);
      current_.units.push_back(u);
    }
    current_.folded += folded;
    in_word_ = word_char;
  }
  void extend(const CodePoint& c) {
    if (!current_.units.empty()) current_.units.back().text_end = static_cast<uint32_t>(c.at + c.len);
  }

  std::vector<Clause>& out_;
  Clause current_;
  bool in_word_ = false;
  int last_printed_ = 0;
};

}  // namespace

size_t Clause::unit_at(size_t offset) const {
  auto it = std::upper_bound(units.begin(), units.end(), offset,
                             [](size_t o, const ReplyUnit& u) { return o < u.folded_begin; });
  return it == units.begin() ? 0 : static_cast<size_t>(it - units.begin()) - 1;
}

std::string_view Clause::unit_text(size_t u) const {
  size_t begin = units[u].folded_begin;
  size_t end = u + 1 < units.size() ? units[u + 1].folded_begin : folded.size();
  return std::string_view(folded).substr(begin, end - begin);
}

std::string ReplyText::quote(const Clause& clause, size_t first, size_t last) const {
  if (clause.units.empty()) return {};
  last = std::min(last, clause.units.size() - 1);
  first = std::min(first, last);
  size_t begin = clause.units[first].text_begin, end = clause.units[last].text_end;
  return text.substr(begin, end - begin);
}

ReplyText read_reply(std::string_view reply) {
  ReplyText r;
  r.text = to_simplified(reply);
  std::vector<CodePoint> cps;
  for_each_code_point(r.text, [&](int cp, size_t at, size_t len) { cps.push_back({cp, at, len}); });
  ClauseBuilder builder(r.clauses);
  for (size_t i = 0; i < cps.size(); ++i) builder.add(cps, i);
  builder.close();
  return r;
}

}  // namespace hallsim
