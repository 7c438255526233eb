#!/usr/bin/env bash
# `hallsim` with no command starts the desktop app by executing hallsim-app from its own folder,
# arguments passed on. Here without a window: a display that cannot be reached makes hallsim-app
# hand back to `hallsim`, which plays in the terminal, so the whole chain runs and its exit status
# comes back. The real window is tests/app/xvfb_playthrough.sh.
# Usage: launch_test.sh HALLSIM SOURCE_DIR
set -u
hallsim=$1
root=$2
data=$root/tests/data
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hallsim-launch.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"
export XDG_DATA_HOME=$tmp/xdg-data XDG_CONFIG_HOME=$tmp/xdg-config
unset WAYLAND_DISPLAY
unreachable=:7391  # no X server there (checked below)
[ ! -e /tmp/.X11-unix/X7391 ] || { echo "SKIP: an X server runs on $unreachable"; exit 77; }
app=$(dirname "$hallsim")/hallsim-app
[ -x "$app" ] || { echo "FAIL: no hallsim-app beside $hallsim (build the hallsim target)"; exit 1; }

# `hallsim --help` still lists the app's options (--present is the older name of --classroom);
# hallsim-app takes the same ones.
expect_exit 0 "--help" -- "$hallsim" --help
for option in --library --data-dir --config-dir --author --classroom,--present; do
  expect_grep "^ *$option" "$tmp/out" "hallsim --help lists $option"
done
expect_exit 0 "hallsim-app --help" -- "$app" --help
for option in --library --data-dir --config-dir --author --classroom,--present; do
  expect_grep "^ *$option" "$tmp/out" "hallsim-app --help lists $option"
done
expect_exit 0 "hallsim-app --version" -- "$app" --version
expect_grep "^hallsim [0-9]" "$tmp/out" "hallsim-app --version"
expect_exit 2 "hallsim-app with a missing --present file" -- "$app" --present "$tmp/nothing.yaml"
expect_exit 2 "hallsim with a missing --present file" -- "$hallsim" --present "$tmp/nothing.yaml"

# hallsim -> hallsim-app (no window) -> hallsim without a display -> lists the library.
expect_exit 0 "no command, display unreachable" -- env DISPLAY=$unreachable "$hallsim" --data-dir "$tmp/data" </dev/null
expect_grep "no display to open a window on" "$tmp/err" "hallsim-app ran and found no window"
expect_grep "playing in this terminal" "$tmp/err" "hallsim-app handed back to hallsim"
expect_grep "hallsim play" "$tmp/out" "says how to play"
# In classroom or authoring mode there is nothing to fall back to: hallsim-app's status 2 comes
# back through the exec.
expect_exit 2 "--present, display unreachable" -- env DISPLAY=$unreachable "$hallsim" --present "$data/features.yaml"
expect_grep "no display to open a window on" "$tmp/err" "--present: hallsim-app said why"
expect_no_grep "playing in this terminal" "$tmp/err" "--present: no terminal play"
# hallsim-app started by hand behaves as hallsim would.
expect_exit 0 "hallsim-app by hand, display unreachable" -- env DISPLAY=$unreachable "$app" </dev/null
expect_grep "hallsim play" "$tmp/out" "hallsim-app by hand: says how to play"
# No display at all: hallsim never starts hallsim-app.
expect_exit 2 "--author without a display" -- env -u DISPLAY "$hallsim" --author "$data"
expect_grep "need a window and there is no display" "$tmp/err" "--author without a display says why"

# Without hallsim-app beside it, hallsim says so in both languages.
mkdir "$tmp/alone"
cp "$hallsim" "$tmp/alone/hallsim"
expect_exit 2 "no hallsim-app" -- env DISPLAY=$unreachable "$tmp/alone/hallsim"
expect_grep "无法启动桌面程序 .*/alone/hallsim-app（文件不存在）" "$tmp/err" "missing app, in Chinese"
expect_grep "cannot start the desktop app .*/alone/hallsim-app \(No such file or directory\)" "$tmp/err" "missing app, in English"
# Commands never need it.
expect_exit 0 "lint without hallsim-app" -- env DISPLAY=$unreachable "$tmp/alone/hallsim" lint "$data/features.yaml"

if [ "$failures" -gt 0 ]; then
  echo "$failures launch check(s) failed"
  exit 1
fi
echo "all launch checks passed"
