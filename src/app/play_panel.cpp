// The play screen: the citizen large with a face that follows the mood, the line as a speech
// bubble, the conversation so far, the reply timer, and the replies as numbered buttons.
#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "base/clock.hpp"
#include "app.hpp"
#include "keys.hpp"
#include "layout_check.hpp"
#include "model/words.hpp"
#include "portrait.hpp"
#include "debrief/report_text.hpp"
#include "widgets.hpp"

namespace hallsim::app {

namespace {

ImVec4 speaker_colour(Speaker who) {
  return who == Speaker::citizen ? ImVec4(0.98f, 0.72f, 0.45f, 1) : ImVec4(0.65f, 0.75f, 0.95f, 1);
}
const ImVec4 kYouColour(0.55f, 0.85f, 0.6f, 1);

// Mood bars a little taller than their text: the face and the line need the room more.
float mood_bar_height() { return ImGui::GetFontSize() * 1.2f; }
// The face is never smaller than this: a readable face, not a thumbnail.
float minimum_face() { return ImGui::GetFontSize() * 3.0f; }

// Sizes of the play screen, worked out from the window and the font before anything is drawn:
// the citizen's line and the replies get what they need, the portrait column never less than a
// readable face and its bars, and the conversation history whatever is left (it gives way first).
struct PlayLayout {
  bool footer = true;      // the key hint under the replies (it gives way second)
  int box_lines = 3;       // the reply box's height in lines (2 when tight)
  bool tight_buttons = false;  // reply buttons with half their padding (last, before scrolling)
  float left_width = 0;    // the citizen column
  float stage = 0;         // portrait column and conversation, side by side
  float history = 0;       // 0: no room, the history is hidden
  float bubble = 0;        // the current line's box
  bool large_line = true;  // the line in the large font
  float replies = 0;
  bool replies_fit = true;
};

float left_column_minimum(const App& app, const Session& s) {
  const ImGuiStyle& st = ImGui::GetStyle();
  float moods = 0;
  if (app.settings.show_mood_bars)
    for (const auto& v : s.variables()) moods += v.is_mood ? mood_bar_height() + st.ItemSpacing.y : 0;
  return minimum_face() + moods + 2 * st.WindowPadding.y;  // the name under the face goes first (the line is labelled with it)
}

float bubble_height(App& app, const Session& s, float width, bool large) {
  const ImGuiStyle& st = ImGui::GetStyle();
  if (large && app.large_font) ImGui::PushFont(app.large_font);
  float h = wrapped_height(s.line(), width - 2 * st.WindowPadding.x);
  if (large && app.large_font) ImGui::PopFont();
  return h + 2 * st.WindowPadding.y;
}

float replies_height(const App& app, const Session& s, float width, int box_lines) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const std::string& lang = app.lang();
  switch (s.phase()) {
    case Session::Phase::choice: {
      float h = 0;
      auto visible = s.visible_choices();
      for (size_t i = 0; i < visible.size(); ++i) {
        const Choice& c = s.node().choices[static_cast<size_t>(visible[i])];
        h += wrapped_button_height(fmt::format("[{}]\u00a0\u00a0{}", i + 1, s.text(c.reply)), width) + (i ? st.ItemSpacing.y : 0);
      }
      return h;
    }
    case Session::Phase::free_text: {
      const std::string& prompt = s.text(s.node().free_text.prompt);
      float h = prompt.empty() ? 0 : wrapped_height(prompt, width) + st.ItemSpacing.y;
      return h + ImGui::GetFontSize() * static_cast<float>(box_lines) + 2 * st.FramePadding.y + st.ItemSpacing.y + ImGui::GetFrameHeight();
    }
    case Session::Phase::line: return wrapped_button_height(fmt::format("{}  (Enter)", word(lang, "continue")), width);
    case Session::Phase::ended: return wrapped_button_height(fmt::format("{}  (Enter)", word(lang, "to_debrief")), width);
  }
  return 0;
}

// The reply buttons' padding, halved in the tightest layout; pop with ImGui::PopStyleVar().
void push_button_padding(bool tight) {
  ImVec2 pad = ImGui::GetStyle().FramePadding;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad.x, tight ? pad.y * 0.5f : pad.y));
}

// `height` is the room under the title row, `footer` the key hint's height. What gives way when
// the room is short, in order: the history, the large font for the line, the key hint, a line of
// the reply box; only then do the replies scroll (and the layout check reports it).
PlayLayout lay_out(App& app, const Session& s, float width, float height, float footer) {
  const ImGuiStyle& st = ImGui::GetStyle();
  PlayLayout l;
  float line = ImGui::GetFontSize();
  l.left_width = std::clamp(width * 0.28f, line * 6, line * 14);
  float right = width - l.left_width - st.ItemSpacing.x;
  float speaker_line = line + st.ItemSpacing.y;
  float left_min = left_column_minimum(app, s);
  struct Step {
    bool large, footer;
    int box_lines;
    bool tight_buttons;
  };
  const Step steps[] = {{true, true, 3, false}, {false, true, 3, false}, {false, false, 3, false}, {false, false, 2, false},
                        {false, false, 2, true}};
  float room = 0;
  for (const Step& step : steps) {
    l.large_line = step.large;
    l.footer = step.footer;
    l.box_lines = step.box_lines;
    l.tight_buttons = step.tight_buttons;
    l.bubble = bubble_height(app, s, right, step.large);
    push_button_padding(l.tight_buttons);
    l.replies = replies_height(app, s, width, step.box_lines);
    ImGui::PopStyleVar();
    room = height - st.ItemSpacing.y - (step.footer ? footer + st.ItemSpacing.y : 0);
    if (room - l.replies >= std::max(left_min, speaker_line + l.bubble)) break;
  }
  float stage_min = std::max(left_min, speaker_line + l.bubble);
  if (room - l.replies < stage_min) {  // the replies scroll: the layout check reports it
    l.replies_fit = false;
    l.replies = std::max(ImGui::GetFrameHeight() * 2, room - stage_min);
  }
  l.stage = room - l.replies;
  float history = l.stage - speaker_line - l.bubble - st.ItemSpacing.y;
  bool history_fits = history >= ImGui::GetTextLineHeightWithSpacing() * 2 + 2 * st.WindowPadding.y;
  l.history = history_fits ? history : 0;
  if (!history_fits) l.bubble = l.stage - speaker_line;  // the line takes the room the history had
  return l;
}

void citizen_column(App& app, const Session& s, const PlayLayout& l) {
  const std::string& lang = app.lang();
  ImGui::BeginChild("citizen", ImVec2(l.left_width, l.stage), true, ImGuiWindowFlags_NoScrollbar);
  float w = ImGui::GetContentRegionAvail().x;
  // The citizen's name heads her mood bars whoever speaks now (the line above the bubble names the
  // speaker).
  std::string name = fmt::format("{} ({}, {})", s.speaker_label(Speaker::citizen), s.scenario().citizen.age,
                                 s.scenario().citizen.disc);
  float min_face = minimum_face();
  float bars = 0;
  if (app.settings.show_mood_bars)
    for (const auto& v : s.variables()) bars += v.is_mood ? mood_bar_height() + ImGui::GetStyle().ItemSpacing.y : 0;
  float name_height = wrapped_height(name, w) + ImGui::GetStyle().ItemSpacing.y;
  // Under the face, its name and age when there is room; the line above the bubble names them anyway.
  bool show_name = ImGui::GetContentRegionAvail().y - bars - name_height >= min_face * 1.5f;  // the face before the name
  float face_height = ImGui::GetContentRegionAvail().y - bars - (show_name ? name_height : 0);
  float r = std::min({w * 0.4f, face_height / 2.7f, 150.0f * ImGui::GetFontSize() / 18.0f});
  ImVec2 top = ImGui::GetCursorScreenPos();
  float box = std::min(face_height - ImGui::GetStyle().ItemSpacing.y, r * 2.7f);  // no larger than a head and shoulders
  draw_speaker(ImGui::GetWindowDrawList(), top, ImVec2(top.x + w, top.y + box), s, &app.portrait_images);
  ImGui::Dummy(ImVec2(w, face_height - ImGui::GetStyle().ItemSpacing.y));
  if (show_name) wrapped(name);
  if (app.settings.show_mood_bars)
    for (const auto& v : s.variables()) {
      if (!v.is_mood) continue;
      const Variable& var = s.scenario().variables[static_cast<size_t>(s.scenario().find_variable(v.name))];
      float f = var.max > var.min ? static_cast<float>(v.value - var.min) / static_cast<float>(var.max - var.min) : 0;
      ImU32 colour = v.name == "anger" ? IM_COL32(220, 80, 60, 255) : IM_COL32(70, 150, 220, 255);
      bar(f, fmt::format("{} {}", variable_label(s.scenario(), v.name, lang), v.value), colour, mood_bar_height());
    }
  ImGui::EndChild();
}

// Everything said before the current line, in order: the lines of other speakers (the narrator,
// a colleague) that needed no reply, and each line with the trainee's reply.
void history(App& app, const Session& s, float height) {
  const std::string& lang = app.lang();
  const Scenario& sc = s.scenario();
  ImGui::BeginChild("talk", ImVec2(0, height), true);
  ImGui::TextDisabled("%s", std::string(word(lang, "earlier_turns")).c_str());
  const auto& path = s.path();
  size_t turn = 0;
  for (size_t i = 0; i + 1 < path.size(); ++i) {  // the last is the line on screen now
    int index = sc.find_node(path[i]);
    if (index < 0) continue;
    const Node& n = sc.nodes[static_cast<size_t>(index)];
    bool replied = turn < s.turns().size() && s.turns()[turn].node == path[i];
    std::string said = replied ? s.turns()[turn].line : s.text(n.say);
    if (!said.empty()) labelled(s.speaker_label(n.speaker) + std::string(label_colon(lang)), said, speaker_colour(n.speaker));
    if (!replied) continue;
    const Turn& t = s.turns()[turn++];
    labelled(std::string(word(lang, "you")) + std::string(label_colon(lang)), t.reply, kYouColour);
    if (app.settings.live_hints) ImGui::TextColored(ImVec4(0.6f, 0.8f, 1, 1), "%s", deltas_text(lang, t.deltas).c_str());
  }
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1) ImGui::SetScrollHereY(1.0f);
  ImGui::EndChild();
}

void current_line(App& app, const Session& s, const PlayLayout& l) {
  Speaker who = s.node().speaker;
  ImGui::TextColored(speaker_colour(who), "%s", shorten_to_width(s.speaker_label(who), ImGui::GetContentRegionAvail().x).c_str());
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(250, 248, 240, 255));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(25, 25, 30, 255));
  ImGui::BeginChild("bubble", ImVec2(0, l.bubble), true);
  layout_check::must_fit();
  bool large = l.large_line && app.large_font;
  if (large) ImGui::PushFont(app.large_font);
  wrapped(s.line());
  if (large) ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
}

// The reply timer, `width` wide; "回复计时" goes when only the seconds fit.
void timer(App& app, const Session& s, float width) {
  float limit = static_cast<float>(s.time_limit());
  float left = std::max(0.0f, limit - static_cast<float>(s.seconds_waiting()));
  float f = limit > 0 ? left / limit : 0;
  ImU32 colour = f > 1.0f / 3 ? IM_COL32(80, 180, 100, 255) : f > 1.0f / 6 ? IM_COL32(230, 170, 40, 255) : IM_COL32(220, 60, 60, 255);
  std::string label = left > 0 ? fill(word(app.lang(), "seconds_left"), std::to_string(static_cast<int>(left + 0.99f)))
                               : std::string(word(app.lang(), "time_up"));
  std::string full = fmt::format("{}  {}", word(app.lang(), "reply_timer"), label);
  bool fits = ImGui::CalcTextSize(full.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x <= width;
  bar(f, fits ? full : label, colour);
}

// The reply box keeps the typed reply as one paragraph: Enter adds no line, and the text is
// wrapped to the box's width by the same rule as every other text, with '\n' where it wraps;
// those are taken out again when the reply is sent.
struct ReplyBox {
  float width = 0;
};

std::string without_newlines(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (c != '\n' && c != '\r') out += c;
  return out;
}

int reply_box_callback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) return data->EventChar == '\n' || data->EventChar == '\r';
  const auto* box = static_cast<const ReplyBox*>(data->UserData);
  std::string text(data->Buf, static_cast<size_t>(data->BufTextLen));
  // Where the cursor and selection are, counted without the soft line breaks.
  auto plain_offset = [&](int at) { return at - static_cast<int>(std::count(text.begin(), text.begin() + at, '\n')); };
  int cursor = plain_offset(data->CursorPos), sel_start = plain_offset(data->SelectionStart), sel_end = plain_offset(data->SelectionEnd);
  std::string wrapped_text = soft_wrap(without_newlines(text), box->width);
  if (wrapped_text == text) return 0;
  auto wrapped_offset = [&](int plain) {
    int seen = 0;
    for (size_t i = 0; i < wrapped_text.size(); ++i) {
      if (seen == plain && wrapped_text[i] != '\n') return static_cast<int>(i);
      if (wrapped_text[i] != '\n') ++seen;
    }
    return static_cast<int>(wrapped_text.size());
  };
  data->DeleteChars(0, data->BufTextLen);
  data->InsertChars(0, wrapped_text.c_str(), wrapped_text.c_str() + wrapped_text.size());
  data->CursorPos = wrapped_offset(cursor);
  data->SelectionStart = wrapped_offset(sel_start);
  data->SelectionEnd = wrapped_offset(sel_end);
  return 0;
}

void replies(App& app, Session& s, float width, int box_lines) {
  const std::string& lang = app.lang();
  switch (s.phase()) {
    case Session::Phase::choice: {
      // A number key picks a reply and Enter confirms it, so a slip of the finger can be undone;
      // a click answers at once.
      auto visible = s.visible_choices();
      for (size_t i = 0; i < visible.size() && i < 9; ++i)
        if (keys_free() && pressed_digit(static_cast<int>(i) + 1)) app.picked = static_cast<int>(i);
      if (app.picked >= static_cast<int>(visible.size())) app.picked = -1;
      int answer = keys_free() && app.picked >= 0 && pressed(ImGuiKey_Enter) ? app.picked : -1;
      for (size_t i = 0; i < visible.size(); ++i) {
        const Choice& c = s.node().choices[static_cast<size_t>(visible[i])];
        // No-break spaces keep the number on the line of the reply's first words.
        if (wrapped_button(fmt::format("[{}]\u00a0\u00a0{}", i + 1, s.text(c.reply)), app.picked == static_cast<int>(i), width))
          answer = static_cast<int>(i);
      }
      if (answer >= 0) {
        app.picked = -1;
        s.choose(answer);
        app.after_move();
      }
      break;
    }
    case Session::Phase::free_text: {
      const std::string& prompt = s.text(s.node().free_text.prompt);
      if (!prompt.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        wrapped(prompt);
        ImGui::PopStyleColor();
      }
      if (app.reply_focus_revision != s.revision()) {  // a new question: the reply box takes the keyboard
        ImGui::SetKeyboardFocusHere();
        app.reply_focus_revision = s.revision();
      }
      const ImGuiStyle& st = ImGui::GetStyle();
      ReplyBox box{width - 2 * st.FramePadding.x - st.ScrollbarSize};
      if (!ImGui::IsAnyItemActive()) app.reply_draft = soft_wrap(without_newlines(app.reply_draft), box.width);  // e.g. after a resize
      // Ctrl+Enter sends; Enter adds no line (a reply is one paragraph).
      bool send = ImGui::InputTextMultiline("##reply", &app.reply_draft, ImVec2(width, ImGui::GetFontSize() * static_cast<float>(box_lines) + 2 * st.FramePadding.y),
                                            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways |
                                                ImGuiInputTextFlags_CallbackCharFilter,
                                            reply_box_callback, &box);
      layout_check::text_box_drawn();
      send |= ImGui::Button(fmt::format("{}  ({})", word(lang, "send"), word(lang, "send_hint")).c_str());
      if (send) {
        s.say(without_newlines(app.reply_draft));
        app.reply_draft.clear();
        app.after_move();
      }
      break;
    }
    case Session::Phase::line:
      if (wrapped_button(fmt::format("{}  (Enter)", word(lang, "continue")), true, width) || (keys_free() && pressed(ImGuiKey_Enter))) {
        s.advance();
        app.after_move();
      }
      break;
    case Session::Phase::ended:
      if (wrapped_button(fmt::format("{}  (Enter)", word(lang, "to_debrief")), true, width) || (keys_free() && pressed(ImGuiKey_Enter)))
        app.screen = Screen::debrief;
      break;
  }
}

// What the keys do now: picking, typing, reading a line, or at the end.
std::string keys_hint(const App& app, const Session& s) {
  const std::string& lang = app.lang();
  switch (s.phase()) {
    case Session::Phase::choice: return fill(word(lang, "keys_hint"), std::to_string(std::min<size_t>(9, s.visible_choices().size())));
    case Session::Phase::free_text: return std::string(word(lang, "keys_hint_typed"));
    case Session::Phase::line: return std::string(word(lang, "keys_hint_line"));
    case Session::Phase::ended: return std::string(word(lang, "keys_hint_ended"));
  }
  return {};
}

// The scenario's title, the hall clock and, while a reply is asked for, the reply timer: one row.
void title_row(App& app, const Session& s, bool timed) {
  const std::string& lang = app.lang();
  const ImGuiStyle& st = ImGui::GetStyle();
  float room = ImGui::GetContentRegionAvail().x;
  float timer_width = timed ? std::min(ImGui::GetFontSize() * 11, room * 0.4f) : 0;
  std::string clock = s.clock();
  std::string right = clock.empty() ? std::string()
                                    : fmt::format("{}  {}{}", word(lang, "hall_clock"), clock,
                                                  s.scenario().clock->close ? " / " + format_clock(*s.scenario().clock->close) : "");
  float clock_width = right.empty() ? 0 : ImGui::CalcTextSize(right.c_str()).x;
  float clock_x = room - (timed ? timer_width + st.ItemSpacing.x : 0) - clock_width;
  float start = ImGui::GetCursorPosX();  // SameLine counts from the window's edge, not the content's
  if (timed) ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(shorten_to_width(s.text(s.scenario().title), clock_x - st.ItemSpacing.x).c_str());
  if (!right.empty()) {
    ImGui::SameLine(start + clock_x);
    ImGui::TextUnformatted(right.c_str());
  }
  if (timed) {
    ImGui::SameLine(start + room - timer_width);
    timer(app, s, timer_width);
  }
}

}  // namespace

// Abandoning throws the attempt away, so it is never the default: Enter and Esc keep playing;
// abandoning takes a click or Ctrl+Enter.
void draw_abandon_prompt(App& app) {
  const std::string& lang = app.lang();
  if (app.confirm_abandon && !dialog_open("abandon")) open_dialog("abandon");
  if (begin_dialog("abandon", std::string(word(lang, "abandon_title")))) {
    wrapped(std::string(word(lang, "abandon_text")));
    bool stay = ImGui::Button(fmt::format("{} (Enter)", word(lang, "keep_playing")).c_str());
    std::string abandon = fmt::format("{} (Ctrl+Enter)", word(lang, "abandon"));
    next_in_row(button_width(abandon));
    bool leave = ImGui::Button(abandon.c_str());
    bool enter = pressed(ImGuiKey_Enter);
    leave = leave || (enter && ImGui::GetIO().KeyCtrl);
    stay = stay || (enter && !ImGui::GetIO().KeyCtrl) || pressed(ImGuiKey_Escape);
    if (leave || stay) {
      app.confirm_abandon = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    if (leave) app.back_to_library();
  }
}

void draw_play(App& app) {
  if (!app.session) {
    app.screen = Screen::start;
    return;
  }
  Session& s = *app.session;
  const ImGuiStyle& st = ImGui::GetStyle();
  bool timed = s.phase() == Session::Phase::choice || s.phase() == Session::Phase::free_text;
  title_row(app, s, timed);
  float width = ImGui::GetContentRegionAvail().x;
  std::string footer = app.status.empty() ? keys_hint(app, s) : keys_hint(app, s) + "   " + app.status;
  float footer_height = wrapped_height(footer, width);
  PlayLayout l = lay_out(app, s, width, ImGui::GetContentRegionAvail().y, footer_height);

  citizen_column(app, s, l);
  ImGui::SameLine();
  ImGui::BeginChild("conversation", ImVec2(0, l.stage), false, ImGuiWindowFlags_NoScrollbar);
  if (l.history > 0) history(app, s, l.history);
  current_line(app, s, l);
  ImGui::EndChild();
  ImGui::BeginChild("replies", ImVec2(width, l.replies), false, l.replies_fit ? ImGuiWindowFlags_NoScrollbar : 0);
  layout_check::must_fit();
  push_button_padding(l.tight_buttons);
  replies(app, s, l.replies_fit ? width : width - st.ScrollbarSize, l.box_lines);
  ImGui::PopStyleVar();
  ImGui::EndChild();
  if (l.footer) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped(footer);
    ImGui::PopStyleColor();
  }
  // Esc opens the prompt on the next frame, so the same key press cannot also answer it.
  bool prompt_was_open = dialog_open("abandon");
  draw_abandon_prompt(app);
  // Esc in the reply box means leaving too, not only cancelling the edit.
  bool typing = s.phase() == Session::Phase::free_text;
  if (!prompt_was_open && (keys_free() || typing) && pressed(ImGuiKey_Escape) && app.screen == Screen::play) {
    if (s.ended()) app.back_to_library();
    else app.confirm_abandon = true;
  }
}

}  // namespace hallsim::app
