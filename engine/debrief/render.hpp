// The debrief as a file: JSON for other systems, Markdown for notes and chat, a self-contained
// HTML page (no script, no outside resources) that also prints to A4, and plain text for a
// terminal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "debrief/debrief.hpp"

namespace hallsim {

enum class ReportFormat { html, markdown, json, text };

// "html", "md" or "markdown", "json", "text".
std::optional<ReportFormat> report_format_named(std::string_view name);
// From a file name's ending: .html/.htm, .md/.markdown, .json (text is for terminals: by name only).
std::optional<ReportFormat> report_format_of_path(std::string_view path);
// The file ending a report of the format is saved under: "html", "md", "json", "txt".
const char* report_extension(ReportFormat format);

std::string render_json(const Debrief& d);
std::string render_markdown(const Debrief& d);
std::string render_html(const Debrief& d);
std::string render_text(const Debrief& d);
std::string render_report(const Debrief& d, ReportFormat format);

}  // namespace hallsim
