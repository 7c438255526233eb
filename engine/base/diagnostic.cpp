#include "base/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace hallsim {

std::string_view severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

std::string format_diagnostic(const Diagnostic& d) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", d.path, d.line, d.column, severity_name(d.severity),
                     d.message, d.code);
}

void DiagnosticSink::error(SourceLoc at, std::string_view code, std::string message) {
  items_.push_back({path_, at.line, at.column, std::string(code), Severity::error, std::move(message)});
}

void DiagnosticSink::warning(SourceLoc at, std::string_view code, std::string message) {
  items_.push_back({path_, at.line, at.column, std::string(code), Severity::warning, std::move(message)});
}

bool DiagnosticSink::has_errors() const { return hallsim::has_errors(items_); }

size_t DiagnosticSink::error_count() const {
  return static_cast<size_t>(std::count_if(items_.begin(), items_.end(),
                                           [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

bool has_errors(const std::vector<Diagnostic>& ds) {
  return std::any_of(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
}

bool reading_problem(const Diagnostic& d) { return d.code.size() == 6 && d.code.compare(0, 5, "HS000") == 0; }

void sort_diagnostics(std::vector<Diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
    bool a_later = !reading_problem(a), b_later = !reading_problem(b);
    return std::tie(a.path, a_later, a.line, a.column) < std::tie(b.path, b_later, b.line, b.column);
  });
}

}  // namespace hallsim
