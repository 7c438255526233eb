#!/usr/bin/env bash
# One language at a time, and lint that leads with the cause.
# - `hallsim lint` of a file with one tab prints the tab error first, in a handful of lines; a
#   broken indentation prints the YAML syntax error first.
# - With --lang zh-CN, the output of lint, history, analyze, rubric and test holds no UI key and
#   none of the English words the UI uses (a list below), outside what a scenario or a user wrote.
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
check_chinese() {  # check_chinese WHAT FILE: no English UI word and no key, after removing paths and quoted names
  sed -E "s#$root[^ :]*##g; s#$tmp[^ :]*##g; s/'[^']*'//g; s/\"[^\"]*\"//g; s/\[HS[0-9]{4}\]//g" "$2" > "$2.clean"
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

# History: one attempt recorded by a scripted run, then listed.
"$hallsim" run "$data/features.yaml" --choices 2,1 --say "抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情" --response-s 5 \
  --trainee 王芳 --record >/dev/null 2>&1
expect_exit 0 "history --lang zh-CN" -- "$hallsim" history --lang zh-CN
expect_grep "王芳" "$tmp/out" "history lists the attempt"
check_chinese "history" "$tmp/out"
expect_exit 0 "history --lang en" -- "$hallsim" history --lang en
expect_grep "overall" "$tmp/out" "history in English keeps its English headers"

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
