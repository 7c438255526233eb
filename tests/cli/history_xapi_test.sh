#!/usr/bin/env bash
# `hallsim history` and `hallsim xapi` as a trainer meets them: recording with run and play,
# listing and CSV, failures that keep the attempt and the import that retries it, statements
# written to a file, credentials kept off the command line, the offline queue.
set -u
hallsim=$(realpath "$1")
root=$2
scenario=$root/tests/data/features.yaml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/xdg-data XDG_CONFIG_HOME=$tmp/xdg-config
unset HALLSIM_LRS_AUTH
failures=0
best=(--choices 2,1 --say "抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情" --response-s 5)

source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"

for cmd in history xapi; do
  expect_exit 0 "$cmd --help" -- "$hallsim" "$cmd" --help
  expect_grep "Usage|usage" "$tmp/out" "$cmd --help shows usage"
done
expect_no_grep "auth|password" <("$hallsim" xapi --help | grep -E '^\s+-') "xapi takes no credentials as options"

# Nothing recorded yet.
data=$tmp/data
expect_exit 0 "empty history" -- "$hallsim" history --data-dir "$data"
expect_grep "^No attempts recorded in $data/history.sqlite3" "$tmp/out" "empty history says so"

# run --record: passes, fails, and a hostile name; a run without --record leaves no trace.
expect_exit 0 "record a pass" -- "$hallsim" run "$scenario" "${best[@]}" --trainee 张三 --record --data-dir "$data"
expect_grep "^hallsim: attempt #1 recorded in $data/history.sqlite3$" "$tmp/err" "recording is confirmed"
expect_exit 1 "record a failure" -- "$hallsim" run "$scenario" --choices 1 --trainee 张三 --record --data-dir "$data"
evil=$'=HYPERLINK("http://x","y"),\n@b'
expect_exit 0 "record a hostile name" -- "$hallsim" run "$scenario" "${best[@]}" --trainee "$evil" --record --data-dir "$data"
expect_exit 1 "an unfinished run is not recorded" -- "$hallsim" run "$scenario" --choices 2 --record --data-dir "$data"
expect_grep "did not reach an ending, so it is not recorded" "$tmp/err" "unfinished attempt explained"
expect_exit 0 "run without --record" -- "$hallsim" run "$scenario" "${best[@]}" --data-dir "$data"
[ "$(find "$data/transcripts" -name '*.json' | wc -l)" -eq 3 ] || fail "three transcripts kept, one per recorded attempt"

expect_exit 0 "history lists" -- "$hallsim" history --data-dir "$data"
[ "$(grep -cE '^ +[0-9]+  20' "$tmp/out")" -eq 3 ] || fail "three attempts listed, one line each"
expect_grep '· =HYPERLINK\("http://x","y"\),\?@b$' "$tmp/out" "a line break in a name is not printed as one"
expect_grep "features · 张三: 2 attempts; first 100.0 \(.*\), best 100.0 \(#1, .*\), latest 0.0" "$tmp/out" "progress per trainee"
expect_grep "^ +empathy 100 → 0 · timeliness 100 → [0-9]+ · solution 100 → [0-9]+$" "$tmp/out" "each dimension's trend, oldest first"
expect_exit 0 "history --trainee" -- "$hallsim" history --data-dir "$data" --trainee 张三
[ "$(grep -cE '^ +[0-9]+  20' "$tmp/out")" -eq 2 ] || fail "--trainee filters"
expect_exit 0 "history --scenario" -- "$hallsim" history --data-dir "$data" --scenario nothing-like-it
expect_grep "No attempts recorded that match" "$tmp/out" "--scenario filters"

expect_exit 0 "history --csv" -- "$hallsim" history --data-dir "$data" --csv
expect_grep "^id,trainee,scenario_id,.*,overall,passed,outcome,rating,transcript_path" "$tmp/out" "CSV header"
expect_grep "^1,张三,features,[0-9]+,[0-9a-f]{64},.*,5,100.0,3,100.0,5,100.0,100.0,true,resolved,very_satisfied,/" "$tmp/out" "CSV row"
expect_grep $'^3,"\'=HYPERLINK\\(""http://x"",""y""\\),\r?$' "$tmp/out" "CSV quotes, doubles quotes and neutralises a formula"
expect_grep '^@b",features,' "$tmp/out" "CSV keeps a line break inside quotes"
[ "$(grep -c $'\r$' "$tmp/out")" -eq 4 ] || fail "CSV records end with CRLF (4 records, one holding a bare LF)"

# The default data folder is $XDG_DATA_HOME/hallsim.
expect_exit 0 "record in the XDG folder" -- "$hallsim" run "$scenario" "${best[@]}" --record
[ -f "$XDG_DATA_HOME/hallsim/history.sqlite3" ] || fail "history in \$XDG_DATA_HOME/hallsim"
[ "$(stat -c %a "$XDG_DATA_HOME/hallsim")" = 700 ] || fail "a new data folder is private (mode 700)"

# play records the finished attempt; --no-record does not.
play_data=$tmp/play-data
printf '\n2\n抱歉，前面还有两位，大约五分钟，我理解您的心情\n1\n' | "$hallsim" play "$scenario" --trainee 李四 --data-dir "$play_data" >"$tmp/out" 2>"$tmp/err"
expect_grep "attempt #1 recorded" "$tmp/err" "play records"
printf '\n1\n' | "$hallsim" play "$scenario" --no-record --data-dir "$play_data" >"$tmp/out" 2>&1
expect_exit 0 "history after play" -- "$hallsim" history --data-dir "$play_data" --csv
[ "$(grep -c . "$tmp/out")" -eq 2 ] || fail "one attempt recorded by play (--no-record kept out)"

# The history cannot be written: the transcript is kept, and the printed command records it.
broken=$tmp/broken
mkdir -p "$broken/history.sqlite3"
expect_exit 2 "history not writable" -- "$hallsim" run "$scenario" "${best[@]}" --record --data-dir "$broken"
expect_grep "not recorded in the history: cannot open $broken/history.sqlite3" "$tmp/err" "the failure is explained"
expect_grep "^hallsim: its transcript is kept at $broken/transcripts/features/" "$tmp/err" "where the transcript is"
retry=$(sed -n 's/^hallsim: to record it later, run: //p' "$tmp/err")
[ -n "$retry" ] || fail "a retry command is printed"
rmdir "$broken/history.sqlite3"
expect_exit 0 "the printed retry works" -- bash -c "\"$hallsim\" ${retry#hallsim }"
expect_grep "recorded as attempt #1" "$tmp/out" "import records"
expect_exit 0 "importing again" -- bash -c "\"$hallsim\" ${retry#hallsim }"
expect_grep "already recorded as attempt #1" "$tmp/out" "import is idempotent"

# The data folder takes nothing at all: the transcript lands in the current folder.
touch "$tmp/a-file"
mkdir -p "$tmp/cwd"
(cd "$tmp/cwd" && "$hallsim" run "$scenario" "${best[@]}" --record --data-dir "$tmp/a-file/data" >"$tmp/out" 2>"$tmp/err")
[ $? -eq 2 ] || fail "data folder unusable: exit 2"
kept=$(find "$tmp/cwd" -name 'hallsim-features-*.json')
[ -n "$kept" ] || fail "the transcript is kept in the current folder"
expect_grep "kept at $tmp/cwd/hallsim-features-" "$tmp/err" "the fallback place is named"
expect_exit 0 "import the fallback transcript" -- "$hallsim" history --import "$kept" --data-dir "$tmp/later"
expect_exit 2 "import of something else" -- "$hallsim" history --import "$scenario" --data-dir "$tmp/later"
expect_grep "not recorded" "$tmp/err" "a bad import is explained"

# xapi: statements to a file, ids kept beside the transcript and reused.
"$hallsim" run "$scenario" "${best[@]}" --record --data-dir "$tmp/xapi-data" >/dev/null 2>&1
transcript=$(find "$tmp/xapi-data/transcripts" -name '*.json')
expect_exit 0 "xapi to a file" -- "$hallsim" xapi "$transcript" --scenario "$scenario" -o "$tmp/s1.json"
[ "$(grep -c '"verb": {' "$tmp/s1.json")" -eq 6 ] || fail "six statements for a three-reply attempt"
[ -f "$transcript.xapi.json" ] || fail "ids kept beside the transcript"
expect_exit 0 "xapi again" -- "$hallsim" xapi "$transcript" --scenario "$scenario" -o "$tmp/s2.json"
cmp -s "$tmp/s1.json" "$tmp/s2.json" || fail "the same transcript gives the same statements"
expect_exit 0 "xapi prints without -o" -- "$hallsim" xapi "$transcript" --scenario "$scenario"
expect_grep '"interactionType": "choice"' "$tmp/out" "without -o the statements are printed"
"$hallsim" run "$root/scenarios/long-wait.yaml" --choices 1 --transcript "$tmp/shipped.json" >/dev/null 2>&1
expect_exit 0 "xapi finds a shipped scenario by its content" -- "$hallsim" xapi "$tmp/shipped.json" -o "$tmp/shipped-statements.json"
expect_grep '"id": "https://w3id.org/hallsim/xapi/scenarios/long-wait/nodes/' "$tmp/shipped-statements.json" "statements of the shipped scenario"
expect_exit 2 "xapi without the scenario it needs" -- "$hallsim" xapi "$transcript"
expect_grep "give it with --scenario FILE" "$tmp/err" "missing scenario explained"
expect_exit 2 "xapi without a transcript" -- "$hallsim" xapi
expect_exit 2 "credentials in the URL" -- "$hallsim" xapi "$transcript" --scenario "$scenario" --lrs "http://u:p@127.0.0.1:9/xAPI/"
expect_grep "must not hold credentials" "$tmp/err" "URL credentials refused"

# lrs.conf: refused while others can read it.
mkdir -p "$XDG_CONFIG_HOME/hallsim"
printf 'endpoint = http://127.0.0.1:9/xAPI/\nauth = trainer:pw\n' > "$XDG_CONFIG_HOME/hallsim/lrs.conf"
chmod 644 "$XDG_CONFIG_HOME/hallsim/lrs.conf"
expect_exit 2 "readable lrs.conf" -- "$hallsim" xapi "$transcript" --scenario "$scenario"
expect_grep "chmod 600" "$tmp/err" "lrs.conf permissions explained"
chmod 600 "$XDG_CONFIG_HOME/hallsim/lrs.conf"

# An LRS that is not there (port 9 on loopback): the statements wait in the queue.
queue=$tmp/queue
expect_exit 2 "LRS down" -- "$hallsim" xapi "$transcript" --scenario "$scenario" --queue-dir "$queue"
expect_grep "did not answer" "$tmp/err" "unreachable LRS explained"
expect_grep "to retry, run: hallsim xapi --flush --queue-dir '$queue'" "$tmp/err" "how to retry"
[ "$(find "$queue" -maxdepth 1 -name '*.json' | wc -l)" -eq 1 ] || fail "one batch queued"
expect_exit 2 "flush while still down" -- "$hallsim" xapi --flush --queue-dir "$queue"
[ "$(find "$queue" -maxdepth 1 -name '*.json' | wc -l)" -eq 1 ] || fail "the batch stays queued"

if [ "$failures" -gt 0 ]; then
  echo "$failures history/xapi check(s) failed"
  exit 1
fi
echo "all history and xapi CLI checks passed"
