// The debrief as one self-contained HTML page: inline CSS and SVG, no script, and a
// Content-Security-Policy that forbids loading anything. Text from the scenario or the trainee
// reaches the page only through html_text() (element and SVG text) or html_attribute().
#include <fmt/format.h>

#include "model/words.hpp"
#include "debrief/render.hpp"
#include "debrief/report_style.hpp"
#include "debrief/report_text.hpp"
#include "debrief/svg_charts.hpp"
#include "base/text_escape.hpp"
#include "debrief/time_text.hpp"
#include "score/advice.hpp"

namespace hallsim {

namespace {

constexpr std::string_view kContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

class HtmlWriter {
 public:
  explicit HtmlWriter(const Debrief& d) : d_(d), l_(d.language) {}

  std::string write() {
    head();
    out_ += "<body>\n<main>\n";
    summary();
    dimensions();
    mood();
    reply_times();
    steps();
    progress();
    turns();
    footer();
    out_ += "</main>\n</body>\n</html>\n";
    return out_;
  }

 private:
  std::string w(std::string_view key) const { return html_text(word(l_, key)); }
  // A label's word with its colon ("结果：" / "Outcome: ").
  std::string lw(std::string_view key) const { return html_text(labelled_text(l_, word(l_, key), "")); }
  static std::string t(std::string_view text) { return html_text(text); }
  template <typename... Args>
  void add(fmt::format_string<Args...> f, Args&&... args) {
    out_ += fmt::format(f, std::forward<Args>(args)...);
  }

  void head() {
    add("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", html_attribute(l_));
    add("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n", html_attribute(kContentSecurityPolicy));
    add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    add("<meta name=\"author\" content=\"{}\">\n", html_attribute(d_.trainee));
    add("<meta name=\"generator\" content=\"HallSim\">\n");
    add("<title>{} · {}</title>\n", w("debrief"), t(d_.title));
    add("<style>{}</style>\n</head>\n", kReportStylesheet);
  }

  void summary() {
    add("<header>\n<p class=\"kicker\">{} · HallSim</p>\n<h1>{}</h1>\n", w("debrief"), t(d_.title));
    add("<div class=\"verdict\"><span class=\"score\">{:.1f}<small>/100 {}</small></span>", d_.overall, w("overall"));
    add("<span class=\"grade\" title=\"{}\">{}</span>", html_attribute(word(l_, "grade")), t(d_.grade));
    add("<span class=\"badge {}\">{}</span>", d_.passed ? "pass" : "fail", d_.passed ? w("pass") : w("fail"));
    add("<span class=\"muted\">{} {:g}</span></div>\n", w("pass_mark"), d_.pass_mark);
    out_ += "<dl class=\"facts\">\n";
    fact(word(l_, "trainee"), d_.trainee.empty() ? "—" : d_.trainee);
    fact(word(l_, "date"), d_.started_at.empty() ? "—" : readable_date(d_.started_at));
    fact(word(l_, "duration"), d_.duration_s ? readable_duration(*d_.duration_s, l_) : "—");
    fact(word(l_, "rating"), d_.ended ? std::string(word(l_, d_.rating)) : "—");
    std::string ending = d_.ended ? std::string(word(l_, d_.outcome)) : std::string(word(l_, "no_ending"));
    if (!d_.ending_summary.empty()) ending += " — " + d_.ending_summary;
    fact(word(l_, "ending"), ending, true);
    out_ += "</dl>\n</header>\n";
  }

  void fact(std::string_view term, const std::string& value, bool wide = false) {
    add("<div{}><dt>{}</dt><dd>{}</dd></div>\n", wide ? " class=\"wide\"" : "", t(term), t(value));
  }

  void dimensions() {
    std::vector<PercentBar> bars;
    for (const DimensionLine& dim : d_.dimensions)
      bars.push_back({std::string(word(l_, dim.dimension)), dim.percent, fmt::format("({}/{})", dim.raw, dim.best)});
    bars.push_back({std::string(word(l_, "overall")), d_.overall, d_.grade, true, d_.passed});
    add("<section class=\"dimensions\">\n<h2>{}</h2>\n", w("dimensions"));
    out_ += percent_bars_svg(std::string(word(l_, "dimensions")), bars, d_.pass_mark,
                             fmt::format("{} {:g}", word(l_, "pass_mark"), d_.pass_mark));
    out_ += "\n";
    if (d_.late_replies > 0) add("<p class=\"note\">{}{}</p>\n", lw("late_replies"), d_.late_replies);
    if (d_.best_is_approximate) add("<p class=\"note\">{}</p>\n", w("best_approximate"));
    out_ += "</section>\n";
  }

  void mood() {
    if (d_.mood.empty()) return;
    LineChart chart;
    chart.title = std::string(word(l_, "mood_curve"));
    chart.marked_label = std::string(word(l_, "mood_moved_most"));
    chart.x_labels.emplace_back(word(l_, "start"));
    chart.x_notes.emplace_back();
    for (const DebriefTurn& turn : d_.turns) {
      chart.x_labels.push_back(std::to_string(turn.number));
      chart.x_notes.push_back(fmt::format("{} — {}", turn_label(l_, turn.number), labelled_text(l_, word(l_, "your_reply"), turn.reply)));
      if (turn.mood_moved_most) chart.marked.push_back(static_cast<size_t>(turn.number));
    }
    bool first = true;
    for (const MoodSeries& m : d_.mood) {
      chart.series.push_back({mood_label(l_, m.variable, d_.mood_labels), m.values});
      chart.min = first ? m.min : std::min(chart.min, m.min);
      chart.max = first ? m.max : std::max(chart.max, m.max);
      first = false;
    }
    add("<section class=\"mood\">\n<h2>{}</h2>\n{}\n", w("mood_curve"), line_chart_svg(chart));
    std::string moments;
    for (const DebriefTurn& turn : d_.turns)
      if (turn.mood_moved_most)
        moments += fmt::format("{}{}{}", moments.empty() ? "" : list_comma(l_), turn_label(l_, turn.number),
                               aside(l_, mood_change_text(l_, turn.mood_change, d_.mood_labels)));
    if (!moments.empty()) add("<p class=\"note\">{}{}</p>\n", lw("mood_moments"), t(moments));
    out_ += "</section>\n";
  }

  void reply_times() {
    if (d_.turns.empty()) return;
    TimeChart chart;
    chart.title = std::string(word(l_, "reply_times"));
    chart.limit_label = std::string(word(l_, "time_limit"));
    chart.late_label = std::string(word(l_, "late_reply"));
    chart.on_time_label = std::string(word(l_, "on_time"));
    for (const DebriefTurn& turn : d_.turns)
      chart.bars.push_back({std::to_string(turn.number), turn.response_s, static_cast<double>(turn.time_limit),
                            turn.late, seconds_text(l_, turn.response_s)});
    add("<section class=\"times\">\n<h2>{}</h2>\n{}\n</section>\n", w("reply_times"), reply_times_svg(chart));
  }

  void steps() {
    Timeline timeline;
    timeline.title = std::string(word(l_, "steps"));
    for (const DebriefTurn& turn : d_.turns) timeline.columns.push_back(std::to_string(turn.number));
    for (const StepLine& s : d_.steps) {
      TimelineRow row{std::string(word(l_, s.step)), s.turn, s.out_of_order, {}};
      if (s.turn == 0 && s.attempt_turn > 0)
        row.status = fmt::format("△ {} · {}", turn_label(l_, s.attempt_turn), word(l_, "attempted"));
      else if (s.turn == 0) row.status = "✗ " + std::string(word(l_, "missed"));
      else if (s.out_of_order && s.came_before)
        row.status = fmt::format("{} {}", word(l_, "came_before"), word(l_, *s.came_before));
      else row.status = "✓ " + turn_label(l_, s.turn);
      timeline.rows.push_back(row);
    }
    add("<section class=\"steps\">\n<h2>{}</h2>\n{}\n", w("steps"), timeline_svg(timeline));
    for (const StepLine& s : d_.steps)
      if (s.turn == 0 && s.attempt_turn > 0)
        add("<p class=\"note\">△ {}{} — {}</p>\n", t(labelled_text(l_, word(l_, s.step), "")), t(turn_label(l_, s.attempt_turn)), t(s.attempt_why));
    for (const StepLine& s : d_.steps)
      if (s.out_of_order && s.came_before)
        add("<p class=\"note\">{}{} {} {}</p>\n", lw("out_of_order"), t(word(l_, s.step)), w("came_before"),
            t(word(l_, *s.came_before)));
    out_ += "</section>\n";
  }

  void progress() {
    if (!d_.first_attempt) return;
    add("<section class=\"progress\">\n<h2>{}</h2>\n<table>\n<thead><tr><th></th><th>{}</th><th>{}</th>", w("progress"),
        w("date"), w("overall"));
    for (const DimensionLine& dim : d_.dimensions) add("<th>{}</th>", t(word(l_, dim.dimension)));
    out_ += "</tr></thead>\n<tbody>\n";
    PastAttempt now{d_.started_at, d_.overall, {}};
    for (int i = 0; i < kDimensions; ++i) now.percent[i] = d_.dimensions[i].percent;
    attempt_row("", word(l_, "first_attempt"), *d_.first_attempt);
    attempt_row("", word(l_, "best_attempt"), *d_.best_attempt);
    attempt_row("this", word(l_, "this_attempt"), now);
    add("<tr class=\"change\"><td>{}</td><td></td><td>{}</td>", w("change_since_first"),
        signed_text(d_.overall - d_.first_attempt->overall));
    for (int i = 0; i < kDimensions; ++i) add("<td>{}</td>", signed_text(now.percent[i] - d_.first_attempt->percent[i]));
    out_ += "</tr>\n</tbody>\n</table>\n</section>\n";
  }

  void attempt_row(const char* css_class, std::string_view label, const PastAttempt& a) {
    add("<tr class=\"{}\"><td>{}</td><td>{}</td><td>{:.1f}</td>", css_class, t(label), t(readable_date(a.date)), a.overall);
    for (double p : a.percent) add("<td>{}</td>", percent_text(p));
    out_ += "</tr>\n";
  }

  void turns() {
    if (d_.turns.empty()) return;
    add("<section class=\"turns\">\n<h2>{}</h2>\n", w("turn_by_turn"));
    for (const DebriefTurn& turn : d_.turns) this->turn(turn);
    out_ += "</section>\n";
  }

  void turn(const DebriefTurn& turn) {
    add("<article class=\"turn{}\" id=\"turn-{}\">\n<header><h3>{}</h3>", turn.late ? " late" : "", turn.number,
        t(turn_label(l_, turn.number)));
    if (!turn.clock.empty()) add("<span class=\"tag\">{} {}</span>", w("hall_clock"), t(turn.clock));
    if (turn.step) add("<span class=\"tag step\">{}</span>", t(word(l_, *turn.step)));
    if (turn.late) add("<span class=\"tag late\">{}</span>", w("late_reply"));
    if (turn.mood_moved_most) add("<span class=\"tag moment\">{}</span>", w("mood_moved_most"));
    out_ += "</header>\n";
    add("<p class=\"said\"><span class=\"who\">{}</span>{}</p>\n", t(turn.speaker_name), t(turn.line));
    add("<p class=\"reply\"><span class=\"who\">{}</span>{}</p>\n", w("your_reply"), t(turn.reply));
    if (turn.typed) {
      out_ += "<p class=\"cues\">";
      cue_group("cues_matched", "met", turn.cues_matched);
      cue_group("cues_missed", "missed", turn.cues_missed);
      if (!turn.cues_avoided.empty()) cue_group("cues_avoided", "avoided", turn.cues_avoided);
      out_ += "</p>\n";
      if (!turn.reasons.empty()) {
        add("<div class=\"why\"><b>{}</b><ul>", w("why_it_scored"));
        for (const auto& r : turn.reasons) add("<li>{}</li>", t(r));
        out_ += "</ul></div>\n";
      }
    }
    out_ += "<dl class=\"numbers\">";
    add("<dt>{}</dt><dd>{}</dd>", w("score_change"), t(deltas_text(l_, turn.deltas)));
    if (!turn.mood_change.empty()) add("<dt>{}</dt><dd>{}</dd>", w("mood_change"), t(mood_change_text(l_, turn.mood_change, d_.mood_labels)));
    add("<dt>{}</dt><dd>{} / {} {}</dd>", w("reply_time"), t(seconds_text(l_, turn.response_s)),
        t(seconds_text(l_, turn.time_limit)), w("time_limit"));
    out_ += "</dl>\n";
    if (!turn.feedback.empty()) add("<p class=\"feedback\"><b>{}</b> {}</p>\n", w("feedback"), t(turn.feedback));
    if (turn.better) better(turn);
    if (turn.vote) class_vote(*turn.vote);
    out_ += "</article>\n";
  }

  void class_vote(const VoteSplit& vote) {
    add("<div class=\"vote\"><b>{}</b>{}\n<ul>\n", w("class_vote"),
        vote.overridden ? fmt::format(" <span class=\"muted\">{}</span>", t(aside(l_, word(l_, "overridden")))) : "");
    for (const VoteOption& o : vote.options)
      add("<li{}><span class=\"letter\">{}</span><meter min=\"0\" max=\"{}\" value=\"{}\"></meter> {} <span class=\"muted\">{}</span></li>\n",
          o.expert ? " class=\"expert\"" : "", o.letter, std::max(vote.total, 1), o.votes, t(o.reply),
          t(vote_count_text(l_, o.votes, vote.total, o.expert, o.applied)));
    out_ += "</ul></div>\n";
  }

  void cue_group(std::string_view key, const char* css_class, const std::vector<CueLine>& cues) {
    add("<span class=\"muted\">{}</span>", lw(key));
    if (cues.empty()) out_ += "— ";
    // A pitfall the reply fell into is met too, but shown as the cost it is.
    for (const CueLine& c : cues)
      add("<span class=\"cue {}\">{}</span>", std::string_view(css_class) == "met" && total_score(c.scores) < 0 ? "fell" : css_class,
          t(c.label));
    out_ += " ";
  }

  void better(const DebriefTurn& turn) {
    const RoadNotTaken& road = *turn.better;
    if (road.already_best) {
      add("<p class=\"better best\"><b>{}</b>{}</p>\n", w("better_reply"), w("best_reply_given"));
      return;
    }
    add("<p class=\"better\"><b>{}</b>", w("better_reply"));
    out_ += t(road.reply);
    if (turn.typed) {
      if (!road.reply.empty()) add(" <span class=\"muted\">{}</span>", lw("model_reply_earns"));
      for (const CueLine& c : road.cues) add("<span class=\"cue missed\">{}</span>", t(c.label));
    }
    add(" <span class=\"muted\">{}</span></p>\n", t(aside(l_, fmt::format("{} {}", word(l_, "would_score"), deltas_text(l_, road.scores)))));
  }

  void footer() {
    add("<footer>{} {} · {} {} · sha256 {} · HallSim</footer>\n", w("scenario"), t(d_.scenario_id), w("version"),
        d_.scenario_version, t(d_.scenario_hash));
  }

  const Debrief& d_;
  const std::string& l_;
  std::string out_;
};

}  // namespace

std::string render_html(const Debrief& d) { return HtmlWriter(d).write(); }

}  // namespace hallsim
