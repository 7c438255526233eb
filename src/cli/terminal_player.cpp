#include "base/clock.hpp"
#include "terminal_player.hpp"

#include <cmath>
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
#include "transcript/transcript.hpp"
#include "score/advice.hpp"
#include "base/atomic_file.hpp"
#include "attempt/journal.hpp"
#include "base/paths.hpp"

namespace hallsim::cli {

namespace {

std::string speaker_label(const Session& s) {
  const Node& n = s.node();
  const std::string& lang = s.language();
  switch (n.speaker) {
    case Speaker::citizen: return s.text(s.scenario().citizen.name);
    case Speaker::narrator: return is_chinese(lang) ? "旁白" : "Narrator";
    case Speaker::colleague: return is_chinese(lang) ? "同事" : "Colleague";
    case Speaker::supervisor: return is_chinese(lang) ? "值班长" : "Supervisor";
  }
  return {};
}

std::string deltas_text(const ScoreVector& d, const std::string& lang) {
  std::string out;
  for (int i = 0; i < kDimensions; ++i)
    if (d[i] != 0) out += fmt::format("{}{} {:+}", out.empty() ? "" : ", ", word(lang, static_cast<Dimension>(i)), d[i]);
  return out.empty() ? "±0" : out;
}

void print_line(const Session& s, std::ostream& out) {
  std::string clock = s.clock();
  std::string mood;
  for (const auto& v : s.variables())
    if (v.is_mood) mood += fmt::format(" {} {}", word(s.language(), v.name), v.value);
  fmt::print(out, "\n{}{}:{}\n  {}\n", clock.empty() ? "" : "[" + clock + "] ", speaker_label(s),
             mood.empty() ? "" : "   (" + mood.substr(1) + ")", s.line());
}

bool read_line(std::istream& in, std::string& line) {
  if (!std::getline(in, line)) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

}  // namespace

void print_debrief(const Session& s, std::ostream& out) {
  const std::string& lang = s.language();
  const Scenario& sc = s.scenario();
  Totals t = s.totals();
  auto ending = s.ending();
  fmt::print(out, "\n══ {} ══\n", word(lang, "debrief"));
  if (ending) {
    fmt::print(out, "{}: {}   {}: {:.1f} ({})  {}   {}: {}\n", word(lang, "outcome"), word(lang, ending->outcome),
               word(lang, "overall"), round1(t.overall), t.grade, t.passed ? word(lang, "pass") : word(lang, "fail"),
               word(lang, "rating"), word(lang, ending->rating));
    if (!ending->node.empty()) {
      std::string summary = s.text(sc.nodes[static_cast<size_t>(sc.find_node(ending->node))].ending.summary);
      if (!summary.empty()) fmt::print(out, "{}\n", summary);
    }
  }
  for (int d = 0; d < kDimensions; ++d) {
    const DimensionResult& r = t.dimensions[d];
    int filled = static_cast<int>(std::lround(r.percent / 10));
    std::string bar;
    for (int i = 0; i < 10; ++i) bar += i < filled ? "█" : "░";
    fmt::print(out, "  {:<6} {} {:5.1f}%  ({}/{})\n", word(lang, static_cast<Dimension>(d)), bar, round1(r.percent), r.raw, r.best);
  }
  if (t.late_replies > 0) fmt::print(out, "  {}: {}\n", word(lang, "late_reply"), t.late_replies);
  std::string steps;
  for (int i = 0; i < kSteps; ++i) {
    auto st = static_cast<Step>(i);
    bool done = std::find(t.steps.performed.begin(), t.steps.performed.end(), st) != t.steps.performed.end();
    bool tried = std::find(t.steps.attempted.begin(), t.steps.attempted.end(), st) != t.steps.attempted.end();
    steps += fmt::format("{}{} {}", i ? " → " : "", word(lang, st), done ? "✓" : tried ? "△" : "✗");
  }
  fmt::print(out, "  {}: {}\n", word(lang, "steps"), steps);
  for (const auto& p : t.steps.out_of_order)
    fmt::print(out, "    {}: {} {} {}\n", word(lang, "out_of_order"), word(lang, p.step), word(lang, "came_before"),
               word(lang, p.should_follow));
  for (size_t i = 0; i < s.turns().size(); ++i) {
    const Turn& turn = s.turns()[i];
    const Node& node = sc.nodes[static_cast<size_t>(sc.find_node(turn.node))];
    fmt::print(out, "\n{}  {}\n  {}: {}  ({}{})\n", fmt::format(fmt::runtime(word(lang, "turn")), i + 1), turn.line,
               word(lang, "you"), turn.reply, deltas_text(turn.deltas, lang),
               turn.late ? fmt::format(", {}", word(lang, "late_reply")) : "");
    if (turn.kind == Node::Kind::free_text) {
      // Missing a pitfall is no loss: only cues that would have earned points count as missed.
      DebriefTurn typed = explain_typed_turn(s, turn);
      auto labels = [&](const std::vector<CueLine>& cues) {
        std::string list;
        for (const CueLine& c : cues) list += (list.empty() ? "" : ", ") + c.label;
        return list.empty() ? std::string("-") : list;
      };
      fmt::print(out, "  {}: {}   {}: {}\n", word(lang, "cues_matched"), labels(typed.cues_matched), word(lang, "cues_missed"),
                 labels(typed.cues_missed));
      for (const auto& reason : typed.reasons) fmt::print(out, "  ! {}\n", reason);
      if (typed.better && !typed.better->already_best && !typed.better->reply.empty())
        fmt::print(out, "  {}: {}  ({} {})\n", word(lang, "better_reply"), typed.better->reply, word(lang, "model_reply_earns"),
                   labels(typed.better->cues));
      continue;
    }
    const Choice& chosen = node.choices[static_cast<size_t>(turn.choice)];
    std::string feedback = s.text(chosen.feedback);
    if (!feedback.empty()) fmt::print(out, "  {}: {}\n", word(lang, "why"), feedback);
    auto best = best_choice(node);
    if (best && *best != turn.choice && total_score(node.choices[static_cast<size_t>(*best)].scores) > total_score(chosen.scores)) {
      const Choice& b = node.choices[static_cast<size_t>(*best)];
      fmt::print(out, "  {}: {}  ({})\n", word(lang, "better_reply"), s.text(b.reply), deltas_text(b.scores, lang));
    }
  }
}

namespace {

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec1, ec2;
  return std::filesystem::weakly_canonical(a, ec1) == std::filesystem::weakly_canonical(b, ec2) && !ec1 && !ec2;
}

// The attempt the journal holds, when it is of this scenario and the trainee wants it back.
std::optional<Session> resumed_attempt(const Journal& journal, const std::shared_ptr<const Scenario>& scenario,
                                       const ScoreBounds& bounds, const PlayOptions& options, const SessionOptions& so, std::istream& in,
                                       std::ostream& out) {
  auto saved = journal.load();
  if (!saved || !same_file(saved->scenario_path, scenario->path)) return std::nullopt;
  bool resume = options.resume;
  if (!resume && isatty(STDIN_FILENO)) {
    fmt::print(out, "{} ({}) [y/n] ", word(so.language.empty() ? scenario->language : so.language, "resume_title"),
               saved->saved_at);
    out.flush();
    std::string answer;
    resume = read_line(in, answer) && (answer.empty() || answer[0] == 'y' || answer[0] == 'Y');
  }
  if (!resume) return std::nullopt;
  try {
    return Session::restore(scenario, bounds, saved->snapshot, so);
  } catch (const std::exception& e) {
    fmt::print(stderr, "hallsim: the journaled attempt cannot be resumed ({}); starting afresh\n", e.what());
    return std::nullopt;
  }
}

}  // namespace

int play_in_terminal(std::shared_ptr<const Scenario> scenario, const ScoreBounds& bounds, const PlayOptions& options,
                     std::istream& in, std::ostream& out) {
  SessionOptions so;
  so.language = options.language;
  so.trainee = options.trainee;
  // Every reply is journaled as it happens, so a killed terminal or a power cut loses nothing.
  std::string dir = resolve_data_dir(options.data_dir);
  ensure_dir(dir);
  Journal journal((std::filesystem::path(dir) / "journal.json").string());
  std::optional<Session> resumed = resumed_attempt(journal, scenario, bounds, options, so, in, out);
  Session s = resumed ? std::move(*resumed) : Session(scenario, bounds, so);
  auto journal_move = [&] {
    if (s.ended()) return;
    std::string error = journal.save(s, scenario->path);
    if (!error.empty()) fmt::print(stderr, "hallsim: {}\n", error);
  };
  const std::string& lang = s.language();
  fmt::print(out, "══ {} ══\n", s.text(scenario->title));
  std::string briefing = s.text(scenario->briefing);
  if (!briefing.empty()) fmt::print(out, "{}: {}\n", word(lang, "briefing"), briefing);
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
  print_debrief(s, out);
  std::string transcript = transcript_json(s, now_iso8601()).dump(2) + "\n";
  int status = options.record ? record_in_history(s, transcript, options.data_dir) : kOk;
  journal.clear();  // the attempt is kept in the history now (or the transcript, if that failed)
  if (!options.transcript_path.empty()) {
    std::string error = write_file_atomically(options.transcript_path, transcript);
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
