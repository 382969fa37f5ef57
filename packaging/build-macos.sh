#!/bin/sh
# Build AnswerLetter for macOS: dist/AnswerLetter.app (PyInstaller onedir bundle with the .kvb
# document type) and a disk image dist/AnswerLetter-VERSION-macos.dmg to drag it into
# Applications. Signs ad hoc unless CODESIGN_IDENTITY names a Developer ID (then notarise
# the .dmg with "xcrun notarytool" before giving it to users).
#
#   packaging/build-macos.sh            (needs: pip install ".[packaging]")
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
cd "$ROOT"
VERSION=$("$PYTHON" -c 'import sys; sys.path.insert(0, "src"); import answerletter; print(answerletter.__version__)')
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/answerletter.spec
codesign --force --deep --options runtime --sign "${CODESIGN_IDENTITY:--}" dist/AnswerLetter.app
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R dist/AnswerLetter.app "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "dist/AnswerLetter-$VERSION-macos.dmg"
hdiutil create -volname "AnswerLetter $VERSION" -srcfolder "$STAGE" -format UDZO \
    "dist/AnswerLetter-$VERSION-macos.dmg"
echo "Built dist/AnswerLetter.app and dist/AnswerLetter-$VERSION-macos.dmg"
