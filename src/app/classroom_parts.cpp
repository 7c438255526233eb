// Pieces the classroom screens share (classroom_parts.hpp).
#include "classroom_parts.hpp"

#include <cmath>

#include <fmt/format.h>
#include <imgui.h>

#include "debrief/debrief.hpp"
#include "debrief/report_text.hpp"
#include "keys.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

bool class_keys_free(const App& app) {
  return keys_free() && !app.confirm_abandon && !app.classroom.confirm_presenter_view &&
         !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

std::string classroom_letter(size_t position) { return std::string(1, static_cast<char>('A' + position % 26)); }

VoteTally& classroom_tally(Classroom& c, const Session& s) {
  if (!c.tally || c.tally_for != s.revision()) {
    c.tally.emplace(s.visible_choices());
    c.tally_for = s.revision();
  }
  return *c.tally;
}

void draw_turn_result(App& app, const Session& s, const Turn& turn) {
  const std::string& lang = app.lang();
  ImGui::TextColored(ImVec4(0.55f, 0.85f, 1, 1), "%s", labelled_text(lang, word(lang, "score_change"), hallsim::deltas_text(lang, turn.deltas)).c_str());
  if (turn.kind == Node::Kind::free_text) {
    // The engine's explanation, so the cues are named by their labels as in the debrief.
    DebriefTurn explained = explain_typed_turn(s, turn);
    std::string met;
    for (const CueLine& cue : explained.cues_matched) met += (met.empty() ? "" : "、") + cue.label;
    wrapped(labelled_text(lang, word(lang, "cues_matched"), met.empty() ? "—" : met));
  } else if (turn.choice >= 0) {
    int node = s.scenario().find_node(turn.node);
    const std::string feedback = node < 0 ? std::string()
                                          : s.text(s.scenario().nodes[static_cast<size_t>(node)].choices[static_cast<size_t>(turn.choice)].feedback);
    if (!feedback.empty()) wrapped(labelled_text(lang, word(lang, "feedback"), feedback));
  }
  Totals t = s.totals();
  std::string dims;
  for (int d = 0; d < kDimensions; ++d)
    dims += fmt::format("{}{} {}%", d ? " · " : "", word(lang, static_cast<Dimension>(d)), std::lround(t.dimensions[d].percent));
  wrapped(fmt::format("{} {:.0f}   {}", word(lang, "overall"), t.overall, dims));
}

}  // namespace hallsim::app
