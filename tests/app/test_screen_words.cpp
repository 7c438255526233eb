// One language at a time: every zh-CN screen of the app, its dialogs included, is read back from
// what ImGui drew, and no English UI word, no other stray Latin word and no untranslated key may
// be on it. The screens: a whole attempt, the classroom (set-up, vote, presenter view, reveal,
// the presenter's own window, the projected debrief), the history, the folder picker and
// authoring mode (files, graph, problems, rehearsal, random plays).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include <imgui.h>
#include <imgui_internal.h>  // the tab bars, to open the random plays' tab

#include "app.hpp"
#include "app_harness.hpp"
#include "drawn_text.hpp"
#include "model/words.hpp"
#include "store/history.hpp"

namespace screen_words {

using namespace hallsim;
using namespace hallsim::app;
using test::kBackspace, test::kEnter, test::kEscape, test::kF5;
namespace fs = std::filesystem;

std::string without_spaces(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; }), s.end());
  return s;
}

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

struct TableRow {
  std::string zh, en;
};

// KEY<TAB>zh-CN<TAB>en rows of one of the engine's word tables (engine/model/*.tsv).
std::vector<TableRow> table_rows(const char* file, std::vector<std::string>* keys = nullptr) {
  std::ifstream in(std::string(HALLSIM_SOURCE_DIR) + "/engine/model/" + file);
  std::vector<TableRow> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t'), b = line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    if (keys) keys->push_back(line.substr(0, a));
    rows.push_back({line.substr(a + 1, b - a - 1), line.substr(b + 1)});
  }
  return rows;
}

// The Latin words of `text`: letters, digits and '_', starting with a letter.
std::set<std::string> latin_words(const std::string& text) {
  static const std::regex latin(R"([A-Za-z][A-Za-z0-9_]*)");
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), latin); it != std::sregex_iterator(); ++it) out.insert(it->str());
  return out;
}

// English UI texts (from words.tsv) that no zh-CN text contains: on a zh-CN screen they mean a
// word was not translated.
std::vector<std::string> english_ui_words() {
  std::vector<TableRow> rows = table_rows("words.tsv");
  static const std::regex plain_words(R"([A-Za-z][A-Za-z ']{3,})");
  std::vector<std::string> out;
  for (const auto& r : rows) {
    if (!std::regex_match(r.en, plain_words)) continue;
    bool in_chinese = std::any_of(rows.begin(), rows.end(), [&](const TableRow& z) { return z.zh.find(r.en) != std::string::npos; });
    if (!in_chinese) out.push_back(without_spaces(r.en));
  }
  return out;
}

// The Latin words a zh-CN screen may show of its own: those its Chinese texts use on purpose (the
// keys Enter, Esc and Ctrl, DISC, `hallsim lint`, a format's keys such as model_reply), the
// product's name, the language switch's "English" and the time zone beside a time.
std::set<std::string> latin_words_of_chinese_texts() {
  std::set<std::string> out{"HallSim", "English", "UTC"};
  for (const char* table : {"words.tsv", "diagnostics.tsv"})
    for (const auto& r : table_rows(table)) out.merge(latin_words(r.zh));
  return out;
}

// UI keys with a '_' and the stored values of the engine's enums (very_satisfied, follow_up):
// shown raw, they mean a word was never looked up.
std::set<std::string> raw_keys() {
  std::vector<std::string> keys;
  table_rows("words.tsv", &keys);
  std::set<std::string> out;
  for (const auto& k : keys) {
    if (k.find('_') == std::string::npos) continue;
    out.insert(k);
    for (const char* prefix : {"rating_", "outcome_", "step_", "dimension_"})
      if (k.rfind(prefix, 0) == 0 && k.find('_', std::string(prefix).size()) != std::string::npos) out.insert(k.substr(std::string(prefix).size()));
  }
  return out;
}

// The app in zh-CN, and a check of whatever it drew last.
struct Screens : test::AppHarness {
  std::vector<std::string> english = english_ui_words();
  std::set<std::string> allowed_latin = latin_words_of_chinese_texts();
  std::set<std::string> keys = raw_keys();
  std::set<std::string> seen;  // the screens checked

  Screens() {
    REQUIRE(app->lang() == "zh-CN");
    // What the data shows as it is: the folders (in the folder box, the status line).
    for (const std::string& path : {library, config, data}) allow_words_of(path);
  }
  // Names a screen shows as their author or the computer wrote them: a scenario's ids, a path.
  void allow_words_of(const std::string& text) { allowed_latin.merge(latin_words(text)); }

  // The screen as drawn now: no English UI word, no Latin word the Chinese texts do not use, no key.
  void check(const std::string& name) {
    frame();
    check_text(name, test::DrawnText(*ImGui::GetIO().Fonts).lines_of_last_frame());
  }
  void check_text(const std::string& name, const std::string& text) {
    CAPTURE(name);
    CAPTURE(text);
    REQUIRE(text.find_first_not_of(" \n") != std::string::npos);  // the reader saw the screen
    std::string flat = without_spaces(text);
    for (const auto& e : english) {
      if (allowed(e)) continue;  // an author's name that is also a UI word: a node called "partial"
      CAPTURE(e);
      CHECK(flat.find(e) == std::string::npos);
    }
    static const std::regex code(R"(HS[0-9]{4})");  // a diagnostic's code, the same in any language
    for (const auto& w : latin_words(text)) {
      CAPTURE(w);
      CHECK((w.size() < 3 || allowed_latin.count(w) > 0 || std::regex_match(w, code)));
      CHECK(keys.count(w) == 0);
    }
    seen.insert(name);
    if (std::getenv("SHOW_SCREENS")) MESSAGE(name << ":\n" << text);  // to read what a screen says
  }
  bool allowed(const std::string& words) const {
    std::set<std::string> each = latin_words(words);
    return std::all_of(each.begin(), each.end(), [&](const std::string& w) { return allowed_latin.count(w) > 0; });
  }
};

}  // namespace screen_words

TEST_CASE("every zh-CN screen of an attempt, and its dialogs, is in Chinese") {
  using namespace screen_words;
  Screens s;
  REQUIRE(s.english.size() > 50);
  s.check("library");
  s.press(kEnter);
  REQUIRE(s.app->screen == Screen::briefing);
  s.check("briefing");
  s.press(kEnter);
  REQUIRE(s.app->screen == Screen::play);
  s.check("choices");
  s.press(kEscape);
  REQUIRE(s.app->confirm_abandon);
  s.check("abandon dialog");
  s.press(kEscape);
  s.press('2');
  s.press(kEnter);
  REQUIRE(s.app->session->node().id == "check");
  s.check("typed reply");
  s.app.reset();  // a crash: the next start offers to resume
  s.open();
  REQUIRE(s.app->pending_resume);
  s.check("resume dialog");
  s.press(kEnter);
  s.frame();
  s.type("抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情");
  s.press(kEnter, true);
  REQUIRE(s.app->session->turns().size() == 2);
  s.check("a colleague's line");
  s.press(kEnter);
  s.press('1');
  s.press(kEnter);
  REQUIRE(s.app->session->ended());
  s.press(kEnter);
  REQUIRE(s.app->screen == Screen::debrief);
  s.check("debrief");
  CHECK(s.seen.size() == 8);
  CHECK(missing_words().empty());
  // The check can fail: the library in English is full of the words it looks for.
  s.press(kEscape);
  REQUIRE(s.app->screen == Screen::start);
  s.app->settings.language = "en";
  s.frame();
  std::string english = without_spaces(test::DrawnText(*ImGui::GetIO().Fonts).of_last_frame());
  CAPTURE(english);
  CHECK(std::count_if(s.english.begin(), s.english.end(),
                      [&](const std::string& e) { return english.find(e) != std::string::npos; }) >= 5);
}

TEST_CASE("every zh-CN classroom screen, the presenter's included, is in Chinese") {
  using namespace screen_words;
  Screens s;
  s.press(kF5);
  REQUIRE(s.app->screen == Screen::classroom_setup);
  s.check("classroom set-up, one screen");
  s.app->classroom.monitors = {{"eDP-1", 1280, 800}, {"HDMI-1", 1024, 768}};  // names the computer gives
  s.allow_words_of("eDP HDMI");
  s.check("classroom set-up, two screens");
  s.app->classroom.monitors.clear();
  s.press(kEnter);
  REQUIRE(s.app->screen == Screen::classroom);
  for (int key : {'B', 'B', 'A'}) s.press(key);
  s.check("class vote");
  s.press('N');
  REQUIRE(s.app->classroom.confirm_presenter_view);
  s.check("presenter view question");
  s.press('P');
  REQUIRE(s.app->classroom.presenter_view);
  s.check("presenter view");
  s.press('N');
  s.press(kEnter);  // B applied
  REQUIRE(s.app->classroom.applied_turn);
  s.check("applied reply");
  s.press('R');
  REQUIRE(s.app->classroom.revealed);
  s.check("reveal");
  s.press(kEnter);  // the typed question
  s.press('T');
  REQUIRE(s.app->classroom.timer == Classroom::Timer::paused);
  s.check("typed question, timer paused");
  s.press(kEscape);
  s.check("end the class dialog");
  s.press(kEnter);  // keeps the class going
  REQUIRE(s.app->screen == Screen::classroom);
  s.press(kEnter);  // into the reply box
  s.type("抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情");
  s.press(kEnter, true);
  REQUIRE(s.session().turns().size() == 2);
  s.check("the class's typed reply");
  s.press(kEnter);
  s.press(kEnter);
  REQUIRE(s.session().node().id == "propose");
  s.press('A');
  s.press(kEnter);
  s.press(kEnter);
  REQUIRE(s.session().ended());
  s.check("the last line");
  s.press(kEnter);
  REQUIRE(s.app->screen == Screen::classroom_debrief);
  s.press('H');  // a report saved: its file's name is shown
  REQUIRE_FALSE(s.app->classroom.saved_report.empty());
  s.allow_words_of(s.app->classroom.saved_report);
  for (int page = 0; page < 6; ++page) {
    s.check("projected debrief page " + std::to_string(page + 1));
    s.press(kEnter);
  }
  CHECK(missing_words().empty());
}

TEST_CASE("the presenter's own window speaks zh-CN") {
  using namespace screen_words;
  Screens s;
  s.app->classroom.monitors = {{"eDP-1", 1280, 800}, {"HDMI-1", 1024, 768}};
  s.allow_words_of("eDP HDMI");
  s.press(kF5);
  s.press(kEnter);
  s.press('N');
  REQUIRE(s.app->classroom.notes_in_own_window());
  test::DrawnText reader(*ImGui::GetIO().Fonts);
  s.press('B');
  s.check_text("presenter's window at a vote", test::presenter_window_text(*s.app, reader, true));
  s.press(kEnter);
  s.press('R');
  s.check_text("presenter's window after the reveal", test::presenter_window_text(*s.app, reader, true));
  s.press(kEnter);
  REQUIRE(s.session().phase() == Session::Phase::free_text);
  s.check_text("presenter's window at a typed question", test::presenter_window_text(*s.app, reader, true));
}

TEST_CASE("the zh-CN history screen names everything in Chinese, empty or not") {
  using namespace screen_words;
  Screens s;
  s.app->screen = Screen::history;
  s.check("history, empty");
  {
    History history = History::open(history_file(s.data));
    for (const char* finished_at : {"2030-01-01T10:00:00Z", "2030-01-02T10:00:00Z"}) {
      AttemptRow r;
      r.scenario_id = "features";
      r.scenario_hash = "hash";
      r.started_at = r.finished_at = finished_at;
      r.overall = 70;
      r.outcome = "escalated";
      r.rating = "very_dissatisfied";
      r.transcript_path = "/tmp/t.json";
      history.add(r);
    }
  }
  s.app->refresh_best_scores();
  REQUIRE(s.app->progress.size() == 1);
  s.check("history");
}

TEST_CASE("the zh-CN folder picker is in Chinese") {
  using namespace screen_words;
  std::string root = test::scratch_dir("hallsim-picker");
  fs::create_directories(root + "/first-folder");
  std::ofstream(root + "/one.yaml") << "x\n";
  Screens s;
  s.allow_words_of(root + " first-folder");
  s.app->folder_picker.browse(root);
  s.app->folder_picker.open = true;
  s.frame();  // the dialog opens
  REQUIRE(ImGui::GetCurrentContext()->OpenPopupStack.Size == 1);
  s.check("folder picker");
  s.app->settings.recent_folders = {root};
  s.app->folder_picker.browse(root + "/first-folder");
  s.check("folder picker, an empty folder");
}

TEST_CASE("the zh-CN history and folder picker say in Chinese what went wrong") {
  using namespace screen_words;
  Screens s;
  fs::create_directories(history_file(s.data));  // a folder where the history's file should be
  s.allow_words_of(history_file(s.data));
  s.app->refresh_best_scores();
  REQUIRE_FALSE(s.app->history_error.empty());
  s.app->screen = Screen::history;
  s.check("history, unreadable");
  s.app->screen = Screen::start;
  s.allow_words_of("no-such-folder");
  s.app->folder_picker.browse(s.data + "/no-such-folder");
  s.app->folder_picker.open = true;
  s.frame();
  s.check("folder picker, a folder that is not there");
}

TEST_CASE("every zh-CN authoring screen is in Chinese: files, graph, problems, rehearsal, random plays") {
  using namespace screen_words;
  Screens s;
  std::string folder = test::scratch_dir("hallsim-authoring");
  fs::copy(std::string(HALLSIM_SOURCE_DIR) + "/tests/data/rubrics", folder + "/rubrics", fs::copy_options::recursive);
  std::string good = file_text(std::string(HALLSIM_SOURCE_DIR) + "/tests/data/features.yaml");
  std::ofstream(folder + "/features.yaml") << good;
  s.allow_words_of(good);  // node ids, variables, cues: the author's names
  for (const auto& rubric : fs::directory_iterator(folder + "/rubrics")) s.allow_words_of(file_text(rubric.path().string()));
  s.allow_words_of(folder);
  s.app->open_authoring(folder);
  s.frames_until([&] { return !s.app->author.working(); });
  REQUIRE(s.app->author.session());
  s.check("authoring: graph and rehearsal");
  s.press('2');
  s.check("authoring: a typed reply rehearsed");
  // A broken save: the problems under the graph, the last good version still running.
  std::string broken = good;
  broken.replace(broken.find("        to: check\n"), 18, "        to: nowhere\n");
  std::ofstream(folder + "/features.yaml") << broken;
  s.allow_words_of("nowhere");
  s.clock += AuthorMode::kPollSeconds + 0.1;
  s.frames_until([&] {
    return !s.app->author.working() && !s.app->author.files().empty() && !s.app->author.files()[0].diagnostics.empty();
  });
  s.check("authoring: problems");
  s.press(kKeyF8);  // the first problem, its lines shown
  REQUIRE(s.app->author.excerpt());
  s.check("authoring: a problem's lines");
  // The random plays' tab, run.
  for (int i = 0; i < ImGui::GetCurrentContext()->TabBars.GetMapSize(); ++i)
    if (ImGuiTabBar* bar = ImGui::GetCurrentContext()->TabBars.TryGetMapData(i); bar && bar->Tabs.Size == 2)
      bar->NextSelectedTabId = bar->Tabs[1].ID;
  s.frame();
  s.check("authoring: random plays, not run");
  s.app->author.random_settings = {200, 7, false};
  s.app->author.start_random_plays();
  s.frames_until([&] { return !s.app->author.random_running(); });
  REQUIRE(s.app->author.random_result());
  s.check("authoring: random plays");
  CHECK(missing_words().empty());
}
