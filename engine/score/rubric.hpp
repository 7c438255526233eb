// Rubric matching: which cues a typed reply meets, which it only seems to meet and why, and
// whether the conduct check flags it. Every point can be traced to words the trainee typed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/scenario.hpp"

namespace hallsim {

enum class WithheldWhy {
  negated,  // a negator governs the phrase: "我不会给您道歉"
  unless,   // one of the cue's `unless` phrases overlaps it
  conduct,  // a positive cue in a reply the conduct check flagged
  stuffed,  // a positive cue in a reply made of stock phrases, not sentences
};
std::string_view withheld_name(WithheldWhy why);  // "negated", "unless", "conduct"

struct CueHit {
  int cue = -1;      // index into the cues judged
  std::string span;  // the words that matched, as typed
};

struct CueWithheld {
  int cue = -1;
  WithheldWhy why = WithheldWhy::negated;
  std::string span;  // the words that withheld it: the negator and the phrase, or the unless phrase
};

struct ConductFlag {
  std::string category;  // the conduct set: taboo, contempt, command, blame, sarcasm, refusal
  std::string span;
};

struct ReplyJudgement {
  std::vector<CueHit> matched;  // in cue order
  std::vector<CueWithheld> withheld;
  std::vector<ConductFlag> conduct;  // what flagged the reply; empty when it was not flagged
  std::string stuffing;              // the words that show keyword stuffing; "" when none
  bool flagged() const { return !conduct.empty(); }
  std::vector<int> matched_cues() const;
  bool matched_cue(int cue) const;
};

// Judges `reply` (as typed) against `cues` (a free-text node's, the conduct cue first if any):
// clauses and negation, `unless`, then two rules that put conduct and sense before keywords:
// a reply the conduct check flags earns none of the positive cues (the conduct cue carries the
// cost), and so does a keyword-stuffed one: a cue phrase repeated back to back ("对不起对不起",
// "网证 网证"), a clause that strings three or more cue phrases together with almost nothing
// between them ("对不起换谁都窝火我来负责"), or a reply that is mostly a list of bare phrases.
// A blank reply matches nothing.
ReplyJudgement judge_reply(const std::vector<Cue>& cues, std::string_view reply);

// Indices of the cues that match `reply`: judge_reply(...).matched_cues().
std::vector<int> match_cues(const std::vector<Cue>& cues, std::string_view reply);

}  // namespace hallsim
