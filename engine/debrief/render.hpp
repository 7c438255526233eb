// The debrief as a file: JSON for other systems, Markdown for notes and chat, and a
// self-contained HTML page (no script, no outside resources) that also prints to A4.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "debrief/debrief.hpp"

namespace hallsim {

enum class ReportFormat { html, markdown, json };

// "html", "md" or "markdown", "json".
std::optional<ReportFormat> report_format_named(std::string_view name);
// From a file name's ending: .html/.htm, .md/.markdown, .json.
std::optional<ReportFormat> report_format_of_path(std::string_view path);

std::string render_json(const Debrief& d);
std::string render_markdown(const Debrief& d);
std::string render_html(const Debrief& d);
std::string render_report(const Debrief& d, ReportFormat format);

}  // namespace hallsim
