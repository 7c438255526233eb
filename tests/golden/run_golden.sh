#!/usr/bin/env bash
# Golden tests: each cases/NAME.args holds the arguments of one hallsim command, one per line;
# its output (stdout, then stderr, then the exit status) must equal cases/NAME.out.
# Run from the project root so paths in the output are relative. UPDATE_GOLDEN=1 rewrites them.
set -u
hallsim=$1
root=$2
cd "$root" || exit 2
failures=0
for args in tests/golden/cases/*.args; do
  name=${args%.args}
  mapfile -t argv < "$args"
  actual=$( { "$hallsim" "${argv[@]}" 2>/tmp/hallsim-golden-err.$$; echo "[exit $?]"; } ; cat /tmp/hallsim-golden-err.$$)
  rm -f /tmp/hallsim-golden-err.$$
  if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
    printf '%s\n' "$actual" > "$name.out"
    continue
  fi
  if ! diff -u "$name.out" <(printf '%s\n' "$actual") > /tmp/hallsim-golden-diff.$$; then
    echo "FAIL: $name"
    cat /tmp/hallsim-golden-diff.$$
    failures=$((failures + 1))
  fi
  rm -f /tmp/hallsim-golden-diff.$$
done
[ "$failures" -eq 0 ] && echo "all golden outputs match" || { echo "$failures golden output(s) differ (UPDATE_GOLDEN=1 to accept)"; exit 1; }
