"""The Info.plist entries of AnswerLetter.app, given to PyInstaller's ``BUNDLE(info_plist=...)``
by packaging/pyinstaller/answerletter.spec.

The app declares the .kvb document type (``CFBundleDocumentTypes``: Editor, Owner) and exports
its type (``UTExportedTypeDeclarations``: ``nl.answerletter.kvb``, conforming to
``public.xml``), so Finder shows the document icon and opens letters with AnswerLetter. Finder
hands the files over as Apple events, which Qt turns into ``QFileOpenEvent``.
"""

from __future__ import annotations

from typing import Any

BUNDLE_ID = "nl.answerletter.AnswerLetter"
DOCUMENT_UTI = "nl.answerletter.kvb"
DOCUMENT_ICON = "answerletter-document.icns"
MIME_TYPE = "application/x-answerletter+xml"


def info_plist(app_name: str, version: str) -> dict[str, Any]:
    return {
        "CFBundleName": app_name,
        "CFBundleDisplayName": app_name,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "11.0",
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
