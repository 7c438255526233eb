#include "debrief/report_text.hpp"

#include <cmath>

#include <fmt/format.h>

#include "model/words.hpp"

namespace hallsim {

std::string mood_label(std::string_view language, const std::string& variable,
                       const std::map<std::string, std::string>& labels) {
  if (auto it = labels.find(variable); it != labels.end()) return it->second;
  if (variable == "anger" || variable == "trust") return std::string(word(language, variable));
  return variable;
}

std::string turn_label(std::string_view language, int number) {
  return fmt::format(fmt::runtime(word(language, "turn")), number);
}

std::string deltas_text(std::string_view language, const ScoreVector& d) {
  std::string out;
  for (int i = 0; i < kDimensions; ++i)
    if (d[i] != 0)
      out += fmt::format("{}{} {:+}", out.empty() ? "" : clause_comma(language), word(language, static_cast<Dimension>(i)), d[i]);
  return out.empty() ? "±0" : out;
}

std::string mood_change_text(std::string_view language, const std::vector<std::pair<std::string, int>>& changes,
                             const std::map<std::string, std::string>& labels) {
  std::string out;
  for (const auto& [variable, change] : changes)
    if (change != 0) out += fmt::format("{}{} {:+}", out.empty() ? "" : clause_comma(language), mood_label(language, variable, labels), change);
  return out.empty() ? "±0" : out;
}

std::string percent_text(double percent) { return fmt::format("{:.1f}%", percent); }

std::string seconds_text(std::string_view language, double seconds) {
  std::string number = seconds == std::floor(seconds) ? fmt::format("{:.0f}", seconds) : fmt::format("{:.1f}", seconds);
  return fmt::format(is_chinese(language) ? "{}{}" : "{} {}", number, word(language, "seconds"));
}

std::string signed_text(double value) {
  double rounded = std::round(value * 10) / 10;
  if (rounded == 0) return "±0.0";
  return fmt::format("{:+.1f}", rounded);
}

std::string vote_count_text(std::string_view language, int votes, int total, bool expert, bool applied) {
  std::string text = fmt::format("{} {} ({})", votes, word(language, "votes"),
                                 percent_text(total > 0 ? 100.0 * votes / total : 0.0));
  if (expert) text += fmt::format(" · {}", word(language, "expert"));
  if (applied) text += fmt::format(" · {}", word(language, "applied"));
  return text;
}

}  // namespace hallsim
