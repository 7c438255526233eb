#include "debrief/report_style.hpp"

namespace hallsim {

// Fonts: the page ships none (the Content-Security-Policy allows no downloads), so it names the
// CJK faces common on Linux, macOS and Windows before the generic family.
const std::string_view kReportStylesheet = R"css(
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee3; --soft: #f4f6f8; --accent: #2563eb;
  --good: #15803d; --bad: #dc2626; --warn: #d97706; }
* { box-sizing: border-box; }
body { margin: 0; background: #e9edf1; color: var(--ink);
  font: 15px/1.6 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
    "WenQuanYi Micro Hei", "DejaVu Sans", sans-serif; }
main { max-width: 900px; margin: 24px auto; background: #fff; padding: 28px 40px 20px; border-radius: 10px;
  box-shadow: 0 1px 4px rgba(0, 0, 0, .08); }
h1 { font-size: 26px; line-height: 1.3; margin: 2px 0 14px; overflow-wrap: anywhere; }
h2 { font-size: 18px; margin: 30px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 0; }
.kicker { margin: 0; color: var(--muted); font-size: 13px; letter-spacing: .04em; }
.verdict { display: flex; align-items: center; gap: 14px; flex-wrap: wrap; }
.score { font-size: 44px; font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums; }
.score small { font-size: 16px; font-weight: 400; color: var(--muted); margin-left: 2px; }
.grade { display: inline-flex; align-items: center; justify-content: center; width: 44px; height: 44px;
  border-radius: 50%; border: 3px solid var(--ink); font-size: 22px; font-weight: 700; }
.badge { padding: 3px 14px; border-radius: 999px; font-weight: 700; color: #fff; }
.badge.pass { background: var(--good); }
.badge.fail { background: var(--bad); }
.muted { color: var(--muted); font-size: 13px; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 8px 14px; margin: 18px 0 0; }
.facts div { background: var(--soft); border-radius: 6px; padding: 6px 12px; }
.facts dt { font-size: 12px; color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.facts .wide { grid-column: 1 / -1; }
.note { color: var(--muted); font-size: 13px; margin: 4px 0 0; }
svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
.chart-label { font-size: 14px; fill: var(--ink); }
.chart-strong { font-weight: 700; }
.chart-value { font-size: 14px; fill: var(--ink); font-variant-numeric: tabular-nums; }
.chart-small { font-size: 11px; fill: var(--muted); }
.chart-track { fill: #edf0f3; }
.chart-bar { fill: var(--accent); }
.chart-good { fill: var(--good); }
.chart-bad { fill: var(--bad); }
.chart-mark { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 3 2; }
.chart-grid { stroke: #e3e7eb; stroke-width: 1; }
.chart-limit { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 5 3; }
.chart-moment { fill: #fdf0c8; }
.chart-moment-label { fill: #a15c07; font-weight: 700; }
.chart-hit { fill: transparent; }
.chart-series-0 { stroke: #dc2626; fill: #dc2626; }
.chart-series-1 { stroke: #2563eb; fill: #2563eb; }
.chart-series-2 { stroke: #7c3aed; fill: #7c3aed; }
.chart-series-3 { stroke: #0d9488; fill: #0d9488; }
.chart-series-4 { stroke: #ca8a04; fill: #ca8a04; }
.chart-series-5 { stroke: #db2777; fill: #db2777; }
.chart-stroke { stroke-width: 2.5; }
.chart-line { fill: none; }
.chart-dot { stroke: #fff; stroke-width: 1.5; }
.chart-path { fill: none; stroke: #9aa5b1; stroke-width: 1.5; stroke-dasharray: 4 3; }
circle.chart-done { fill: var(--good); }
circle.chart-warn { fill: var(--warn); }
text.chart-done { fill: var(--good); font-size: 13px; }
text.chart-warn { fill: var(--warn); font-size: 13px; font-weight: 700; }
text.chart-missed { fill: var(--bad); font-size: 13px; }
.chart-dim { fill: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 14px; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: right; }
th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align: left; }
th { color: var(--muted); font-weight: 600; }
tr.this td { font-weight: 700; }
tr.change td { color: var(--muted); border-bottom: none; }
.turn { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px;
  padding: 12px 16px; margin: 12px 0; }
.turn.late { border-left-color: var(--bad); }
.turn > header { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 6px; }
.tag { font-size: 12px; padding: 1px 9px; border-radius: 999px; background: var(--soft); color: var(--muted); }
.tag.step { background: #dbeafe; color: #1e40af; }
.tag.late { background: #fee2e2; color: #991b1b; }
.tag.moment { background: #fdf0c8; color: #92400e; }
.said, .reply { margin: 6px 0; padding: 8px 12px; border-radius: 8px; overflow-wrap: anywhere; }
.said { background: var(--soft); }
.reply { background: #eef4ff; }
.who { font-weight: 700; margin-right: 8px; }
.cues { margin: 6px 0; font-size: 14px; }
.cue { display: inline-block; font-size: 13px; padding: 0 8px; border-radius: 4px; margin: 2px 4px 2px 0; }
.cue.met { background: #dcfce7; color: #166534; }
.cue.missed { background: #fee2e2; color: #991b1b; }
.cue.avoided { background: #eef1f4; color: #475569; }
.cue.fell { background: #991b1b; color: #fff; }
.numbers { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; font-size: 14px; }
.numbers dt { color: var(--muted); }
.numbers dd { margin: 0; }
.feedback { margin: 6px 0; overflow-wrap: anywhere; }
.better { margin: 8px 0 0; padding: 8px 12px; border-left: 3px solid var(--good); background: #f0fdf4;
  border-radius: 0 6px 6px 0; overflow-wrap: anywhere; }
.better.best { border-left-color: #9aa5b1; background: var(--soft); }
.better b { margin-right: 8px; }
.why { margin: 6px 0; padding: 6px 12px; border-left: 3px solid var(--bad, #c0392b); background: #fff7f5; }
.why ul { margin: 4px 0 0; padding-left: 18px; }
.vote { margin: 8px 0 0; }
.vote ul { list-style: none; margin: 4px 0 0; padding: 0; }
.vote li { margin: 2px 0; }
.vote li.expert { font-weight: 600; }
.vote .letter { display: inline-block; width: 1.5em; font-weight: 700; }
.vote meter { width: 8em; vertical-align: middle; }
main > footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted);
  font-size: 12px; overflow-wrap: anywhere; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; border-radius: 0; box-shadow: none; }
  h2, h3 { break-after: avoid; }
  .turn, svg.chart, table, .facts, .verdict { break-inside: avoid; }
  .turns { break-before: page; }
  .chart-hit { display: none; }
}
)css";

}  // namespace hallsim
