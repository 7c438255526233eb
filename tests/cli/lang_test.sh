#!/usr/bin/env bash
# One language at a time, and lint that leads with the cause.
# - `hallsim lint` of a file with one tab prints the tab error first, in a handful of lines; a
#   broken indentation prints the YAML syntax error first.
# - With --lang zh-CN, the output of lint, history, analyze, rubric, test and xapi holds no UI key and
#   none of the English words the UI uses (a list below), outside what a scenario or a user wrote;
#   so do test-plan failures and xapi's messages. English history shows stored values as words.
set -u
hallsim=$1
root=$2
data=$root/tests/data
scenarios=$root/scenarios
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config LC_ALL= LC_MESSAGES= LANG=C.UTF-8

source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"

# One tab, in front of a choice's `to:`: read as part of the feedback text above it, it once gave
# 2 errors and 99 warnings with the tab error eighth.
mkdir -p "$tmp/lib" && cp -r "$scenarios/rubrics" "$tmp/lib/"
line=$(grep -n -m 1 '^        to: listen_ft$' "$scenarios/long-wait.yaml" | cut -d: -f1)  # the first such choice
awk -v line="$line" 'NR == line { sub(/^        /, "\t") } { print }' "$scenarios/long-wait.yaml" > "$tmp/lib/tab.yaml"
grep -q $'^\tto: listen_ft' "$tmp/lib/tab.yaml" || fail "the tab fixture no longer puts a tab before line $line's to:"
expect_exit 1 "lint of one tab" -- "$hallsim" lint "$tmp/lib/tab.yaml"
head -1 "$tmp/out" > "$tmp/first"
expect_grep "^$tmp/lib/tab.yaml:$line:1: error: a tab is used for indentation.*\[HS0003\]$" "$tmp/first" "the tab error comes first"
[ "$(wc -l < "$tmp/out")" -le 5 ] || { fail "one tab prints $(wc -l < "$tmp/out") lines (at most 5)"; head -20 "$tmp/out"; }
expect_exit 1 "lint of one tab in zh-CN" -- "$hallsim" lint --lang zh-CN "$tmp/lib/tab.yaml"
expect_grep "^$tmp/lib/tab.yaml:$line:1: 错误：这一行用 Tab 键缩进" "$tmp/out" "the tab error in Chinese"
expect_grep "^lint：1 个文件，1 个错误，0 个警告$" "$tmp/err" "the lint summary in Chinese"

# A broken indentation (one space too many) is a YAML syntax error, and it alone is printed.
awk -v line="$line" 'NR == line { sub(/^        /, "         ") } { print }' "$scenarios/long-wait.yaml" > "$tmp/lib/indent.yaml"
expect_exit 1 "lint of a broken indentation" -- "$hallsim" lint "$tmp/lib/indent.yaml"
head -1 "$tmp/out" > "$tmp/first"
expect_grep "^$tmp/lib/indent.yaml:[0-9]+:[0-9]+: error: YAML syntax: .*\[HS0001\]$" "$tmp/first" "the syntax error comes first"
[ "$(wc -l < "$tmp/out")" -le 5 ] || { fail "a broken indentation prints $(wc -l < "$tmp/out") lines (at most 5)"; head -20 "$tmp/out"; }

# English words the UI prints, which must not appear in zh-CN output (as whole words), and keys
# written with '_' (an untranslated UI key looks like one).
english='\b(error|warning|errors|warnings|file|files|attempt|attempts|scenario|trainee|overall|grade|result|outcome|rating|pass|fail|passed|failed|time|finished|best|first|latest|progress|node|nodes|reply|replies|states|exact|analysis|unreachable|dead end|cue|cues|score|scores|very satisfied|satisfied|dissatisfied|resolved|partial|escalated|expected|got|play|plays|No attempts)\b'
# UI keys (those with a '_', which no English or Chinese text has), from the word table itself.
keys="\\b($(grep -v '^#' "$root/engine/model/words.tsv" | cut -f1 | grep '_' | paste -sd'|' -))\\b"
check_chinese() {  # check_chinese WHAT FILE: no English UI word and no key, after removing paths, quoted names and options
  sed -E "s#$root[^ :]*##g; s#$tmp[^ :]*##g; s/'[^']*'//g; s/\"[^\"]*\"//g; s/\[HS[0-9]{4}\]//g; s/--[a-z][a-z-]*//g" "$2" > "$2.clean"
  expect_no_grep "$english" "$2.clean" "$1 has no English UI word in zh-CN"
  expect_no_grep "$keys" "$2.clean" "$1 has no untranslated key in zh-CN"
}
sed 's/        to: angrier$/        to: angryer/; s/    speaker: narrator$/    speeker: narrator/' "$data/features.yaml" > "$tmp/lib/broken.yaml"
cp -r "$data/rubrics/." "$tmp/lib/rubrics/"
expect_exit 1 "lint --lang zh-CN" -- "$hallsim" lint --lang zh-CN "$tmp/lib/broken.yaml" "$tmp/lib/tab.yaml"
cat "$tmp/out" "$tmp/err" > "$tmp/lint.txt"
check_chinese "lint" "$tmp/lint.txt"

expect_exit 0 "analyze --lang zh-CN" -- "$hallsim" analyze --lang zh-CN "$scenarios/long-wait.yaml"
check_chinese "analyze" "$tmp/out"
expect_exit 1 "analyze of a broken file in zh-CN" -- "$hallsim" analyze --lang zh-CN "$tmp/lib/broken.yaml"
expect_grep "broken.yaml:[0-9]+:[0-9]+: 错误：" "$tmp/err" "analyze shows the file's errors in Chinese"
check_chinese "analyze of a broken file" "$tmp/err"
expect_exit 0 "rubric --lang zh-CN" -- "$hallsim" rubric --lang zh-CN "$scenarios/long-wait.yaml" listen_ft --say "让您久等了，非常抱歉"
check_chinese "rubric" "$tmp/out"
expect_exit 0 "test --lang zh-CN" -- "$hallsim" test --lang zh-CN "$scenarios/long-wait.test.yaml"
expect_grep "^通过 .*long-wait.test.yaml:6: " "$tmp/out" "a passed play in Chinese"
expect_grep "^[0-9]+ 个通过，0 个未通过$" "$tmp/out" "the test summary in Chinese"
sed -E 's/^(通过|未通过) .*/\1/' "$tmp/out" > "$tmp/test.txt"  # the play names are the author's
check_chinese "test" "$tmp/test.txt"

# A plan whose every expectation fails, and plays that run out of replies or have some left over:
# each failure in Chinese, the plan's own names and keys in quotes.
mkdir -p "$tmp/plan" && cp "$data/features.yaml" "$tmp/plan/" && cp -r "$data/rubrics" "$tmp/plan/"
cat > "$tmp/plan/failing.test.yaml" <<'PLAN'
scenario: features.yaml
plays:
  - name: every expectation wrong
    replies: [2, "没办法，不归我管"]
    expect:
      ending: resolved
      outcome: resolved
      visits: [propose]
      not_visits: [check]
      scores: {empathy: ">= 90", overall: ">= 90"}
      raw: {empathy: 5}
      mood: {anger: "< 1", nosuch: 1}
      passed: true
      rating: very_satisfied
      steps: {performed: [accept, propose]}
      cues: [apology]
  - name: replies left over
    replies: [2, "抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情", 1, 1, 1]
  - name: replies run out
    replies: [2]
    expect:
      ending: resolved
      rating: satisfied
PLAN
expect_exit 1 "test --lang zh-CN of a failing plan" -- "$hallsim" test --lang zh-CN "$tmp/plan/failing.test.yaml"
expect_grep "^     'scores.empathy'：要求 >= 90，实际为 " "$tmp/out" "a failed score in Chinese"
expect_grep "^     'rating'：要求 'satisfied'，但本次演练没有到达结局$" "$tmp/out" "no ending, in Chinese"
expect_grep "^     演练在 '[a-z_]+' 结束，还剩 [0-9]+ 个回复没有用上$" "$tmp/out" "replies left over, in Chinese"
expect_grep "^0 个通过，3 个未通过$" "$tmp/out" "the failing plan's summary in Chinese"
sed -E 's/^(通过|未通过) .*/\1/' "$tmp/out" > "$tmp/failing.txt"
check_chinese "test failures" "$tmp/failing.txt"
expect_exit 1 "test --lang en of a failing plan" -- "$hallsim" test --lang en "$tmp/plan/failing.test.yaml"
expect_grep "^     scores.empathy: expected >= 90, got " "$tmp/out" "the failures in English stay as they were"
expect_exit 1 "test of an empty folder in zh-CN" -- "$hallsim" test --lang zh-CN "$tmp/plan/rubrics"
expect_grep "没有找到测试计划" "$tmp/err" "no plans, in Chinese"
check_chinese "test without plans" "$tmp/err"

# History: one attempt recorded by a scripted run, then listed.
"$hallsim" run "$data/features.yaml" --choices 2,1 --say "抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情" --response-s 5 \
  --trainee 王芳 --record >/dev/null 2>&1
expect_exit 0 "history --lang zh-CN" -- "$hallsim" history --lang zh-CN
expect_grep "王芳" "$tmp/out" "history lists the attempt"
check_chinese "history" "$tmp/out"
expect_exit 0 "history --lang en" -- "$hallsim" history --lang en
expect_grep "overall" "$tmp/out" "history in English keeps its English headers"
# Stored values are words in either language; only --csv keeps them as stored.
expect_grep "  resolved  +very satisfied  " "$tmp/out" "history in English says the rating in words"
expect_no_grep "very_satisfied" "$tmp/out" "history in English shows no stored value"
expect_grep "  已解决 +非常满意  " <("$hallsim" history --lang zh-CN) "history in Chinese says the outcome and rating in words"
expect_exit 0 "history --csv --lang zh-CN" -- "$hallsim" history --csv --lang zh-CN
expect_grep ",resolved,very_satisfied," "$tmp/out" "CSV keeps the stored values in any language"

# xapi: its messages in Chinese (paths, URLs and what the network library says stay as written).
transcript=$(find "$tmp/data/hallsim/transcripts" -name '*.json' | head -1)
[ -n "$transcript" ] || fail "the recorded attempt's transcript is kept"
expect_exit 2 "xapi --lang zh-CN without a transcript" -- "$hallsim" xapi --lang zh-CN
expect_grep "^hallsim xapi：请给出一个 TRANSCRIPT" "$tmp/err" "xapi's usage error in Chinese"
check_chinese "xapi without a transcript" "$tmp/err"
echo "not json" > "$tmp/not.json"
expect_exit 2 "xapi --lang zh-CN of a file that is not JSON" -- "$hallsim" xapi --lang zh-CN "$tmp/not.json"
expect_grep "不是 HallSim 的练习记录文件（文件不是 JSON）" "$tmp/err" "not JSON, in Chinese"
check_chinese "xapi of a file that is not JSON" "$tmp/err"
expect_exit 2 "xapi --lang zh-CN with credentials in the URL" -- "$hallsim" xapi --lang zh-CN "$transcript" --scenario "$data/features.yaml" --lrs "http://u:p@127.0.0.1:9/xAPI/"
expect_grep "LRS 网址中不能含有账号密码" "$tmp/err" "URL credentials refused in Chinese"
check_chinese "xapi with credentials in the URL" "$tmp/err"
# An LRS that is not there (port 9 on loopback): the batch waits, said in Chinese.
expect_exit 2 "xapi --lang zh-CN to an LRS that is down" -- "$hallsim" xapi --lang zh-CN "$transcript" --scenario "$data/features.yaml" --lrs "http://127.0.0.1:9/xAPI/" --queue-dir "$tmp/queue"
expect_grep "上的 LRS 没有响应：" "$tmp/err" "an unreachable LRS in Chinese"
expect_grep "^hallsim xapi：1 次练习的语句在 .* 中等待发送；要重试，请运行：hallsim xapi --flush --queue-dir " "$tmp/err" "the waiting batch in Chinese"
sed -E 's/没有响应：.*/没有响应：/' "$tmp/err" > "$tmp/xapi.txt"  # the network library's own words
check_chinese "xapi to an LRS that is down" "$tmp/xapi.txt"
# history --import: what it recorded, and what it could not, in Chinese.
expect_exit 0 "history --import --lang zh-CN" -- "$hallsim" history --lang zh-CN --import "$transcript" --data-dir "$tmp/imported"
expect_grep "：已记入练习记录，编号 #1$" "$tmp/out" "an import in Chinese"
echo '{}' > "$tmp/not-a-transcript.json"
expect_exit 2 "history --import --lang zh-CN of something else" -- "$hallsim" history --lang zh-CN --import "$tmp/not-a-transcript.json" --data-dir "$tmp/imported"
expect_grep "：未能记入练习记录：.*不是 HallSim 的练习记录文件" "$tmp/err" "a failed import in Chinese"
check_chinese "a failed import" "$tmp/err"
expect_exit 0 "xapi --lang zh-CN writes the same statements" -- "$hallsim" xapi --lang zh-CN "$transcript" --scenario "$data/features.yaml" -o "$tmp/zh.json"
expect_exit 0 "xapi --lang en" -- "$hallsim" xapi --lang en "$transcript" --scenario "$data/features.yaml" -o "$tmp/en.json"
cmp -s "$tmp/zh.json" "$tmp/en.json" || fail "the statements do not depend on --lang"

# report and xapi: a damaged transcript, and one whose scenario is nowhere, said in Chinese.
python3 - "$transcript" "$tmp" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
t["turns"][0]["late"] = "yes"
json.dump(t, open(sys.argv[2] + "/damaged.json", "w"))
t = json.load(open(sys.argv[1]))
t["scenario"]["id"], t["scenario"]["hash"] = "nowhere", ""
json.dump(t, open(sys.argv[2] + "/nowhere.json", "w"))
PY
for command in report xapi; do
  expect_exit 2 "$command --lang zh-CN of a damaged transcript" -- "$hallsim" $command --lang zh-CN "$tmp/damaged.json"
  expect_grep "：练习记录文件已损坏：\"turns\[0\].late\" 的类型或取值不对：应为true 或 false$" "$tmp/err" "$command names the damaged field in Chinese"
  check_chinese "$command of a damaged transcript" "$tmp/err"
  expect_exit 2 "$command --lang zh-CN of a transcript whose scenario is nowhere" -- "$hallsim" $command --lang zh-CN "$tmp/nowhere.json"
  expect_grep "都找不到场景 'nowhere'" "$tmp/err" "$command's missing scenario in Chinese"
  check_chinese "$command without its scenario" "$tmp/err"
done

# Without --lang: the app's setting, else the locale.
mkdir -p "$tmp/config/hallsim" && echo '{"language": "zh-CN"}' > "$tmp/config/hallsim/settings.json"
expect_exit 1 "lint follows the app's language" -- "$hallsim" lint "$tmp/lib/tab.yaml"
expect_grep "错误：" "$tmp/out" "lint follows the app's language"
rm "$tmp/config/hallsim/settings.json"
LANG=zh_CN.UTF-8 "$hallsim" lint "$tmp/lib/tab.yaml" > "$tmp/out" 2>&1
expect_grep "错误：" "$tmp/out" "lint follows LANG=zh_CN"
expect_exit 1 "lint in a C locale" -- "$hallsim" lint "$tmp/lib/tab.yaml"
expect_grep ": error: " "$tmp/out" "lint in a C locale is English"

if [ "$failures" -gt 0 ]; then
  echo "$failures language check(s) failed"
  exit 1
fi
echo "all language checks passed"
