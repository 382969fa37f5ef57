#!/bin/sh
# Build AnswerLetter for Linux: the PyInstaller folder dist/AnswerLetter and a tarball
# dist/AnswerLetter-VERSION-linux-ARCH.tar.gz holding it with the desktop integration and
# its installer (unpack, then run ./install.sh --bundle AnswerLetter).
#
#   packaging/build-linux.sh            (needs: pip install ".[packaging]")
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
cd "$ROOT"
VERSION=$("$PYTHON" -c 'import sys; sys.path.insert(0, "src"); import answerletter; print(answerletter.__version__)')
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/answerletter.spec
NAME=AnswerLetter-$VERSION-linux-$(uname -m)
STAGE=build/$NAME
rm -rf "$STAGE" && mkdir -p "$STAGE/linux" "$STAGE/icons"
cp -a dist/AnswerLetter "$STAGE/AnswerLetter"
cp packaging/linux/*.desktop packaging/linux/*.xml "$STAGE/linux/"
cp packaging/linux/install.sh "$STAGE/linux/install.sh"
cp -a packaging/icons/png packaging/icons/*.svg "$STAGE/icons/"
cp LICENSE THIRD-PARTY.md "$STAGE/"
cat > "$STAGE/install.sh" <<'INSTALL'
#!/bin/sh
# Installs AnswerLetter for the current user; "./install.sh --uninstall" removes it.
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--uninstall" ]; then exec sh "$HERE/linux/install.sh" --uninstall; fi
exec sh "$HERE/linux/install.sh" --bundle "$HERE/AnswerLetter" "$@"
INSTALL
chmod +x "$STAGE/install.sh" "$STAGE/linux/install.sh"
tar -C build -czf "dist/$NAME.tar.gz" "$NAME"
echo "Built dist/AnswerLetter and dist/$NAME.tar.gz"
