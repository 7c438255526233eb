// Pieces the classroom screens share: option letters, the tally of the question on screen, and
// what a reply earned (projected once revealed; always in the presenter's notes).
#pragma once

#include <string>

#include "app.hpp"

namespace hallsim::app {

// Single keys are the instructor's commands: no text box has the keyboard and no question
// (presenter view, abandon) is waiting for its answer, which would otherwise also see the key.
bool class_keys_free(const App& app);
// A, B, C ... for the option at `position` as shown.
std::string classroom_letter(size_t position);
// The tally belongs to the question on screen; a new question starts a fresh one.
VoteTally& classroom_tally(Classroom& c, const Session& s);
// A turn's score change, feedback, the cues met (by their labels) and the totals so far.
void draw_turn_result(App& app, const Session& s, const Turn& turn);
// One screen: the notes in place of the projection, under a banner that says so.
void draw_presenter_view(App& app);
// "Show the presenter view?" while classroom.confirm_presenter_view is set.
void draw_presenter_view_prompt(App& app);

}  // namespace hallsim::app
