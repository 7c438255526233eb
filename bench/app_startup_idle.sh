#!/usr/bin/env bash
# Start-up and idle cost of the desktop app against a bare GLFW + OpenGL window, side by side in
# one run under Xvfb: time from launch to the first frame presented, CPU used while idle for 10 s,
# and peak resident memory. Prints the median, min and max of RUNS runs (default 5).
# Usage: bench/app_startup_idle.sh BUILD_DIR [RUNS] [IDLE_SECONDS]
set -euo pipefail
build=${1:-build/release}
runs=${2:-5}
idle=${3:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
hallsim=$build/src/cli/hallsim
bare=$build/bench/bare_window
for exe in "$hallsim" "$bare"; do
  [ -x "$exe" ] || { echo "missing $exe: build it first (cmake --preset release && cmake --build --preset release)"; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/measure.sh" <<'MEASURE'
# measure.sh LABEL IDLE COMMAND... -> "LABEL first_ms idle_cpu_percent peak_rss_kb"
label=$1 idle=$2; shift 2
HALLSIM_REPORT_FIRST_FRAME=1 "$@" 2>"$TMPDIR_M/$label.err" &
pid=$!
for _ in $(seq 200); do grep -q "first frame" "$TMPDIR_M/$label.err" 2>/dev/null && break; sleep 0.05; done
first=$(grep -o "after [0-9.]*" "$TMPDIR_M/$label.err" | awk '{print $2}')
sleep 1  # let start-up settle
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
t0=$(ticks)
sleep "$idle"
t1=$(ticks)
hz=$(getconf CLK_TCK)
cpu=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s="$idle" 'BEGIN { printf "%.2f", 100 * (b - a) / hz / s }')
rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
kill "$pid"; wait "$pid" 2>/dev/null || true
echo "$label $first $cpu $rss"
MEASURE

export TMPDIR_M=$tmp
for i in $(seq "$runs"); do
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$tmp/measure.sh" bare "$idle" "$bare"
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$tmp/measure.sh" app "$idle" "$hallsim" --library "$root/scenarios" \
    --data-dir "$tmp/data" --config-dir "$tmp/config"
done | tee "$tmp/results"

summary() {  # summary LABEL COLUMN NAME
  awk -v l="$1" -v c="$2" '$1 == l {print $c}' "$tmp/results" | sort -n |
    awk -v n="$3" -v l="$1" '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
      printf "%-5s %-22s median %8.2f   min %8.2f   max %8.2f\n", l, n, m, v[1], v[NR]}'
}
echo
for l in bare app; do
  summary $l 2 "first frame (ms)"
  summary $l 3 "idle CPU (% of a core)"
  summary $l 4 "peak RSS (KiB)"
done
