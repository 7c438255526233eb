// Typed reading of a YAML tree with diagnostics: unknown keys (with "did you mean"), missing
// keys, wrong types. Shared by the scenario loader, rubric files and test plans.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"
#include "model/l10n.hpp"
#include "yaml/document.hpp"

namespace hallsim::load {

// The closest candidate within a small edit distance, or "" when none is close.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);
// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

class Reader {
 public:
  Reader(const yaml::Document& doc, DiagnosticSink& sink) : doc_(doc), sink_(sink) {}

  DiagnosticSink& sink() { return sink_; }
  const yaml::Document& document() const { return doc_; }

  // True when `node` is a map; otherwise reports that `what` must be one.
  bool expect_map(const yaml::Node& node, std::string_view what);
  bool expect_list(const yaml::Node& node, std::string_view what);
  // Reports keys not in `allowed`; `what` names the map in messages ("a choice").
  void check_keys(const yaml::Node& map, const std::vector<std::string>& allowed, std::string_view what);
  // The value of a required key, or nullptr after reporting it missing.
  const yaml::Node* require(const yaml::Node& map, std::string_view key, std::string_view what);

  std::optional<long long> integer(const yaml::Node& node, std::string_view what);
  // An integer written with an optional sign ("+10", "-5").
  std::optional<long long> signed_integer(const yaml::Node& node, std::string_view what);
  std::optional<double> number(const yaml::Node& node, std::string_view what);
  std::optional<bool> boolean(const yaml::Node& node, std::string_view what);
  std::optional<std::string> string(const yaml::Node& node, std::string_view what);
  std::vector<std::string> string_list(const yaml::Node& node, std::string_view what);
  // A plain string in `language`, or a map of locale to string.
  L10nText l10n(const yaml::Node& node, std::string_view what, const std::string& language);

  // Where the scalar's text begins in the file and whether its characters map one-to-one onto
  // source columns (a single-line scalar without escapes).
  std::pair<SourceLoc, bool> scalar_text_origin(const yaml::Node& node) const;

 private:
  void wrong_type(const yaml::Node& node, std::string_view what, std::string_view expected);

  const yaml::Document& doc_;
  DiagnosticSink& sink_;
};

// Plain scalars that YAML would read as something other than text.
bool looks_like_bool(const yaml::Node& n);
bool looks_like_integer(const yaml::Node& n);
bool looks_like_locale(std::string_view s);

}  // namespace hallsim::load
