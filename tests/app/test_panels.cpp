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

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "app.hpp"
#include "folder_picker.hpp"
#include "fonts.hpp"
#include "store/history.hpp"

using namespace hallsim;
using namespace hallsim::app;
namespace fs = std::filesystem;

namespace {

// GLFW's key codes, as the real backend maps them.
constexpr int kEnter = 257, kEscape = 256, kDown = 264, kUp = 265, kTab = 258, kBackspace = 259;

std::string temp_dir() {
  std::string pattern = (fs::temp_directory_path() / "hallsim-app-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()));
  return pattern;
}

struct Harness {
  double clock = 100;
  std::string config = temp_dir(), data = temp_dir();
  std::unique_ptr<App> app;

  Harness() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60;
    io.IniFilename = nullptr;
    io.KeyMap[ImGuiKey_Enter] = kEnter;
    io.KeyMap[ImGuiKey_Escape] = kEscape;
    io.KeyMap[ImGuiKey_DownArrow] = kDown;
    io.KeyMap[ImGuiKey_UpArrow] = kUp;
    io.KeyMap[ImGuiKey_Tab] = kTab;
    io.KeyMap[ImGuiKey_Backspace] = kBackspace;
    open();
  }
  ~Harness() { ImGui::DestroyContext(); }

  void open() {
    app = std::make_unique<App>(AppPaths{config, data}, std::string(HALLSIM_SOURCE_DIR) + "/tests/data",
                                [this] { return clock; });
    Fonts fonts = build_fonts(ImGui::GetIO(), app->texts_to_render(), 1.0f);
    app->large_font = fonts.large;
    app->fonts_dirty = false;
    frame();
  }
  void frame() {
    ImGui::NewFrame();
    app->frame();
    ImGui::Render();
  }
  void press(int key, bool ctrl = false, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[key] = true;
    frame();
    io.KeysDown[key] = false;
    io.KeyCtrl = io.KeyShift = false;
    frame();
  }
  void type(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    frame();
  }
  const Session& session() const { return *app->session; }
};

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
  std::string report = h.app->save_report("html");
  REQUIRE_FALSE(report.empty());
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
  h.press(kEnter);  // abandon
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
constexpr int kF5 = 294;

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("classroom: hands are counted, taken back, a tie waits, the majority is applied and recorded") {
  Harness h;
  h.press(kF5);
  REQUIRE(h.app->screen == Screen::present_setup);
  h.press(kEnter);
  REQUIRE(h.app->screen == Screen::present);
  CHECK(h.app->presenting());
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

TEST_CASE("classroom: the instructor overrides with Shift, reveals with R, and the timer pauses with T") {
  Harness h;
  h.press(kF5);
  h.press(kEnter);
  CHECK_FALSE(h.app->classroom.revealed);
  h.press('A'), h.press('A');
  h.press('C', false, true);  // Shift+C: the class goes on with C whatever the hands say
  REQUIRE(h.session().turns().size() == 1);
  CHECK(h.session().turns()[0].choice == 2);
  CHECK(h.session().node().id == "opening");  // C asks again
  CHECK(h.session().turns()[0].vote->overridden);
  CHECK_FALSE(h.app->classroom.revealed);  // scores stay hidden ...
  h.press('R');
  CHECK(h.app->classroom.revealed);  // ... until revealed
  h.press('T');
  CHECK(h.app->classroom.timer == Classroom::Timer::paused);
  double waited = h.session().seconds_waiting();
  h.clock += 60;  // the class discusses for a minute
  h.frame();
  CHECK(h.session().seconds_waiting() == doctest::Approx(waited));
  h.press('T');
  CHECK(h.app->classroom.timer == Classroom::Timer::hidden);
  h.clock += 5;
  h.frame();
  CHECK(h.session().seconds_waiting() == doctest::Approx(waited + 5));
  h.press('T');
  CHECK(h.app->classroom.timer == Classroom::Timer::shown);
  float scale = h.app->classroom.scale;
  h.press('=');
  CHECK(h.app->classroom.scale > scale);
  CHECK(h.app->fonts_dirty);
  h.press(kEscape);  // asks first
  CHECK(h.app->screen == Screen::present);
  h.press(kEnter);
  CHECK(h.app->screen == Screen::start);
  CHECK_FALSE(h.app->presenting());
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
