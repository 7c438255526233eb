#!/usr/bin/env bash
# The hallsim command as an instructor meets it: help on every command, documented exit codes,
# diagnostics format, a scripted run, a terminal play driven through its prompts.
set -u
hallsim=$1
root=$2
data=$root/tests/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"

# Help on every command.
expect_exit 0 "--help" -- "$hallsim" --help
expect_grep "lint" "$tmp/out" "--help lists the commands"
for cmd in lint run play test analyze graph rubric; do
  expect_exit 0 "$cmd --help" -- "$hallsim" "$cmd" --help
  expect_grep "Usage|usage" "$tmp/out" "$cmd --help shows usage"
done
expect_exit 0 "--version" -- "$hallsim" --version

# Usage errors exit 2.
expect_exit 2 "unknown command" -- "$hallsim" frobnicate
expect_exit 2 "missing argument" -- "$hallsim" run
expect_exit 2 "bad --lang" -- "$hallsim" run "$data/features.yaml" --lang fr
expect_exit 2 "missing file" -- "$hallsim" lint "$tmp/nothing.yaml"
expect_exit 2 "missing scenario for run" -- "$hallsim" run "$tmp/nothing.yaml" --choices 1

# Lint: clean file 0, broken file 1 with FILE:LINE:COL diagnostics.
expect_exit 0 "lint clean" -- "$hallsim" lint "$data/features.yaml"
sed 's/        to: angrier$/        to: angryer/' "$data/features.yaml" > "$tmp/broken.yaml"
mkdir -p "$tmp/rubrics" && cp "$data/rubrics/shared.yaml" "$tmp/rubrics/"
expect_exit 1 "lint broken" -- "$hallsim" lint "$tmp/broken.yaml"
expect_grep "^$tmp/broken.yaml:35:13: error: 'angryer' is not a node \(did you mean 'angrier'\?\) \[HS0030\]$" "$tmp/out" "lint diagnostic format"
expect_exit 1 "lint --json broken" -- "$hallsim" lint --json "$tmp/broken.yaml"
expect_grep '"code": "HS0030"' "$tmp/out" "lint --json"

# Run: passes 0, fails 1, the replies must fit.
expect_exit 0 "run best path" -- "$hallsim" run "$data/features.yaml" --choices 2,1 --say "抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情" --response-s 5 --json
expect_grep '"overall":100.0,"passed":true' "$tmp/out" "run --json totals"
expect_exit 1 "run failing path" -- "$hallsim" run "$data/features.yaml" --choices 1 --json
expect_grep '"outcome":"escalated"' "$tmp/out" "run --json ending"
expect_exit 1 "run with a choice out of range" -- "$hallsim" run "$data/features.yaml" --choices 7
expect_grep "not a choice" "$tmp/err" "out-of-range choice explained"
expect_exit 1 "run with replies left over" -- "$hallsim" run "$data/features.yaml" --choices 1,1,1
expect_grep "unused" "$tmp/err" "leftover replies explained"
expect_exit 0 "run writes a transcript" -- "$hallsim" run "$data/features.yaml" --choices 2,1 --say "抱歉，前面还有两位，大约五分钟，我理解您的心情" --transcript "$tmp/t 记录.json" --trainee 张三
expect_grep '"trainee": "张三"' "$tmp/t 记录.json" "transcript trainee"
expect_grep '"format": "hallsim-transcript"' "$tmp/t 记录.json" "transcript format"
expect_exit 2 "transcript into a missing folder" -- "$hallsim" run "$data/features.yaml" --choices 1 --transcript "$tmp/no/such/dir/t.json"

# The rubric playground: what each typed reply earns and why, and clear answers for bad input.
expect_exit 0 "rubric explains" -- "$hallsim" rubric "$data/features.yaml" check --say "我不会给您道歉，大约五分钟" --say "您着急我明白，抱歉，大约五分钟" --say "對不起，大約十分鐘"
expect_grep "被否定" "$tmp/out" "rubric names a negated cue"
expect_grep "“抱歉”" "$tmp/out" "rubric quotes the words that met a cue"
expect_exit 0 "rubric --json" -- "$hallsim" rubric "$data/features.yaml" check --json --lang en --say "急什么，没看我正忙着吗" --say ""
expect_grep '"scenario": "features"' "$tmp/out" "rubric --json names the scenario"
expect_grep '"category": "taboo"' "$tmp/out" "rubric --json lists the conduct flag"
expect_grep '"withheld": \[' "$tmp/out" "rubric --json lists withheld cues"
expect_grep '"next": "' "$tmp/out" "rubric --json gives the next node"
expect_exit 2 "rubric at a choice node" -- "$hallsim" rubric "$data/features.yaml" opening --say "好的"
expect_grep "takes no typed reply" "$tmp/err" "rubric explains a node that is not free text"
expect_exit 2 "rubric at an unknown node" -- "$hallsim" rubric "$data/features.yaml" nowhere --say "好的"
head -c 100000 /dev/zero | tr '\0' '好' > "$tmp/long.txt"
expect_exit 0 "rubric with 100 KB and invalid UTF-8" -- "$hallsim" rubric "$data/features.yaml" check --say "$(cat "$tmp/long.txt")" --say "$(printf '\xff\xfe抱歉\xc3')"

# A lecture before acknowledging only attempts 受理: every report says so.
rules_first=(--choices 1,1,1,2,3,3 --say "跑了三趟还没办成，换谁都窝火，是我们没一次跟您说清楚，对不起。从现在起这件事我来负责，我跟到底。"
  --say "我给您写一张一次性告知单：只差社区开的经营场所使用证明，最晚下周四下午5点前交到3号窗口。单子上有我的名字和电话，我再短信发您一份。")
expect_exit 0 "rules-first run" -- "$hallsim" run "$root/scenarios/angry-man-in-hall.yaml" "${rules_first[@]}" --transcript "$tmp/rf.json" --xapi "$tmp/rf.xapi.json" --report "$tmp/rf.md"
expect_grep '"attempted": \[' "$tmp/rf.json" "transcript lists attempted steps"
expect_grep '"accept"' "$tmp/rf.xapi.json" "xAPI statements carry the steps"
expect_grep "△ 受理投诉" "$tmp/rf.md" "Markdown shows 受理 as attempted"
expect_exit 0 "rules-first html" -- "$hallsim" report "$tmp/rf.json" --format html -o "$tmp/rf.html"
expect_grep "△" "$tmp/rf.html" "HTML shows an attempted step"
expect_exit 0 "rules-first json" -- "$hallsim" report "$tmp/rf.json" --format json -o "$tmp/rf.report.json"
expect_grep '"attempted": true' "$tmp/rf.report.json" "JSON report marks the attempted step"

# The report's progress section comes from the history.
"$hallsim" run "$data/features.yaml" --choices 1 --record --data-dir "$tmp/progress" --trainee 张三 >/dev/null 2>&1
expect_exit 0 "run --report with history" -- "$hallsim" run "$data/features.yaml" --choices 2,1 --say "抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情" --record --data-dir "$tmp/progress" --trainee 张三 --report "$tmp/progress.md"
expect_grep "^[|] 首次练习 [|]" "$tmp/progress.md" "progress shows the first attempt"

# xAPI statements beside the transcript, with ids kept for re-sending.
expect_exit 0 "run --xapi" -- "$hallsim" run "$data/features.yaml" --choices 2,1 --say "抱歉，前面还有两位，大约五分钟" --transcript "$tmp/x.json" --xapi "$tmp/x.xapi.statements.json"
expect_grep '"verb"' "$tmp/x.xapi.statements.json" "run --xapi writes statements"
[ -f "$tmp/x.json.xapi.json" ] || fail "run --xapi keeps the statement ids beside the transcript"
expect_exit 2 "--xapi needs --transcript" -- "$hallsim" run "$data/features.yaml" --choices 1 --xapi "$tmp/y.json"

# A full disk (a 4 KB file-size limit): a clear message and exit 2, never a crash, and the
# attempt is kept where it fits.
( ulimit -f 4; "$hallsim" run "$data/features.yaml" --choices 1 --record --data-dir "$tmp/full" --transcript "$tmp/full.json" ) >"$tmp/out" 2>"$tmp/err"
status=$?
[ "$status" -eq 1 ] || [ "$status" -eq 2 ] || { fail "a full disk: exit $status (killed?)"; cat "$tmp/err"; }
grep -qiE "too large|cannot|no space|error" "$tmp/err" || { fail "a full disk is explained"; cat "$tmp/err"; }

# Test plans.
expect_exit 0 "test plans pass" -- "$hallsim" test "$data"
expect_grep "^3 passed, 0 failed$" "$tmp/out" "test summary"
printf 'scenario: features.yaml\nplays:\n  - name: wrong\n    replies: [1]\n    expect: {outcome: resolved}\n' > "$tmp/wrong.test.yaml"
cp "$data/features.yaml" "$tmp/features.yaml"
expect_exit 1 "failing test plan" -- "$hallsim" test "$tmp/wrong.test.yaml"
expect_grep "^FAIL .*wrong" "$tmp/out" "failing play named"

# Analyze and graph.
expect_exit 0 "analyze" -- "$hallsim" analyze "$data/features.yaml" --json
expect_grep '"best": \{' "$tmp/out" "analyze --json best"
expect_grep '"exact": true' "$tmp/out" "analyze --json says the result is exact"
expect_exit 0 "analyze" -- "$hallsim" analyze "$data/features.yaml"
expect_grep 'transitions, exact$' "$tmp/out" "analyze says the result is exact"
# A budget the search cannot fit in: it stops cleanly, says which budget and how far it got.
expect_exit 0 "analyze within a 1 MB budget" -- "$hallsim" analyze "$data/features.yaml" --memory-mb 1
expect_grep 'approximate: the exact analysis reached its memory budget of 1 MB after [0-9]+ states' "$tmp/out" "analyze names the budget"
expect_grep 'sampled attempts reached empathy' "$tmp/out" "analyze says how loose the bounds may be"
expect_exit 0 "lint within a 1 MB budget" -- "$hallsim" lint "$data/features.yaml" --memory-mb 1
expect_grep 'memory budget of 1 MB .*\[HS0106\]' "$tmp/out" "lint names the budget"
expect_exit 2 "a budget of no seconds is a usage error" -- "$hallsim" analyze "$data/features.yaml" --time-limit 0
expect_exit 0 "graph dot" -- "$hallsim" graph "$data/features.yaml"
expect_grep '^digraph' "$tmp/out" "graph is DOT"
expect_exit 0 "graph mermaid" -- "$hallsim" graph "$data/features.yaml" --format mermaid --lang en
expect_grep '^flowchart TD' "$tmp/out" "graph is Mermaid"
expect_exit 1 "graph of a broken file" -- "$hallsim" graph "$tmp/broken.yaml"

# Terminal play, answered at its prompts.
printf '\n2\n抱歉，前面还有两位，大约五分钟，我理解您的心情\n1\n' | "$hallsim" play "$data/features.yaml" --lang en >"$tmp/play" 2>&1
expect_grep "Debrief" "$tmp/play" "play ends with a debrief"
expect_grep "Empathy .* 100.0%" "$tmp/play" "play debrief scores"
printf '\n1\n' | "$hallsim" play "$data/features.yaml" >"$tmp/play2" 2>&1
expect_grep "更好的回答" "$tmp/play2" "a poor reply shows the better one"
# An attempt left unfinished and not resumed is kept as an unfinished transcript, as the app keeps
# it (the terminal used to drop it), under the one naming rule.
printf '\n2\n' | "$hallsim" play "$data/features.yaml" --data-dir "$tmp/unfinished" >/dev/null 2>&1
[ -f "$tmp/unfinished/journal.json" ] || fail "the stopped attempt was not journaled"
printf 'q\n' | "$hallsim" play "$data/features.yaml" --data-dir "$tmp/unfinished" >"$tmp/out" 2>&1
expect_grep "unfinished attempt is kept" "$tmp/out" "a declined resume says where the attempt is kept"
kept=$(find "$tmp/unfinished/transcripts/features" -name '*-unfinished.json' 2>/dev/null | wc -l)
[ "$kept" = 1 ] && [ ! -e "$tmp/unfinished/journal.json" ] ||
  fail "a declined resume was not kept as one unfinished transcript ($kept)"

# No command, no terminal: says how to play.
expect_exit 0 "no command without a terminal" -- "$hallsim" </dev/null
expect_grep "hallsim play" "$tmp/out" "says how to play"

if [ "$failures" -gt 0 ]; then
  echo "$failures CLI check(s) failed"
  exit 1
fi
echo "all CLI checks passed"
