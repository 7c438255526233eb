#include "load/cues.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "score/fold.hpp"
#include "score/phrase_sets.hpp"

namespace hallsim::load {

ScoreVector read_scores(Reader& r, const yaml::Node& node) {
  ScoreVector scores{};
  if (!r.expect_map(node, "scores")) return scores;
  std::vector<std::string> names(kDimensionNames.begin(), kDimensionNames.end());
  r.check_keys(node, names, "scores");
  for (int d = 0; d < kDimensions; ++d) {
    if (const yaml::Node* v = node.find(kDimensionNames[d]))
      if (auto i = r.signed_integer(*v, fmt::format("the {} score", kDimensionNames[d]))) {
        if (*i < -1000 || *i > 1000)
          r.sink().error(v->loc, "HS0025", "a score delta must be between -1000 and 1000");
        else
          scores[d] = static_cast<int>(*i);
      }
  }
  return scores;
}

std::vector<Effect> read_effects(Reader& r, const yaml::Node& node) {
  std::vector<Effect> effects;
  if (!r.expect_map(node, "effects")) return effects;
  for (size_t i = 0; i < node.map_size(); ++i) {
    const yaml::Node& k = node.key(i);
    const yaml::Node& v = node.value(i);
    Effect e;
    e.name = k.scalar;
    e.loc = k.loc;
    if (looks_like_bool(v)) {
      e.is_bool = true;
      e.value = *r.boolean(v, "an effect") ? 1 : 0;
    } else if (auto n = r.signed_integer(v, fmt::format("the change of '{}'", k.scalar))) {
      if (*n < -100000 || *n > 100000) {
        r.sink().error(v.loc, "HS0025", "an effect must change a variable by at most 100000");
        continue;
      }
      e.value = static_cast<int>(*n);
    } else {
      continue;
    }
    effects.push_back(std::move(e));
  }
  return effects;
}

void resolve_effects(std::vector<Effect>& effects, const std::vector<Variable>& variables, DiagnosticSink& sink) {
  std::vector<std::string> names;
  names.reserve(variables.size());
  for (const auto& v : variables) names.push_back(v.name);
  for (Effect& e : effects) {
    e.variable = -1;
    for (size_t i = 0; i < variables.size(); ++i)
      if (variables[i].name == e.name) e.variable = static_cast<int>(i);
    if (e.variable < 0) {
      sink.error(e.loc, "HS0034",
                 fmt::format("effect on unknown variable '{}'{}; declare it under 'mood' or 'vars'", e.name,
                             did_you_mean(e.name, names)));
      continue;
    }
    const Variable& var = variables[static_cast<size_t>(e.variable)];
    if (var.is_bool != e.is_bool) {
      sink.error(e.loc, "HS0035",
                 var.is_bool ? fmt::format("'{}' is true/false: set it to true or false", e.name)
                             : fmt::format("'{}' is a number: change it by a number such as +10 or -5", e.name));
      e.variable = -1;
    }
  }
}

namespace {

// One entry of `any`/`all`: a literal phrase, a shared set ("@apology", expanded), or a built-in
// recogniser ("@concrete_time"). Reports an unknown "@name" with a suggestion.
void add_phrases(Reader& r, const yaml::Node& list_node, const std::string& entry, std::vector<Phrase>& out) {
  if (entry.size() > 1 && entry[0] == '@') {
    std::string name = entry.substr(1);
    auto recogniser = [](std::string_view n) {
      return n == "anyone_feels" ? Phrase::Kind::anyone_feels : Phrase::Kind::concrete_time;
    };
    if (is_recogniser(name)) {
      out.push_back({recogniser(name), {}, entry});
      return;
    }
    if (const PhraseSet* set = find_phrase_set(name)) {
      for (const auto& p : set->phrases) out.push_back({Phrase::Kind::literal, fold_for_matching(p), entry});
      if (!set->recogniser.empty()) out.push_back({recogniser(set->recogniser), {}, entry});
      return;
    }
    std::vector<std::string> known;
    for (const auto& n : phrase_set_names()) known.push_back("@" + n);
    r.sink().error(list_node.loc, "HS0039",
                   fmt::format("unknown phrase set '{}'{}; the shared sets are listed in docs/scenario-format.md",
                               entry, did_you_mean(entry, known)));
    return;
  }
  out.push_back({Phrase::Kind::literal, fold_for_matching(entry), entry});
}

std::vector<Phrase> phrases_of(Reader& r, const yaml::Node* node, const std::vector<std::string>& entries) {
  std::vector<Phrase> out;
  for (const auto& e : entries) add_phrases(r, *node, e, out);
  return out;
}

}  // namespace

std::vector<Cue> read_cues(Reader& r, const yaml::Node& list, const std::string& language) {
  std::vector<Cue> cues;
  if (!r.expect_list(list, "a rubric")) return cues;
  static const std::vector<std::string> kKeys = {"id", "label", "any", "all", "unless", "negatable", "scores", "effects"};
  for (const auto& item : list.items) {
    if (!r.expect_map(item, "a cue")) continue;
    r.check_keys(item, kKeys, "a cue");
    Cue c;
    c.loc = item.loc;
    if (const yaml::Node* id = r.require(item, "id", "a cue"))
      if (auto s = r.string(*id, "a cue id")) c.id = *s;
    if (c.id == kConductCueId)
      r.sink().error(item.loc, "HS0026", "cue id 'conduct' is the conduct check's own; give this cue another id");
    if (const yaml::Node* v = item.find("label")) c.label = r.l10n(*v, "a cue label", language);
    if (const yaml::Node* v = item.find("any")) {
      c.any = r.string_list(*v, "'any'");
      c.any_phrases = phrases_of(r, v, c.any);
    }
    if (const yaml::Node* v = item.find("all")) {
      c.all = r.string_list(*v, "'all'");
      c.all_phrases = phrases_of(r, v, c.all);
    }
    if (const yaml::Node* v = item.find("unless"))
      for (const auto& p : r.string_list(*v, "'unless'")) c.unless_folded.push_back(fold_for_matching(p));
    if (const yaml::Node* v = item.find("negatable"))
      if (auto b = r.boolean(*v, "negatable")) c.negatable = *b;
    if (const yaml::Node* v = item.find("scores")) c.scores = read_scores(r, *v);
    if (const yaml::Node* v = item.find("effects")) c.effects = read_effects(r, *v);
    auto blank = [](const Phrase& p) { return p.kind == Phrase::Kind::literal && p.folded.empty(); };
    if (c.any.empty() && c.all.empty())
      r.sink().error(item.loc, "HS0038", fmt::format("cue '{}' has no phrases; give it 'any' or 'all'", c.id));
    else if (std::any_of(c.any_phrases.begin(), c.any_phrases.end(), blank) ||
             std::any_of(c.all_phrases.begin(), c.all_phrases.end(), blank) ||
             std::any_of(c.unless_folded.begin(), c.unless_folded.end(), [](const std::string& f) { return f.empty(); }))
      r.sink().error(item.loc, "HS0038",
                     fmt::format("cue '{}' has a phrase made only of spaces or punctuation, which can never match", c.id));
    for (const Cue& earlier : cues)
      if (!c.id.empty() && earlier.id == c.id)
        r.sink().error(item.loc, "HS0026", fmt::format("cue id '{}' is used twice in this rubric", c.id));
    cues.push_back(std::move(c));
  }
  return cues;
}

std::vector<Effect> default_conduct_effects(const std::vector<Variable>& variables) {
  std::vector<Effect> out;
  for (auto [name, delta] : {std::pair<const char*, int>{"anger", 10}, {"trust", -10}})
    for (size_t i = 0; i < variables.size(); ++i)
      if (variables[i].name == name && variables[i].is_mood && !variables[i].is_bool) {
        Effect e;
        e.name = name;
        e.value = delta;
        e.variable = static_cast<int>(i);
        out.push_back(e);
      }
  return out;
}

namespace {

// The conduct lexicon as a cue without its costs. The lexicon is fixed, so it is folded once per
// process (about 5 M instructions) rather than once per free-text node.
const Cue& conduct_lexicon_cue() {
  static const Cue lexicon = [] {
    Cue c;
    c.id = std::string(kConductCueId);
    c.label.by_locale = {{"zh-CN", "言行不当（忌语、轻蔑、指责、命令、讽刺、拒绝）"},
                         {"en", "Conduct: a banned phrase, contempt, blame, orders, sarcasm or a refusal"}};
    c.conduct = true;
    for (const PhraseSet& set : phrase_sets()) {
      if (!set.conduct) continue;
      std::string source = "@" + std::string(set.name);
      c.any.push_back(source);
      for (const auto& p : set.phrases) c.any_phrases.push_back({Phrase::Kind::literal, fold_for_matching(p), source});
    }
    return c;
  }();
  return lexicon;
}

}  // namespace

Cue conduct_cue(const ScoringRules& rules) {
  Cue c = conduct_lexicon_cue();
  c.scores = rules.conduct_scores;
  c.effects = rules.conduct_effects;
  return c;
}

}  // namespace hallsim::load
