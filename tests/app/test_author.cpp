// Authoring mode without a window: live reload of a saved file (a broken save keeps the last good
// version running and lists the problem), the graph's click-to-jump, the inspector's edits, random
// playthroughs, and that no rehearsal is ever recorded as an attempt.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <imgui.h>
#include <imgui_internal.h>  // FocusWindow, the windows by name

#include "app.hpp"
#include "app_harness.hpp"
#include "author_panels.hpp"
#include "fonts.hpp"
#include "keys.hpp"
#include "widgets.hpp"

using namespace hallsim;
using namespace hallsim::app;
namespace fs = std::filesystem;

namespace {

using test::kEnter, test::kTab;

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// `text` with its first `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

int line_of(const std::string& text, const std::string& needle) {
  auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// The app in authoring mode on a copy of tests/data/features.yaml (with its shared rubric).
struct Harness : test::AppHarness {
  std::string folder = test::scratch_dir("hallsim-author");
  std::string file = folder + "/features.yaml";
  std::string good = read(std::string(HALLSIM_SOURCE_DIR) + "/tests/data/features.yaml");

  Harness() : AppHarness(false) {
    fs::copy(std::string(HALLSIM_SOURCE_DIR) + "/tests/data/rubrics", folder + "/rubrics", fs::copy_options::recursive);
    write(file, good);
    start();
    app->open_authoring(folder);
    fonts();
    settle();
  }

  // Frames until the files loading in the background are in.
  void settle() {
    frames_until([this] { return !app->author.working(); });
  }
  // Time passes past the next look at the files, and what changed has loaded.
  void later() {
    clock += AuthorMode::kPollSeconds + 0.1;
    settle();
  }
  void click(ImVec2 at) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
  }
  // Gives the keyboard to the child window whose name contains `name`, as a click into it would.
  void focus_window(const char* name) {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
      if (std::string(w->Name).find(name) != std::string::npos) return ImGui::FocusWindow(w);
    FAIL("no window named " << name);
  }
  AuthorMode& author() { return app->author; }
  const WatchedFile& opened() { return author().files().at(0); }
  Session& rehearsal() {
    REQUIRE(author().session());
    return *author().session();
  }
  int node(const char* id) { return rehearsal().scenario().find_node(id); }
};

}  // namespace

SCENARIO("a saved file reloads; a broken save keeps the last good version running") {
  GIVEN("the authoring mode on a good scenario, rehearsed up to the second node") {
    Harness h;
    REQUIRE(h.author().files().size() == 1);
    REQUIRE(h.opened().live);
    CHECK(h.opened().diagnostics.empty());
    CHECK(h.rehearsal().node().id == "opening");
    h.press('2');  // the apology: on to "check"
    REQUIRE(h.rehearsal().node().id == "check");
    auto good_version = h.opened().live;

    WHEN("a broken version is saved") {
      std::string broken = replaced(h.good, "        to: check\n", "        to: nowhere\n");
      write(h.file, broken);
      h.frame();
      THEN("nothing reloads before the next poll") { CHECK(h.opened().diagnostics.empty()); }
      h.later();
      THEN("the problem is listed with its line and column, and the good version keeps running") {
        REQUIRE(h.opened().errors() == 1);
        const Diagnostic& d = h.opened().diagnostics.at(0);
        CHECK(d.code == "HS0030");
        CHECK(d.line == line_of(broken, "to: nowhere"));
        CHECK(h.opened().stale());
        CHECK(h.opened().live == good_version);
        CHECK(h.rehearsal().node().id == "check");
        CHECK(h.app->window_title().find("仍在运行上一个正确版本") != std::string::npos);
      }
      THEN("F8 picks the problem: its place is copied and its line shown, the column on 'nowhere'") {
        const Diagnostic d = h.opened().diagnostics.at(0);
        h.press(kKeyF8);
        CHECK(std::string(ImGui::GetClipboardText()) == h.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column));
        REQUIRE(h.author().excerpt());
        const SourceExcerpt& e = *h.author().excerpt();
        REQUIRE(d.line - e.first_line < static_cast<int>(e.lines.size()));
        const std::string& offending = e.lines.at(static_cast<size_t>(d.line - e.first_line));
        CHECK(offending.substr(utf8_prefix(offending, static_cast<size_t>(d.column - 1)).size()) == "nowhere");
        CHECK(e.lines.size() == 5);  // two lines either side
        CHECK(h.app->status.find(h.file) != std::string::npos);
      }

      AND_WHEN("it is fixed and saved again") {
        std::string fixed = replaced(h.good, "那你快点看看。", "那你快点帮我查一查。");
        write(h.file, fixed);
        h.later();
        THEN("the new version runs and the rehearsal keeps its place and path") {
          CHECK(h.opened().diagnostics.empty());
          CHECK_FALSE(h.opened().stale());
          CHECK(h.opened().live != good_version);
          CHECK(h.rehearsal().node().id == "check");
          CHECK(h.rehearsal().line() == "那你快点帮我查一查。");
          CHECK(h.rehearsal().path() == std::vector<std::string>{"opening", "check"});
          CHECK(h.app->window_title().find("仍在运行") == std::string::npos);
        }
      }
    }
  }
}

TEST_CASE("a saved shared rubric reloads the scenarios that use it") {
  Harness h;
  auto before = h.opened().live;
  std::ofstream(h.folder + "/rubrics/shared.yaml", std::ios::app) << "# edited\n";
  h.later();
  CHECK(h.opened().live != before);
  CHECK(h.opened().diagnostics.empty());
}

TEST_CASE("a file that never loaded shows its problems and no rehearsal") {
  Harness h;
  write(h.file, "id: features\nnodes: [\n");
  h.later();
  CHECK(h.opened().live);  // the copy that loaded before stays
  write(h.folder + "/second.yaml", "id: second\ntitle: x\n");
  h.later();
  REQUIRE(h.author().files().size() == 2);
  const WatchedFile& second = h.author().files().at(1);
  CHECK_FALSE(second.live);
  CHECK(second.errors() > 0);
  h.author().select(1);
  h.frame();
  CHECK_FALSE(h.author().session());
  CHECK(h.app->window_title().find("还没有能运行的版本") != std::string::npos);
}

TEST_CASE("clicking a node in the graph moves the rehearsal there") {
  Harness h;
  h.author().view.fit = true;  // the Fit button: the graph fits this window at a legible size
  h.frame();
  int propose = h.node("propose");
  ImVec2 at = graph_node_centre(h.author().view, h.author().layout(), propose);
  h.click(at);
  CHECK(h.rehearsal().node().id == "propose");
  CHECK(h.rehearsal().edited());
  auto path = h.rehearsal().path();
  CHECK(path.back() == "propose");
  // A drag pans instead of clicking.
  float pan = h.author().view.pan_x;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = graph_node_centre(h.author().view, h.author().layout(), h.node("angrier"));
  h.frame();
  io.MouseDown[0] = true;
  h.frame();
  for (int i = 0; i < 5; ++i) {
    io.MousePos.x += 20;
    h.frame();
  }
  io.MouseDown[0] = false;
  h.frame();
  CHECK(h.rehearsal().node().id == "propose");
  CHECK(h.author().view.pan_x > pan + 50);
}

TEST_CASE("the inspector edits a mood by the keyboard") {
  Harness h;
  int anger = h.rehearsal().scenario().find_variable("anger");
  h.focus_window("rehearse_scroll");
  h.press(kTab);  // the first field of the panel: the anger slider, as a text box
  h.frame();
  CHECK(ImGui::GetIO().WantTextInput);
  h.type("90");
  h.press(kEnter);
  CHECK(h.rehearsal().state().vars[static_cast<size_t>(anger)] == 90);
  CHECK(h.rehearsal().edited());
  CHECK(h.rehearsal().node().id == "opening");  // the digits typed picked no reply
}

TEST_CASE("the inspector's edits reach the rehearsal") {
  Harness h;
  Session& s = h.rehearsal();
  const Scenario& sc = s.scenario();
  int anger = sc.find_variable("anger"), asked = sc.find_variable("asked"), has_number = sc.find_variable("has_number");
  CHECK(s.visible_choices().size() == 3);
  s.set_variable(asked, 1);  // hides "您再问一遍？", whose condition is asked < 1
  CHECK(s.visible_choices().size() == 2);
  s.set_variable(anger, 250);  // a mood stays in its range
  CHECK(s.state().vars[static_cast<size_t>(anger)] == 100);
  s.set_variable(has_number, 0);
  CHECK(s.state().vars[static_cast<size_t>(has_number)] == 0);
  s.set_elapsed(25);
  CHECK(s.clock() == "11:45");
  s.set_raw_score(0, 7);
  CHECK(s.totals().dimensions[0].raw == 7);
  CHECK(s.edited());
  h.frame();  // the inspector and the hidden choice draw
  // Played from here with these values, the attempt still ends, and is still not recorded.
  h.press('1');
  h.frame();
  CHECK(h.rehearsal().ended());
  CHECK(h.rehearsal().ending()->outcome == Outcome::escalated);
}

TEST_CASE("a rehearsal is never recorded as an attempt") {
  Harness h;
  h.press('2');
  h.frame();
  h.author().reply_draft = "前面还有两位，大约五分钟";
  h.rehearsal().say(h.author().reply_draft, 0.0);
  while (!h.rehearsal().ended()) {
    if (h.rehearsal().phase() == Session::Phase::line) h.press(kEnter);
    else h.press('1');
  }
  CHECK_FALSE(h.rehearsal().edited());  // only played, never moved or edited, and still not recorded
  h.frame();
  CHECK_FALSE(h.app->session);
  CHECK_FALSE(fs::exists(h.data + "/journal.json"));
  CHECK_FALSE(fs::exists(h.data + "/transcripts"));
  CHECK_FALSE(fs::exists(h.data + "/history.sqlite3"));
}

TEST_CASE("F6 leaves authoring mode for the screen underneath and comes back") {
  Harness h;
  REQUIRE(h.app->authoring);
  h.press(kKeyF6);
  CHECK_FALSE(h.app->authoring);
  CHECK(h.app->screen == Screen::start);
  CHECK(h.app->window_title() == "HallSim");
  h.press(kKeyF6);
  CHECK(h.app->authoring);
  CHECK(h.author().folder() == h.folder);  // the folder it had open
  CHECK(h.app->window_title().find("编写模式") != std::string::npos);
}

TEST_CASE("random playthroughs from the start and from the rehearsal's node") {
  Harness h;
  auto run = [&] {
    h.author().start_random_plays();
    for (int i = 0; i < 2000 && h.author().random_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      h.frame();
    }
    REQUIRE_FALSE(h.author().random_running());
    REQUIRE(h.author().random_result());
    return *h.author().random_result();
  };
  h.author().random_settings = {2000, 7, false};
  RandomPlays all = run();
  CHECK(all.plays == 2000);
  size_t finished = all.stuck + all.cut_off;
  for (size_t n : all.outcome_counts) finished += n;
  CHECK(finished == 2000);
  CHECK(all.outcome_counts[static_cast<size_t>(Outcome::escalated)] > 0);
  h.frame();  // bars and histograms draw

  h.author().jump_to(h.node("propose"));
  h.author().random_settings.from_here = true;
  RandomPlays here = run();
  CHECK(here.outcome_counts[static_cast<size_t>(Outcome::escalated)] == 0);  // no way back to anger from "propose"
  auto never = here.never_reached;
  CHECK(std::find(never.begin(), never.end(), h.node("opening")) != never.end());
}
