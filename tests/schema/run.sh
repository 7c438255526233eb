#!/usr/bin/env bash
# Checks the JSON Schemas in assets/schema (editor support): installs the pinned npm packages
# (once per lock file, into the build tree), then `node check.js HALLSIM ROOT`. Without Node or
# npm it skips (exit 77, which CTest reports as skipped).
set -euo pipefail
hallsim=$1 root=$2 work=$3
for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: '$tool' is not installed; the schema checks need Node.js and npm (Debian: apt-get install nodejs npm)"
    exit 77
  fi
done
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
exec 9>"$work/.install-lock"
flock 9
if ! cmp -s "$here/package-lock.json" "$work/installed-lock.json"; then
  echo "Installing the pinned npm packages into $work (npm ci)"
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  # --ignore-scripts: nothing here needs a native build, and no package runs code at install.
  (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$work/installed-lock.json"
fi
flock -u 9
NODE_PATH="$work/node_modules" exec node "$here/check.js" "$hallsim" "$root"
