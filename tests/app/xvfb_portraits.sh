#!/usr/bin/env bash
# Every portrait side by side in the real window under Xvfb (HALLSIM_PORTRAIT_SHEET): each kind in
# six moods, the other speakers, and each kind as a woman and as a man (citizen.presents), once
# large and once small (portraits-large.png, portraits-small.png in OUT_DIR, for a person to look
# at). Checked: in every row the angry face is redder than the friendly and the worried one, no two
# kinds look alike, the narrator's and the phone's cards are not faces and not alike, the guard is
# not the colleague, and every kind as a woman is not the same as a man.
# The sheet: rows 0-5 the kinds, row 6 colleague, supervisor, narrator, guard, phone, rows 7 and 8
# the kinds as women and as men, row 9 as angry women. Then a scenario's own PNG pictures on the
# play screen (portrait-image.png).
# Usage: xvfb_portraits.sh HALLSIM SOURCE_DIR OUT_DIR. Exits 77 (skipped) without the tools.
set -u
source "$(dirname "$0")/xvfb_lib.sh"
begin_window_test "$@" xvfb-run xdotool xwd convert

cat > "$tmp/drive.sh" <<'DRIVE'
cell=$1 name=$2
HALLSIM_PORTRAIT_SHEET=$cell start_app --library "$root/tests/data" --data-dir "$tmp/data" --config-dir "$tmp/config"
# The app may place its window itself as it starts: insist until it sits at 0,0 at the sheet's size.
w=$((cell * 6 + 60)) h=$((cell * 10 + 60))
for try in 1 2 3 4 5 6 7 8 9 10; do
  xdotool windowmove "$win" 0 0 windowsize "$win" $w $h
  sleep 0.7
  geometry=$(xdotool getwindowgeometry "$win")
  echo "$geometry" | grep -q "Position: 0,0" && echo "$geometry" | grep -q "Geometry: ${w}x${h}" && break
done
sleep 1
xdotool mousemove 5 5   # a frame after the resize
shot "$name"
stop_app
DRIVE

for size in "220 portraits-large" "56 portraits-small"; do
  set -- $size
  under_xvfb "$(($1 * 6 + 60))x$(($1 * 10 + 60))" "$tmp/drive.sh" "$1" "$2" ||
    { echo "FAIL: the portrait sheet ($2) was not shown"; cat "$tmp/app.err"; exit 1; }
  [ -s "$out/$2.png" ] || { echo "FAIL: no screenshot $2.png"; exit 1; }
done

# The figures below are compared in awk, which reads "0.73" as 0 under a locale whose decimal mark
# is a comma (the sanitizer run uses de_DE): it reads them in the C locale whatever the app runs in.
awk() { LC_ALL=C command awk "$@"; }

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
# Two cells' means differ by more than LIMIT (summed over red, green and blue).
apart() { awk -v a="$1" -v b="$2" -v limit="$3" 'BEGIN { split(a, x, " "); split(b, y, " "); d = 0
  for (i = 1; i <= 3; i++) d += (x[i] > y[i] ? x[i] - y[i] : y[i] - x[i]); exit !(d > limit) }'; }
# Each kind its own person: at the same mood no two rows look alike.
starts=()
for row in 0 1 2 3 4 5; do starts+=("$(mean 1 $row)"); done
for a in 0 1 2 3 4 5; do
  for b in 0 1 2 3 4 5; do
    [ "$a" -lt "$b" ] || continue
    apart "${starts[$a]}" "${starts[$b]}" 0.02 ||
      { echo "FAIL: portrait kinds $a and $b look the same (${starts[$a]} vs ${starts[$b]})"; exit 1; }
  done
done
colleague=$(mean 0 6) supervisor=$(mean 1 6) narrator=$(mean 2 6) guard=$(mean 3 6) phone=$(mean 4 6)
apart "$narrator" "$colleague" 0.02 || { echo "FAIL: the narrator's card looks like the colleague"; exit 1; }
apart "$guard" "$colleague" 0.02 && apart "$guard" "$supervisor" 0.02 ||
  { echo "FAIL: the guard looks like the staff ($guard vs $colleague, $supervisor)"; exit 1; }
apart "$phone" "$narrator" 0.02 && apart "$phone" "$colleague" 0.02 ||
  { echo "FAIL: the phone's card looks like the narrator's or a face ($phone vs $narrator, $colleague)"; exit 1; }
# citizen.presents: each kind drawn as a woman is not the same picture as a man.
for col in 0 1 2 3 4 5; do
  woman=$(mean $col 7) man=$(mean $col 8)
  apart "$woman" "$man" 0.01 || { echo "FAIL: kind $col looks the same as a woman and as a man ($woman vs $man)"; exit 1; }
  redder "$(mean $col 9)" "$woman" || { echo "FAIL: kind $col as an angry woman is not redder than at her start"; exit 1; }
done

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
start_app --library "$tmp/library" --data-dir "$tmp/data2" --config-dir "$tmp/config2"
sleep 1
key Return; wait_title "功能样例$"
key Return; wait_title " — #1$"
shot portrait-image
stop_app
PLAY
under_xvfb 1280x800 "$tmp/play.sh" ||
  { echo "FAIL: the scenario with pictures did not play"; cat "$tmp/app.err"; exit 1; }
picture=$(convert "$out/portrait-image.png" -crop 80x80+90+120 -format "%[fx:mean.r] %[fx:mean.g] %[fx:mean.b]" info:)
awk -v c="$picture" 'BEGIN { split(c, x, " "); exit !(x[1] > 0.7 && x[2] < 0.3 && x[3] < 0.3) }' ||
  { echo "FAIL: the play screen does not show the scenario's angry picture (mean colour $picture)"; exit 1; }

echo "portrait sheet and pictures passed; screenshots in $out"
