#!/usr/bin/env bash
# Authoring mode in a real window under Xvfb: `hallsim --author DIR` on a copy of the test
# scenario; a broken version is saved behind the app's back, the title must say that the last good
# version keeps running while the rehearsal still plays on it, F8 must copy the problem's
# file:line:col to the clipboard; then a fixed version is saved and must replace it. Screenshots
# (author-*.png) land in OUT_DIR.
# Usage: xvfb_author.sh HALLSIM SOURCE_DIR OUT_DIR. Exits 77 (skipped) without Xvfb/xdotool.
set -u
source "$(dirname "$0")/xvfb_lib.sh"
begin_window_test "$@" xvfb-run xdotool xwd convert xclip
mkdir -p "$tmp/scenarios"
cp "$root/tests/data/features.yaml" "$tmp/scenarios/"
cp -r "$root/tests/data/rubrics" "$tmp/scenarios/"

cat > "$tmp/drive.sh" <<'DRIVE'
file="$tmp/scenarios/features.yaml"
good=$(cat "$file")
start_app --author "$tmp/scenarios" --data-dir "$tmp/data" --config-dir "$tmp/config"
[ -n "${HALLSIM_XVFB_SCREEN:-}" ] && xdotool windowsize "$win" ${HALLSIM_XVFB_SCREEN/x/ }
# The title says where the rehearsal is and whether the file on disk is broken:
# "HallSim — 编写模式 — 功能样例 · check — 1 个错误，仍在运行上一个正确版本".
wait_title "编写模式 — 功能样例 · opening$"
shot author-start

# A broken save: "to: check" names a node that does not exist.
printf '%s\n' "$good" | sed 's/^        to: check$/        to: nowhere/' > "$file"
wait_title "功能样例 · opening — 1 个错误，仍在运行上一个正确版本$"
# The last good version still plays: the apology leads to "check", which the broken file lost.
key 2
wait_title "功能样例 · check — 1 个错误，仍在运行上一个正确版本$"
key F8
sleep 0.5
shot author-diagnostics
line=$(grep -n 'to: nowhere' "$file" | cut -d: -f1)
copied=$(xclip -selection clipboard -o 2>/dev/null)
[ "$copied" = "$file:$line:13" ] || { echo "the clipboard holds '$copied', not '$file:$line:13'"; exit 1; }

# Fixed, with a new line for "check": the new version runs, the rehearsal keeps its place.
printf '%s\n' "$good" | sed 's/那你快点看看。/那你快点帮我查一查。/' > "$file"
wait_title "编写模式 — 功能样例 · check$"
shot author-fixed
# F6 goes back to practice and returns to the same place.
key F6; wait_title "^HallSim$"
key F6; wait_title "编写模式 — 功能样例 · check$"
stop_app
DRIVE

under_xvfb "${HALLSIM_XVFB_SCREEN:-1280x800}" "$tmp/drive.sh" || { echo "FAIL: authoring mode did not behave"; cat "$tmp/app.err"; exit 1; }
[ ! -e "$tmp/data/journal.json" ] && [ ! -e "$tmp/data/transcripts" ] || { echo "FAIL: a rehearsal was recorded as an attempt"; exit 1; }
for png in author-start author-diagnostics author-fixed; do
  [ -s "$out/$png.png" ] || { echo "FAIL: no screenshot $png.png"; exit 1; }
done
echo "authoring mode passed; screenshots in $out"
