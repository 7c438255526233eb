# Shared by the Xvfb window tests: source it, then `require_tools`; inside the driver (run under
# xvfb-run) source it again and call `find_window` once the app is started.

# Exits 77 (skipped) when a tool the test needs is missing.
require_tools() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (apt-get install xvfb xdotool x11-apps imagemagick xclip nodejs)"; exit 77; }
  done
}

# The app's window, or a failure with what the app said ($tmp/app.err).
find_window() {
  win=$(timeout 20 xdotool search --sync --name "^HallSim" | head -n 1)
  [ -n "$win" ] || { echo "no window appeared"; cat "$tmp/app.err"; exit 1; }
  xdotool windowfocus --sync "$win" 2>/dev/null
}

# The title says where the app is ("HallSim — 功能样例 — #2" is the second reply): wait for it
# instead of guessing how long a frame takes on a loaded machine.
wait_title() {
  timeout 20 xdotool search --sync --name "$1" >/dev/null || { echo "the title never matched /$1/"; xdotool getwindowname "$win"; exit 1; }
  sleep 0.3
}

# A screenshot of the whole screen as $out/NAME.png.
shot() { sleep 0.6; xwd -root -silent | convert xwd:- "png:$out/$1.png"; }

# Keys one by one, with a pause so each lands in its own frame.
key() { for k in "$@"; do xdotool key "$k"; sleep 0.15; done; }

# A key with a modifier held across frames: the ImGui 1.86 backend reads modifiers from key state.
with_modifier() { xdotool keydown "$1"; sleep 0.3; xdotool key "$2"; sleep 0.3; xdotool keyup "$1"; }
ctrl() { with_modifier ctrl "$1"; }
