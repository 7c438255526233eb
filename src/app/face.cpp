#include "face.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "run/session.hpp"

namespace hallsim::app {

namespace {

float clamp01(float v) { return std::clamp(v, 0.0f, 1.0f); }

// 0 below `from`, 1 above `to`, a smooth ramp between: expressions start gently.
float ramp(float from, float to, float v) {
  float t = clamp01((v - from) / (to - from));
  return t * t * (3 - 2 * t);
}

struct MoodWord {
  const char* stem;
  MoodAxis axis;
  bool inverted;
};

// Checked in order, so "impatien" is seen before "patien" and "distrust" before "trust".
constexpr std::array<MoodWord, 24> kMoodWords = {{
    {"impatien", MoodAxis::anger, false},   {"patien", MoodAxis::anger, true},
    {"anger", MoodAxis::anger, false},      {"angry", MoodAxis::anger, false},
    {"frustrat", MoodAxis::anger, false},   {"irritat", MoodAxis::anger, false},
    {"annoy", MoodAxis::anger, false},      {"rage", MoodAxis::anger, false},
    {"hostil", MoodAxis::anger, false},     {"distrust", MoodAxis::trust, true},
    {"suspic", MoodAxis::trust, true},      {"doubt", MoodAxis::trust, true},
    {"trust", MoodAxis::trust, false},      {"satisf", MoodAxis::trust, false},
    {"goodwill", MoodAxis::trust, false},   {"rapport", MoodAxis::trust, false},
    {"anxi", MoodAxis::anxiety, false},     {"worr", MoodAxis::anxiety, false},
    {"fear", MoodAxis::anxiety, false},     {"stress", MoodAxis::anxiety, false},
    {"panic", MoodAxis::anxiety, false},    {"nervous", MoodAxis::anxiety, false},
    {"distress", MoodAxis::anxiety, false}, {"calm", MoodAxis::anxiety, true},
}};

}  // namespace

MoodMeaning meaning_of_mood(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const MoodWord& w : kMoodWords)
    if (lower.find(w.stem) != std::string::npos) return {w.axis, w.inverted};
  return {};
}

Mood mood_of(const Session& session) {
  Mood mood;
  bool has_anger = false, has_trust = false;
  for (const Variable& v : session.scenario().variables) {
    if (!v.is_mood || v.max <= v.min) continue;
    MoodMeaning m = meaning_of_mood(v.name);
    if (m.axis == MoodAxis::none) continue;
    int index = session.scenario().find_variable(v.name);
    float raw = static_cast<float>(session.state().vars[static_cast<size_t>(index)] - v.min) / static_cast<float>(v.max - v.min);
    float value = 100 * (m.inverted ? 1 - clamp01(raw) : clamp01(raw));
    // Where two moods feed one feature, the stronger feeling shows (and the weaker trust).
    switch (m.axis) {
      case MoodAxis::anger: mood.anger = has_anger ? std::max(mood.anger, value) : value, has_anger = true; break;
      case MoodAxis::trust: mood.trust = has_trust ? std::min(mood.trust, value) : value, has_trust = true; break;
      case MoodAxis::anxiety: mood.anxiety = std::max(mood.anxiety, value); break;
      case MoodAxis::none: break;
    }
  }
  return mood;
}

Face face_for(const Mood& mood, std::string_view kind) {
  float anger = clamp01(mood.anger / 100), trust = clamp01(mood.trust / 100), anxiety = clamp01(mood.anxiety / 100);
  // An anxious preset is worried until trust settles her, even in a scenario with no anxiety mood.
  if (kind == "anxious") anxiety = std::max(anxiety, 0.55f * (1 - trust));
  float cross = ramp(0.15f, 0.85f, anger);  // anger shows from about 15 and is full near 85
  float worry = ramp(0.1f, 0.8f, anxiety) * (1 - 0.6f * cross);  // fury pushes worry off the face
  float warmth = ramp(0.35f, 0.95f, trust) * (1 - cross);

  Face f;
  f.brow_knit = std::clamp(cross - worry, -1.0f, 1.0f);
  f.brow_raise = clamp01(0.7f * worry + 0.15f * warmth);
  f.eye_open = 1 + 0.35f * worry - 0.35f * cross;
  f.smile = std::clamp(1.3f * (trust - 0.45f) - 1.2f * cross - 0.45f * worry, -1.0f, 1.0f);
  f.eye_smile = clamp01(2 * (f.smile - 0.35f)) * warmth;
  f.mouth_open = ramp(0.72f, 0.97f, anger);
  f.mouth_wobble = worry * (1 - f.mouth_open);
  f.flush = ramp(0.3f, 0.95f, anger);
  f.pallor = 0.8f * worry * (1 - f.flush);
  f.vein = ramp(0.55f, 0.8f, anger);
  f.sweat = ramp(0.35f, 0.85f, anxiety) * (1 - 0.8f * cross);
  f.shoulders_up = clamp01(0.8f * worry + 0.35f * cross);
  f.head_down = clamp01(0.6f * cross + 0.5f * worry);
  return f;
}

std::string_view mood_band(const Mood& mood) {
  if (mood.anger >= 60) return "angry";
  if (mood.anxiety >= 50) return "anxious";
  if (mood.trust >= 70 && mood.anger < 30) return "pleased";
  return "calm";
}

}  // namespace hallsim::app
