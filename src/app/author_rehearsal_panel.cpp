// The rehearsal: the current line and what can follow it, played by clicking or with the keys;
// a choice hidden by its condition is listed with the condition, so the author sees why.
#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "author_panels.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "debrief/report_text.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

void jump_combo(App& app, AuthorMode& author, const Session& s) {
  const std::string& lang = app.lang();
  if (ImGui::Button(std::string(word(lang, "restart")).c_str())) author.restart();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  std::string preview = labelled_text(lang, word(lang, "jump_to"), s.node().id);
  if (!ImGui::BeginCombo("##jump", preview.c_str())) return;
  for (size_t i = 0; i < s.scenario().nodes.size(); ++i) {
    const Node& n = s.scenario().nodes[i];
    if (ImGui::Selectable(n.id.c_str(), static_cast<int>(i) == s.state().node)) author.jump_to(static_cast<int>(i));
  }
  ImGui::EndCombo();
}

void choices(App& app, Session& s) {
  const std::string& lang = app.lang();
  auto visible = s.visible_choices();
  int answer = -1;
  for (size_t i = 0; i < visible.size() && i < 9; ++i)
    if (keys_free() && pressed_digit(static_cast<int>(i) + 1)) answer = static_cast<int>(i);
  for (size_t c = 0; c < s.node().choices.size(); ++c) {
    const Choice& choice = s.node().choices[c];
    auto shown = std::find(visible.begin(), visible.end(), static_cast<int>(c));
    if (shown == visible.end()) {
      ImGui::TextDisabled("× %s", s.text(choice.reply).c_str());
      ImGui::TextDisabled("   %s", labelled_text(lang, word(lang, "hidden_when"), choice.when ? choice.when->text : "").c_str());
      continue;
    }
    auto position = static_cast<int>(shown - visible.begin());
    // A no-break space keeps the number on the line of the reply's first words.
    std::string label = fmt::format("[{}]\u00a0{}   → {}", position + 1, s.text(choice.reply), choice.to);
    if (wrapped_button(label)) answer = position;
  }
  if (answer >= 0) s.choose(answer, 0.0);
}

// One reply scored where the rehearsal stands: the words behind every cue, what was withheld and
// why, the conduct check, the score change and where it leads.
void reply_trial(App& app, const Session& s, const ReplyTrial& t) {
  const std::string& lang = app.lang();
  const FreeText& ft = s.node().free_text;
  auto label = [&](const std::string& id) {
    for (const Cue& c : ft.cues)
      if (c.id == id) return s.text(c.label).empty() ? id : s.text(c.label);
    return id;
  };
  ImGui::Separator();
  wrapped(fmt::format("“{}”", t.turn.reply));
  for (const CueWords& w : t.turn.cue_words)
    ImGui::TextColored(ImVec4(0.45f, 0.85f, 0.5f, 1), "+ %s", labelled_text(lang, label(w.cue), fmt::format("“{}”", w.words)).c_str());
  for (const CueWords& w : t.turn.withheld)
    ImGui::TextColored(ImVec4(0.95f, 0.6f, 0.45f, 1), "- %s",
                       labelled_text(lang, label(w.cue), fmt::format("{} “{}”", word(lang, "withheld_" + w.why), w.words)).c_str());
  if (t.turn.cue_words.empty() && t.turn.withheld.empty()) ImGui::TextDisabled("%s", std::string(word(lang, "no_cue_met")).c_str());
  ImGui::TextDisabled("%s · %s", deltas_text(lang, t.turn.deltas).c_str(),
                      labelled_text(lang, word(lang, "next_node"), t.next.empty() ? word(lang, "no_route") : t.next).c_str());
}

void free_text(App& app, Session& s) {
  const std::string& lang = app.lang();
  std::string cues;
  for (const Cue& c : s.node().free_text.cues) cues += (cues.empty() ? "" : ", ") + c.id;
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  if (std::string prompt = s.text(s.node().free_text.prompt); !prompt.empty()) wrapped(prompt);
  wrapped(labelled_text(lang, word(lang, "cues"), cues));
  ImGui::PopStyleColor();
  std::string& draft = app.author.reply_draft;
  bool send = ImGui::InputTextMultiline("##rehearsal_reply", &draft, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f),
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  send |= ImGui::Button(fmt::format("{}  ({})", word(lang, "send"), word(lang, "send_hint")).c_str());
  ImGui::SameLine();
  auto& trials = app.author.reply_trials;
  if (app.author.reply_trials_node != s.node().id) {
    trials.clear();
    app.author.reply_trials_node = s.node().id;
  }
  if (ImGui::Button(std::string(word(lang, "try_reply")).c_str()) && !draft.empty()) {
    trials.insert(trials.begin(), try_reply(s, draft));
    if (trials.size() > 8) trials.pop_back();
  }
  for (const ReplyTrial& t : trials) reply_trial(app, s, t);
  if (send) {
    s.say(draft, 0.0);
    draft.clear();
  }
}

void ending(App& app, const Session& s) {
  const std::string& lang = app.lang();
  auto end = s.ending();
  if (!end) return;
  if (end->node.empty()) {
    ImGui::TextColored(ImVec4(1, 0.45f, 0.4f, 1), "%s", std::string(word(lang, "no_ending")).c_str());
    return;
  }
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(outcome_colour(end->outcome)), "%s · %s %s",
                     labelled_text(lang, word(lang, "ending"), word(lang, end->outcome)).c_str(),
                     std::string(word(lang, "rating")).c_str(), std::string(word(lang, end->rating)).c_str());
  Totals t = s.totals();
  ImGui::Text("%s %.1f  %s", std::string(word(lang, "overall")).c_str(), t.overall,
              std::string(word(lang, t.passed ? "pass" : "fail")).c_str());
}

}  // namespace

void draw_author_rehearsal(App& app) {
  AuthorMode& author = app.author;
  const std::string& lang = app.lang();
  Session* s = author.session();
  if (!s) {
    ImGui::TextWrapped("%s", std::string(word(lang, no_version_yet(author))).c_str());
    return;
  }
  jump_combo(app, author, *s);
  const Node& node = s->node();
  ImGui::TextDisabled("%s · %s", node.id.c_str(), s->speaker_label(node.speaker).c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(250, 246, 232, 255));
  wrapped(s->line());
  ImGui::PopStyleColor();
  ImGui::Spacing();
  switch (s->phase()) {
    case Session::Phase::choice: choices(app, *s); break;
    case Session::Phase::free_text: free_text(app, *s); break;
    case Session::Phase::line:
      if (wrapped_button(fmt::format("{}  (Enter)", word(lang, "continue")), true) || (keys_free() && pressed(ImGuiKey_Enter)))
        s->advance();
      break;
    case Session::Phase::ended: ending(app, *s); break;
  }
}

}  // namespace hallsim::app
