// What a face shows, as numbers: the citizen's moods turned into brows, eyes, mouth, colour and
// posture. A pure function, kept apart from the drawing so tests can check that each feature
// follows its mood (brows lower with anger, the smile grows with trust ...).
#pragma once

#include <string>
#include <string_view>

namespace hallsim {
class Session;
}

namespace hallsim::app {

// The moods a face can show, each 0..100. Custom moods are folded into these three by name.
struct Mood {
  float anger = 30;
  float trust = 50;
  float anxiety = 0;
};

// How one mood is read from a custom mood's name: which of the three it feeds and in which
// direction (e.g. "worry" feeds anxiety, "calm" feeds anxiety inverted).
enum class MoodAxis { none, anger, trust, anxiety };
struct MoodMeaning {
  MoodAxis axis = MoodAxis::none;
  bool inverted = false;
};
MoodMeaning meaning_of_mood(std::string_view name);

// The moods of a session's scenario now, each scaled from its own min..max to 0..100. With no
// anger or trust mood the neutral defaults stay.
Mood mood_of(const Session& session);

// Expression parameters. Signs are chosen so "more" reads naturally in the drawing.
struct Face {
  float brow_knit = 0;      // -1 inner ends raised (worry) .. +1 inner ends pulled down (anger)
  float brow_raise = 0;     // 0 at rest .. 1 both brows lifted (alarm)
  float eye_open = 1;       // 0.5 narrowed glare .. 1.4 wide with fear
  float eye_smile = 0;      // 0 .. 1 lower lids lifted by a real smile
  float smile = 0;          // -1 deep frown .. +1 broad smile
  float mouth_open = 0;     // 0 closed .. 1 shouting
  float mouth_wobble = 0;   // 0 .. 1 a tight, uneven mouth (anxiety)
  float flush = 0;          // 0 .. 1 red of anger in the face
  float pallor = 0;         // 0 .. 1 the greyish pale of fear
  float vein = 0;           // 0 .. 1 the anger mark on the temple
  float sweat = 0;          // 0 .. 1 drops of nervous sweat
  float shoulders_up = 0;   // 0 .. 1 shoulders raised in tension
  float head_down = 0;      // 0 .. 1 chin lowered (a glare, or shrinking)
};

// The face for `mood`. `kind` is the portrait preset: "anxious" carries some worry of its own that
// trust dissolves; the other presets change the look, never the expression.
Face face_for(const Mood& mood, std::string_view kind = "calm");

// The mood band a scenario's own portrait image is chosen by (citizen.portrait_images):
// "angry" from anger 60, else "anxious" from anxiety 50, else "pleased" from trust 70 with anger
// under 30, else "calm".
std::string_view mood_band(const Mood& mood);

}  // namespace hallsim::app
