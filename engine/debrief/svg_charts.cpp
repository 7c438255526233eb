#include "debrief/svg_charts.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/text_escape.hpp"

namespace hallsim {

namespace {

constexpr double kWidth = 720;
constexpr double kFont = 14;
constexpr double kSmallFont = 11;

// A rough rendered width: CJK and other wide characters take a full em, Latin text about half.
double text_width(const std::string& s, double font) {
  double em = 0;
  for (unsigned char c : s) {
    if (c < 0x80) em += 0.56;
    else if (c >= 0xE0) em += 1.0;      // lead byte of a 3- or 4-byte character: CJK, symbols
    else if (c >= 0xC0) em += 0.6;      // lead byte of a 2-byte character: accented Latin, Greek
  }
  return em * font;
}

double widest(const std::vector<std::string>& texts, double font) {
  double w = 0;
  for (const auto& t : texts) w = std::max(w, text_width(t, font));
  return w;
}

std::string open_svg(double height, const std::string& title) {
  return fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0:.0f} {1:.0f}\" width=\"{0:.0f}\" "
      "height=\"{1:.0f}\" role=\"img\" aria-label=\"{2}\"><title>{3}</title>",
      kWidth, height, html_attribute(title), html_text(title));
}

std::string text(double x, double y, const std::string& content, const char* css_class, const char* anchor = "start") {
  return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" class=\"{}\" text-anchor=\"{}\">{}</text>", x, y, css_class, anchor,
                     html_text(content));
}

std::string rect(double x, double y, double w, double h, const char* css_class) {
  return fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" class=\"{}\"/>", x, y,
                     std::max(0.0, w), std::max(0.0, h), css_class);
}

std::string line(double x1, double y1, double x2, double y2, const char* css_class) {
  return fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" class=\"{}\"/>", x1, y1, x2, y2,
                     css_class);
}

// A round step (1, 2 or 5 times a power of ten) that cuts `range` into at most `parts` pieces.
double nice_step(double range, int parts) {
  double raw = range / parts;
  double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * power >= raw) return m * power;
  return 10 * power;
}

}  // namespace

std::string percent_bars_svg(const std::string& title, const std::vector<PercentBar>& bars, double mark,
                             const std::string& mark_label) {
  std::vector<std::string> labels, values;
  for (const auto& b : bars) {
    labels.push_back(b.label);
    values.push_back(fmt::format("{:.1f}%  {}", b.percent, b.detail));
  }
  const double row = 34, bar = 18, top = 22;
  double label_w = std::max(80.0, widest(labels, kFont) + 14);
  double value_w = widest(values, kFont) + 16;
  double x0 = label_w, x1 = kWidth - value_w;
  double height = top + row * static_cast<double>(bars.size()) + 14;
  std::string svg = open_svg(height, title);
  double y = top;
  for (const auto& b : bars) {
    if (b.summary) y += 8;
    double width = (x1 - x0) * std::clamp(b.percent, 0.0, 100.0) / 100;
    svg += text(x0 - 10, y + bar - 4, b.label, b.summary ? "chart-label chart-strong" : "chart-label", "end");
    svg += rect(x0, y, x1 - x0, bar, "chart-track");
    svg += rect(x0, y, width, bar, b.summary ? (b.good ? "chart-good" : "chart-bad") : "chart-bar");
    svg += text(x1 + 8, y + bar - 4, fmt::format("{:.1f}%  {}", b.percent, b.detail), "chart-value");
    if (b.summary) {
      double mx = x0 + (x1 - x0) * std::clamp(mark, 0.0, 100.0) / 100;
      svg += line(mx, y - 6, mx, y + bar + 4, "chart-mark");
      svg += text(mx, y - 9, mark_label, "chart-small", "middle");
    }
    y += row;
  }
  return svg + "</svg>";
}

std::string line_chart_svg(const LineChart& c) {
  const double height = 290, left = 48, right = kWidth - 20, top = 56, bottom = height - 34;
  size_t points = c.x_labels.size();
  double span = std::max(1, c.max - c.min);
  auto x_of = [&](size_t i) { return points > 1 ? left + (right - left) * static_cast<double>(i) / static_cast<double>(points - 1) : (left + right) / 2; };
  auto y_of = [&](int v) { return bottom - (bottom - top) * (std::clamp(v, c.min, c.max) - c.min) / span; };
  double pitch = points > 1 ? (right - left) / static_cast<double>(points - 1) : right - left;

  std::string svg = open_svg(height, c.title);
  // The legend across the top.
  double lx = left;
  for (size_t s = 0; s < c.series.size(); ++s) {
    std::string cls = fmt::format("chart-series-{}", s % 6);
    svg += fmt::format("<line x1=\"{:.1f}\" y1=\"14\" x2=\"{:.1f}\" y2=\"14\" class=\"{} chart-stroke\"/>", lx, lx + 22, cls);
    svg += text(lx + 28, 19, c.series[s].label, "chart-label");
    lx += 44 + text_width(c.series[s].label, kFont);
  }
  // The turns where mood moved most, behind everything else.
  double band = std::min(28.0, std::max(10.0, pitch * 0.6));
  double half_label = text_width(c.marked_label, kSmallFont) * 0.55;  // bold, so a little wider
  for (size_t i : c.marked) {
    if (i >= points) continue;
    svg += rect(x_of(i) - band / 2, top - 4, band, bottom - top + 8, "chart-moment");
    double label_x = std::clamp(x_of(i), half_label + 4, kWidth - half_label - 4);
    svg += text(label_x, top - 10, c.marked_label, "chart-small chart-moment-label", "middle");
  }
  // Horizontal grid with its scale.
  double step = nice_step(span, 4);
  // An integer counter: adding a fractional step again and again would drift.
  for (int k = 0; c.min + k * step <= c.max + 1e-9; ++k) {
    double v = c.min + k * step;
    double y = y_of(static_cast<int>(std::lround(v)));
    svg += line(left, y, right, y, "chart-grid");
    svg += text(left - 8, y + 4, fmt::format("{:.0f}", v), "chart-small", "end");
  }
  // Point labels, thinned out when they would crowd each other.
  double label_w = widest(c.x_labels, kSmallFont) + 8;
  size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil(label_w / std::max(1.0, pitch))));
  for (size_t i = 0; i < points; ++i) {
    if (i % every == 0 || i + 1 == points) svg += text(x_of(i), bottom + 18, c.x_labels[i], "chart-small", "middle");
    if (i < c.x_notes.size() && !c.x_notes[i].empty())
      svg += fmt::format("<g class=\"chart-hover\">{}<title>{}</title></g>",
                         rect(x_of(i) - pitch / 2, top, pitch, bottom - top, "chart-hit"), html_text(c.x_notes[i]));
  }
  for (size_t s = 0; s < c.series.size(); ++s) {
    const LineSeries& series = c.series[s];
    std::string cls = fmt::format("chart-series-{}", s % 6);
    std::string coordinates;
    for (size_t i = 0; i < series.values.size() && i < points; ++i)
      coordinates += fmt::format("{}{:.1f},{:.1f}", i ? " " : "", x_of(i), y_of(series.values[i]));
    svg += fmt::format("<polyline points=\"{}\" class=\"{} chart-stroke chart-line\"/>", coordinates, cls);
    for (size_t i = 0; i < series.values.size() && i < points; ++i)
      svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" class=\"{} chart-dot\"><title>{}</title></circle>",
                         x_of(i), y_of(series.values[i]), cls,
                         html_text(fmt::format("{}: {} {}", c.x_labels[i], series.label, series.values[i])));
  }
  return svg + "</svg>";
}

std::string reply_times_svg(const TimeChart& c) {
  const double height = 230, left = 48, right = kWidth - 16, top = 44, bottom = height - 30;
  double scale = 1;
  for (const auto& b : c.bars) scale = std::max({scale, b.limit, std::min(b.seconds, 3 * b.limit)});
  scale *= 1.15;
  auto y_of = [&](double s) { return bottom - (bottom - top) * std::min(s, scale) / scale; };
  double slot = (right - left) / static_cast<double>(std::max<size_t>(1, c.bars.size()));
  double bar = std::min(40.0, slot * 0.55);

  std::string svg = open_svg(height, c.title);
  // Legend.
  double lx = left;
  svg += rect(lx, 8, 14, 12, "chart-bar");
  svg += text(lx + 20, 19, c.on_time_label, "chart-label");
  lx += 34 + text_width(c.on_time_label, kFont);
  svg += rect(lx, 8, 14, 12, "chart-bad");
  svg += text(lx + 20, 19, c.late_label, "chart-label");
  lx += 34 + text_width(c.late_label, kFont);
  svg += line(lx, 14, lx + 22, 14, "chart-limit");
  svg += text(lx + 28, 19, c.limit_label, "chart-label");

  double step = nice_step(scale, 4);
  for (int k = 0; k * step <= scale + 1e-9; ++k) {
    double v = k * step;
    svg += line(left, y_of(v), right, y_of(v), "chart-grid");
    svg += text(left - 8, y_of(v) + 4, fmt::format("{:g}", v), "chart-small", "end");
  }
  for (size_t i = 0; i < c.bars.size(); ++i) {
    const TimeBar& b = c.bars[i];
    double cx = left + slot * (static_cast<double>(i) + 0.5);
    double y = y_of(b.seconds);
    svg += rect(cx - bar / 2, y, bar, bottom - y, b.late ? "chart-bad" : "chart-bar");
    svg += line(cx - bar / 2 - 6, y_of(b.limit), cx + bar / 2 + 6, y_of(b.limit), "chart-limit");
    svg += text(cx, y - 5, b.value_text, "chart-small", "middle");
    svg += text(cx, bottom + 18, b.label, "chart-small", "middle");
  }
  return svg + "</svg>";
}

std::string timeline_svg(const Timeline& t) {
  std::vector<std::string> labels, statuses;
  for (const auto& r : t.rows) {
    labels.push_back(r.label);
    statuses.push_back(r.status);
  }
  const double row = 28, top = 30;
  double label_w = widest(labels, kFont) + 16;
  double status_w = std::min(260.0, widest(statuses, kFont) + 16);
  double left = label_w, right = kWidth - status_w;
  double height = top + row * static_cast<double>(t.rows.size()) + 6;
  size_t columns = std::max<size_t>(1, t.columns.size());
  double pitch = (right - left) / static_cast<double>(columns);
  auto x_of = [&](int column) { return left + pitch * (column - 0.5); };
  auto y_of = [&](size_t r) { return top + row * (static_cast<double>(r) + 0.5); };

  std::string svg = open_svg(height, t.title);
  double label_every = std::max(1.0, std::ceil((widest(t.columns, kSmallFont) + 6) / pitch));
  for (size_t c = 0; c < t.columns.size(); ++c) {
    double x = x_of(static_cast<int>(c) + 1);
    svg += line(x, top - 4, x, height - 6, "chart-grid");
    if (c % static_cast<size_t>(label_every) == 0) svg += text(x, top - 10, t.columns[c], "chart-small", "middle");
  }
  std::string path;
  for (size_t r = 0; r < t.rows.size(); ++r)
    if (t.rows[r].at > 0) path += fmt::format("{}{:.1f},{:.1f}", path.empty() ? "" : " ", x_of(t.rows[r].at), y_of(r));
  if (!path.empty()) svg += fmt::format("<polyline points=\"{}\" class=\"chart-path\"/>", path);
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const TimelineRow& tr = t.rows[r];
    const char* state = tr.at == 0 ? "chart-missed" : tr.warn ? "chart-warn" : "chart-done";
    svg += text(left - 10, y_of(r) + 5, tr.label, tr.at == 0 ? "chart-label chart-dim" : "chart-label", "end");
    if (tr.at > 0)
      svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"7\" class=\"{}\"/>", x_of(tr.at), y_of(r), state);
    svg += text(right + 10, y_of(r) + 5, tr.status, state);
  }
  return svg + "</svg>";
}

}  // namespace hallsim
