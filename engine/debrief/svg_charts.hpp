// Inline SVG charts for the HTML debrief: no script, no outside resources. Labels arrive as plain
// text and are escaped here; colours come from CSS classes (chart-*) in the page's stylesheet.
#pragma once

#include <string>
#include <vector>

namespace hallsim {

struct PercentBar {
  std::string label;
  double percent = 0;   // 0..100
  std::string detail;   // shown after the percentage, e.g. "8/10"
  bool summary = false; // the overall score: drawn apart, coloured by `good`
  bool good = true;
};

// Horizontal bars on a 0..100 scale; `mark` (the pass mark) is drawn on the summary bar.
std::string percent_bars_svg(const std::string& title, const std::vector<PercentBar>& bars, double mark,
                             const std::string& mark_label);

struct LineSeries {
  std::string label;
  std::vector<int> values;  // one per point
};

struct LineChart {
  std::string title;
  std::vector<std::string> x_labels;  // one per point
  std::vector<std::string> x_notes;   // shown on hover over each point's column; may be empty
  std::vector<LineSeries> series;
  int min = 0, max = 100;
  std::vector<size_t> marked;  // points to highlight
  std::string marked_label;
};

std::string line_chart_svg(const LineChart& chart);

struct TimeBar {
  std::string label;
  double seconds = 0;
  double limit = 0;
  bool late = false;
  std::string value_text;
};

struct TimeChart {
  std::string title;
  std::string limit_label, late_label, on_time_label;
  std::vector<TimeBar> bars;
};

// One bar per reply with its time limit drawn across it; late replies stand out.
std::string reply_times_svg(const TimeChart& chart);

struct TimelineRow {
  std::string label;
  int at = 0;  // 1-based column where it happened; 0 when it never did
  bool warn = false;
  std::string status;  // shown at the end of the row
};

struct Timeline {
  std::string title;
  std::vector<std::string> columns;
  std::vector<TimelineRow> rows;
};

// Rows in their intended order, a dot in the column where each happened, the dots joined in row
// order: a line that runs back to an earlier column shows something done too early.
std::string timeline_svg(const Timeline& timeline);

}  // namespace hallsim
