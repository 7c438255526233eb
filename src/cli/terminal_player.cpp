#include "base/clock.hpp"
#include "terminal_player.hpp"

#include <cstdio>
#include <filesystem>
#include <optional>
#include <iostream>
#include <string>

#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include "common.hpp"
#include "record.hpp"
#include "model/words.hpp"
#include "debrief/debrief.hpp"
#include "debrief/render.hpp"
#include "debrief/time_text.hpp"
#include "base/atomic_file.hpp"
#include "attempt/lifecycle.hpp"
#include "base/paths.hpp"

namespace hallsim::cli {

namespace {

void print_line(const Session& s, std::ostream& out) {
  std::string clock = s.clock();
  std::string mood;
  for (const auto& v : s.variables())
    if (v.is_mood) mood += fmt::format(" {} {}", variable_label(s.scenario(), v.name, s.language()), v.value);
  fmt::print(out, "\n{}{}:{}\n  {}\n", clock.empty() ? "" : "[" + clock + "] ", s.speaker_label(s.node().speaker),
             mood.empty() ? "" : "   (" + mood.substr(1) + ")", s.line());
}

bool read_line(std::istream& in, std::string& line) {
  if (!std::getline(in, line)) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

}  // namespace

void print_debrief(const Session& s, std::ostream& out) {
  DebriefOptions options;
  options.finished_at = now_iso8601();
  out << render_text(build_debrief(s, options));
}

namespace {

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec1, ec2;
  return std::filesystem::weakly_canonical(a, ec1) == std::filesystem::weakly_canonical(b, ec2) && !ec1 && !ec2;
}

// The attempt the journal holds, when it is of this scenario and the trainee wants it back. One
// the trainee declines is kept as an unfinished transcript, as the app does.
std::optional<Session> resumed_attempt(const AttemptLifecycle& attempt, const std::shared_ptr<const Scenario>& scenario,
                                       const ScoreBounds& bounds, const PlayOptions& options, const SessionOptions& so, std::istream& in,
                                       std::ostream& out) {
  auto saved = attempt.pending();
  if (!saved || !same_file(saved->scenario_path, scenario->path)) return std::nullopt;
  bool resume = options.resume;
  if (!resume && isatty(STDIN_FILENO)) {
    fmt::print(out, "{} ({}) [y/n] ", word(so.language.empty() ? scenario->language : so.language, "resume_title"),
               readable_date(saved->saved_at));
    out.flush();
    std::string answer;
    resume = read_line(in, answer) && (answer.empty() || answer[0] == 'y' || answer[0] == 'Y');
  }
  if (resume) {
    try {
      return AttemptLifecycle::resume(scenario, bounds, *saved, so);
    } catch (const std::exception& e) {
      fmt::print(stderr, "hallsim: the journaled attempt cannot be resumed ({}); it is kept as unfinished\n", e.what());
    }
  }
  AttemptLifecycle::Kept kept = attempt.keep_unfinished(scenario, bounds, *saved);
  if (!kept.error.empty()) fmt::print(stderr, "hallsim: {}\n", kept.error);
  else fmt::print(stderr, "hallsim: the unfinished attempt is kept at {}\n", kept.path);
  return std::nullopt;
}

}  // namespace

int play_in_terminal(std::shared_ptr<const Scenario> scenario, const ScoreBounds& bounds, const PlayOptions& options,
                     std::istream& in, std::ostream& out) {
  SessionOptions so;
  so.language = options.language;
  so.trainee = options.trainee;
  // Every reply is journaled as it happens, so a killed terminal or a power cut loses nothing.
  std::error_code ec;
  AttemptLifecycle attempt(resolve_data_dir(options.data_dir), std::filesystem::current_path(ec).string());
  std::optional<Session> resumed = resumed_attempt(attempt, scenario, bounds, options, so, in, out);
  Session s = resumed ? std::move(*resumed) : Session(scenario, bounds, so);
  auto journal_move = [&] {
    std::string error = attempt.after_move(s, scenario->path);
    if (!error.empty()) fmt::print(stderr, "hallsim: {}\n", error);
  };
  const std::string& lang = s.language();
  fmt::print(out, "══ {} ══\n", s.text(scenario->title));
  std::string briefing = s.text(scenario->briefing);
  if (!briefing.empty()) fmt::print(out, "{}\n", labelled_text(lang, word(lang, "briefing"), briefing));
  fmt::print(out, "({}; {})\n", word(lang, "press_enter"), word(lang, "quit_hint"));
  std::string line;
  if (!read_line(in, line) || line == "q") return kOk;
  while (!s.ended()) {
    print_line(s, out);
    switch (s.phase()) {
      case Session::Phase::line:
        s.advance();
        journal_move();
        break;
      case Session::Phase::choice: {
        auto visible = s.visible_choices();
        for (size_t i = 0; i < visible.size(); ++i)
          fmt::print(out, "  [{}] {}\n", i + 1, s.text(s.node().choices[static_cast<size_t>(visible[i])].reply));
        for (;;) {
          fmt::print(out, "{} (1-{}, {} {} {}): ", word(lang, "pick_reply"), visible.size(), word(lang, "reply_timer"),
                     s.time_limit(), word(lang, "seconds"));
          out.flush();
          if (!read_line(in, line) || line == "q") return kOk;
          try {
            int n = std::stoi(line);
            if (n >= 1 && static_cast<size_t>(n) <= visible.size()) {
              s.choose(n - 1);
              journal_move();
              break;
            }
          } catch (const std::exception&) {
          }
        }
        break;
      }
      case Session::Phase::free_text: {
        std::string prompt = s.text(s.node().free_text.prompt);
        if (!prompt.empty()) fmt::print(out, "  ({})\n", prompt);
        fmt::print(out, "{} ({} {} {}): ", word(lang, "type_reply"), word(lang, "reply_timer"), s.time_limit(),
                   word(lang, "seconds"));
        out.flush();
        if (!read_line(in, line)) return kOk;
        s.say(line);
        journal_move();
        break;
      }
      case Session::Phase::ended:
        break;
    }
  }
  print_line(s, out);
  FinishedAttempt finished = attempt.finish(s, options.record);
  out << render_text(finished.debrief);
  int status = options.record ? report_recording(finished.record, finished.transcript_text, options.data_dir) : kOk;
  if (!options.transcript_path.empty()) {
    std::string error = write_file_atomically(options.transcript_path, finished.transcript_text);
    if (!error.empty()) {
      fmt::print(stderr, "hallsim: {}\n", error);
      return kUsage;
    }
  }
  return status;
}

int play_library() {
  auto library = shipped_library();
  if (!library) {
    fmt::print(stderr, "hallsim: the scenario library was not found; set HALLSIM_SCENARIOS to its folder, or run "
                       "`hallsim play FILE.yaml`\n");
    return kUsage;
  }
  std::vector<std::string> scenario_files, plans, rubrics;
  collect_files({*library}, scenario_files, plans, rubrics);
  std::vector<LoadResult> scenarios;
  for (const auto& f : scenario_files)
    if (auto r = load_scenario_file(f); r.ok()) scenarios.push_back(std::move(r));
  if (scenarios.empty()) {
    fmt::print(stderr, "hallsim: no playable scenario in {}\n", *library);
    return kCheckFailed;
  }
  if (!isatty(STDIN_FILENO)) {
    fmt::print("HallSim: {} scenarios in {}. Play one with `hallsim play FILE`; see `hallsim --help`.\n", scenarios.size(),
               *library);
    return kOk;
  }
  fmt::print("HallSim 政务服务投诉处理情景演练器\n{} / {}:\n", word("zh-CN", "choose_scenario"), word("en", "choose_scenario"));
  for (size_t i = 0; i < scenarios.size(); ++i)
    fmt::print("  [{}] {} / {}\n", i + 1, scenarios[i].scenario->text(scenarios[i].scenario->title, "zh-CN"),
               scenarios[i].scenario->text(scenarios[i].scenario->title, "en"));
  fmt::print("> ");
  (void)std::fflush(stdout);  // a prompt that cannot be shown is no reason to stop
  std::string line;
  if (!std::getline(std::cin, line)) return kOk;
  size_t pick = 0;
  try {
    pick = static_cast<size_t>(std::stoul(line));
  } catch (const std::exception&) {
    return kOk;
  }
  if (pick < 1 || pick > scenarios.size()) return kOk;
  const LoadResult& chosen = scenarios[pick - 1];
  return play_in_terminal(chosen.scenario, chosen.bounds(), {}, std::cin, std::cout);
}

}  // namespace hallsim::cli
