"""The Info.plist entries of AnswerLetter.app, given to PyInstaller's ``BUNDLE(info_plist=...)``
by packaging/pyinstaller/answerletter.spec.

The app declares the .kvb document type (``CFBundleDocumentTypes``: Editor, Owner) and exports
its type (``UTExportedTypeDeclarations``: ``nl.answerletter.kvb``, conforming to
``public.xml``), so Finder shows the document icon and opens letters with AnswerLetter. Finder
hands the files over as Apple events, which Qt turns into ``QFileOpenEvent``.

``LSMinimumSystemVersion`` is the oldest macOS that Qt 6.11 (our PySide6 pin, pyproject.toml)
supports: "macOS 13 or higher" (doc.qt.io/qt-6.11/macos.html, Supported Configurations). On an
older Mac, Finder then refuses to open the app with a clear message instead of letting it crash.
``NSHumanReadableCopyright`` is the line Finder's "Get Info" and the About panel show.
"""

from __future__ import annotations

from typing import Any

from answerletter import COPYRIGHT, LICENCE

BUNDLE_ID = "nl.answerletter.AnswerLetter"
DOCUMENT_UTI = "nl.answerletter.kvb"
DOCUMENT_ICON = "answerletter-document.icns"
MIME_TYPE = "application/x-answerletter+xml"
#: Qt 6.11's oldest supported macOS; raise it together with the PySide6 pin (Qt 6.12: 14.4).
MINIMUM_MACOS = "13.0"


def info_plist(app_name: str, version: str) -> dict[str, Any]:
    return {
        "CFBundleName": app_name,
        "CFBundleDisplayName": app_name,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHumanReadableCopyright": f"{COPYRIGHT}. Licensed under the {LICENCE}.",
        "CFBundleDevelopmentRegion": "nl",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Antwoordbrief",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [DOCUMENT_UTI],
                "CFBundleTypeIconFile": DOCUMENT_ICON,
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": DOCUMENT_UTI,
                "UTTypeDescription": "Antwoordbrief",
                "UTTypeConformsTo": ["public.xml", "public.data"],
                "UTTypeIconFile": DOCUMENT_ICON,
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["kvb"],
                    "public.mime-type": [MIME_TYPE],
                },
            }
        ],
    }
