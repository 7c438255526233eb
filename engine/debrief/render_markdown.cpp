// The debrief as Markdown. Every piece of scenario or trainee text goes through markdown_text(),
// so it reads as text wherever it lands (a paragraph, a list item, a table cell).
#include <fmt/format.h>

#include "model/words.hpp"
#include "debrief/render.hpp"
#include "debrief/report_text.hpp"
#include "base/text_escape.hpp"
#include "debrief/time_text.hpp"

namespace hallsim {

namespace {

class MarkdownWriter {
 public:
  explicit MarkdownWriter(const Debrief& d) : d_(d), l_(d.language) {}

  std::string write() {
    header();
    dimensions();
    mood();
    reply_times();
    steps();
    progress();
    turns();
    return out_;
  }

 private:
  std::string w(std::string_view key) const { return std::string(word(l_, key)); }
  // A label's word with its colon ("结果：" / "Outcome: ").
  std::string lw(std::string_view key) const { return labelled_text(l_, word(l_, key), ""); }
  // A label in bold before its text: "**你的回复：**" / "**Your reply:** ".
  std::string bold_label(std::string_view label) const {
    return is_chinese(l_) ? fmt::format("**{}：**", label) : fmt::format("**{}:** ", label);
  }
  static std::string md(std::string_view user_text) { return markdown_text(user_text); }
  template <typename... Args>
  void line(fmt::format_string<Args...> f, Args&&... args) {
    out_ += fmt::format(f, std::forward<Args>(args)...);
    out_ += '\n';
  }

  void header() {
    line("# {}{}", lw("debrief"), md(d_.title));
    line("");
    line("| {} | {} |", w("scenario"), md(d_.title));
    line("|---|---|");
    if (!d_.trainee.empty()) line("| {} | {} |", w("trainee"), md(d_.trainee));
    if (!d_.started_at.empty()) line("| {} | {} |", w("date"), md(readable_date(d_.started_at)));
    if (d_.duration_s) line("| {} | {} |", w("duration"), readable_duration(*d_.duration_s, l_));
    line("| {} | {} |", w("ending"), ending_text());
    line("| {} | {}{} · **{}**{} |", w("overall"), fmt::format("{:.1f}", d_.overall), aside(l_, d_.grade),
         d_.passed ? w("pass") : w("fail"), aside(l_, fmt::format("{} {:g}", w("pass_mark"), d_.pass_mark)));
    if (d_.ended) line("| {} | {} |", w("rating"), word(l_, d_.rating));
    line("");
  }

  std::string ending_text() const {
    if (!d_.ended) return w("no_ending");
    std::string text(word(l_, d_.outcome));
    if (!d_.ending_summary.empty()) text += " — " + md(d_.ending_summary);
    return text;
  }

  void dimensions() {
    line("## {}", w("dimensions"));
    line("");
    line("| | % | {} |", w("raw_best"));
    line("|---|---:|---:|");
    for (const DimensionLine& dim : d_.dimensions)
      line("| {} | {} | {}/{} |", word(l_, dim.dimension), percent_text(dim.percent), dim.raw, dim.best);
    line("");
    if (d_.late_replies > 0) line("{}{}", lw("late_replies"), d_.late_replies);
    if (d_.best_is_approximate) line("({})", w("best_approximate"));
    if (d_.late_replies > 0 || d_.best_is_approximate) line("");
  }

  void mood() {
    if (d_.mood.empty()) return;
    line("## {}", w("mood_curve"));
    line("");
    std::string head = "| | " + w("start"), rule = "|---|---:";
    for (const DebriefTurn& t : d_.turns) {
      head += " | " + turn_label(l_, t.number);
      rule += "|---:";
    }
    line("{} |", head);
    line("{}|", rule);
    for (const MoodSeries& m : d_.mood) {
      std::string row = "| " + md(mood_label(l_, m.variable, d_.mood_labels));
      for (int v : m.values) row += fmt::format(" | {}", v);
      line("{} |", row);
    }
    line("");
    std::string moments;
    for (const DebriefTurn& t : d_.turns)
      if (t.mood_moved_most)
        moments += fmt::format("{}{}{}", moments.empty() ? "" : list_comma(l_), turn_label(l_, t.number),
                               aside(l_, md(mood_change_text(l_, t.mood_change, d_.mood_labels))));
    if (moments.empty()) return;
    line("{}{}", lw("mood_moments"), moments);
    line("");
  }

  void reply_times() {
    if (d_.turns.empty()) return;
    line("## {}", w("reply_times"));
    line("");
    line("| {} | {} | {} | |", w("turn_column"), w("reply_time"), w("time_limit"));
    line("|---|---:|---:|---|");
    for (const DebriefTurn& t : d_.turns)
      line("| {} | {} | {} | {} |", turn_label(l_, t.number), seconds_text(l_, t.response_s),
           seconds_text(l_, t.time_limit), t.late ? "**" + w("late_reply") + "**" : "");
    line("");
  }

  void steps() {
    line("## {}", w("steps"));
    line("");
    int n = 0;
    for (const StepLine& s : d_.steps) {
      bool attempted = s.turn == 0 && s.attempt_turn > 0;
      std::string where = s.turn > 0   ? turn_label(l_, s.turn)
                          : attempted ? fmt::format("{} · {}{}", turn_label(l_, s.attempt_turn), lw("attempted"), md(s.attempt_why))
                                      : w("missed");
      std::string problem;
      if (s.out_of_order && s.came_before)
        problem = fmt::format(" — **{}**{}{} {}", w("out_of_order"), label_colon(l_), w("came_before"), word(l_, *s.came_before));
      line("{}. {} {} — {}{}", ++n, s.turn > 0 ? "✓" : attempted ? "△" : "✗", word(l_, s.step), where, problem);
    }
    line("");
  }

  void progress() {
    if (!d_.first_attempt) return;
    line("## {}", w("progress"));
    line("");
    std::string head = fmt::format("| | {} | {}", w("date"), w("overall"));
    for (const DimensionLine& dim : d_.dimensions) head += fmt::format(" | {}", word(l_, dim.dimension));
    line("{} |", head);
    line("|---|---|---:|---:|---:|---:|");
    auto row = [&](const std::string& label, const PastAttempt& a) {
      std::string r = fmt::format("| {} | {} | {:.1f}", label, md(readable_date(a.date)), a.overall);
      for (double p : a.percent) r += " | " + percent_text(p);
      line("{} |", r);
    };
    row(w("first_attempt"), *d_.first_attempt);
    row(w("best_attempt"), *d_.best_attempt);
    PastAttempt now{d_.started_at, d_.overall, {}};
    for (int i = 0; i < kDimensions; ++i) now.percent[i] = d_.dimensions[i].percent;
    row("**" + w("this_attempt") + "**", now);
    line("");
    line("{}{}", lw("change_since_first"), signed_text(d_.overall - d_.first_attempt->overall));
    line("");
  }

  void turns() {
    if (d_.turns.empty()) return;
    line("## {}", w("turn_by_turn"));
    line("");
    for (const DebriefTurn& t : d_.turns) turn(t);
  }

  void turn(const DebriefTurn& t) {
    line("### {}{}", turn_label(l_, t.number), t.clock.empty() ? "" : " · " + md(t.clock));
    line("");
    line("> {}{}", bold_label(md(t.speaker_name)), md(t.line));
    line("");
    line("- {}{}", bold_label(w("your_reply")), md(t.reply));
    if (t.typed) {
      line("- {}{}", bold_label(w("cues_matched")), cue_list(t.cues_matched));
      line("- {}{}", bold_label(w("cues_missed")), cue_list(t.cues_missed));
      if (!t.cues_avoided.empty()) line("- {}{}", bold_label(w("cues_avoided")), cue_list(t.cues_avoided));
      for (const auto& r : t.reasons) line("- {}{}", bold_label(w("why_it_scored")), md(r));
    }
    line("- {}{}{}", bold_label(w("score_change")), deltas_text(l_, t.deltas),
         t.late ? fmt::format(" · **{}**{}", w("late_reply"),
                              aside(l_, fmt::format("{} / {}", seconds_text(l_, t.response_s), seconds_text(l_, t.time_limit))))
                : "");
    if (!t.mood_change.empty())
      line("- {}{}{}", bold_label(w("mood_change")), md(mood_change_text(l_, t.mood_change, d_.mood_labels)),
           t.mood_moved_most ? aside(l_, w("mood_moved_most")) : "");
    if (!t.feedback.empty()) line("- {}{}", bold_label(w("feedback")), md(t.feedback));
    if (t.better) line("- {}{}", bold_label(w("better_reply")), road_not_taken(t));
    if (t.vote) {
      line("- **{}{}**{}", w("class_vote"), is_chinese(l_) ? "：" : ":", t.vote->overridden ? aside(l_, w("overridden")) : "");
      for (const VoteOption& o : t.vote->options)
        line("  - {} {} — {}", o.letter, md(o.reply), vote_count_text(l_, o.votes, t.vote->total, o.expert, o.applied));
    }
    line("");
  }

  std::string road_not_taken(const DebriefTurn& t) const {
    const RoadNotTaken& road = *t.better;
    if (road.already_best) return w("best_reply_given");
    std::string what = !t.typed ? md(road.reply)
                       : road.reply.empty() ? cue_list(road.cues)
                                            : fmt::format("{} — {} {}", md(road.reply), w("model_reply_earns"), cue_list(road.cues));
    return what + aside(l_, fmt::format("{} {}", w("would_score"), deltas_text(l_, road.scores)));
  }

  std::string cue_list(const std::vector<CueLine>& cues) const {
    if (cues.empty()) return "—";
    std::string out;
    for (const CueLine& c : cues) out += (out.empty() ? "" : std::string(list_comma(l_))) + md(c.label);
    return out;
  }

  const Debrief& d_;
  const std::string& l_;
  std::string out_;
};

}  // namespace

std::string render_markdown(const Debrief& d) { return MarkdownWriter(d).write(); }

}  // namespace hallsim
