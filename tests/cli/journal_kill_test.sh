#!/usr/bin/env bash
# Crash safety of the attempt journal: `hallsim play` is killed with SIGKILL at a random moment,
# 25 times. Each time the journal, if written, must be whole JSON and resume: played on with
# `--resume` the attempt reaches its debrief holding every turn the journal had.
set -u
hallsim=$1
root=$2
scenario=$root/tests/data/features.yaml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
journaled=0
for run in $(seq 25); do
  dir=$tmp/run$run
  mkdir -p "$dir"
  # Replies arrive one by one, as a person types them.
  { printf '\n'; for reply in 3 2 "我查一下" "大约十分钟，我会回来告诉您"; do sleep 0.12; printf '%s\n' "$reply"; done; sleep 5; } |
    "$hallsim" play "$scenario" --data-dir "$dir" --no-record >/dev/null 2>&1 &
  pid=$!
  sleep "0.$(( (RANDOM % 70) + 5 ))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  journal=$dir/journal.json
  [ -f "$journal" ] || continue
  journaled=$((journaled + 1))
  turns=$(python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["format"]=="hallsim-journal"; print(len(json.loads(j["snapshot"])["turns"]))' "$journal" 2>&1) ||
    { echo "FAIL run $run: the journal is not whole: $turns"; failures=$((failures + 1)); continue; }
  # From wherever it stopped, "2" answers every choice and every typed reply until an ending.
  { printf '\n'; for _ in $(seq 12); do printf '2\n'; done; } |
    "$hallsim" play "$scenario" --data-dir "$dir" --no-record --resume --lang en >"$dir/resumed" 2>&1 ||
    { echo "FAIL run $run: resuming failed"; cat "$dir/resumed"; failures=$((failures + 1)); continue; }
  grep -q "Debrief" "$dir/resumed" || { echo "FAIL run $run: the resumed attempt did not finish"; failures=$((failures + 1)); continue; }
  if [ "$turns" -gt 0 ] && ! grep -q "^Turn $turns " "$dir/resumed"; then
    echo "FAIL run $run: the journal held $turns turns, the debrief does not show them"; failures=$((failures + 1))
  fi
  [ -f "$journal" ] && { echo "FAIL run $run: the journal was not cleared at the end"; failures=$((failures + 1)); }
done
echo "$journaled of 25 killed runs left a journal; $failures failure(s)"
[ "$journaled" -gt 0 ] || { echo "FAIL: no run was killed mid-attempt"; exit 1; }
[ "$failures" -eq 0 ]
