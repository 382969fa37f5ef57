#!/usr/bin/env bash
# Start AnswerLetter under Xvfb with the AT-SPI registry and print its accessibility tree
# (see tools/atspi_tree.py). Run inside a private session bus:
#   dbus-run-session -- tools/atspi_session.sh [OUT.txt] [EDITOR ARGS...]
set -euo pipefail
out=${1:-/dev/stdout}; shift || true
display=:$((200 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
bus=$!
trap 'kill "${app:-}" "$bus" "$xvfb" 2>/dev/null || true' EXIT
sleep 1
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 .venv/bin/answerletter "${@:---example}" &
app=$!
sleep "${ATSPI_WAIT:-8}"
/usr/bin/python3 tools/atspi_tree.py AnswerLetter "${ATSPI_LIMIT:-12}" >"$out"
