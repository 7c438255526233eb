#include "run/typical_replies.hpp"

#include <numeric>
#include <random>

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

// One cue said in a sentence of its own: a phrase of its `any` list and every phrase of its `all`
// list. One short sentence per cue reads as terse, not as keyword stuffing.
std::string say_cue(const Cue& c) {
  std::string sentence = first_phrase(c.any_phrases);
  for (const Phrase& p : c.all_phrases) sentence += typed_form(p);
  return sentence.empty() ? sentence : sentence + "。";
}

bool costs_points(const Cue& c) { return std::accumulate(c.scores.begin(), c.scores.end(), 0) < 0; }
bool earns_points(const Cue& c) { return c.positive() && !c.conduct; }

}  // namespace

std::string stand_in_reply(const std::vector<Cue>& cues) {
  std::string reply;
  for (const Cue& c : cues)
    if (earns_points(c)) reply += say_cue(c);
  return reply;
}

TypicalReplies typical_replies(const Scenario& s, const Node& n, std::string_view language, std::uint64_t seed, size_t partials) {
  const FreeText& ft = n.free_text;
  TypicalReplies r;
  const std::string& model = s.text(ft.model_reply, language.empty() ? std::string_view(s.language) : language);
  r.model = model.empty() ? stand_in_reply(ft.cues) : model;
  for (const Cue& c : ft.cues)
    if (costs_points(c))
      if (std::string sentence = say_cue(c); !sentence.empty()) r.poor.push_back(sentence);
  if (r.poor.empty()) r.poor.emplace_back("……");  // says something, and nothing of use
  std::vector<const Cue*> positive;
  for (const Cue& c : ft.cues)
    if (earns_points(c)) positive.push_back(&c);
  if (positive.size() < 2) return r;
  std::mt19937_64 rng(seed);
  for (size_t i = 0; i < partials; ++i) {
    std::string reply;
    for (const Cue* c : positive)
      if (rng() & 1u) reply += say_cue(*c);
    if (!reply.empty()) r.partial.push_back(reply);
  }
  return r;
}

}  // namespace hallsim
