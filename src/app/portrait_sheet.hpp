// A contact sheet of every portrait, for looking at them side by side: a row per portrait kind in
// six moods (friendly, start, worried, anxious, angry, furious), then the other speakers, then
// every kind as a woman and as a man (citizen.presents). Shown
// instead of the app when HALLSIM_PORTRAIT_SHEET is set (to a cell size in pixels); the window
// test screenshots it at a small and a large size.
#pragma once

namespace hallsim::app {

void draw_portrait_sheet(float cell);

}  // namespace hallsim::app
