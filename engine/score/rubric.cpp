#include "score/rubric.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>

#include "score/negation.hpp"
#include "score/reply_text.hpp"
#include "score/time_phrases.hpp"

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
    if (p.folded.empty()) return out;
    for (size_t at = joined_.find(p.folded); at != std::string::npos; at = joined_.find(p.folded, at + 1)) {
      size_t end = at + p.folded.size() - 1;
      size_t c = clause_at(at), c_end = clause_at(end);
      const Clause& clause = text_.clauses[c];
      size_t first = clause.unit_at(at - starts_[c]);
      size_t last = c == c_end ? clause.unit_at(end - starts_[c]) : clause.units.size() - 1;
      out.push_back({c, first, last, c_end, text_.clauses[c_end].unit_at(end - starts_[c_end])});
    }
    return out;
  }

  std::optional<size_t> negator_of(const Occurrence& o) {
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
  std::vector<std::unique_ptr<NegationMarks>> negation_;
  std::vector<std::optional<std::vector<std::pair<size_t, size_t>>>> times_;
};

// The outcome of looking for one cue's phrase: a usable occurrence, or why there is none.
struct PhraseResult {
  std::optional<Occurrence> hit;
  std::optional<CueWithheld> withheld;  // only when the phrase occurred but could not count
  std::string source;                   // the phrase entry that hit
};

PhraseResult look_for(ReplyIndex& index, const Cue& cue, const Phrase& p, const std::vector<Phrase>& unless) {
  PhraseResult r;
  for (const Occurrence& o : index.find(p)) {
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
          size_t first = std::min(*neg, o.first), last = std::max(*neg, o.last);
          r.withheld = CueWithheld{-1, WithheldWhy::negated, index.quote(o.clause, first, last)};
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

struct CueResult {
  bool matched = false;
  std::vector<Occurrence> where;     // the occurrences that made it match
  std::vector<std::string> sources;  // and the phrase entries behind them
  std::optional<CueWithheld> withheld;
};

std::vector<Phrase> unless_phrases(const Cue& cue) {
  std::vector<Phrase> out;
  for (const auto& f : cue.unless_folded) out.push_back({Phrase::Kind::literal, f, f});
  return out;
}

CueResult judge_cue(ReplyIndex& index, const Cue& cue, bool every_any_hit) {
  CueResult r;
  if (cue.any_phrases.empty() && cue.all_phrases.empty()) return r;
  std::vector<Phrase> unless = unless_phrases(cue);
  bool any_ok = cue.any_phrases.empty();
  for (const Phrase& p : cue.any_phrases) {
    PhraseResult pr = look_for(index, cue, p, unless);
    if (pr.hit) {
      any_ok = true;
      r.where.push_back(*pr.hit);
      r.sources.push_back(pr.source);
      if (!every_any_hit) break;
    } else if (pr.withheld && !r.withheld) {
      r.withheld = pr.withheld;
    }
  }
  bool all_ok = true;
  for (const Phrase& p : cue.all_phrases) {
    PhraseResult pr = look_for(index, cue, p, unless);
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

// Keyword stuffing, judged from the positive cues' phrase occurrences (every occurrence of every
// literal phrase, matched or not): a phrase repeated back to back, or a clause of three or more
// phrases that cover kStuffedCover of its characters. Returns the words that show it.
constexpr double kStuffedCover = 0.85;

class StuffingCheck {
 public:
  explicit StuffingCheck(ReplyIndex& index) : index_(index) {}

  void add(const Occurrence& o) {
    if (o.clause != o.end_clause) return;
    hits_.push_back(o);
  }

  std::string verdict() {
    std::sort(hits_.begin(), hits_.end(), [](const Occurrence& a, const Occurrence& b) {
      return std::tie(a.clause, a.first, a.last) < std::tie(b.clause, b.first, b.last);
    });
    for (size_t i = 0; i + 1 < hits_.size(); ++i)
      if (auto q = repeated(hits_[i])) return *q;
    return crowded_clause();
  }

 private:
  // "对不起对不起", "网证 网证": the same words again straight after, in this clause or the next.
  std::optional<std::string> repeated(const Occurrence& a) {
    std::string words = index_.quote(a);
    for (const Occurrence& b : hits_) {
      bool next_in_clause = b.clause == a.clause && b.first == a.last + 1;
      bool next_clause = b.clause == a.clause + 1 && b.first == 0 && a.last + 1 == index_.clause_units(a.clause);
      if ((next_in_clause || next_clause) && b.last - b.first == a.last - a.first && index_.quote(b) == words)
        return words + words;
    }
    return std::nullopt;
  }

  std::string crowded_clause() {
    for (size_t start = 0; start < hits_.size();) {
      size_t clause = hits_[start].clause, end = start;
      while (end < hits_.size() && hits_[end].clause == clause) ++end;
      std::vector<char> covered(index_.clause_units(clause), 0);
      std::vector<std::pair<size_t, size_t>> distinct;
      for (size_t k = start; k < end; ++k) {
        for (size_t u = hits_[k].first; u <= hits_[k].last && u < covered.size(); ++u) covered[u] = 1;
        bool inside_other = false;
        for (auto& d : distinct)
          if (hits_[k].first >= d.first && hits_[k].last <= d.second) inside_other = true;
        if (!inside_other) distinct.emplace_back(hits_[k].first, hits_[k].last);
      }
      size_t n = static_cast<size_t>(std::count(covered.begin(), covered.end(), 1));
      if (distinct.size() >= 3 && static_cast<double>(n) >= kStuffedCover * static_cast<double>(covered.size()))
        return index_.quote(clause, 0, covered.size() - 1);
      start = end;
    }
    return {};
  }

  ReplyIndex& index_;
  std::vector<Occurrence> hits_;
};

std::string set_name(const std::string& source) { return source.size() > 1 && source[0] == '@' ? source.substr(1) : source; }

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
  for (size_t i = 0; i < cues.size(); ++i) results[i] = judge_cue(index, cues[i], cues[i].conduct);

  for (size_t i = 0; i < cues.size(); ++i)
    if (cues[i].conduct && results[i].matched)
      for (size_t k = 0; k < results[i].where.size(); ++k) {
        bool overlaps_earlier = false;  // "道歉是不可能道歉的" holds two overlapping refusals: say it once
        for (size_t e = 0; e < k; ++e) overlaps_earlier = overlaps_earlier || results[i].where[e].overlaps(results[i].where[k]);
        if (!overlaps_earlier) j.conduct.push_back({set_name(results[i].sources[k]), index.quote(results[i].where[k])});
      }
  StuffingCheck stuffing(index);
  for (const Cue& cue : cues)
    if (cue.positive())
      for (const Phrase& p : cue.any_phrases)
        if (p.kind == Phrase::Kind::literal)
          for (const Occurrence& o : index.find(p)) stuffing.add(o);
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
