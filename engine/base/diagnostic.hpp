// Diagnostics are data: the loader collects every problem it finds and the tools print them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hallsim {

enum class Severity { error, warning };

// 1-based line and column (column counts Unicode code points); 0 means "unknown".
struct SourceLoc {
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  std::string path;
  int line = 0;
  int column = 0;
  std::string code;  // stable, e.g. "HS0021"; each one is documented in docs/diagnostics.md
  Severity severity = Severity::error;
  std::string message;
};

// FILE:LINE:COL: error: MESSAGE [HS0001]
std::string format_diagnostic(const Diagnostic& d);
std::string_view severity_name(Severity s);

// Collects diagnostics for one file; the path is filled in for every entry.
class DiagnosticSink {
 public:
  explicit DiagnosticSink(std::string path) : path_(std::move(path)) {}

  void error(SourceLoc at, std::string_view code, std::string message);
  void warning(SourceLoc at, std::string_view code, std::string message);
  void add(Diagnostic d) { items_.push_back(std::move(d)); }

  const std::string& path() const { return path_; }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic> take() { return std::move(items_); }
  bool has_errors() const;
  size_t error_count() const;

 private:
  std::string path_;
  std::vector<Diagnostic> items_;
};

bool has_errors(const std::vector<Diagnostic>& ds);
// A problem reading the file as YAML (HS0001 to HS0009: syntax, a tab, the encoding, the size):
// what the rest of the file's problems may follow from.
bool reading_problem(const Diagnostic& d);
// By file; in each file its reading problems first, then by line and column.
void sort_diagnostics(std::vector<Diagnostic>& ds);

}  // namespace hallsim
