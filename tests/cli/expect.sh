# Checks shared by the command-line test scripts. The caller sets $tmp (a scratch folder) and
# failures=0, and ends with: [ "$failures" -eq 0 ].

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_exit() {  # expect_exit CODE DESCRIPTION -- COMMAND...
  local want=$1 what=$2; shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  [ "$got" -eq "$want" ] || { fail "$what: exit $got, expected $want"; sed 's/^/  | /' "$tmp/out" "$tmp/err" | head -20; }
}
expect_grep() {  # expect_grep PATTERN FILE DESCRIPTION
  grep -qE -- "$1" "$2" || { fail "$3: no line matching /$1/ in"; sed 's/^/  | /' "$2" | head -20; }
}
expect_no_grep() {  # expect_no_grep PATTERN FILE DESCRIPTION
  ! grep -qE -- "$1" "$2" || { fail "$3: unexpected /$1/ in"; sed 's/^/  | /' "$2" | head -20; }
}
