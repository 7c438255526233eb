// The debrief as plain text for a terminal: what `hallsim play` and `hallsim run` print at the
// end of an attempt, and `hallsim report --format text`.
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "debrief/render.hpp"
#include "debrief/report_text.hpp"
#include "model/words.hpp"

namespace hallsim {

namespace {

class TextWriter {
 public:
  explicit TextWriter(const Debrief& d) : d_(d), l_(d.language) {}

  std::string write() {
    out_ += fmt::format("\n══ {} ══\n", w("debrief"));
    summary();
    dimensions();
    steps();
    for (const DebriefTurn& t : d_.turns) turn(t);
    return std::move(out_);
  }

 private:
  std::string w(std::string_view key) const { return std::string(word(l_, key)); }
  // A label's word with its colon ("结果：" / "Outcome: ").
  std::string lw(std::string_view key) const { return labelled_text(l_, word(l_, key), ""); }

  void summary() {
    if (!d_.ended) return;
    out_ += fmt::format("{}{}   {}{:.1f}{}  {}   {}{}\n", lw("outcome"), word(l_, d_.outcome), lw("overall"), d_.overall,
                        aside(l_, d_.grade), d_.passed ? w("pass") : w("fail"), lw("rating"), word(l_, d_.rating));
    if (!d_.ending_summary.empty()) out_ += d_.ending_summary + "\n";
  }

  void dimensions() {
    for (const DimensionLine& line : d_.dimensions) {
      auto filled = static_cast<int>(std::lround(line.percent / 10));
      std::string bar;
      for (int i = 0; i < 10; ++i) bar += i < filled ? "█" : "░";
      out_ += fmt::format("  {:<6} {} {:5.1f}%  ({}/{})\n", word(l_, line.dimension), bar, line.percent, line.raw, line.best);
    }
    if (d_.late_replies > 0) out_ += fmt::format("  {}{}\n", lw("late_reply"), d_.late_replies);
  }

  void steps() {
    std::string row;
    for (const StepLine& line : d_.steps)
      row += fmt::format("{}{} {}", row.empty() ? "" : " → ", word(l_, line.step),
                         line.turn > 0 ? "✓" : line.attempt_turn > 0 ? "△" : "✗");
    out_ += fmt::format("  {}{}\n", lw("steps"), row);
    for (const StepLine& line : d_.steps)
      if (line.out_of_order && line.came_before)
        out_ += fmt::format("    {}{} {} {}\n", lw("out_of_order"), word(l_, line.step), w("came_before"), word(l_, *line.came_before));
  }

  std::string labels(const std::vector<CueLine>& cues) const {
    std::string list;
    for (const CueLine& c : cues) list += (list.empty() ? "" : std::string(list_comma(l_))) + c.label;
    return list.empty() ? std::string("-") : list;
  }

  void turn(const DebriefTurn& t) {
    out_ += fmt::format("\n{}  {}\n  {}{}{}\n", turn_label(l_, t.number), t.line, lw("you"), t.reply,
                        aside(l_, deltas_text(l_, t.deltas) + (t.late ? std::string(clause_comma(l_)) + w("late_reply") : "")));
    bool road_worth_taking = t.better && !t.better->already_best;
    if (t.typed) {
      // Missing a pitfall is no loss: only cues that would have earned points count as missed.
      out_ += fmt::format("  {}{}   {}{}\n", lw("cues_matched"), labels(t.cues_matched), lw("cues_missed"), labels(t.cues_missed));
      for (const std::string& reason : t.reasons) out_ += fmt::format("  ! {}\n", reason);
      if (road_worth_taking && !t.better->reply.empty())
        out_ += fmt::format("  {}{}{}\n", lw("better_reply"), t.better->reply, aside(l_, w("model_reply_earns") + " " + labels(t.better->cues)));
      return;
    }
    // At the best reply on offer the feedback names the principle it followed.
    if (!t.feedback.empty()) out_ += fmt::format("  {}{}\n", lw(t.better && !road_worth_taking ? "went_well" : "why"), t.feedback);
    if (road_worth_taking) out_ += fmt::format("  {}{}{}\n", lw("better_reply"), t.better->reply, aside(l_, deltas_text(l_, t.better->scores)));
  }

  const Debrief& d_;
  std::string l_;
  std::string out_;
};

}  // namespace

std::string render_text(const Debrief& d) { return TextWriter(d).write(); }

}  // namespace hallsim
