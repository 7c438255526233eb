#include "debrief/render.hpp"

#include <algorithm>
#include <cctype>

namespace hallsim {

std::optional<ReportFormat> report_format_named(std::string_view name) {
  if (name == "html") return ReportFormat::html;
  if (name == "md" || name == "markdown") return ReportFormat::markdown;
  if (name == "json") return ReportFormat::json;
  return std::nullopt;
}

std::optional<ReportFormat> report_format_of_path(std::string_view path) {
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return std::nullopt;
  std::string ending(path.substr(dot + 1));
  std::transform(ending.begin(), ending.end(), ending.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ending == "htm") return ReportFormat::html;
  return report_format_named(ending);
}

std::string render_report(const Debrief& d, ReportFormat format) {
  switch (format) {
    case ReportFormat::html: return render_html(d);
    case ReportFormat::markdown: return render_markdown(d);
    case ReportFormat::json: return render_json(d);
  }
  return {};
}

}  // namespace hallsim
