#!/usr/bin/env bash
# The live accessibility tree, read as a screen reader reads it (issue 19; docs/accessibility.md).
# Starts the editor on the seed letter in a real X window (Xvfb) with its own D-Bus session and
# AT-SPI bus, then walks the tree over D-Bus and prints the preview's and the editors' text.
# Fails when the program dies (a crash under a screen reader) or the preview has no text.
# Needs the Debian packages xvfb, dbus, at-spi2-core and python3-dbus (for /usr/bin/python3).
#   bash tests/manual/atspi_tree.sh [path/to/venv/python]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${1:-$root/.venv/bin/python}
if [ "${ATSPI_INSIDE:-}" != 1 ]; then
  exec env ATSPI_INSIDE=1 dbus-run-session -- bash "$0" "$python"
fi
display=:$((200 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
bus=$!
trap 'kill "$xvfb" "$bus" 2>/dev/null || true' EXIT
sleep 1
log=$(mktemp)
DISPLAY=$display QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \
  "$python" "$here/atspi_app.py" "$root" >"$log" 2>&1 &
app=$!
for _ in $(seq 60); do grep -q "ready" "$log" && break; sleep 0.5; done
sleep 2
status=0
/usr/bin/python3 "$here/atspi_read.py" || status=$?
if ! kill -0 "$app" 2>/dev/null; then
  echo "FAIL: the program is gone (crashed?):"; tail -20 "$log"; exit 1
fi
kill "$app" 2>/dev/null || true
exit "$status"
