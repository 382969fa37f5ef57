#!/bin/sh
# Build AnswerLetter for macOS: dist/AnswerLetter.app (PyInstaller onedir bundle with the .kvb
# document type) and the disk image dist/AnswerLetter-VERSION-macos.dmg to drag it into
# Applications.
#
#   packaging/build-macos.sh                                   ad hoc: for testing on this Mac
#   CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" \
#   NOTARY_PROFILE=answerletter packaging/build-macos.sh       signed, notarised and stapled
#
# (needs: pip install ".[packaging]"; NOTARY_PROFILE is a keychain profile made once with
#  "xcrun notarytool store-credentials answerletter --apple-id ... --team-id ...")
#
# Signing rests on these sources:
# - PyInstaller signs every collected binary, inside out, and then the .app (PyInstaller
#   doc/feature-notes.rst "macOS binary code signing"; PyInstaller/utils/osx.py sign_binary):
#   ad hoc without an identity; with CODESIGN_IDENTITY (read by the spec) each signature gets
#   the hardened runtime (--options=runtime) and a secure timestamp (--timestamp), which
#   notarisation requires of every signature. The hardened runtime is used only then: its
#   library validation refuses libraries whose ad-hoc signatures carry no Team ID.
# - PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR makes a failed bundle signature stop the build
#   instead of printing a warning (PyInstaller/building/osx.py).
# - Nothing is copied into the .app after PyInstaller has signed it (the document icon is
#   collected by the spec), so the seal stays intact; codesign --verify --strict checks it.
# - Notarised twice, as Apple's notary documentation describes for a disk image holding an
#   app: the app (zipped with ditto) so its ticket can be stapled to the app itself -- it
#   then passes Gatekeeper offline after being dragged out of the image -- and the signed
#   .dmg, whose ticket is stapled to the image. "stapler staple" fails when the notary
#   service did not accept a submission, which stops this script.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
cd "$ROOT"
VERSION=$("$PYTHON" -c 'import sys; sys.path.insert(0, "src"); import answerletter; print(answerletter.__version__)')
APP=dist/AnswerLetter.app
DMG=dist/AnswerLetter-$VERSION-macos.dmg
IDENTITY=${CODESIGN_IDENTITY:-}
export CODESIGN_IDENTITY="$IDENTITY"
export PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR=1

"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/answerletter.spec
codesign --verify --deep --strict --verbose=2 "$APP"

notarise() {  # notarise FILE: submit, wait for the verdict, staple the ticket to FILE
    echo "Notarising $1 (this waits for Apple's notary service)"
    if [ -d "$1" ]; then
        ditto -c -k --keepParent "$1" "build/notarise.zip"
        xcrun notarytool submit "build/notarise.zip" --keychain-profile "$NOTARY_PROFILE" --wait
        rm -f "build/notarise.zip"
    else
        xcrun notarytool submit "$1" --keychain-profile "$NOTARY_PROFILE" --wait
    fi
    xcrun stapler staple "$1"
    xcrun stapler validate "$1"
}

if [ -n "$IDENTITY" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
    notarise "$APP"
fi

STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
ditto "$APP" "$STAGE/AnswerLetter.app"  # ditto keeps the stapled ticket and signatures
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "AnswerLetter $VERSION" -srcfolder "$STAGE" -format UDZO "$DMG"

if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
    codesign --verify --strict --verbose=2 "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        notarise "$DMG"
        spctl --assess --verbose=2 --type execute "$APP"
        spctl --assess --verbose=2 --type open --context context:primary-signature "$DMG"
    else
        echo "NOT NOTARISED (NOTARY_PROFILE unset): do not hand $DMG out; Gatekeeper refuses it."
    fi
else
    echo "Signed ad hoc: for testing on this Mac only (Gatekeeper refuses it elsewhere)."
fi
echo "Built $APP and $DMG"
