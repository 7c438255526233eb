#!/usr/bin/env bash
# Classroom mode (课堂模式) in the real window under Xvfb, on a 1024x768 "projector" at the default
# 2x: `hallsim --classroom` on the test scenario, hands counted with xdotool key presses, the
# majority applied and shown to the room, a reveal, the presenter view behind its question (one
# screen), a T pause that lasts, an override, the projected debrief page by page and its saved
# report; the transcript must record each turn's vote. Then the vote of a shipped scenario with
# four long replies at 1024x768 and 1600x900 (and `--present`, the option's older name).
# Screenshots land in OUT_DIR.
# Usage: xvfb_classroom.sh HALLSIM SOURCE_DIR OUT_DIR. Exits 77 (skipped) without Xvfb/xdotool.
set -u
source "$(dirname "$0")/xvfb_lib.sh"
begin_window_test "$@" xvfb-run xdotool xwd convert node xclip

"$hallsim" --help | grep -q -- "--classroom" || { echo "FAIL: --help does not list --classroom"; exit 1; }

cat > "$tmp/drive.sh" <<'DRIVE'
start_app --classroom "$root/tests/data/features.yaml" --data-dir "$tmp/data" --config-dir "$tmp/config"
wait_title "课堂模式 — 功能样例$"            # the monitor picker
shot classroom-setup
key Return; wait_title "课堂模式 — 功能样例 — #1$"  # in class, full screen
key b b a b 3 BackSpace                       # B 3, A 1 (the 3 was taken back)
shot classroom-votes
key n; sleep 0.5                              # one screen: the notes only after a question
shot classroom-presenter-question
key Return; sleep 0.5                         # Enter keeps the projection
key n; sleep 0.3; key p; sleep 0.5            # P shows the presenter view, under its banner
shot classroom-presenter-view
key n; sleep 0.5                              # back to the projection
key Return; wait_title " — #2$"               # the majority, B: shown to the room
shot classroom-applied
key r                                          # reveal what B earned
shot classroom-revealed
key Return; sleep 0.5                          # on to the typed question: the reveal goes
key t; sleep 0.3                               # the timer paused ...
key Return                                     # into the reply box
xdotool type --delay 200 "抱歉"
printf '%s' "，前面还有两位，大约五分钟" | xclip -selection clipboard  # pasted: a loaded machine drops typed characters
ctrl v; sleep 0.5
ctrl Return; wait_title " — #3$"
key Return; sleep 0.5                          # past the class's reply
key Return; sleep 0.5                          # past the colleague's line
shot classroom-paused-next-turn                # ... and still paused at the next question
key b b
with_modifier shift a; sleep 0.5               # the instructor overrides with A: the attempt ends
key Return; sleep 0.5                          # past the class's reply
key Return; wait_title "复盘报告$"              # the projected debrief
shot classroom-debrief
key Right; sleep 0.4; shot classroom-debrief-mood
key Right; sleep 0.4; shot classroom-debrief-steps
key Right; sleep 0.4; shot classroom-debrief-turn
key h; sleep 1                                  # save the report
shot classroom-debrief-saved
key Escape; wait_title "^HallSim$"
stop_app
DRIVE

# The vote of a scenario with four long replies: all of them, the tally and the apply button.
cat > "$tmp/vote.sh" <<'VOTE'
name=$1 option=$2
start_app "$option" "$root/scenarios/angry-man-in-hall.yaml" --data-dir "$tmp/data-$name" --config-dir "$tmp/config-$name"
wait_title "课堂模式 — .*$"
key Return; wait_title " — #1$"
key a b d d
shot "$name"
stop_app
VOTE

under_xvfb 1024x768 "$tmp/drive.sh" || { echo "FAIL: the classroom session did not complete"; exit 1; }
under_xvfb 1024x768 "$tmp/vote.sh" classroom-vote-1024x768 --classroom ||
  { echo "FAIL: the vote at 1024x768"; exit 1; }
under_xvfb 1600x900 "$tmp/vote.sh" classroom-vote-1600x900 --present ||
  { echo "FAIL: the vote at 1600x900 (through --present)"; exit 1; }
transcript=$(find "$tmp/data/transcripts" -name '*.json' 2>/dev/null | head -n 1)
[ -n "$transcript" ] || { echo "FAIL: no transcript was written"; cat "$tmp/app.err"; exit 1; }
node - "$transcript" <<'JS' || exit 1
const t = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const first = t.turns[0], last = t.turns[t.turns.length - 1];
const votes = v => v.options.map(o => `${o.choice}:${o.votes}`).join(' ');
if (!first.class_vote || votes(first.class_vote) !== '1:1 2:3 3:0' || first.choice !== 2 || first.class_vote.overridden)
  { console.error('FAIL: the first vote was not recorded as B 3, A 1, applied B:', JSON.stringify(first)); process.exit(1); }
if (!last.class_vote || !last.class_vote.overridden || last.choice !== 1)
  { console.error('FAIL: the override was not recorded:', JSON.stringify(last)); process.exit(1); }
// The T pause lasted into the typed question: its reply time is what passed before the pause.
if (!(t.turns[1].response_s < 3)) { console.error('FAIL: the paused timer ran on:', t.turns[1].response_s); process.exit(1); }
JS
report=$(find "$tmp/data/reports" -name '*.html' 2>/dev/null | head -n 1)
[ -n "$report" ] && grep -q "<!DOCTYPE html>" "$report" || { echo "FAIL: the projected debrief saved no HTML report"; exit 1; }
for png in classroom-setup classroom-votes classroom-presenter-question classroom-presenter-view classroom-applied \
           classroom-revealed classroom-paused-next-turn classroom-debrief classroom-debrief-mood classroom-debrief-steps \
           classroom-debrief-turn classroom-debrief-saved classroom-vote-1024x768 classroom-vote-1600x900; do
  [ -s "$out/$png.png" ] || { echo "FAIL: no screenshot $png.png"; exit 1; }
done
echo "classroom session passed; screenshots in $out"
