# Shared by the Xvfb window tests. A test (xvfb_NAME.sh HALLSIM SOURCE_DIR OUT_DIR) sources it and
# calls `begin_window_test "$@" TOOLS...`, writes its drivers into $tmp and runs each with
# `under_xvfb SIZE DRIVER [ARGS]`; a driver starts the app with `start_app ARGS`, drives it with
# the functions below and ends with `stop_app`.

# The start of every window test: $hallsim, $root and $out from its arguments, $out made, a
# scratch folder $tmp removed at exit; 77 (skipped) when a tool named after them is missing.
begin_window_test() {
  hallsim=$1 root=$2 out=$3
  shift 3
  require_tools "$@"
  mkdir -p "$out"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
}

# Runs DRIVER (a script) on a fresh Xvfb screen of SIZE (WxH) with $hallsim $root $out $tmp set and
# this file's functions at hand; ARGS are the driver's $1, $2 ...
under_xvfb() {
  local size=$1 driver=$2
  shift 2
  xvfb-run -a -s "-screen 0 ${size}x24" bash -c 'set -u; hallsim=$1 root=$2 out=$3 tmp=$4; shift 4
    source "$root/tests/app/xvfb_lib.sh"; source "$0" "$@"' "$driver" "$hallsim" "$root" "$out" "$tmp" "$@"
}

# In a driver: the app started with ARGS and its window found ($app, $win); what it says on stderr
# is added to $tmp/app.err, which a failing test prints.
start_app() {
  "$hallsim" "$@" 2>>"$tmp/app.err" &
  app=$!
  find_window
}
stop_app() { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; return 0; }

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
