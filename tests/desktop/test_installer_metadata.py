"""What the macOS and Windows installers declare, checked on any system: the app bundle's
Info.plist claims .kvb as an exported type conforming to public.xml with an Editor/Owner
document type, and the Inno Setup script registers the ProgID with icon and open command."""

from __future__ import annotations

import importlib.util
import plistlib
import re
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load_info_plist():
    spec = importlib.util.spec_from_file_location(
        "info_plist", PACKAGING / "macos" / "info_plist.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_macos_document_type_and_exported_uti():
    module = load_info_plist()
    # Round trip through the real plist format: everything in it is plist-serialisable.
    plist = plistlib.loads(plistlib.dumps(module.info_plist("AnswerLetter", "1.2.3")))
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert "public.xml" in exported["UTTypeConformsTo"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["kvb"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert (document["CFBundleTypeRole"], document["LSHandlerRank"]) == ("Editor", "Owner")
    assert (PACKAGING / "icons" / document["CFBundleTypeIconFile"]).exists()
    # The bundle's language is Dutch, and so is the type name Finder shows.
    assert plist["CFBundleDevelopmentRegion"] == "nl"
    assert document["CFBundleTypeName"] == exported["UTTypeDescription"] == "Antwoordbrief"


def test_windows_installer_associates_kvb_files():
    script = (PACKAGING / "windows" / "answerletter.iss").read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, flags=re.MULTILINE))
    assert settings["ChangesAssociations"] == "yes"
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["PrivilegesRequiredOverridesAllowed"] == "dialog"
    prog_id = re.search(r'#define ProgId "([^"]+)"', script).group(1)
    registry = [line for line in script.splitlines() if line.startswith("Root: HKA;")]
    assert any(r"Software\Classes\.kvb\OpenWithProgids" in r and "{#ProgId}" in r for r in registry)
    assert any(r"{#ProgId}\DefaultIcon" in r for r in registry)
    # The type name Explorer shows is Dutch, as the users are.
    (name,) = [r for r in registry if 'Subkey: "Software\\Classes\\{#ProgId}";' in r]
    assert 'ValueData: "Antwoordbrief"' in name
    (command,) = [r for r in registry if r"{#ProgId}\shell\open\command" in r]
    assert '"""{app}\\{#AppExe}"" ""%1"""' in command
    assert (
        prog_id
        and "{autoprograms}" in script
        and (PACKAGING / "icons" / "answerletter-document.ico").exists()
    )
