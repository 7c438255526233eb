#!/usr/bin/env bash
# Every screen at every size, through the layout self-check: for each size × UI scale below, a
# fresh Xvfb screen of that size, the app at that scale (settings.json) with
# HALLSIM_LAYOUT_CHECK=1, driven through its screens by each driver; a screenshot of every
# screen lands in OUT_DIR as layout-DRIVER-SCREEN-WxH@S.png. Fails when the check reported
# anything (text or a button drawn outside its window, or cut off) and prints what.
# To add screens: write a driver function like `trainee` below and add its name to DRIVERS.
# Usage: xvfb_layout.sh HALLSIM SOURCE_DIR OUT_DIR. Exits 77 (skipped) without Xvfb/xdotool.
set -u
source "$(dirname "$0")/xvfb_lib.sh"
begin_window_test "$@" xvfb-run xdotool xwd convert xclip

SIZES=${HALLSIM_LAYOUT_SIZES:-"1024x768@1 1024x768@2 1280x800@1 1280x800@2 1920x1080@3"}
DRIVERS=${HALLSIM_LAYOUT_DRIVERS:-"trainee shipped classroom"}

cat > "$tmp/drivers.sh" <<'DRIVERS'
# Inside xvfb-run: $hallsim $root $out $tmp $size ($W, $H, $S) are set; checked_app starts the
# app with the settings for this size; screen NAME takes the screenshot.
checked_app() {  # checked_app ARGS...: the app with the layout check on, its window filling the screen
  HALLSIM_LAYOUT_CHECK=1 start_app --data-dir "$tmp/data" --config-dir "$tmp/config" "$@"
  xdotool windowmove "$win" 0 0 windowsize "$win" "$W" "$H"
  sleep 1
}
screen() { shot "layout-$driver-$1-$size"; echo "$driver $1 $size" >> "$tmp/screens"; }
# Ctrl held across several frames: at large sizes a software-rendered frame takes a while, and
# ImGui 1.86 reads modifiers from the key state of the frame.
slow_ctrl() { xdotool keydown ctrl; sleep 0.8; xdotool key "$1"; sleep 0.8; xdotool keyup ctrl; sleep 0.3; }

# The trainee's screens on the test scenario: library, briefing, a choice, the abandon dialog,
# a typed reply being written, another speaker's line, the end, the debrief, the resume dialog.
trainee() {
  checked_app --library "$root/tests/data"
  screen library
  key Return; wait_title "功能样例$"; screen briefing
  key Return; wait_title " — #1$"; screen play-choice
  key Escape; sleep 0.5; screen dialog-abandon
  key Return; sleep 0.3
  xdotool key 2 Return; wait_title " — #2$"
  # Pasted: xdotool's typing of Chinese drops characters on a loaded machine, and a reply that
  # misses its cues would take the attempt down another road (the playthrough test types).
  printf '%s' "抱歉让您久等了，前面还有两位，大约五分钟就到您，我理解您的心情，请您先坐下稍等一会儿，我帮您倒杯水。" | xclip -selection clipboard
  sleep 0.3; slow_ctrl v; sleep 0.5
  screen play-typed
  slow_ctrl Return; wait_title " — #3$"; screen play-line
  key Return; sleep 0.5
  xdotool key 1 Return; sleep 0.8; screen play-ended
  key Return; wait_title "复盘报告$"; screen debrief
  key Escape; wait_title "^HallSim$"
  # An attempt left behind (the app killed mid-way) is offered at the next start.
  key Return; wait_title "功能样例$"; key Return; wait_title " — #1$"
  kill -9 "$app"; wait "$app" 2>/dev/null
  checked_app --library "$root/tests/data"
  screen dialog-resume
  key Escape; sleep 0.3
  stop_app
}

# The shipped library, whose lines and replies are the longest: its cards, and the first
# replies of the first scenario.
shipped() {
  checked_app --library "$root/scenarios"
  screen library
  key Return; sleep 1; screen briefing
  key Return; wait_title " — #1$"; screen play-1
  xdotool key 1 Return; sleep 1; screen play-2
  xdotool key 1 Return; sleep 1; screen play-3
  key Escape; sleep 0.5; slow_ctrl Return
  stop_app
}

# Classroom mode (课堂模式) at the classroom's own scale, set to this size's with +/-: the set-up
# page, the vote, the presenter view's question and the view itself (one screen), the applied
# reply revealed, a paused typed question, and every page of the projected debrief.
classroom() {
  checked_app --classroom "$root/tests/data/features.yaml"
  wait_title "课堂模式 — 功能样例$"; screen classroom-setup
  key Return; wait_title " — #1$"
  case $S in 1) key minus minus minus minus ;; 3) key equal equal equal equal ;; esac
  sleep 1
  key b b a; screen classroom-vote
  key n; sleep 0.5; screen classroom-dialog-presenter-view
  key p; sleep 0.5; screen classroom-presenter-view
  key n; sleep 0.3
  key Return; wait_title " — #2$"; key r; sleep 0.5; screen classroom-revealed
  key Return; sleep 0.5; key t; sleep 0.5; screen classroom-paused
  key Return
  xdotool type --delay 200 "抱歉"
  printf '%s' "，前面还有两位，大约五分钟" | xclip -selection clipboard  # pasted: typing drops characters at 3x
  ctrl v; sleep 0.5
  ctrl Return; wait_title " — #3$"
  key Return; sleep 0.5                          # past the class's reply
  key Return; sleep 0.5                          # past the colleague's line
  key a Return; sleep 0.5                        # applied: the attempt ends
  key Return; sleep 0.5; screen classroom-ended  # past the class's reply: the last line
  key Return; wait_title "复盘报告$"; screen classroom-debrief
  for page in mood steps turn-1 turn-2 turn-3; do key Right; sleep 0.4; screen "classroom-debrief-$page"; done
  key Escape; wait_title "^HallSim$"
  stop_app
}
DRIVERS

cat > "$tmp/drive.sh" <<'DRIVE'
size=$1 drivers=$2
W=${size%x*}; rest=${size#*x}; H=${rest%@*}; S=${size#*@}
source "$tmp/drivers.sh"
for driver in $drivers; do
  rm -rf "$tmp/data" "$tmp/config"; mkdir -p "$tmp/config"
  printf '{"language": "zh-CN", "ui_scale": %s}\n' "$S" > "$tmp/config/settings.json"
  echo "== $driver $size" >> "$tmp/app.err"
  "$driver" || exit 1
done
DRIVE

: > "$tmp/app.err"
for size in $SIZES; do
  geometry=${size%@*}
  under_xvfb "$geometry" "$tmp/drive.sh" "$size" "$DRIVERS" ||
    { echo "FAIL: the screens at $size could not be driven"; cat "$tmp/app.err"; exit 1; }
done
problems=$(grep -c "^hallsim layout check \[" "$tmp/app.err")
screens=$(wc -l < "$tmp/screens")
echo "$screens screens checked at: $SIZES"
if [ "$problems" -gt 0 ]; then
  echo "FAIL: the layout check found $problems problem(s):"
  grep -E "^== |^hallsim layout check \[" "$tmp/app.err"
  exit 1
fi
echo "layout check passed; screenshots in $out"
