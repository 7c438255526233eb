// hallsim rubric SCENARIO NODE --say TEXT...: the rubric playground. Scores typed replies at one
// free-text node as play would when the node is reached along the best-scoring path, and says
// which words met which cue, which cues were withheld and why, and where each reply leads.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common.hpp"
#include "model/words.hpp"
#include "run/reply_trial.hpp"
#include "score/phrase_sets.hpp"

namespace hallsim::cli {

namespace {

struct RubricOptions {
  std::string scenario, node, language;
  std::vector<std::string> replies;
  bool json = false;
};

using ojson = nlohmann::ordered_json;

const Cue* find_cue(const FreeText& ft, const std::string& id) {
  for (const Cue& c : ft.cues)
    if (c.id == id) return &c;
  return nullptr;
}

ojson trial_json(const ReplyTrial& t) {
  ojson cues = ojson::array(), withheld = ojson::array(), conduct = ojson::array();
  for (const CueWords& w : t.turn.cue_words) cues.push_back({{"id", w.cue}, {"span", w.words}});
  for (const CueWords& w : t.turn.withheld) withheld.push_back({{"id", w.cue}, {"why", w.why}, {"span", w.words}});
  for (const ConductFlag& f : t.turn.conduct) conduct.push_back({{"category", f.category}, {"span", f.span}});
  ojson deltas = ojson::object();
  for (int d = 0; d < kDimensions; ++d) deltas[std::string(kDimensionNames[d])] = t.turn.deltas[d];
  ojson effects = ojson::object();
  for (const auto& [name, change] : t.effects) effects[name] = change;
  return {{"text", t.turn.reply}, {"cues", cues},     {"withheld", withheld}, {"conduct", conduct},
          {"deltas", deltas},     {"effects", effects}, {"next", t.next.empty() ? ojson(nullptr) : ojson(t.next)}};
}

void print_trial(const Session& at, const ReplyTrial& t) {
  const std::string& l = at.language();
  bool zh = is_chinese(l);
  const FreeText& ft = at.node().free_text;
  auto label = [&](const std::string& id) {
    const Cue* c = find_cue(ft, id);
    std::string text = c ? at.text(c->label) : "";
    return text.empty() ? id : fmt::format("{} ({})", text, id);
  };
  fmt::print("{} “{}”\n", zh ? "回复" : "Reply", t.turn.reply);
  for (const CueWords& w : t.turn.cue_words) fmt::print("  + {}: “{}”\n", label(w.cue), w.words);
  for (const CueWords& w : t.turn.withheld) fmt::print("  - {}: {} “{}”\n", label(w.cue), word(l, "withheld_" + w.why), w.words);
  for (const ConductFlag& f : t.turn.conduct) {
    const PhraseSet* set = find_phrase_set(f.category);
    fmt::print("  ! {}: “{}”\n", set ? (zh ? set->label_zh : set->label_en) : f.category, f.span);
  }
  if (t.turn.cue_words.empty() && t.turn.withheld.empty() && t.turn.conduct.empty())
    fmt::print("  {}\n", word(l, "no_cue_met"));
  std::string deltas;
  for (int d = 0; d < kDimensions; ++d)
    deltas += fmt::format("{}{} {:+d}", d ? ", " : "", word(l, static_cast<Dimension>(d)), t.turn.deltas[d]);
  fmt::print("  {}: {}\n", zh ? "得分变化" : "score change", deltas);
  if (!t.effects.empty()) {
    std::string effects;
    for (const auto& [name, change] : t.effects) effects += fmt::format("{}{} {:+d}", effects.empty() ? "" : ", ", name, change);
    fmt::print("  {}: {}\n", zh ? "情绪与变量" : "mood and vars", effects);
  }
  fmt::print("  {}: {}\n\n", word(l, "next_node"), t.next.empty() ? word(l, "no_route") : t.next);
}

int rubric_command(const RubricOptions& o) {
  int exit = kOk;
  LoadResult loaded = load_for_command(o.scenario, exit);
  if (!loaded.ok()) return exit;
  const auto& scenario = loaded.scenario;
  int node = scenario->find_node(o.node);
  if (node < 0) {
    fmt::print(stderr, "error: {} has no node '{}'\n", o.scenario, o.node);
    return kUsage;
  }
  if (scenario->nodes[static_cast<size_t>(node)].kind != Node::Kind::free_text) {
    fmt::print(stderr, "error: node '{}' takes no typed reply; give a node with free_text\n", o.node);
    return kUsage;
  }
  std::optional<Session> at = session_at(scenario, loaded.bounds(), node, o.language);
  if (!at) {
    fmt::print(stderr, "error: no attempt reaches node '{}', so there is no state to score a reply in\n", o.node);
    return kCheckFailed;
  }
  std::vector<ReplyTrial> trials;
  for (const auto& reply : o.replies) trials.push_back(try_reply(*at, reply));
  if (o.json) {
    ojson replies = ojson::array();
    for (const auto& t : trials) replies.push_back(trial_json(t));
    fmt::print("{}\n", ojson{{"scenario", scenario->id}, {"node", o.node}, {"replies", replies}}.dump(2));
    return kOk;
  }
  for (const auto& t : trials) print_trial(*at, t);
  return kOk;
}

}  // namespace

void add_rubric(CLI::App& app, Commands& c) {
  auto o = std::make_shared<RubricOptions>();
  CLI::App* cmd = app.add_subcommand("rubric", "Score typed replies at one free-text node and explain every point");
  cmd->add_option("scenario", o->scenario, "Scenario file (.yaml)")->required();
  cmd->add_option("node", o->node, "A free-text node's id")->required();
  cmd->add_option("--say", o->replies, "A typed reply to score (repeat for more)")->required();
  cmd->add_flag("--json", o->json, "Print JSON");
  cmd->add_option("--lang", o->language, "Language of labels and lines: zh-CN or en")->check(language_validator());
  cmd->footer("The node is reached along the best-scoring path, as a trainee playing well would reach it.");
  cmd->callback([o, &c] { c.exit_code = rubric_command(*o); });
}

}  // namespace hallsim::cli
