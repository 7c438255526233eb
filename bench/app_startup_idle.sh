#!/usr/bin/env bash
# Start-up and idle cost of the desktop app against a bare GLFW + OpenGL window, side by side in
# one run under Xvfb: time from launch to the first frame presented, the CPU time the process had
# used by then (all threads; steadier than wall time on a shared machine), CPU used while idle,
# and peak resident memory (VmHWM). Prints the median, min and max of RUNS runs (default 5) and
# the app's figures against the bare window's.
# Usage: bench/app_startup_idle.sh BUILD_DIR [RUNS] [IDLE_SECONDS] [BEFORE_BUILD_DIR] [LIBRARY]
# If built, bench/imgui_window runs too ("imgui"): the bare window plus an empty Dear ImGui
# frame, the floor for any ImGui app. With BEFORE_BUILD_DIR, that build's hallsim runs in the
# same loop ("before"), so that a change is measured against the same floors under the same load.
# LIBRARY (default scenarios/) is the folder both open: give the before build's own scenarios when
# the format has grown since, or the before build refuses files the new one analyses.
set -euo pipefail
build=${1:-build/release}
runs=${2:-5}
idle=${3:-10}
before_build=${4:-}
library=${5:-}
root=$(cd "$(dirname "$0")/.." && pwd)
hallsim=$build/src/cli/hallsim
bare=$build/bench/bare_window
imgui=$build/bench/imgui_window
for exe in "$hallsim" "$bare" ${before_build:+"$before_build/src/cli/hallsim"}; do
  [ -x "$exe" ] || { echo "missing $exe: build it first (cmake --preset release && cmake --build --preset release --target hallsim bare_window)"; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/measure.sh" <<'MEASURE'
# measure.sh LABEL IDLE COMMAND... -> "LABEL first_ms cpu_ms idle_cpu_percent peak_rss_kb"
# The program prints "first frame presented after X ms (cpu Y ms, clock Z)" with Z its wall
# clock in seconds at that moment; launch-to-first-frame is Z minus the time it was started.
label=$1 idle=$2; shift 2
rm -rf "$TMPDIR_M/data" "$TMPDIR_M/config"  # every run starts as a first run
launched=$(date +%s.%N)
HALLSIM_REPORT_FIRST_FRAME=1 "$@" 2>"$TMPDIR_M/$label.err" &
pid=$!
for _ in $(seq 600); do grep -q "first frame" "$TMPDIR_M/$label.err" 2>/dev/null && break; sleep 0.05; done
line=$(grep "first frame" "$TMPDIR_M/$label.err")
first=$(echo "$line" | awk -v t0="$launched" '{for (i = 1; i <= NF; i++) if ($i == "clock") {c = $(i + 1); sub(/\)/, "", c); printf "%.1f", 1000 * (c - t0)}}')
cpu_first=$(echo "$line" | awk '{for (i = 1; i <= NF; i++) if ($i == "(cpu") print $(i + 1)}')
sleep 1  # let start-up settle
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
t0=$(ticks)
sleep "$idle"
t1=$(ticks)
hz=$(getconf CLK_TCK)
cpu=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s="$idle" 'BEGIN { printf "%.2f", 100 * (b - a) / hz / s }')
rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
kill "$pid"; wait "$pid" 2>/dev/null || true
echo "$label $first $cpu_first $cpu $rss"
MEASURE

export TMPDIR_M=$tmp
app_args=(--library "${library:-$root/scenarios}" --data-dir "$tmp/data" --config-dir "$tmp/config")
labels="bare"
[ -x "$imgui" ] && labels="$labels imgui"
[ -n "$before_build" ] && labels="$labels before"
labels="$labels app"
for i in $(seq "$runs"); do
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$tmp/measure.sh" bare "$idle" "$bare"
  if [ -x "$imgui" ]; then
    xvfb-run -a -s "-screen 0 1280x800x24" bash "$tmp/measure.sh" imgui "$idle" "$imgui"
  fi
  if [ -n "$before_build" ]; then
    xvfb-run -a -s "-screen 0 1280x800x24" bash "$tmp/measure.sh" before "$idle" "$before_build/src/cli/hallsim" "${app_args[@]}"
  fi
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$tmp/measure.sh" app "$idle" "$hallsim" "${app_args[@]}"
done | tee "$tmp/results"

median() {  # median LABEL COLUMN
  awk -v l="$1" -v c="$2" '$1 == l {print $c}' "$tmp/results" | sort -n |
    awk '{v[NR] = $1} END {printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
summary() {  # summary LABEL COLUMN NAME
  awk -v l="$1" -v c="$2" '$1 == l {print $c}' "$tmp/results" | sort -n |
    awk -v n="$3" -v l="$1" '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
      printf "%-6s %-26s median %9.2f   min %9.2f   max %9.2f\n", l, n, m, v[1], v[NR]}'
}
echo
for l in $labels; do
  summary "$l" 2 "launch to first frame (ms)"
  summary "$l" 3 "CPU to first frame (ms)"
  summary "$l" 4 "idle CPU (% of a core)"
  summary "$l" 5 "peak RSS (KiB)"
done
echo
for l in $labels; do
  [ "$l" = bare ] && continue
  awk -v l="$l" -v f="$(median "$l" 2)" -v bf="$(median bare 2)" -v c="$(median "$l" 3)" -v bc="$(median bare 3)" \
      -v r="$(median "$l" 5)" -v br="$(median bare 5)" 'BEGIN {
    printf "%-6s vs bare: first frame %.2fx, CPU to first frame %.2fx, peak RSS %+.1f MB (%.2fx)\n",
      l, f / bf, c / bc, (r - br) / 1024, r / br }'
done
