#!/usr/bin/env bash
# The real window under Xvfb: start the app on the test scenario with its own data folder, play
# it through with xdotool key presses (a typed Chinese reply included), check the transcript was
# written, and save screenshots of the play screen and the debrief as PNGs in OUT_DIR.
# Usage: xvfb_playthrough.sh HALLSIM SOURCE_DIR OUT_DIR. Exits 77 (skipped) without Xvfb/xdotool.
# HALLSIM is plain `hallsim`, started with no command as people do: it executes hallsim-app.
set -u
source "$(dirname "$0")/xvfb_lib.sh"
begin_window_test "$@" xvfb-run xdotool xwd convert xclip

cat > "$tmp/drive.sh" <<'DRIVE'
start_app --library "$root/tests/data" --data-dir "$tmp/data" --config-dir "$tmp/config"
# `hallsim` with no command replaced itself with hallsim-app: the same process shows the window.
[ "$(basename "$(readlink "/proc/$app/exe")")" = hallsim-app ] || { echo "the window is not hallsim-app in hallsim's process"; exit 1; }
[ -n "${HALLSIM_XVFB_SCREEN:-}" ] && xdotool windowsize "$win" ${HALLSIM_XVFB_SCREEN/x/ }
sleep 1
shot start
key Return; wait_title "功能样例$"            # the library card -> briefing
shot briefing
key Return; wait_title " — #1$"              # start the attempt
shot play
xdotool key 2 Return; wait_title " — #2$"  # pick "让您久等了……" and confirm in one go: the key latch must keep both
# Half typed through the character callback, as an input method delivers it, half pasted.
xdotool type --delay 200 "抱歉，前面还有两位，"
printf '%s' "大约五分钟，我理解您的心情" | xclip -selection clipboard 2>/dev/null
ctrl v
sleep 0.5
shot typing
ctrl Return; wait_title " — #3$"             # send the reply
key Return; sleep 0.5                        # past the colleague's line
xdotool key 1 Return; sleep 0.5      # the best proposal: the attempt ends
key Return; wait_title "复盘报告$"             # to the debrief
shot debrief
key Escape; wait_title "^HallSim$"           # back to the library
key h; wait_title "练习记录$"                 # the history: the attempt just made
shot history
key Escape; wait_title "^HallSim$"
ctrl o; sleep 0.5                            # the folder picker
shot folder-picker
key Escape; sleep 0.3
stop_app
DRIVE

under_xvfb "${HALLSIM_XVFB_SCREEN:-1280x800}" "$tmp/drive.sh" || { echo "FAIL: the playthrough did not complete"; exit 1; }
transcript=$(find "$tmp/data/transcripts" -name '*.json' 2>/dev/null | head -n 1)
[ -n "$transcript" ] || { echo "FAIL: no transcript was written"; cat "$tmp/app.err"; exit 1; }
grep -q '"outcome": "resolved"' "$transcript" || { echo "FAIL: the attempt did not end resolved"; cat "$transcript"; exit 1; }
grep -q '理解您的心情' "$transcript" || { echo "FAIL: the typed Chinese reply is not in the transcript"; exit 1; }
history=$("$hallsim" history --data-dir "$tmp/data" --csv 2>&1)
echo "$history" | grep -q "features" || { echo "FAIL: the attempt is not in the history"; echo "$history"; exit 1; }
for png in start briefing play typing debrief history folder-picker; do
  [ -s "$out/$png.png" ] || { echo "FAIL: no screenshot $png.png"; exit 1; }
done
echo "playthrough passed; screenshots in $out"
