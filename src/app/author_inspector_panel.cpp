// The variable inspector: the rehearsal's mood, story flags, clock and raw scores, each of them
// editable, so an author can try a node in any state.
#include <fmt/format.h>
#include <imgui.h>

#include "author_panels.hpp"
#include "model/words.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

// A table row: the name on the left, the control filling the right.
void row(const std::string& name) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(name.c_str());
  ImGui::TableNextColumn();
  ImGui::SetNextItemWidth(-1);
}

void section(const std::string& title) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", title.c_str());
}

void variables(const std::string& lang, Session& s) {
  const Scenario& sc = s.scenario();
  for (bool mood : {true, false}) {
    bool titled = false;
    for (size_t i = 0; i < sc.variables.size(); ++i) {
      const Variable& v = sc.variables[i];
      if (v.is_mood != mood) continue;
      if (!titled) section(std::string(word(lang, mood ? "mood" : "story_flags"))), titled = true;
      row(std::string(word(lang, v.name)));
      int value = s.state().vars[i];
      ImGui::PushID(static_cast<int>(i));
      bool changed = false;
      if (v.is_bool) {
        bool on = value != 0;
        changed = ImGui::Checkbox("##flag", &on);
        value = on;
      } else if (v.is_mood) {
        changed = ImGui::SliderInt("##mood", &value, v.min, v.max);
      } else {
        changed = ImGui::InputInt("##number", &value);
      }
      if (changed) s.set_variable(static_cast<int>(i), value);
      ImGui::PopID();
    }
  }
}

void clock_and_scores(const std::string& lang, Session& s) {
  section(std::string(word(lang, "hall_clock")));
  row(std::string(word(lang, "elapsed_minutes")));
  int elapsed = s.state().elapsed;
  if (ImGui::InputInt("##elapsed", &elapsed)) s.set_elapsed(elapsed);
  if (std::string clock = s.clock(); !clock.empty()) {
    row(std::string(word(lang, "hall_clock")));
    ImGui::TextUnformatted(clock.c_str());
  }
  section(std::string(word(lang, "raw_scores")));
  for (int d = 0; d < kDimensions; ++d) {
    row(fmt::format("{} (/{})", word(lang, static_cast<Dimension>(d)), s.bounds().best[static_cast<size_t>(d)]));
    int raw = s.state().raw[static_cast<size_t>(d)];
    ImGui::PushID(d);
    if (ImGui::InputInt("##raw", &raw)) s.set_raw_score(d, raw);
    ImGui::PopID();
  }
}

}  // namespace

void draw_author_inspector(App& app) {
  const std::string& lang = app.lang();
  Session* s = app.author.session();
  if (!s) return;
  ImGui::TextUnformatted(std::string(word(lang, "inspector")).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s", fill(word(lang, "turn"), std::to_string(s->turns().size() + 1)).c_str());
  ImGui::TextDisabled("%s", std::string(word(lang, "rehearsal_note")).c_str());
  if (!ImGui::BeginTable("inspector", 2, ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 0.4f);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 0.6f);
  variables(lang, *s);
  clock_and_scores(lang, *s);
  ImGui::EndTable();
}

}  // namespace hallsim::app
