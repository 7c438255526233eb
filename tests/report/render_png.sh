#!/usr/bin/env bash
# Renders the HTML debrief of a sample attempt in headless Chromium, in zh-CN and en, to PNGs a
# person can look at; and loads a report full of hostile text to check, in the DOM the browser
# built, that none of it became an element or an attribute.
# Usage: render_png.sh HALLSIM SOURCE_DIR [OUT_DIR]. Exit 77 (skipped) when Chromium is absent.
set -u
hallsim=$1
root=$2
out=${3:-$(mktemp -d)}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "SKIP: Chromium is not installed (Debian: apt-get install chromium fonts-noto-cjk); the HTML report was not rendered"
  exit 77
fi
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

chromium() {
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" "$@" 2>/dev/null
}

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# A sample attempt with something to learn from: a question asked before accepting the complaint
# (out of order), two late replies, a typed reply that misses cues.
scenario=$root/tests/data/features.yaml
"$hallsim" run "$scenario" --choices 3,2,1 --say "前面还有两位，大约五分钟" --response-s 12 --trainee "王小明" \
  --transcript "$out/attempt.json" --report "$out/run-report.html" > /dev/null
[ -s "$out/run-report.html" ] || fail "run --report wrote no report"
for lang in zh-CN en; do
  html=$out/report-$lang.html
  png=$out/report-$lang.png
  "$hallsim" report "$out/attempt.json" --scenario "$scenario" --lang "$lang" -o "$html" || fail "report --lang $lang"
  chromium --screenshot="$png" --window-size=1200,2400 "file://$html" > /dev/null
  size=$(stat -c %s "$png" 2>/dev/null || echo 0)
  [ "$size" -gt 20000 ] || fail "$png is missing or blank ($size bytes)"
  echo "rendered $png"
done

# The hostile report: text that tries to open tags, attributes, scripts and links everywhere.
hostile=$root/tests/report/hostile.yaml
"$hallsim" run "$hostile" --choices 1 --say "$(printf '<script>alert(1)</script>"onmouseover=alert(2) 具体时间 五分钟')" \
  --trainee '<img src=x onerror=alert(3)>' --transcript "$out/hostile.json" > /dev/null
"$hallsim" report "$out/hostile.json" --scenario "$hostile" --format html -o "$out/hostile.html" || fail "hostile report"
dom=$(chromium --dump-dom "file://$out/hostile.html")
[ -n "$dom" ] || fail "Chromium returned no DOM for the hostile report"
# The serialised DOM writes '<' and '>' in text and attribute values as references, so each
# <...> is a real tag; with its quoted attribute values taken out, only names are left to check.
tags=$(grep -oE '<[^<>]*>' <<< "$dom" | sed -E 's/"[^"]*"//g')
for pattern in '^<script' '^<img' '^<a[ >]' '^<iframe' '[[:space:]]on[a-z]+=' '[[:space:]](href|src)='; do
  if grep -qiE -- "$pattern" <<< "$tags"; then fail "the browser's DOM has a tag matching $pattern"; fi
done
grep -qF '&lt;script&gt;alert(1)&lt;/script&gt;' <<< "$dom" || fail "the hostile text is not shown as text"
chromium --screenshot="$out/hostile.png" --window-size=1200,2400 "file://$out/hostile.html" > /dev/null
echo "rendered $out/hostile.png"

[ "$failures" -eq 0 ] && echo "the HTML report renders; nothing hostile got through" || exit 1
