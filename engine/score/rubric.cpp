#include "score/rubric.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <tuple>

#include "score/feeling_phrases.hpp"
#include "score/negation.hpp"
#include "score/reply_text.hpp"
#include "score/time_phrases.hpp"
#include "score/utf8_walk.hpp"

namespace hallsim {

namespace {

// Where a phrase occurs: a clause and the units it covers. A phrase written across punctuation
// ("对不起，但是") may run on into later clauses: it then ends at unit `end_unit` of `end_clause`.
struct Occurrence {
  size_t clause = 0, first = 0, last = 0;
  size_t end_clause = 0, end_unit = 0;
  bool overlaps(const Occurrence& o) const { return clause == o.clause && first <= o.last && o.first <= last; }
};

// The reply read once, searched as one string: the clauses' folded texts joined, so one search
// per phrase serves every clause.
class ReplyIndex {
 public:
  explicit ReplyIndex(std::string_view reply) : text_(read_reply(reply)) {
    for (const Clause& c : text_.clauses) {
      starts_.push_back(joined_.size());
      joined_ += c.folded;
    }
    for_each_code_point(joined_, [&](int, size_t at, size_t len) { starts_by_char_.emplace_back(first_char_key(joined_, at, len), at); });
    std::sort(starts_by_char_.begin(), starts_by_char_.end());
    for (size_t i = 0; i < starts_by_char_.size(); ++i)
      if (i == 0 || starts_by_char_[i].first != starts_by_char_[i - 1].first) remember_first(starts_by_char_[i].first, i);
    negation_.resize(text_.clauses.size());
    times_.resize(text_.clauses.size());
  }

  bool empty() const { return text_.clauses.empty(); }

  std::vector<Occurrence> find(const Phrase& p) {
    std::vector<Occurrence> out;
    if (p.kind == Phrase::Kind::concrete_time) {
      for (size_t c = 0; c < text_.clauses.size(); ++c)
        for (auto [first, last] : times(c)) out.push_back({c, first, last, c, last});
      return out;
    }
    if (p.kind == Phrase::Kind::anyone_feels) {
      for (size_t c = 0; c < text_.clauses.size(); ++c)
        for (auto [first, last] : find_anyone_feels(text_.clauses[c])) out.push_back({c, first, last, c, last});
      return out;
    }
    if (p.folded.empty()) return out;
    // Only where the phrase's first character stands: most phrases are ruled out without a search.
    const uint32_t key = first_char_key(p.folded, 0, utf8_length(p.folded[0]));
    for (size_t i = first_with(key); i < starts_by_char_.size() && starts_by_char_[i].first == key; ++i) {
      size_t at = starts_by_char_[i].second;
      if (joined_.compare(at, p.folded.size(), p.folded) != 0) continue;
      size_t end = at + p.folded.size() - 1;
      size_t c = clause_at(at), c_end = clause_at(end);
      const Clause& clause = text_.clauses[c];
      size_t first = clause.unit_at(at - starts_[c]);
      size_t last = c == c_end ? clause.unit_at(end - starts_[c]) : clause.units.size() - 1;
      out.push_back({c, first, last, c_end, text_.clauses[c_end].unit_at(end - starts_[c_end])});
    }
    return out;
  }

  std::optional<std::pair<size_t, size_t>> negator_of(const Occurrence& o) {
    auto& marks = negation_[o.clause];
    if (!marks) marks = std::make_unique<NegationMarks>(text_.clauses[o.clause]);
    return marks->negator_of(o.first, o.last);
  }

  std::string quote(const Occurrence& o) const {
    const ReplyUnit& a = text_.clauses[o.clause].units[o.first];
    const ReplyUnit& b = text_.clauses[o.end_clause].units[o.end_unit];
    return text_.text.substr(a.text_begin, b.text_end - a.text_begin);
  }
  std::string quote(size_t clause, size_t first, size_t last) const {
    return text_.quote(text_.clauses[clause], first, last);
  }
  size_t clause_units(size_t clause) const { return text_.clauses[clause].units.size(); }
  size_t clause_count() const { return text_.clauses.size(); }
  const std::string& clause_text(size_t clause) const { return text_.clauses[clause].folded; }
  std::string_view unit_text(size_t clause, size_t unit) const { return text_.clauses[clause].unit_text(unit); }
  bool after_space(size_t clause) const { return text_.clauses[clause].after_space; }
  bool before_space(size_t clause) const {
    return clause + 1 < text_.clauses.size() && text_.clauses[clause + 1].after_space;
  }
  const std::string& whole_text() const { return text_.text; }

 private:
  size_t clause_at(size_t offset) const {
    return static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin()) - 1;
  }
  const std::vector<std::pair<size_t, size_t>>& times(size_t c) {
    auto& t = times_[c];
    if (!t) t = find_concrete_times(text_.clauses[c]);
    return *t;
  }

  ReplyText text_;
  std::string joined_;
  std::vector<size_t> starts_;
  // A character's bytes as one number (UTF-8 is at most four bytes), to find where it stands.
  static uint32_t first_char_key(std::string_view s, size_t at, size_t len) {
    uint32_t key = 0;
    for (size_t k = 0; k < len && at + k < s.size(); ++k) key = key << 8 | static_cast<unsigned char>(s[at + k]);
    return key;
  }
  static size_t utf8_length(char lead) {
    auto b = static_cast<unsigned char>(lead);
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  }
  std::vector<std::pair<uint32_t, size_t>> starts_by_char_;  // (character key, byte offset) of every character, sorted

  // Where each character first stands in starts_by_char_: a small open-addressed table, so a
  // phrase whose first character the reply lacks costs a few instructions. Keys are never 0.
  static constexpr size_t kSlots = 256;
  std::array<std::pair<uint32_t, uint32_t>, kSlots> first_at_{};
  static size_t slot_of(uint32_t key) { return (key * 2654435761U) >> 24 & (kSlots - 1); }
  void remember_first(uint32_t key, size_t index) {
    size_t s = slot_of(key);
    for (size_t probe = 0; probe < kSlots; ++probe, s = (s + 1) & (kSlots - 1))
      if (first_at_[s].first == 0) {
        first_at_[s] = {key, static_cast<uint32_t>(index)};
        return;
      }
    overflow_ = true;  // more than kSlots distinct characters: fall back to a binary search
  }
  size_t first_with(uint32_t key) const {
    if (overflow_) {
      auto it = std::lower_bound(starts_by_char_.begin(), starts_by_char_.end(), std::make_pair(key, size_t{0}));
      return static_cast<size_t>(it - starts_by_char_.begin());
    }
    size_t s = slot_of(key);
    for (size_t probe = 0; probe < kSlots && first_at_[s].first != 0; ++probe, s = (s + 1) & (kSlots - 1))
      if (first_at_[s].first == key) return first_at_[s].second;
    return starts_by_char_.size();
  }
  bool overflow_ = false;
  std::vector<std::unique_ptr<NegationMarks>> negation_;
  std::vector<std::optional<std::vector<std::pair<size_t, size_t>>>> times_;
};

// The outcome of looking for one cue's phrase: a usable occurrence, or why there is none.
struct PhraseResult {
  std::optional<Occurrence> hit;
  std::optional<CueWithheld> withheld;  // only when the phrase occurred but could not count
  std::optional<Occurrence> negated_at;  // the negator and the phrase, when a negator withheld it
  std::string source;                    // the phrase entry that hit, or that was negated
};

// Whether a phrase may match across a clause boundary: only where the author wrote punctuation
// into it, or for a cue that costs points ("对不起但是" still catches "对不起，但是"). A good cue
// must be met inside one clause ("这压力我理解，您最怕的是" does not say "我理解您").
bool may_cross_clauses(const Cue& cue, const Phrase& p) {
  if (!cue.positive()) return true;
  return p.source.find_first_of(",.;!?，。；！？、") != std::string::npos;
}

PhraseResult look_for(ReplyIndex& index, const Cue& cue, const Phrase& p, const std::vector<Occurrence>& found,
                      const std::vector<Phrase>& unless) {
  PhraseResult r;
  for (const Occurrence& o : found) {
    if (o.clause != o.end_clause && !may_cross_clauses(cue, p)) continue;
    bool cancelled = false;
    for (const Phrase& u : unless)
      for (const Occurrence& uo : index.find(u))
        if (uo.overlaps(o)) {
          cancelled = true;
          if (!r.withheld) r.withheld = CueWithheld{-1, WithheldWhy::unless, index.quote(uo)};
        }
    if (cancelled) continue;
    if (cue.negatable) {
      if (auto neg = index.negator_of(o)) {
        if (!r.withheld || r.withheld->why != WithheldWhy::negated) {
          size_t first = std::min(neg->first, o.first), last = std::max(neg->second, o.last);
          r.withheld = CueWithheld{-1, WithheldWhy::negated, index.quote(o.clause, first, last)};
          r.negated_at = Occurrence{o.clause, first, last, o.clause, last};
          r.source = p.source;
        }
        continue;
      }
    }
    r.hit = o;
    r.source = p.source;
    return r;
  }
  return r;
}

// Keyword stuffing, judged from the positive cues' phrase occurrences (every occurrence of every
// literal phrase and recognised time, matched or not): a phrase repeated back to back (or twice
// in a run-on clause of stock phrases), an item of a space-separated list typed twice, a clause
// of three or more phrases that cover kStuffedCover of it (kStuffedUnits characters at least), or
// a list of three or more bare phrases separated by spaces. Returns the words that show it. A reply of short clauses with punctuation ("换谁都窝火，对不起，我来负责。") is terse,
// not stuffed.
constexpr double kStuffedCover = 0.85;
constexpr size_t kStuffedUnits = 9;  // characters of stock phrases a crowded clause holds at least
constexpr double kRepeatCover = 0.7;  // a run-on clause where a repeated phrase counts as stuffing

class StuffingCheck {
 public:
  explicit StuffingCheck(ReplyIndex& index) : index_(index) {}

  // A literal phrase's occurrence, or (`time`) a recognised time, which counts only towards a
  // space-separated list: an informative sentence is full of times and places.
  void add(const Occurrence& o, bool time = false) {
    if (o.clause != o.end_clause) return;
    (time ? times_ : hits_).push_back(o);
  }

  std::string verdict() {
    // Longer phrases first where two start together, so a phrase inside another is not counted twice.
    std::sort(hits_.begin(), hits_.end(), [](const Occurrence& a, const Occurrence& b) {
      return std::make_tuple(a.clause, a.first, b.last) < std::make_tuple(b.clause, b.first, a.last);
    });
    for (size_t i = 0; i + 1 < hits_.size(); ++i)
      if (auto q = repeated(hits_[i])) return *q;
    if (std::string echo = echoed_list_item(); !echo.empty()) return echo;
    if (std::string pairs = doubled_words(); !pairs.empty()) return pairs;
    return crowded_clause();
  }

 private:
  // "对不起对不起", "12345 12345": a phrase of two characters or more again straight after, in
  // this clause or the next (one character twice is a word: "滔滔不绝"); or the same phrase twice
  // in a run-on clause that is mostly stock phrases ("十一点半回来看您十一点四十叫到您…回来看您").
  std::optional<std::string> repeated(const Occurrence& a) {
    std::string words = index_.quote(a);
    if (code_points(words) < 2) return std::nullopt;
    for (const Occurrence& b : hits_) {
      if (b.last - b.first != a.last - a.first || index_.quote(b) != words) continue;
      bool next_in_clause = b.clause == a.clause && b.first == a.last + 1;
      bool next_clause = b.clause == a.clause + 1 && b.first == 0 && a.last + 1 == index_.clause_units(a.clause);
      bool again_in_crowded_clause = b.clause == a.clause && b.first > a.last + 1 && coverage(a.clause) >= kRepeatCover;
      if (next_in_clause || next_clause || again_in_crowded_clause)
        return index_.quote(Occurrence{a.clause, a.first, a.last, b.clause, b.last});
    }
    return std::nullopt;
  }

  // "放心 放心": the same words typed twice, a space between.
  std::string echoed_list_item() const {
    for (size_t c = 1; c < index_.clause_count(); ++c)
      if (index_.after_space(c) && index_.clause_text(c) == index_.clause_text(c - 1) &&
          code_points(index_.clause_text(c)) >= 2)
        return index_.quote(c - 1, 0, index_.clause_units(c - 1) - 1) + " " + index_.quote(c, 0, index_.clause_units(c) - 1);
    return {};
  }

  // "马上马上，很快很快，尽快尽快": words of two to four characters doubled, twice or more in one
  // reply (one "好的好的" is how people talk).
  std::string doubled_words() const {
    size_t doubled = 0;
    std::string first;
    for (size_t c = 0; c < index_.clause_count(); ++c) {
      size_t n = index_.clause_units(c);
      for (size_t u = 0; u < n; ++u)
        for (size_t len = 2; len <= 4 && u + 2 * len <= n; ++len) {
          bool same = true;
          for (size_t k = 0; k < len && same; ++k) same = index_.unit_text(c, u + k) == index_.unit_text(c, u + len + k);
          if (!same) continue;
          if (first.empty()) first = index_.quote(c, u, u + 2 * len - 1);
          ++doubled;
          u += 2 * len - 1;
          break;
        }
    }
    return doubled >= 2 ? first : std::string();
  }

  // The share of a clause covered by stock phrases and recognised times.
  double coverage(size_t clause) const {
    std::vector<char> covered(index_.clause_units(clause), 0);
    for (const auto* list : {&hits_, &times_})
      for (const Occurrence& h : *list)
        if (h.clause == clause)
          for (size_t u = h.first; u <= h.last && u < covered.size(); ++u) covered[u] = 1;
    return covered.empty() ? 0 : static_cast<double>(std::count(covered.begin(), covered.end(), 1)) /
                                     static_cast<double>(covered.size());
  }

  static size_t code_points(std::string_view s) {
    size_t n = 0;
    for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return n;
  }

  // A clause that strings three or more phrases together, or a reply that is mostly a list of
  // bare phrases ("理解理解 换谁都窝火 是我们的问题 对不起 我来负责").
  std::string crowded_clause() {
    for (size_t start = 0; start < hits_.size();) {
      size_t clause = hits_[start].clause, end = start;
      while (end < hits_.size() && hits_[end].clause == clause) ++end;
      std::vector<char> covered(index_.clause_units(clause), 0);
      std::vector<std::pair<size_t, size_t>> distinct;
      for (size_t k = start; k < end; ++k) {
        for (size_t u = hits_[k].first; u <= hits_[k].last && u < covered.size(); ++u) covered[u] = 1;
        bool inside_other = false;
        for (const auto& d : distinct)
          if (hits_[k].first >= d.first && hits_[k].last <= d.second) inside_other = true;
        if (!inside_other) distinct.emplace_back(hits_[k].first, hits_[k].last);
      }
      size_t n = static_cast<size_t>(std::count(covered.begin(), covered.end(), 1));
      bool mostly_phrases = static_cast<double>(n) >= kStuffedCover * static_cast<double>(covered.size());
      // Three short words ("预约的按时段优先") are a sentence; three stock phrases are a string.
      if (distinct.size() >= 3 && mostly_phrases && n >= kStuffedUnits) return index_.quote(clause, 0, covered.size() - 1);
      start = end;
    }
    return bare_list();
  }

  // "25分钟 11点40 回来看您 具体时间": three or more space-separated items that are stock phrases
  // or bare times.
  std::string bare_list() const {
    size_t bare = 0;
    for (size_t c = 0; c < index_.clause_count(); ++c) {
      if (!index_.after_space(c) && !index_.before_space(c)) continue;
      if (coverage(c) >= kStuffedCover) ++bare;
    }
    return bare >= 3 ? index_.whole_text() : std::string();
  }

  ReplyIndex& index_;
  std::vector<Occurrence> hits_, times_;
};

struct CueResult {
  bool matched = false;
  std::vector<Occurrence> where;     // the occurrences that made it match
  std::vector<std::string> sources;  // and the phrase entries behind them
  std::optional<CueWithheld> withheld;
  std::optional<Occurrence> negated_at;  // where a negator withheld it
  std::string negated_source;
};

std::vector<Phrase> unless_phrases(const Cue& cue) {
  std::vector<Phrase> out;
  for (const auto& f : cue.unless_folded) out.push_back({Phrase::Kind::literal, f, f});
  return out;
}

// `stuffing` receives every occurrence of a positive cue's literal phrases.
CueResult judge_cue(ReplyIndex& index, const Cue& cue, StuffingCheck& stuffing) {
  CueResult r;
  if (cue.any_phrases.empty() && cue.all_phrases.empty()) return r;
  std::vector<Phrase> unless = unless_phrases(cue);
  const bool positive = cue.positive(), every_any_hit = cue.conduct;
  bool any_ok = cue.any_phrases.empty();
  for (const Phrase& p : cue.any_phrases) {
    if (any_ok && !every_any_hit && !positive) break;
    std::vector<Occurrence> found = index.find(p);
    if (positive)  // recognised times count too, in lists: "25分钟 11点40 回来看您"
      for (const Occurrence& o : found) stuffing.add(o, p.kind == Phrase::Kind::concrete_time);
    if (any_ok && !every_any_hit) continue;  // met already; its phrases only feed the stuffing check
    PhraseResult pr = look_for(index, cue, p, found, unless);
    if (pr.hit) {
      any_ok = true;
      r.where.push_back(*pr.hit);
      r.sources.push_back(pr.source);
    } else if (pr.withheld && !r.withheld) {
      r.withheld = pr.withheld;
      r.negated_at = pr.negated_at;
      r.negated_source = pr.source;
    }
  }
  bool all_ok = true;
  for (const Phrase& p : cue.all_phrases) {
    PhraseResult pr = look_for(index, cue, p, index.find(p), unless);
    if (pr.hit) {
      r.where.push_back(*pr.hit);
      r.sources.push_back(pr.source);
    } else {
      all_ok = false;
      if (pr.withheld && !r.withheld) r.withheld = pr.withheld;
    }
  }
  r.matched = any_ok && all_ok;
  if (r.matched) r.withheld.reset();
  return r;
}

std::string set_name(const std::string& source) { return source.size() > 1 && source[0] == '@' ? source.substr(1) : source; }

// Saying one will not apologise or will not own the matter ("我不会给您道歉", "我没法负责到底")
// is a refusal, whatever else the reply says: it flags the reply as the conduct lexicon would.
void refusals_are_conduct(const std::vector<Cue>& cues, std::vector<CueResult>& results, const ReplyIndex& index,
                          ReplyJudgement& j) {
  if (cues.empty() || !cues[0].conduct) return;  // the node opted out of the conduct check
  for (size_t i = 1; i < cues.size(); ++i) {
    const CueResult& r = results[i];
    bool refused = !r.matched && r.negated_at && (r.negated_source == "@apology" || r.negated_source == "@ownership");
    if (!refused) continue;
    bool said = false;  // the lexicon may have caught the same words already ("不可能道歉")
    for (const Occurrence& o : results[0].where) said = said || o.overlaps(*r.negated_at);
    if (!said) j.conduct.push_back({"refusal", index.quote(*r.negated_at)});
    results[0].matched = true;
    results[0].where.push_back(*r.negated_at);
    results[0].sources.emplace_back("@refusal");
  }
}

}  // namespace

std::string_view withheld_name(WithheldWhy why) {
  switch (why) {
    case WithheldWhy::negated: return "negated";
    case WithheldWhy::unless: return "unless";
    case WithheldWhy::conduct: return "conduct";
    case WithheldWhy::stuffed: return "stuffed";
  }
  return "negated";
}

std::vector<int> ReplyJudgement::matched_cues() const {
  std::vector<int> out;
  for (const CueHit& h : matched) out.push_back(h.cue);
  return out;
}

bool ReplyJudgement::matched_cue(int cue) const {
  return std::any_of(matched.begin(), matched.end(), [&](const CueHit& h) { return h.cue == cue; });
}

ReplyJudgement judge_reply(const std::vector<Cue>& cues, std::string_view reply) {
  ReplyJudgement j;
  ReplyIndex index(reply);
  if (index.empty()) return j;
  std::vector<CueResult> results(cues.size());
  StuffingCheck stuffing(index);
  for (size_t i = 0; i < cues.size(); ++i) results[i] = judge_cue(index, cues[i], stuffing);

  for (size_t i = 0; i < cues.size(); ++i)
    if (cues[i].conduct && results[i].matched)
      for (size_t k = 0; k < results[i].where.size(); ++k) {
        bool overlaps_earlier = false;  // "道歉是不可能道歉的" holds two overlapping refusals: say it once
        for (size_t e = 0; e < k; ++e) overlaps_earlier = overlaps_earlier || results[i].where[e].overlaps(results[i].where[k]);
        if (!overlaps_earlier) j.conduct.push_back({set_name(results[i].sources[k]), index.quote(results[i].where[k])});
      }
  refusals_are_conduct(cues, results, index, j);
  j.stuffing = stuffing.verdict();
  for (size_t i = 0; i < cues.size(); ++i) {
    const Cue& cue = cues[i];
    const CueResult& r = results[i];
    int ci = static_cast<int>(i);
    if (r.matched && j.flagged() && cue.positive()) {
      j.withheld.push_back({ci, WithheldWhy::conduct, index.quote(r.where.front())});
    } else if (r.matched && !j.stuffing.empty() && cue.positive()) {
      j.withheld.push_back({ci, WithheldWhy::stuffed, j.stuffing});
    } else if (r.matched) {
      j.matched.push_back({ci, index.quote(r.where.front())});
    } else if (r.withheld && !cue.conduct) {
      CueWithheld w = *r.withheld;
      w.cue = ci;
      j.withheld.push_back(std::move(w));
    }
  }
  return j;
}

std::vector<int> match_cues(const std::vector<Cue>& cues, std::string_view reply) {
  return judge_reply(cues, reply).matched_cues();
}

}  // namespace hallsim
