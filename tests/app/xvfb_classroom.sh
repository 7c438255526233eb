#!/usr/bin/env bash
# Classroom mode in the real window under Xvfb: `hallsim --present` on the test scenario, hands
# counted with xdotool key presses, the majority applied, an override, the projected debrief; the
# transcript must record each turn's vote. Screenshots land in OUT_DIR.
# Usage: xvfb_classroom.sh HALLSIM SOURCE_DIR OUT_DIR. Exits 77 (skipped) without Xvfb/xdotool.
set -u
hallsim=$1
root=$2
out=$3
source "$root/tests/app/xvfb_lib.sh"
require_tools xvfb-run xdotool xwd convert node
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/drive.sh" <<'DRIVE'
set -u
hallsim=$1 root=$2 out=$3 tmp=$4
source "$root/tests/app/xvfb_lib.sh"
"$hallsim" --present "$root/tests/data/features.yaml" --data-dir "$tmp/data" --config-dir "$tmp/config" 2>"$tmp/app.err" &
app=$!
find_window
wait_title "课堂模式 — 功能样例$"            # the monitor picker
key w                                          # and the presenter's own window (one monitor here)
shot classroom-setup
key Return; wait_title "课堂模式 — 功能样例 — #1$"  # presenting, full screen
timeout 20 xdotool search --sync --name "^HallSim — 讲师备注$" >/dev/null || { echo "no presenter window"; exit 1; }
xdotool windowfocus --sync "$win" 2>/dev/null
key b b a b 3 BackSpace                       # B 3, A 1 (the 3 was taken back)
shot classroom-votes
presenter=$(xdotool search --name "^HallSim — 讲师备注$" | head -n 1)
xdotool windowraise "$presenter"; shot classroom-presenter
xdotool windowfocus --sync "$win" 2>/dev/null
key Return; wait_title " — #2$"               # the majority, B
key r                                          # reveal what B earned
shot classroom-revealed
key Return                                     # into the reply box
xdotool type --delay 200 "抱歉，前面还有两位，大约五分钟"
ctrl Return; wait_title " — #3$"
key Return; sleep 0.5                          # past the colleague's line
key b b
with_modifier shift a; sleep 0.5                         # the instructor overrides with A: the attempt ends
key Return; wait_title "复盘报告$"              # the projected debrief
key Right
shot classroom-debrief
key Escape; wait_title "^HallSim$"
kill "$app"
wait "$app" 2>/dev/null
exit 0
DRIVE

xvfb-run -a -s "-screen 0 1280x800x24" bash "$tmp/drive.sh" "$hallsim" "$root" "$out" "$tmp" || { echo "FAIL: the classroom session did not complete"; exit 1; }
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
JS
for png in classroom-setup classroom-presenter classroom-votes classroom-revealed classroom-debrief; do
  [ -s "$out/$png.png" ] || { echo "FAIL: no screenshot $png.png"; exit 1; }
done
echo "classroom session passed; screenshots in $out"
