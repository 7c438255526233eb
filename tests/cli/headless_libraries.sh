#!/usr/bin/env bash
# `hallsim` links no window library: ldd of it lists no OpenGL, GLFW, FreeType, fontconfig or
# Dear ImGui (issue 15), so `hallsim lint` runs on a box without them. The same pattern must find
# them in hallsim-app, which does open the window: the check can see what it looks for.
# Usage: headless_libraries.sh HALLSIM HALLSIM_APP
set -u
hallsim=$1
app=$2
window_libraries='lib(GL|OpenGL|EGL|glfw|freetype|fontconfig|imgui)[^ ]*\.so'
failures=0

command -v ldd >/dev/null || { echo "SKIP: ldd is not installed"; exit 77; }
ldd "$hallsim" >/dev/null || { echo "FAIL: ldd cannot read $hallsim"; exit 1; }
if ldd "$hallsim" | grep -E "$window_libraries"; then
  echo "FAIL: $hallsim links the window libraries above; only hallsim-app may"
  failures=$((failures + 1))
fi
for lib in libGL libglfw libfreetype libfontconfig; do
  ldd "$app" | grep -q "^[[:space:]]*$lib[^ ]*\.so" ||
    { echo "FAIL: ldd of $app does not list $lib: the check would not see it either"; failures=$((failures + 1)); }
done
echo "hallsim: $(ldd "$hallsim" | wc -l) shared libraries; hallsim-app: $(ldd "$app" | wc -l)"
[ "$failures" -eq 0 ] || exit 1
echo "hallsim links no window library"
