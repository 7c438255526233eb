#!/usr/bin/env bash
# Every portrait side by side in the real window under Xvfb (HALLSIM_PORTRAIT_SHEET): each kind in
# six moods and the other speakers, once large and once small (portraits-large.png,
# portraits-small.png in OUT_DIR, for a person to look at). Checked: in every row the angry face is
# redder than the friendly and the worried one, no two kinds look alike, the narrator's card is not
# a face. Then a scenario's own PNG pictures on the play screen (portrait-image.png).
# Usage: xvfb_portraits.sh HALLSIM SOURCE_DIR OUT_DIR. Exits 77 (skipped) without the tools.
set -u
hallsim=$1
root=$2
out=$3
source "$root/tests/app/xvfb_lib.sh"
require_tools xvfb-run xdotool xwd convert
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/drive.sh" <<'DRIVE'
set -u
hallsim=$1 root=$2 out=$3 tmp=$4 cell=$5 name=$6
source "$root/tests/app/xvfb_lib.sh"
HALLSIM_PORTRAIT_SHEET=$cell "$hallsim" --library "$root/tests/data" --data-dir "$tmp/data" --config-dir "$tmp/config" \
  2>"$tmp/app.err" &
app=$!
find_window
# The app may place its window itself as it starts: insist until it sits at 0,0 at the sheet's size.
w=$((cell * 6 + 60)) h=$((cell * 7 + 60))
for try in 1 2 3 4 5 6 7 8 9 10; do
  xdotool windowmove "$win" 0 0 windowsize "$win" $w $h
  sleep 0.7
  geometry=$(xdotool getwindowgeometry "$win")
  echo "$geometry" | grep -q "Position: 0,0" && echo "$geometry" | grep -q "Geometry: ${w}x${h}" && break
done
sleep 1
xdotool mousemove 5 5   # a frame after the resize
shot "$name"
kill "$app"
wait "$app" 2>/dev/null
exit 0
DRIVE

for size in "220 portraits-large" "56 portraits-small"; do
  set -- $size
  xvfb-run -a -s "-screen 0 $(($1 * 6 + 60))x$(($1 * 7 + 60))x24" bash "$tmp/drive.sh" "$hallsim" "$root" "$out" "$tmp" "$1" "$2" ||
    { echo "FAIL: the portrait sheet ($2) was not shown"; cat "$tmp/app.err"; exit 1; }
  [ -s "$out/$2.png" ] || { echo "FAIL: no screenshot $2.png"; exit 1; }
done

# The middle half of a cell (column, row) of the large sheet: its mean red, green and blue.
cell=220
ox=10 oy=10  # the window's padding; the middle half of a cell allows for a few pixels either way
mean() { convert "$out/portraits-large.png" -crop "$((cell / 2))x$((cell / 2))+$((ox + $1 * cell + cell / 4))+$((oy + $2 * cell + cell / 4))" \
  -format "%[fx:mean.r] %[fx:mean.g] %[fx:mean.b]" info:; }
redder() { awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !((x[1] - x[2]) > (y[1] - y[2]) + 0.05) }'; }
for row in 0 1 2 3 4 5; do
  friendly=$(mean 0 $row) worried=$(mean 2 $row) angry=$(mean 4 $row)
  redder "$angry" "$friendly" || { echo "FAIL: row $row: the angry face is not redder ($angry vs $friendly)"; exit 1; }
  redder "$angry" "$worried" || { echo "FAIL: row $row: the worried face looks as red as the angry one"; exit 1; }
done
# Each kind its own person: at the same mood no two rows look alike.
starts=()
for row in 0 1 2 3 4 5; do starts+=("$(mean 1 $row)"); done
for a in 0 1 2 3 4 5; do
  for b in 0 1 2 3 4 5; do
    [ "$a" -lt "$b" ] || continue
    awk -v a="${starts[$a]}" -v b="${starts[$b]}" 'BEGIN { split(a, x, " "); split(b, y, " "); d = 0
      for (i = 1; i <= 3; i++) d += (x[i] > y[i] ? x[i] - y[i] : y[i] - x[i]); exit !(d > 0.02) }' ||
      { echo "FAIL: portrait kinds $a and $b look the same (${starts[$a]} vs ${starts[$b]})"; exit 1; }
  done
done
narrator=$(mean 2 6) colleague=$(mean 0 6)
[ "$narrator" != "$colleague" ] || { echo "FAIL: the narrator's card looks like the colleague"; exit 1; }

# A scenario's own pictures: the test scenario with a red "angry" and a blue "calm" PNG; the citizen
# opens at anger 60, so the play screen must show the red one where the drawn face would be (the
# crop sits inside the portrait's box at 1280x800).
mkdir -p "$tmp/library/faces"
convert -size 300x375 xc:'rgb(220,30,30)' "$tmp/library/faces/angry.png"
convert -size 300x375 xc:'rgb(30,60,220)' "$tmp/library/faces/calm.png"
cp -r "$root/tests/data/rubrics" "$tmp/library/"
sed 's|portrait: angry}|portrait: angry, portrait_images: {calm: faces/calm.png, angry: faces/angry.png}}|' \
  "$root/tests/data/features.yaml" > "$tmp/library/features.yaml"
grep -q portrait_images "$tmp/library/features.yaml" || { echo "FAIL: the test scenario's citizen line changed"; exit 1; }
cat > "$tmp/play.sh" <<'PLAY'
set -u
hallsim=$1 root=$2 out=$3 tmp=$4
source "$root/tests/app/xvfb_lib.sh"
"$hallsim" --library "$tmp/library" --data-dir "$tmp/data2" --config-dir "$tmp/config2" 2>"$tmp/app.err" &
app=$!
find_window
sleep 1
key Return; wait_title "功能样例$"
key Return; wait_title " — #1$"
shot portrait-image
kill "$app"
wait "$app" 2>/dev/null
exit 0
PLAY
xvfb-run -a -s "-screen 0 1280x800x24" bash "$tmp/play.sh" "$hallsim" "$root" "$out" "$tmp" ||
  { echo "FAIL: the scenario with pictures did not play"; cat "$tmp/app.err"; exit 1; }
picture=$(convert "$out/portrait-image.png" -crop 80x80+90+120 -format "%[fx:mean.r] %[fx:mean.g] %[fx:mean.b]" info:)
awk -v c="$picture" 'BEGIN { split(c, x, " "); exit !(x[1] > 0.7 && x[2] < 0.3 && x[3] < 0.3) }' ||
  { echo "FAIL: the play screen does not show the scenario's angry picture (mean colour $picture)"; exit 1; }

echo "portrait sheet and pictures passed; screenshots in $out"
