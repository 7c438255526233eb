// The app's panels driven without a window: an ImGui context with no backend steps through a
// scenario by simulated key presses, and the session, transcript and journal are checked.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "app.hpp"
#include "app_harness.hpp"
#include "drawn_text.hpp"
#include "folder_picker.hpp"
#include "fonts.hpp"
#include "layout_check.hpp"
#include "model/words.hpp"
#include "store/history.hpp"
#include "widgets.hpp"

using namespace hallsim;
using namespace hallsim::app;
namespace fs = std::filesystem;

namespace {
using Harness = test::AppHarness;
using test::kBackspace, test::kEnter, test::kEscape, test::kF5;
std::string temp_dir() { return test::scratch_dir(); }
}  // namespace

TEST_CASE("a whole attempt with the keyboard only") {
  Harness h;
  CHECK(h.app->screen == Screen::start);
  REQUIRE(h.app->library.size() == 1);  // tests/data/features.yaml
  h.press(kEnter);
  CHECK(h.app->screen == Screen::briefing);
  h.press(kEnter);
  REQUIRE(h.app->screen == Screen::play);
  CHECK(h.session().node().id == "opening");
  CHECK(fs::exists(h.data + "/journal.json"));

  h.clock += 4;
  h.press('1');  // picked, not yet answered: another number changes the pick
  CHECK(h.session().turns().empty());
  h.press('2');
  CHECK(h.app->picked == 1);
  h.press(kEnter);
  REQUIRE(h.session().node().id == "check");
  CHECK(h.session().turns().at(0).response_s == doctest::Approx(4));
  h.frame();  // the reply box takes focus
  h.type("抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情");
  CHECK_FALSE(h.app->reply_draft.empty());
  std::string typed = h.app->reply_draft;
  h.press(kEnter);  // a reply is one paragraph: Enter neither sends nor starts a line
  CHECK(h.session().node().id == "check");
  CHECK(h.app->reply_draft == typed);
  h.press(kEnter, true);  // Ctrl+Enter sends
  REQUIRE(h.session().turns().size() == 2);
  CHECK(h.session().turns()[1].cues.size() == 3);
  CHECK(h.session().phase() == Session::Phase::line);
  h.press(kEnter);  // past the colleague's line
  CHECK(h.session().node().id == "propose");
  h.press('1');
  h.press(kEnter);
  CHECK(h.session().ended());
  CHECK_FALSE(fs::exists(h.data + "/journal.json"));
  CHECK(fs::exists(h.data + "/transcripts/features"));
  CHECK(fs::exists(h.data + "/history.sqlite3"));
  CHECK(h.app->best_overall.at("features") == doctest::Approx(100.0));
  h.press(kEnter);
  CHECK(h.app->screen == Screen::debrief);
  CHECK(h.session().totals().passed);
  // The debrief screen draws the engine's debrief of the live session; no file path lingers.
  REQUIRE(h.app->debrief);
  CHECK(h.app->debrief->overall == doctest::Approx(round1(h.session().totals().overall)));
  CHECK(h.app->debrief->turns.size() == h.session().turns().size());
  CHECK(h.app->status.find(h.data) == std::string::npos);
  std::string report = h.app->save_report("html");
  REQUIRE_FALSE(report.empty());
  CHECK(h.app->status.find(h.data) == std::string::npos);
  std::ifstream html(report);
  std::string head(15, '\0');
  html.read(head.data(), 15);
  CHECK(head == "<!DOCTYPE html>");
  h.press('R');
  CHECK(h.app->screen == Screen::play);
  CHECK(h.session().turns().empty());
}

TEST_CASE("Esc asks before abandoning an attempt") {
  Harness h;
  h.press(kEnter);
  h.press(kEnter);
  h.press('2');
  h.press(kEnter);
  h.press(kEscape);
  h.frame();
  CHECK(h.app->screen == Screen::play);
  CHECK(h.app->confirm_abandon);
  h.press(kEscape);  // keep playing
  CHECK(h.app->screen == Screen::play);
  h.press(kEscape);
  h.frame();
  // The reply timer stands still while the dialog asks.
  double waiting = h.session().seconds_waiting();
  h.clock += 30;
  h.frame();
  CHECK(h.session().seconds_waiting() == doctest::Approx(waiting));
  h.press(kEnter);  // Enter is never the destructive choice: it keeps playing
  CHECK(h.app->screen == Screen::play);
  CHECK_FALSE(h.app->confirm_abandon);
  h.clock += 2;
  h.frame();
  CHECK(h.session().seconds_waiting() == doctest::Approx(waiting + 2));
  h.press(kEscape);
  h.frame();
  h.press(kEnter, true);  // Ctrl+Enter abandons
  CHECK(h.app->screen == Screen::start);
  CHECK_FALSE(fs::exists(h.data + "/journal.json"));
}

TEST_CASE("after a crash the next start offers to resume where the attempt was") {
  Harness h;
  h.press(kEnter);
  h.press(kEnter);
  h.press('2');
  h.press(kEnter);
  REQUIRE(h.session().node().id == "check");
  h.app.reset();  // the process dies: nothing is saved on the way out
  h.open();
  REQUIRE(h.app->pending_resume);
  h.frame();
  h.press(kEnter);  // resume
  REQUIRE(h.app->session);
  CHECK(h.app->screen == Screen::play);
  CHECK(h.session().node().id == "check");
  CHECK(h.session().turns().size() == 1);
}

TEST_CASE("an unfinished attempt the trainee does not resume is kept, named as the terminal names it") {
  Harness h;
  h.press(kEnter);
  h.press(kEnter);
  h.press('2');
  h.press(kEnter);
  REQUIRE(h.session().node().id == "check");
  h.app.reset();  // the process dies
  h.open();
  REQUIRE(h.app->pending_resume);
  h.frame();
  h.press(kEscape);  // keep it as unfinished
  CHECK_FALSE(h.app->pending_resume);
  CHECK_FALSE(fs::exists(h.data + "/journal.json"));
  std::vector<std::string> kept;
  for (const auto& e : fs::directory_iterator(h.data + "/transcripts/features")) kept.push_back(e.path().filename().string());
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].size() == std::string("20240506T093000Z-0123abcd-unfinished.json").size());
  CHECK(kept[0].find("-unfinished.json") != std::string::npos);
}

TEST_CASE("settings persist between runs") {
  Harness h;
  h.app->settings.trainee = "王小明";
  h.app->settings.language = "en";
  h.app->save_settings_now();
  h.open();
  CHECK(h.app->settings.trainee == "王小明");
  CHECK(h.app->settings.language == "en");
}

TEST_CASE("the glyphs cover every shipped scenario and the UI") {
  Harness h;
  h.app->open_folder(std::string(HALLSIM_SOURCE_DIR) + "/scenarios");
  REQUIRE_FALSE(h.app->library.empty());
  Fonts fonts = build_fonts(ImGui::GetIO(), h.app->texts_to_render(), 1.0f);
  if (!fonts.cjk) {
    MESSAGE("no CJK font installed (fonts-noto-cjk): glyph coverage not checked");
    return;
  }
  size_t missing = 0;
  for (const auto& text : h.app->texts_to_render()) {
    const char* p = text.c_str();
    const char* end = p + text.size();
    while (p < end) {
      unsigned int c = 0;
      int n = ImTextCharFromUtf8(&c, p, end);
      if (n <= 0) break;
      p += n;
      if (c >= 0x20 && c != 0x3000 && c < 0x10000 && !fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c))) ++missing;
    }
  }
  CHECK(missing == 0);
}

// [SECTION] Classroom mode

namespace {
std::string read_file(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

// A scenario where the guard speaks and a call comes in, for the speaker tests below.
std::string guard_and_phone_library() {
  std::string folder = temp_dir();
  std::ofstream(folder + "/guard-and-phone.yaml") << R"(id: guard-and-phone
title: 保安与来电
citizen: {name: 王阿姨, age: 66, portrait: elderly, presents: woman}
start: guard
nodes:
  guard: {speaker: guard, say: 请大家排好队，不要拥挤。, next: phone}
  phone: {speaker: phone, say: 您好，我上午来过，材料落在窗口了。, next: done}
  done: {say: 谢谢你们。, end: {outcome: resolved}}
)";
  return folder;
}

TEST_CASE("the guard and a phone call are named on the play screen and on the projection") {
  std::string library = guard_and_phone_library();
  auto open_on = [&](Harness& h) {
    h.library = library;
    h.open();
  };
  {
    Harness h(/*start_now=*/false);
    open_on(h);
    REQUIRE(h.app->library.size() == 1);
    h.press(kEnter);
    h.press(kEnter);
    REQUIRE(h.app->screen == Screen::play);
    test::DrawnText reader(*ImGui::GetIO().Fonts);
    CHECK(reader.of_last_frame().find("保安") != std::string::npos);
    h.press(kEnter);
    REQUIRE(h.session().node().id == "phone");
    h.frame();
    std::string drawn = reader.of_last_frame();
    CHECK(drawn.find("电话") != std::string::npos);
    CHECK(drawn.find("保安：") != std::string::npos);  // the guard's line, now in the history
  }
  Harness h(/*start_now=*/false);
  open_on(h);
  h.press(kF5);
  h.press(kEnter);
  REQUIRE(h.app->screen == Screen::classroom);
  test::DrawnText reader(*ImGui::GetIO().Fonts);
  h.frame();
  CHECK(reader.of_last_frame().find("保安") != std::string::npos);
  h.press(kEnter);
  h.frame();
  CHECK(reader.of_last_frame().find("电话") != std::string::npos);
}

TEST_CASE("classroom: hands are counted, taken back, a tie waits, the majority is applied and recorded") {
  Harness h;
  h.press(kF5);
  REQUIRE(h.app->screen == Screen::classroom_setup);
  h.press(kEnter);
  REQUIRE(h.app->screen == Screen::classroom);
  CHECK(h.app->in_classroom());
  CHECK(h.app->ui_scale() == doctest::Approx(h.app->classroom.scale));
  CHECK(h.session().trainee() == "课堂模式");  // a class, recorded apart from the trainees
  for (int key : {'B', 'B', 'B', 'A'}) h.press(key);
  h.press(kBackspace);  // the A was a slip
  REQUIRE(h.app->classroom.tally);
  CHECK(h.app->classroom.tally->counts() == std::vector<int>{0, 3, 0});
  for (int key : {'1', 'A', 'A'}) h.press(key);  // digits vote too
  h.press(kEnter);  // 3 : 3 is a tie: nothing is applied
  CHECK(h.session().turns().empty());
  h.press(kBackspace);
  h.press(kEnter);  // B has the majority
  REQUIRE(h.session().turns().size() == 1);
  const Turn& t = h.session().turns()[0];
  CHECK(t.choice == 1);
  REQUIRE(t.vote);
  CHECK(t.vote->counts == std::vector<int>{2, 3, 0});
  CHECK_FALSE(t.vote->overridden);
  // The journal keeps the vote, so a crash loses none of it.
  CHECK(read_file(h.data + "/journal.json").find("class_vote") != std::string::npos);
  CHECK(h.app->window_title().find("#2") != std::string::npos);
}

TEST_CASE("classroom: the instructor overrides with Shift; the applied reply is shown and revealed with R until the next question") {
  Harness h;
  h.press(kF5);
  h.press(kEnter);
  CHECK_FALSE(h.app->classroom.revealed);
  h.press('R');  // nothing to reveal before a reply
  CHECK_FALSE(h.app->classroom.revealed);
  h.press('A'), h.press('A');
  h.press('C', false, true);  // Shift+C: the class goes on with C whatever the hands say
  REQUIRE(h.session().turns().size() == 1);
  CHECK(h.session().turns()[0].choice == 2);
  CHECK(h.session().turns()[0].vote->overridden);
  REQUIRE(h.app->classroom.applied_turn == 0u);  // the room sees the reply it went on with
  CHECK_FALSE(h.app->classroom.revealed);  // scores stay hidden ...
  h.press('R');
  CHECK(h.app->classroom.revealed);  // ... until revealed
  h.press('A');  // no vote is counted while the applied reply is up
  h.press(kEnter);  // on to the next question: the reveal goes with it
  CHECK_FALSE(h.app->classroom.applied_turn);
  CHECK_FALSE(h.app->classroom.revealed);
  CHECK(h.session().node().id == "opening");  // C asks again
  CHECK(h.app->classroom.tally->total() == 0);
  h.press(kEscape);  // asks first
  CHECK(h.app->screen == Screen::classroom);
  h.press(kEnter);  // Enter keeps the class going
  CHECK(h.app->screen == Screen::classroom);
  CHECK(h.session().turns().size() == 1);  // and applied nothing
  h.press(kEscape);
  h.press(kEnter, true);  // Ctrl+Enter ends it
  CHECK(h.app->screen == Screen::start);
  CHECK_FALSE(h.app->in_classroom());
}

TEST_CASE("classroom: a T pause lasts across turns until T again; the clock stands while a reply is shown") {
  Harness h;
  h.press(kF5);
  h.press(kEnter);
  h.press('T');
  CHECK(h.app->classroom.timer == Classroom::Timer::paused);
  double waited = h.session().seconds_waiting();
  h.clock += 60;  // the class discusses for a minute
  h.frame();
  CHECK(h.session().seconds_waiting() == doctest::Approx(waited));
  h.press('B');
  h.press(kEnter);  // B applied; the room reads it
  h.clock += 30;
  h.press(kEnter);  // the next question: still paused
  REQUIRE(h.session().node().id == "check");
  CHECK(h.app->classroom.timer == Classroom::Timer::paused);
  double next = h.session().seconds_waiting();
  h.clock += 40;
  h.frame();
  CHECK(h.session().seconds_waiting() == doctest::Approx(next));
  h.press('T');
  CHECK(h.app->classroom.timer == Classroom::Timer::hidden);
  h.clock += 5;
  h.frame();
  CHECK(h.session().seconds_waiting() == doctest::Approx(next + 5));  // hidden, but running
  h.press('T');
  CHECK(h.app->classroom.timer == Classroom::Timer::shown);
  float scale = h.app->classroom.scale;
  h.press('=');
  CHECK(h.app->classroom.scale > scale);
  CHECK(h.app->fonts_dirty);
}

namespace {

// What the presenter's notes would show at this moment and the class must not see: every shown
// reply's feedback at a question, the model answer and cue labels at a typed reply, the notes'
// headings. While the class's reply is on screen, the feedback of the replies it did not choose.
std::vector<std::string> note_texts(const App& app) {
  const Session& s = app.session.value();
  std::vector<std::string> notes{std::string(word(app.lang(), "presenter_notes")), std::string(word(app.lang(), "expert_reply"))};
  const Node& node = s.node();
  std::optional<size_t> applied = app.classroom.applied_turn;
  if (applied) {
    const Turn& t = s.turns().at(*applied);
    const Node& asked = s.scenario().nodes[static_cast<size_t>(s.scenario().find_node(t.node))];
    for (size_t i = 0; i < asked.choices.size(); ++i)
      if (static_cast<int>(i) != t.choice) notes.push_back(s.text(asked.choices[i].feedback));
  } else if (s.phase() == Session::Phase::choice) {
    for (int i : s.visible_choices()) notes.push_back(s.text(node.choices[static_cast<size_t>(i)].feedback));
  } else if (s.phase() == Session::Phase::free_text) {
    notes.push_back(s.text(node.free_text.model_reply));
    for (const Cue& cue : node.free_text.cues) notes.push_back(s.text(cue.label));
  }
  notes.erase(std::remove_if(notes.begin(), notes.end(), [](const std::string& n) { return test::DrawnText::squeezed(n).size() < 3; }),
              notes.end());
  return notes;
}

// The first note found in `drawn`, or "".
std::string leaked(const std::vector<std::string>& notes, const std::string& drawn) {
  for (const auto& n : notes)
    if (drawn.find(test::DrawnText::squeezed(n)) != std::string::npos) return n;
  return {};
}

}  // namespace

TEST_CASE("classroom: with N, W and R used, no note is ever drawn on the projector; with two screens they go to the presenter's window") {
  Harness h;
  h.app->classroom.monitors = {{"laptop", 1280, 800}, {"projector", 1024, 768}};
  h.app->classroom.presenter_window = false;
  test::DrawnText reader(*ImGui::GetIO().Fonts);
  h.press(kF5);
  h.press(kEnter);
  REQUIRE(h.app->screen == Screen::classroom);
  REQUIRE_MESSAGE(h.app->large_font->FindGlyphNoFallback(0x4E2D), "the notes are Chinese: install fonts-noto-cjk (scripts/install-deps)");
  int frames_checked = 0, presenter_frames_with_notes = 0;
  auto projector_shows_no_notes = [&](const char* when) {
    h.frame();
    std::string drawn = reader.of_last_frame();
    REQUIRE_MESSAGE(drawn.find(test::DrawnText::squeezed(h.session().text(h.session().scenario().title))) != std::string::npos,
                    "the reader sees the projected title (" << when << ")");
    CHECK_MESSAGE(leaked(note_texts(*h.app), drawn).empty(), when << ": the projector drew the note '" << leaked(note_texts(*h.app), drawn) << "'");
    ++frames_checked;
    if (h.app->classroom.notes_in_own_window() && !leaked(note_texts(*h.app), test::presenter_window_text(*h.app, reader)).empty())
      ++presenter_frames_with_notes;
  };
  projector_shows_no_notes("the first question");
  h.press('N');  // two screens: the notes open in their own window
  CHECK(h.app->classroom.notes_in_own_window());
  CHECK_FALSE(h.app->classroom.confirm_presenter_view);
  projector_shows_no_notes("N pressed");
  h.press('B'), h.press('B'), h.press('A');
  projector_shows_no_notes("votes cast");
  h.press('W');  // the window closes ...
  CHECK_FALSE(h.app->classroom.notes_in_own_window());
  projector_shows_no_notes("W closed the window");
  h.press('W');  // ... and opens again
  h.press(kEnter);  // B applied
  projector_shows_no_notes("B applied");
  h.press('R');
  REQUIRE(h.app->classroom.revealed);
  projector_shows_no_notes("B revealed");
  h.press(kEnter);  // the typed question
  REQUIRE(h.session().phase() == Session::Phase::free_text);
  h.press('N');
  projector_shows_no_notes("a typed question, N pressed");
  h.press('N');
  projector_shows_no_notes("a typed question, notes back");
  CHECK(frames_checked == 8);
  CHECK(presenter_frames_with_notes >= 4);  // the reader finds the notes where they belong
}

TEST_CASE("classroom: on one screen the presenter view comes only after a confirmation, says it is not for the class, and N takes it away") {
  Harness h;
  test::DrawnText reader(*ImGui::GetIO().Fonts);
  h.press(kF5);
  h.press(kEnter);
  REQUIRE(h.app->screen == Screen::classroom);
  REQUIRE_MESSAGE(h.app->large_font->FindGlyphNoFallback(0x4E2D), "the notes are Chinese: install fonts-noto-cjk (scripts/install-deps)");
  CHECK_FALSE(h.app->classroom.two_screens());
  std::string banner = test::DrawnText::squeezed(std::string(word(h.app->lang(), "presenter_view_banner")));
  auto drawn = [&] {
    h.frame();
    return reader.of_last_frame();
  };
  h.press('B');  // a majority, which Enter would apply were the question not asked first
  h.press('N');
  CHECK(h.app->classroom.confirm_presenter_view);
  CHECK_FALSE(h.app->classroom.presenter_view);
  CHECK(leaked(note_texts(*h.app), drawn()).empty());  // the question is up, the notes are not
  h.press(kEnter);  // Enter keeps the projection
  CHECK_FALSE(h.app->classroom.presenter_view);
  CHECK(h.app->screen == Screen::classroom);
  CHECK(h.session().turns().empty());  // and applied nothing
  h.press('W');  // W on one screen asks the same
  CHECK(h.app->classroom.confirm_presenter_view);
  h.press(kEscape);
  CHECK_FALSE(h.app->classroom.presenter_view);
  CHECK(h.app->screen == Screen::classroom);
  CHECK(leaked(note_texts(*h.app), drawn()).empty());
  h.press('N');
  h.press('P');  // shown on purpose
  REQUIRE(h.app->classroom.presenter_view);
  std::string view = drawn();
  CHECK_FALSE(leaked(note_texts(*h.app), view).empty());  // the notes ...
  CHECK(view.find(banner) != std::string::npos);           // ... under the banner
  double waited = h.session().seconds_waiting();
  h.clock += 30;
  CHECK(h.session().seconds_waiting() == doctest::Approx(waited));  // the class waits meanwhile
  h.press('N');
  CHECK_FALSE(h.app->classroom.presenter_view);
  view = drawn();
  CHECK(leaked(note_texts(*h.app), view).empty());
  CHECK(view.find(banner) == std::string::npos);
}

TEST_CASE("classroom: the projected debrief says the turns, the class's votes, and saves a report") {
  Harness h;
  h.press(kF5);
  h.press(kEnter);
  h.press('B');
  h.press(kEnter);  // B
  h.press(kEnter);  // the typed question
  h.press(kEnter);  // into the reply box
  h.type("抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情");
  h.press(kEnter, true);
  REQUIRE(h.session().turns().size() == 2);
  h.press(kEnter);  // past the shown reply
  h.press(kEnter);  // past the colleague's line
  REQUIRE(h.session().node().id == "propose");
  h.press('A');
  h.press(kEnter);
  h.press(kEnter);
  REQUIRE(h.session().ended());
  test::DrawnText reader(*ImGui::GetIO().Fonts);
  h.frame();
  CHECK(reader.of_last_frame().find(test::DrawnText::squeezed(h.data)) == std::string::npos);  // the transcript's path is not projected
  CHECK(h.app->classroom.presenter_status.find(h.data) != std::string::npos);                    // the presenter has it
  h.press(kEnter);  // to the debrief
  REQUIRE(h.app->screen == Screen::classroom_debrief);
  REQUIRE(h.app->debrief);
  const Debrief& d = *h.app->debrief;
  CHECK(d.turns.size() == 3);
  REQUIRE(d.turns[0].vote);
  CHECK(d.turns[0].vote->options.at(1).votes == 1);
  h.frame();
  std::string summary = reader.of_last_frame();
  CHECK(summary.find(test::DrawnText::squeezed(h.data)) == std::string::npos);
  std::string votes = test::DrawnText::squeezed(
      fill(fill(word(h.app->lang(), "class_vote_summary"), "2"), "2"));  // B and A: the expert's both times
  CHECK_MESSAGE(summary.find(votes) != std::string::npos, summary);
  CHECK(summary.find("第0轮") == std::string::npos);
  h.press('H');  // save the report
  CHECK(h.app->classroom.saved_report.find(".html") != std::string::npos);
  CHECK(h.app->classroom.saved_report.find('/') == std::string::npos);  // the room sees the file's name, not where it is
  CHECK(fs::exists(h.data + "/reports"));
  for (size_t page = 1; page < 3 + d.turns.size(); ++page) h.press(kEnter);
  h.frame();
  std::string last = reader.of_last_frame();
  CHECK(last.find(test::DrawnText::squeezed(fill(fill(word(h.app->lang(), "discussion_turn"), "3"), "3"))) != std::string::npos);
}

TEST_CASE("characters met after the atlas was built join it at the next build") {
  Harness h;
  ImGuiIO& io = ImGui::GetIO();
  Fonts fonts = build_fonts(io, h.app->texts_to_render(), 1.0f);
  if (!fonts.cjk) {
    MESSAGE("no CJK font installed (fonts-noto-cjk): lazy glyphs not checked");
    return;
  }
  const ImWchar typed = 0x7287, pasted = 0x9CCF;  // 犇, 鳏: in Noto Sans CJK, in no test text
  CHECK_FALSE(glyphs_wanted());
  CHECK_FALSE(fonts.body->FindGlyphNoFallback(typed));
  ImVector<ImWchar> queue;  // as an input method leaves them in io.InputQueueCharacters
  queue.push_back(typed);
  need_glyphs(queue);
  CHECK(glyphs_wanted());
  io.GetClipboardTextFn = [](void*) -> const char* { return "鳏"; };
  need_glyphs_for_pasted_text(io);
  ImGui::GetClipboardText();  // what InputText does on Ctrl+V
  fonts = build_fonts(io, h.app->texts_to_render(), 1.0f);
  CHECK_FALSE(glyphs_wanted());
  for (ImFont* f : {fonts.body, fonts.large}) {
    CHECK(f->FindGlyphNoFallback(typed));
    CHECK(f->FindGlyphNoFallback(pasted));
  }
  // A character the font lacks asks for one rebuild, not one every frame.
  need_glyphs("\xee\x80\x80");  // U+E000, private use
  CHECK(glyphs_wanted());
  build_fonts(io, h.app->texts_to_render(), 1.0f);
  need_glyphs("\xee\x80\x80");
  CHECK_FALSE(glyphs_wanted());
}

TEST_CASE("a long analysis runs beside the window: frames keep coming, progress shows, estimates can be chosen") {
  // A chain whose replies move anger by one: about 50 states a node, 200,000 in all, far more
  // than the moment an attempt waits for its analysis before going on in the background.
  std::string folder = temp_dir();
  {
    std::ofstream out(folder + "/chain.yaml");
    out << "id: chain\ntitle: Chain\ncitizen: {name: X}\nmood: {anger: {start: 50, min: 0, max: 100}}\nstart: n0\nnodes:\n";
    for (int i = 0; i < 4000; ++i)
      out << "  n" << i << ":\n    choices:\n      - {reply: r, to: n" << i + 1 << ", effects: {anger: +1}, scores: {empathy: 1}}\n"
          << "      - {reply: s, to: n" << i + 1 << ", effects: {anger: -1}, when: 'anger > 20'}\n";
    out << "  n4000: {end: {outcome: resolved}}\n";
  }
  Harness h;
  h.app->open_folder(folder);
  REQUIRE(h.app->library.size() == 1);
  h.app->begin_briefing(0);
  h.app->start_attempt();
  CHECK(h.app->analysing());
  CHECK(h.app->screen == Screen::briefing);
  CHECK(h.app->animating());  // the loop keeps waking to draw the progress
  for (int i = 0; i < 5; ++i) h.frame();  // each frame returns at once while the search runs
  h.app->skip_analysis();
  for (int i = 0; i < 2000 && h.app->analysing(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    h.frame();
  }
  CHECK_FALSE(h.app->analysing());
  CHECK(h.app->screen == Screen::play);  // the attempt started once the analysis gave way
  REQUIRE(h.app->library[0].analysis);
  CHECK(h.app->library[0].bounds().approximate);
  CHECK(h.app->library[0].bounds().best[0] == 4000);  // the graph bound, exact on a chain
}

TEST_CASE("classroom: on a 1024x768 projector at the default 2x, every option, the tally and the apply button are drawn") {
  for (ImVec2 display : {ImVec2(1024, 768), ImVec2(1600, 900)}) {
    CAPTURE(display.x);
    Harness h;
    h.app->open_classroom(std::string(HALLSIM_SOURCE_DIR) + "/scenarios/angry-man-in-hall.yaml");
    REQUIRE(h.app->screen == Screen::classroom_setup);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = display;
    Fonts fonts = build_fonts(io, h.app->texts_to_render(), h.app->classroom.scale);  // as the window does at 2x
    REQUIRE_MESSAGE(fonts.cjk, "install fonts-noto-cjk (scripts/install-deps)");
    h.app->large_font = fonts.large;
    ImGui::GetStyle().ScaleAllSizes(h.app->classroom.scale);
    test::DrawnText reader(*io.Fonts);
    h.press(kEnter);
    REQUIRE(h.app->screen == Screen::classroom);
    const Session& s = h.session();
    std::vector<int> shown = s.visible_choices();
    REQUIRE(shown.size() == 4);
    for (int key : {'A', 'B', 'D', 'D'}) h.press(key);
    h.frame();
    std::string drawn = reader.of_last_frame();
    for (size_t i = 0; i < shown.size(); ++i) {
      std::string reply = s.text(s.node().choices[static_cast<size_t>(shown[i])].reply);
      std::string ending = test::DrawnText::squeezed(reply.substr(reply.size() - std::min<size_t>(reply.size(), 9)));  // its last words
      CHECK_MESSAGE(drawn.find(ending) != std::string::npos, "option " << static_cast<char>('A' + i) << " is cut: " << reply);
    }
    CHECK(drawn.find(test::DrawnText::squeezed(fmt::format("4 {}", word(h.app->lang(), "votes")))) != std::string::npos);
    std::string apply = test::DrawnText::squeezed(fmt::format("{} D (Enter)", word(h.app->lang(), "apply_majority")));
    CHECK_MESSAGE(drawn.find(apply) != std::string::npos, drawn);
    // Wholly on screen: every vertex of the frame inside the display, give or take the one-pixel
    // anti-aliased fringe of the full-screen window's own background.
    const ImDrawData* data = ImGui::GetDrawData();
    float lowest = 0;
    for (int l = 0; l < data->CmdListsCount; ++l)
      for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) lowest = std::max(lowest, v.pos.y);
    CHECK(lowest <= display.y + 1.5f);
  }
}

TEST_CASE("the layout self-check reports content cut off once, and leaves content that fits alone") {
  Harness h;
  layout_check::enable();
  int before = layout_check::problems();
  auto draw = [](int lines, bool must_fit, float label_room) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("check", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::BeginChild(must_fit ? "fit" : "box", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 4), true, must_fit ? 0 : ImGuiWindowFlags_NoScrollbar);
    if (must_fit) layout_check::must_fit();
    for (int i = 0; i < lines; ++i) ImGui::TextUnformatted("一行字");
    ImGui::EndChild();
    layout_check::text_clipped("信任 80", 90, label_room);
    ImGui::End();
    layout_check::end_frame("test");
    ImGui::Render();
  };
  draw(2, false, 200);
  draw(2, true, 200);
  CHECK(layout_check::problems() == before);
  draw(12, false, 200);  // one frame is a layout settling: nothing yet
  CHECK(layout_check::problems() == before);
  draw(12, false, 200);
  CHECK(layout_check::problems() == before + 1);
  draw(12, false, 200);  // the same problem is counted once
  CHECK(layout_check::problems() == before + 1);
  draw(12, true, 200);   // a must-fit region that scrolls
  draw(12, true, 200);
  CHECK(layout_check::problems() == before + 2);
  draw(2, false, 40);    // a label clipped by its widget
  draw(2, false, 40);
  CHECK(layout_check::problems() == before + 3);
  auto past_the_screen = [] {  // the harness's screen is 1280 wide
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(1100, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 100));
    ImGui::Begin("dialog", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("放弃本次练习？");
    ImGui::End();
    layout_check::end_frame("test");
    ImGui::Render();
  };
  past_the_screen();
  past_the_screen();
  CHECK(layout_check::problems() == before + 4);
}

namespace {
// The screen sizes and UI scales the layout self-check is run at (as in xvfb_layout.sh).
struct ScreenSize {
  float width, height, scale;
};
constexpr ScreenSize kCheckedSizes[] = {{1024, 768, 1}, {1024, 768, 2}, {1280, 800, 1}, {1280, 800, 2}, {1920, 1080, 3}};

// The harness's screen at `size`: its fonts built, and its style scaled, as the window does.
void show_at(Harness& h, ScreenSize size) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(size.width, size.height);
  h.app->large_font = build_fonts(io, h.app->texts_to_render(), size.scale).large;
  ImGui::GetStyle().ScaleAllSizes(size.scale);
}
}  // namespace

TEST_CASE("classroom: setup, vote, reveal, pause, presenter view and every debrief page pass the layout self-check at five sizes") {
  layout_check::enable();
  for (ScreenSize size : kCheckedSizes) {
    CAPTURE(size.width);
    CAPTURE(size.scale);
    Harness h;
    h.app->classroom.scale = size.scale;
    show_at(h, size);
    int before = layout_check::problems();
    auto settle = [&] {  // the self-check counts what lasts two frames
      h.frame();
      h.frame();
    };
    h.press(kF5);
    settle();  // the set-up page
    h.press(kEnter);
    for (int key : {'B', 'B', 'A'}) h.press(key);
    settle();  // the vote
    h.press('N');
    h.press('P');
    REQUIRE(h.app->classroom.presenter_view);
    settle();  // the presenter view
    h.press('N');
    h.press(kEnter);
    h.press('R');
    REQUIRE(h.app->classroom.revealed);
    settle();  // the applied reply, revealed
    h.press(kEnter);
    h.press('T');
    REQUIRE(h.app->classroom.timer == Classroom::Timer::paused);
    settle();  // the typed question, paused
    h.press(kEnter);
    h.type("抱歉让您久等，前面还有两位，大约五分钟");
    h.press(kEnter, true);
    h.press(kEnter);
    h.press(kEnter);
    REQUIRE(h.session().node().id == "propose");
    h.press('A');
    h.press(kEnter);
    h.press(kEnter);
    settle();  // the last line
    h.press(kEnter);
    REQUIRE(h.app->screen == Screen::classroom_debrief);
    for (int page = 0; page < 6; ++page) {
      settle();
      h.press(kEnter);
    }
    CHECK_MESSAGE(layout_check::problems() == before, "see the layout check's lines on stderr");
  }
}

TEST_CASE("the history screen shows each scenario's first, best and latest attempt and the trend") {
  Harness h;
  {
    History history = History::open(history_file(h.data));
    auto row = [](const char* finished_at, double overall, double empathy) {
      AttemptRow r;
      r.scenario_id = "features";
      r.scenario_hash = "hash";
      r.started_at = r.finished_at = finished_at;
      r.overall = overall;
      r.dimensions[0].percent = empathy;
      r.outcome = "resolved";
      r.rating = "satisfied";
      r.transcript_path = "/tmp/t.json";
      return r;
    };
    history.add(row("2030-01-01T10:00:00Z", 40, 30));
    history.add(row("2030-01-03T10:00:00Z", 65, 70));
    history.add(row("2030-01-02T10:00:00Z", 80, 90));
  }
  h.app->refresh_best_scores();
  REQUIRE(h.app->progress.size() == 1);
  const Progress& p = h.app->progress.front();
  CHECK(p.attempts == 3);
  CHECK(p.first.overall == 40);
  CHECK(p.best.overall == 80);
  CHECK(p.latest.overall == 65);
  CHECK(p.trend[0] == std::vector<double>{30, 90, 70});
  CHECK(h.app->best_overall.at("features") == 80);
  h.app->screen = Screen::history;
  h.frame();
  CHECK(h.app->window_title() == "HallSim — 练习记录");
  h.press(kEscape);
  CHECK(h.app->screen == Screen::start);
}

TEST_CASE("the folder picker lists subfolders and scenario files, goes up, and remembers recent folders") {
  std::string root = temp_dir();
  fs::create_directories(root + "/b-second/inner");
  fs::create_directories(root + "/a-first");
  fs::create_directories(root + "/.hidden");
  for (const char* name : {"one.yaml", "two.yml", "notes.txt"}) std::ofstream(root + "/" + name) << "x\n";
  FolderListing l = list_folder(root + "/b-second/..");
  CHECK(l.path == fs::canonical(root).string());
  CHECK(l.subfolders == std::vector<std::string>{"a-first", "b-second"});
  CHECK(l.scenario_files == 2);
  CHECK(l.error.empty());
  CHECK(parent_folder(root + "/b-second") == l.path);
  CHECK(parent_folder("/") == "/");
  FolderListing missing = list_folder(root + "/no-such-folder");
  CHECK_FALSE(missing.error.empty());
  CHECK(missing.subfolders.empty());

  Settings s;
  for (int i = 0; i < 10; ++i) remember_folder(s, "/f" + std::to_string(i));
  remember_folder(s, "/f5");
  CHECK(s.last_folder == "/f5");
  CHECK(s.recent_folders.size() == kRecentFolders);
  CHECK(s.recent_folders.front() == "/f5");
  CHECK(std::count(s.recent_folders.begin(), s.recent_folders.end(), "/f5") == 1);

  // The picker opens over the library and draws the listing; Esc closes it without choosing.
  Harness h;
  h.app->folder_picker.browse(root);
  h.app->folder_picker.open = true;
  h.frame();
  CHECK(ImGui::GetCurrentContext()->OpenPopupStack.Size == 1);
  h.press(kEscape);
  CHECK_FALSE(h.app->folder_picker.open);
  CHECK(ImGui::GetCurrentContext()->OpenPopupStack.Size == 0);
  CHECK(h.app->screen == Screen::start);
}

TEST_CASE("saving HTML without a browser says so and names the saved file") {
  Harness h;
  std::string bin = temp_dir();
  const char* old_path = std::getenv("PATH");
  std::string saved_path = old_path ? old_path : "";
  // No xdg-open at all.
  ::setenv("PATH", bin.c_str(), 1);
  h.app->status.clear();
  h.app->open_in_browser("/tmp/report-one.html");
  CHECK(h.app->status.find("/tmp/report-one.html") != std::string::npos);
  CHECK(h.app->status.find("没有打开浏览器") != std::string::npos);
  // An xdg-open that finds no browser (as on a machine without one): it fails a moment later.
  std::ofstream(bin + "/xdg-open") << "#!/bin/sh\nexit 3\n";
  fs::permissions(bin + "/xdg-open", fs::perms::owner_all);
  h.app->status.clear();
  h.app->open_in_browser("/tmp/report-two.html");
  for (int i = 0; i < 200 && h.app->status.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    h.frame();
  }
  CHECK(h.app->status.find("/tmp/report-two.html") != std::string::npos);
  ::setenv("PATH", saved_path.c_str(), 1);
}

TEST_CASE("every tooltip stays on the screen: the mouse swept over the library and a shipped briefing at five sizes") {
  layout_check::enable();
  for (ScreenSize size : kCheckedSizes) {
    CAPTURE(size.width);
    CAPTURE(size.scale);
    Harness h;
    h.app->settings.ui_scale = size.scale;
    h.app->open_folder(std::string(HALLSIM_SOURCE_DIR) + "/scenarios");
    REQUIRE_FALSE(h.app->library.empty());
    show_at(h, size);
    ImGuiIO& io = ImGui::GetIO();
    int before = layout_check::problems();
    int tooltips = 0;
    auto tooltip_up = [] {
      const ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00");
      return tip && tip->Active;
    };
    // Every point of a grid finer than a line of text; where a tooltip opens, two frames more
    // (one measures it, and the check counts what lasts two frames).
    auto sweep = [&] {
      float step_y = ImGui::GetFontSize() * 0.9f, step_x = ImGui::GetFontSize() * 4;
      for (float y = step_y / 2; y < size.height; y += step_y)
        for (float x = step_x / 2; x < size.width; x += step_x) {
          io.MousePos = ImVec2(x, y);
          h.frame();
          if (!tooltip_up()) continue;
          ++tooltips;
          h.frame();
          h.frame();
        }
      io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    };
    sweep();  // the library: its mode buttons and folder buttons have tips
    h.app->begin_briefing(0);  // every briefing has the same tips
    REQUIRE(h.app->screen == Screen::briefing);
    sweep();  // the DISC line's tip lists all four types
    CHECK(tooltips > 0);  // the sweep did meet the tips it is here for
    CHECK_MESSAGE(layout_check::problems() == before, "see the layout check's lines on stderr");
  }
}

TEST_CASE("a tooltip with no room beside the mouse on any side still stays on the screen") {
  // ImGui's own placement lets such a tooltip run off the screen at the mouse: a DISC tooltip at
  // 2x with the mouse mid-screen did, on a 1280x800 projector.
  Harness h;
  layout_check::enable();
  int before = layout_check::problems();
  ImGuiIO& io = ImGui::GetIO();
  std::string long_tip;
  for (int i = 0; i < 80; ++i) long_tip += "性格类型说明，一句较长的提示文字。";
  for (ImVec2 mouse : {ImVec2(640, 400), ImVec2(20, 20), ImVec2(1260, 780), ImVec2(1260, 20)}) {
    CAPTURE(mouse.x);
    CAPTURE(mouse.y);
    io.MousePos = mouse;
    // The button is hovered, its new tooltip measured in a hidden frame, then shown: on the
    // screen from the first frame it shows.
    for (int frame = 0; frame < 3; ++frame) {
      ImGui::NewFrame();
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(io.DisplaySize);
      ImGui::Begin("screen", nullptr, ImGuiWindowFlags_NoDecoration);
      ImGui::SetCursorScreenPos(ImVec2(mouse.x - 10, mouse.y - 10));
      ImGui::Button("?", ImVec2(20, 20));
      hover_tip(long_tip);
      ImGui::End();
      layout_check::end_frame("test");
      ImGui::Render();
    }
    const ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00");
    REQUIRE(tip);
    CHECK(tip->Active);
    CHECK_FALSE(tip->Hidden);
    CHECK(tip->Size.y > 400);  // taller than the room above or below the middle of the screen
    CHECK(tip->Pos.x >= 0);
    CHECK(tip->Pos.y >= 0);
    CHECK(tip->Pos.x + tip->Size.x <= io.DisplaySize.x);
    CHECK(tip->Pos.y + tip->Size.y <= io.DisplaySize.y);
  }
  CHECK(layout_check::problems() == before);
}
