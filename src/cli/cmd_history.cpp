// hallsim history: the attempts recorded so far, and each trainee's progress per scenario.
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common.hpp"
#include "model/diagnostic_text.hpp"
#include "model/words.hpp"
#include "debrief/time_text.hpp"
#include "record.hpp"
#include "score/totals.hpp"
#include "base/csv.hpp"
#include "store/history.hpp"
#include "store/recording.hpp"

namespace hallsim::cli {

namespace {

struct HistoryOptions {
  std::string trainee;
  std::string scenario;
  bool csv = false;
  std::string data_dir;
  std::vector<std::string> imports;
  std::string language;
};

std::string minutes_seconds(double seconds) {
  long long s = std::llround(seconds);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

// Names come from whoever typed --trainee: a line break or an escape sequence must not reach
// the terminal as one.
std::string printable(const std::string& text) {
  std::string out;
  for (unsigned char c : text) out += c < 0x20 || c == 0x7f ? '?' : static_cast<char>(c);
  return out;
}

// "2026-11-23T13:22:59Z" -> "2026-11-23 21:22 UTC+8": local time, the zone named.
std::string short_time(const std::string& iso) { return printable(readable_date(iso)); }
// The local date alone: "2026-11-23".
std::string local_date(const std::string& iso) { return short_time(iso).substr(0, 10); }

std::string who(const AttemptRow& r, const std::string& lang) {
  return r.trainee.empty() ? std::string(word(lang, "no_name")) : printable(r.trainee);
}

// A stored value ("very_satisfied", "resolved") as words in the reader's language (in English too:
// "very satisfied"); unknown ones as stored. --csv keeps the stored values.
std::string outcome_text(const std::string& stored, const std::string& lang) {
  if (auto o = parse_outcome(stored)) return std::string(word(lang, *o));
  return printable(stored);
}
std::string rating_text(const std::string& stored, const std::string& lang) {
  if (auto r = parse_rating(stored)) return std::string(word(lang, *r));
  return printable(stored);
}

// Left-aligned in `width` terminal columns (a CJK character takes two).
std::string pad(const std::string& text, size_t width) {
  return fmt::format("{:<{}}", text, width);
}

void print_table(const std::vector<AttemptRow>& rows, const std::string& lang) {
  if (!is_chinese(lang)) {
    // Names and scenario ids come last: their width on a terminal (CJK, emoji) is not their length.
    fmt::print("{:>5}  {:<22}  {:>6}  {:>7}  {:<5}  {:<6}  {:<9}  {:<19}  {}\n", "#", "finished", "time", "overall",
               "grade", "result", "outcome", "rating", "scenario · trainee");
    for (const AttemptRow& r : rows)
      fmt::print("{:>5}  {:<22}  {:>6}  {:>7.1f}  {:<5}  {:<6}  {:<9}  {:<19}  {} · {}\n", r.id, short_time(r.finished_at),
                 minutes_seconds(r.duration_s), r.overall, grade_for(r.overall), word(lang, r.passed ? "pass" : "fail"),
                 outcome_text(r.outcome, lang), rating_text(r.rating, lang), printable(r.scenario_id), who(r, lang));
    return;
  }
  fmt::print("{:>5}  {}  {:>6}  {:>7}  {}  {}  {}  {}  {}\n", "#", pad(std::string(word(lang, "finished_at")), 22),
             word(lang, "duration"), word(lang, "overall"), pad(std::string(word(lang, "grade")), 5),
             pad(std::string(word(lang, "result")), 6), pad(std::string(word(lang, "outcome")), 9),
             pad(std::string(word(lang, "rating")), 10), word(lang, "scenario_and_trainee"));
  for (const AttemptRow& r : rows)
    fmt::print("{:>5}  {}  {:>6}  {:>7.1f}  {}  {}  {}  {}  {} · {}\n", r.id, pad(short_time(r.finished_at), 22),
               minutes_seconds(r.duration_s), r.overall, pad(std::string(grade_for(r.overall)), 5),
               pad(std::string(word(lang, r.passed ? "pass" : "fail")), 6), pad(outcome_text(r.outcome, lang), 9),
               pad(rating_text(r.rating, lang), 10), printable(r.scenario_id), who(r, lang));
}

// "    empathy 40 → 55 → 70 · timeliness …": each dimension's percent per attempt, the last few.
void print_trend(const Progress& p, const std::string& lang) {
  constexpr size_t kShown = 8;
  std::vector<std::string> parts;
  for (size_t d = 0; d < kDimensions; ++d) {
    const std::vector<double>& trend = p.trend[d];
    size_t from = trend.size() > kShown ? trend.size() - kShown : 0;
    std::vector<std::string> values;
    for (size_t i = from; i < trend.size(); ++i) values.push_back(fmt::format("{:.0f}", trend[i]));
    // English keeps the stored names, as the table above it does.
    std::string name = is_chinese(lang) ? std::string(word(lang, static_cast<Dimension>(d))) : std::string(kDimensionNames[d]);
    parts.push_back(fmt::format("{} {}{}", name, from > 0 ? "… → " : "", fmt::join(values, " → ")));
  }
  fmt::print("      {}\n", fmt::join(parts, " · "));
}

void print_progress(const std::vector<AttemptRow>& rows, const std::string& lang) {
  if (!is_chinese(lang)) {
    fmt::print("\nProgress per scenario and trainee (overall score):\n");
    for (const Progress& p : progress_by_scenario(rows)) {
      fmt::print("  {} · {}: {} attempt{}; first {:.1f} ({}), best {:.1f} (#{}, {}), latest {:.1f} ({})\n", printable(p.scenario_id),
                 who(p.first, lang), p.attempts, p.attempts == 1 ? "" : "s", p.first.overall, local_date(p.first.finished_at),
                 p.best.overall, p.best.id, local_date(p.best.finished_at), p.latest.overall,
                 local_date(p.latest.finished_at));
      print_trend(p, lang);
    }
    return;
  }
  fmt::print("\n{}\n", word(lang, "history_progress"));
  for (const Progress& p : progress_by_scenario(rows)) {
    fmt::print("  {} · {}：{}；{} {:.1f}（{}），{} {:.1f}（#{}，{}），{} {:.1f}（{}）\n", printable(p.scenario_id), who(p.first, lang),
               fmt::format(fmt::runtime(word(lang, "attempts_count")), p.attempts), word(lang, "first_attempt"),
               p.first.overall, local_date(p.first.finished_at), word(lang, "best_attempt_short"), p.best.overall, p.best.id,
               local_date(p.best.finished_at), word(lang, "latest_attempt"), p.latest.overall,
               local_date(p.latest.finished_at));
    print_trend(p, lang);
  }
}

void print_csv(const std::vector<AttemptRow>& rows) {
  std::vector<std::string> header = {"id", "trainee", "scenario_id", "scenario_version", "scenario_hash", "started_at",
                                     "finished_at", "duration_s"};
  for (std::string_view d : kDimensionNames) {
    header.push_back(std::string(d) + "_raw");
    header.push_back(std::string(d) + "_percent");
  }
  for (const char* h : {"overall", "passed", "outcome", "rating", "transcript_path"}) header.emplace_back(h);
  fmt::print("{}", csv_record(header));
  for (const AttemptRow& r : rows) {
    // Numbers we computed are written as numbers; every text field is escaped and neutralised.
    std::vector<std::string> f = {std::to_string(r.id), csv_text(r.trainee), csv_text(r.scenario_id),
                                  std::to_string(r.scenario_version), csv_text(r.scenario_hash),
                                  csv_text(r.started_at), csv_text(r.finished_at), fmt::format("{:.0f}", r.duration_s)};
    for (const DimensionScore& d : r.dimensions) {
      f.push_back(std::to_string(d.raw));
      f.push_back(fmt::format("{:.1f}", d.percent));
    }
    f.push_back(fmt::format("{:.1f}", r.overall));
    f.emplace_back(r.passed ? "true" : "false");
    for (const std::string* text : {&r.outcome, &r.rating, &r.transcript_path}) f.push_back(csv_text(*text));
    fmt::print("{}", csv_record(f));
  }
}

// "hallsim history: MESSAGE" on stderr, in the reader's language (the store writes English; the
// templates of diagnostics.tsv translate it).
void complain(const std::string& message, const std::string& lang) { tell("history", lang, message); }

int import_files(const HistoryOptions& o, const std::string& lang) {
  std::string dir = resolve_data_dir(o.data_dir);
  int exit = kOk;
  for (const std::string& file : o.imports) {
    RecordResult r = import_attempt(dir, file);
    if (r.already_recorded || r.recorded) {
      fmt::print("{}\n", fmt::format(fmt::runtime(word(lang, r.already_recorded ? "already_recorded_as" : "recorded_as")), file, r.attempt_id));
    } else {
      complain(fmt::format("{}: not recorded: {}", file, r.error), lang);
      exit = kUsage;
    }
  }
  return exit;
}

int list(const HistoryOptions& o, const std::string& lang) {
  std::string file = history_file(resolve_data_dir(o.data_dir));
  std::vector<AttemptRow> rows;
  try {
    if (auto history = History::open_existing(file)) rows = history->attempts({o.trainee, o.scenario});
  } catch (const StoreError& e) {
    complain(e.what(), lang);
    return kUsage;
  }
  if (o.csv) {
    print_csv(rows);
    return kOk;
  }
  if (rows.empty()) {
    fmt::print("{}\n", fmt::format(fmt::runtime(word(lang, o.trainee.empty() && o.scenario.empty() ? "no_attempts" : "no_matching_attempts")), file));
    return kOk;
  }
  print_table(rows, lang);
  print_progress(rows, lang);
  return kOk;
}

}  // namespace

void add_history(CLI::App& app, Commands& c) {
  auto o = std::make_shared<HistoryOptions>();
  CLI::App* cmd = app.add_subcommand("history", "List recorded attempts with the first, best and latest per scenario");
  cmd->add_option("--trainee", o->trainee, "Only this trainee's attempts");
  cmd->add_option("--scenario", o->scenario, "Only attempts at this scenario id");
  cmd->add_flag("--csv", o->csv, "Print the attempts as CSV, for a spreadsheet");
  cmd->add_option("--data-dir", o->data_dir, "Folder of the history (default: $XDG_DATA_HOME/hallsim)");
  cmd->add_option("--import", o->imports, "Record these transcript files (a retry after a failure; importing twice records once)")
      ->check(CLI::ExistingFile);
  add_language_option(cmd, o->language);
  cmd->footer("Exit status: 0 success; 2 the history could not be read or a transcript could not be recorded.");
  cmd->callback([o, &c] {
    std::string lang = ui_language(o->language);
    c.exit_code = o->imports.empty() ? list(*o, lang) : import_files(*o, lang);
  });
}

}  // namespace hallsim::cli
