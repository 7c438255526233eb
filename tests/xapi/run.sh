#!/usr/bin/env bash
# Runs one Node check of HallSim's xAPI statements: installs the pinned npm packages (once per
# lock file, into the build tree), then `node SCRIPT HALLSIM ROOT`. Without Node or npm it
# skips (exit 77, which CTest reports as skipped).
set -euo pipefail
script=$1 hallsim=$2 root=$3 work=$4
for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: '$tool' is not installed; the xAPI checks need Node.js and npm (Debian: apt-get install nodejs npm)"
    exit 77
  fi
done
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
# The two checks may run at once: one installs, the other waits.
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
NODE_PATH="$work/node_modules" exec node "$here/$script" "$hallsim" "$root"
