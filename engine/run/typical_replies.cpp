#include "run/typical_replies.hpp"

#include <numeric>

namespace hallsim {

namespace {

// A phrase of a cue as a trainee would type it: as written, or as folded when a set supplied it
// (its source then reads "@set"). Time and feeling patterns have no fixed words and are skipped.
std::string typed_form(const Phrase& p) {
  if (p.kind != Phrase::Kind::literal) return {};
  return p.source.empty() || p.source.front() == '@' ? p.folded : p.source;
}

std::string first_phrase(const std::vector<Phrase>& phrases) {
  for (const Phrase& p : phrases)
    if (std::string text = typed_form(p); !text.empty()) return text;
  return {};
}

// One cue said in a sentence of its own: a phrase of its `any` list and every phrase of its `all` list.
std::string say_cue(const Cue& c) {
  std::string sentence = first_phrase(c.any_phrases);
  for (const Phrase& p : c.all_phrases) sentence += typed_form(p);
  return sentence.empty() ? sentence : sentence + "。";
}

int total(const ScoreVector& scores) { return std::accumulate(scores.begin(), scores.end(), 0); }

}  // namespace

std::string stand_in_reply(const FreeText& ft) {
  std::string reply;
  for (const Cue& c : ft.cues)
    if (c.positive() && !c.conduct) reply += say_cue(c);
  return reply;
}

std::string typical_reply(const Scenario& s, const Node& n, TypicalReply kind, std::string_view language) {
  const FreeText& ft = n.free_text;
  switch (kind) {
    case TypicalReply::model: {
      const std::string& model = s.text(ft.model_reply, language.empty() ? std::string_view(s.language) : language);
      return model.empty() ? stand_in_reply(ft) : model;
    }
    case TypicalReply::poor: {
      std::string reply;
      for (const Cue& c : ft.cues)
        if (total(c.scores) < 0) reply += say_cue(c);
      return reply.empty() ? "……" : reply;  // says something, and nothing of use
    }
    case TypicalReply::empty: return {};
  }
  return {};
}

}  // namespace hallsim
