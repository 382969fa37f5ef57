#!/bin/sh
# Per-user install of AnswerLetter's desktop integration on Linux (no root needed):
# menu entry, .kvb file type with its icon, "open with AnswerLetter" as the default, and the
# AppStream metadata. With --bundle it also copies a PyInstaller bundle (dist/AnswerLetter)
# and links it as ~/.local/bin/answerletter.
#
#   packaging/linux/install.sh [--bundle DIR] [--exec COMMAND]   install
#   packaging/linux/install.sh --uninstall                       remove everything again
#
# Without --bundle the menu entry runs COMMAND (default: "answerletter" from PATH, e.g. after
# "pip install"). Follows XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_BIN_HOME when set.
set -eu

APP_ID=nl.answerletter.AnswerLetter
MIME=application/x-answerletter+xml
MIME_ICON=application-x-answerletter+xml
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS=$(cd "$HERE/../icons" 2>/dev/null && pwd || echo "$HERE/icons")
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=${XDG_BIN_HOME:-$HOME/.local/bin}
BUNDLE_TARGET=$DATA/answerletter/bundle

bundle=""
command="answerletter"
uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) bundle=$2; shift 2 ;;
        --exec) command=$2; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

refresh() {
    # Rebuild the caches the file managers read; each tool is optional.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "$uninstall" = 1 ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml" \
          "$DATA/metainfo/$APP_ID.metainfo.xml"
    for icon in "$DATA"/icons/hicolor/*/apps/$APP_ID.png "$DATA"/icons/hicolor/*/mimetypes/$MIME_ICON.png \
                "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg" \
                "$DATA/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"; do
        rm -f "$icon"
    done
    if [ -L "$BIN/answerletter" ] && [ "$(readlink "$BIN/answerletter")" = "$BUNDLE_TARGET/AnswerLetter" ]; then
        rm -f "$BIN/answerletter"
    fi
    rm -rf "$DATA/answerletter"
    refresh
    echo "AnswerLetter's desktop integration is removed."
    exit 0
fi

if [ -n "$bundle" ]; then
    [ -x "$bundle/AnswerLetter" ] || { echo "install.sh: no AnswerLetter program in $bundle" >&2; exit 2; }
    rm -rf "$BUNDLE_TARGET"
    mkdir -p "$(dirname "$BUNDLE_TARGET")" "$BIN"
    cp -a "$bundle" "$BUNDLE_TARGET"
    ln -sfn "$BUNDLE_TARGET/AnswerLetter" "$BIN/answerletter"
    command=$BUNDLE_TARGET/AnswerLetter
fi

# The Exec key: quote the program when it holds characters the desktop spec reserves.
case "$command" in
    *[!A-Za-z0-9/._+-]*)
        escaped=$(printf '%s' "$command" | sed 's/[\\"`$]/\\\\&/g')
        exec_program="\"$escaped\"" ;;
    *) exec_program=$command ;;
esac

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo"
# awk reads the new lines from the environment, so no character in a path is special.
EXEC_LINE="Exec=$exec_program %F" TRY_LINE="TryExec=$command" awk '
    /^Exec=/ { print ENVIRON["EXEC_LINE"]; next }
    /^TryExec=/ { print ENVIRON["TRY_LINE"]; next }
    { print }' "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
cp "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
for size_dir in "$ICONS"/png/*; do
    size=$(basename "$size_dir")
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps" "$DATA/icons/hicolor/${size}x${size}/mimetypes"
    cp "$size_dir/answerletter.png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    cp "$size_dir/answerletter-document.png" "$DATA/icons/hicolor/${size}x${size}/mimetypes/$MIME_ICON.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/scalable/mimetypes"
cp "$ICONS/answerletter.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
cp "$ICONS/answerletter-document.svg" "$DATA/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" "$MIME" || true
fi
echo "AnswerLetter is installed for $(id -un): open .kvb letters from your file manager."
