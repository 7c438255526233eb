#!/usr/bin/env bash
# Start-up of the `hallsim` command before and after issue 15 (no window libraries, libcurl
# opened only when an LRS is called): `hallsim --version` and `hallsim lint SCENARIO`, the old
# build's and the new build's side by side in the same rounds (old, new, old, new, ...), so both
# see the same load. Prints per figure the median and (min–max) of the wall time from bash, the
# ratio of the medians, the instructions of one run under callgrind, in all and outside `main`
# (loading and relocating shared libraries, static set-up and tear-down; repeatable whatever the
# load; "—" without valgrind), and how many shared libraries ldd lists for each program.
# Usage: bench/cli_startup.sh NEW_BUILD OLD_BUILD [RUNS] [SCENARIO|FOLDER|all]
#   SCENARIO defaults to scenarios/long-wait.yaml; `all` lints every shipped scenario, one figure
#   each. A lint that reports problems (exit status 1) still counts: 518a251's engine reports one
#   in elderly-digital-only.yaml (a mood's `label`, which came later).
#   e.g. git worktree add /work/wt-old 518a251
#        cmake -S /work/wt-old -B /work/build-old -G Ninja -DCMAKE_BUILD_TYPE=Release
#        cmake --build /work/build-old -j2 --target hallsim
#        cmake --preset release -B /work/build-new && cmake --build /work/build-new -j2 --target hallsim
#        bench/cli_startup.sh /work/build-new /work/build-old 21
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
new=$1/src/cli/hallsim
old=$2/src/cli/hallsim
runs=${3:-21}
scenario=${4:-$root/scenarios/long-wait.yaml}
# `all`, or a folder: every scenario in it. Compare on files both builds accept (the old build's
# own scenarios/ folder when the format has grown since): a file one build refuses skips its
# analysis and measures nothing.
[ "$scenario" = all ] && scenario=$root/scenarios
if [ -d "$scenario" ]; then
  scenarios=()
  for f in "$scenario"/*.yaml; do [[ $f == *.test.yaml ]] || scenarios+=("$f"); done
else
  scenarios=("$scenario")
fi
for exe in "$new" "$old"; do
  [ -x "$exe" ] || { echo "bench/cli_startup.sh: missing $exe: build it first (see the header)" >&2; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config

# One whole process, from bash starting it to its exit, in ms; its output goes nowhere. Exit
# status 1 is lint reporting problems; anything else is a failure.
wall_ms() {
  local t0=$EPOCHREALTIME status=0
  "$@" >/dev/null 2>&1 || status=$?
  [ "$status" -le 1 ] || { echo "bench/cli_startup.sh: failed ($status): $*" >&2; exit 1; }
  local t1=$EPOCHREALTIME
  awk -v a="${t0/,/.}" -v b="${t1/,/.}" 'BEGIN { printf "%.2f\n", 1000 * (b - a) }'
}
figures=(version)
for i in "${!scenarios[@]}"; do figures+=("lint$i"); done
command_of() {  # command_of FIGURE PROGRAM
  case "$1" in
    version) echo "$2 --version" ;;
    lint*) echo "$2 lint ${scenarios[${1#lint}]}" ;;
  esac
}
for name in "${figures[@]}"; do
  for build in old new; do
    exe=$old; [ "$build" = new ] && exe=$new
    wall_ms $(command_of "$name" "$exe") >/dev/null  # warm the page cache
  done
done
for _ in $(seq "$runs"); do
  for name in "${figures[@]}"; do
    for build in old new; do
      exe=$old; [ "$build" = new ] && exe=$new
      echo "$name $build $(wall_ms $(command_of "$name" "$exe"))"
    done
  done
done > "$tmp/results"

median() {  # median FIGURE BUILD
  awk -v f="$1" -v b="$2" '$1 == f && $2 == b {print $3}' "$tmp/results" | sort -g |
    awk '{v[NR] = $1} END {printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
spread() {  # spread FIGURE BUILD -> "min–max"
  awk -v f="$1" -v b="$2" '$1 == f && $2 == b {print $3}' "$tmp/results" | sort -g |
    awk '{v[NR] = $1} END {printf "%.1f–%.1f", v[1], v[NR]}'
}
instructions() {  # instructions COMMAND... -> "TOTAL M (N M outside main)" under callgrind, or "—"
  command -v valgrind >/dev/null && command -v callgrind_annotate >/dev/null || { echo "—"; return; }
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$@" >/dev/null 2>/dev/null || true
  callgrind_annotate --inclusive=yes "$tmp/cg.out" 2>/dev/null | tr -d , | awk '
    /PROGRAM TOTALS/ {total = $1}
    / [^ ]*:main \[/ && !in_main {in_main = $1}
    END {if (total) printf "%.1f M (%.1f M outside main)", total / 1e6, (total - in_main) / 1e6; else print "—"}'
}

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $runs rounds"
echo
echo "| figure | old: median (min–max) | new: median (min–max) | old ÷ new | instructions: old → new |"
echo "|---|---:|---:|---:|---:|"
for name in "${figures[@]}"; do
  o=$(median "$name" old) n=$(median "$name" new)
  ratio=$(awk -v a="$o" -v b="$n" 'BEGIN {printf "%.2f×", a / b}')
  ins="$(instructions $(command_of "$name" "$old")) → $(instructions $(command_of "$name" "$new"))"
  label="\`$(command_of "$name" hallsim | sed "s|$root/||")\`"
  echo "| $label | $o ms ($(spread "$name" old)) | $n ms ($(spread "$name" new)) | **$ratio** | $ins |"
done
echo
echo "shared libraries (ldd | wc -l): old hallsim $(ldd "$old" | wc -l), new hallsim $(ldd "$new" | wc -l)$(
  [ -x "$1/src/cli/hallsim-app" ] && echo ", new hallsim-app $(ldd "$1/src/cli/hallsim-app" | wc -l)")"
