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


def windows_registry_entries() -> list[dict[str, str]]:
    """The [Registry] lines of the Inno Setup script as parameter dictionaries."""
    script = (PACKAGING / "windows" / "answerletter.iss").read_text(encoding="utf-8")
    entries = []
    for line in script.splitlines():
        if line.startswith("Root: "):
            parts = (part.split(":", 1) for part in line.split("; "))
            entries.append({key.strip(): value.strip().strip('"') for key, value in parts})
    return entries


def test_windows_uninstall_removes_every_key_and_value_it_added():
    entries = windows_registry_entries()
    assert entries
    keys = {entry["Subkey"] for entry in entries}
    for entry in entries:
        flags = set(entry.get("Flags", "").split())
        subkey = entry["Subkey"]
        # Removed with the key itself, or with an ancestor key that is ours alone.
        owned_by = [k for k in keys if subkey.startswith(k + "\\") or subkey == k]
        if any("uninsdeletekey" in set(e.get("Flags", "").split())
               for e in entries if e["Subkey"] in owned_by):  # fmt: skip
            continue
        # A shared key (the .kvb extension): only our value goes, then the key if empty.
        assert {"uninsdeletevalue", "uninsdeletekeyifempty"} <= flags, subkey
    own = [e["Subkey"] for e in entries if "uninsdeletekey" in e.get("Flags", "").split()]
    assert "Software\\Classes\\Applications\\{#AppExe}" in own
    assert "Software\\Classes\\{#ProgId}" in own
    # Nothing shared by other programs is deleted wholesale.
    assert not any(key.startswith("Software\\Classes\\.kvb") for key in own)


def test_windows_installer_paths_and_licence_page():
    script = (PACKAGING / "windows" / "answerletter.iss").read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, flags=re.MULTILINE))
    # [Setup] paths are relative to the script's folder.
    assert (PACKAGING / "windows" / settings["LicenseFile"].replace("\\", "/")).is_file()
    assert "EUPL-1.2" in settings["AppCopyright"]
    # ISPP's #ifexist is relative to ISCC's working folder: the script builds it from SourcePath.
    conditions = re.findall(r"^#ifexist (.+)$", script, flags=re.MULTILINE)
    assert conditions and all(c.strip() == "Redist" for c in conditions)
    assert '#define Redist AddBackslash(SourcePath) + "redist\\vc_redist.x64.exe"' in script
    assert 'Source: "..\\..\\THIRD-PARTY.md"' in script


def test_windows_build_never_takes_runtime_dlls_from_system32():
    script = (PACKAGING / "build-windows.ps1").read_text(encoding="utf-8")
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("#"))
    assert "System32" not in code
    assert "vswhere" in code and "sys.base_prefix" in code and "0x8664" in code


def test_macos_requires_the_oldest_system_qt_supports():
    module = load_info_plist()
    plist = module.info_plist("AnswerLetter", "1.2.3")
    major = int(plist["LSMinimumSystemVersion"].split(".")[0])
    assert major >= 13  # Qt 6.11: macOS 13 or later (doc.qt.io/qt-6.11/macos.html)
    assert "EUPL-1.2" in plist["NSHumanReadableCopyright"]


def test_macos_build_signs_with_runtime_and_timestamp_only_with_an_identity():
    script = (PACKAGING / "build-macos.sh").read_text(encoding="utf-8")
    code = [line for line in script.splitlines() if not line.lstrip().startswith("#")]
    codesign = [line for line in code if line.strip().startswith("codesign")]
    # The script itself signs only the disk image, with the identity; PyInstaller signs the
    # app (hardened runtime and timestamp when CODESIGN_IDENTITY is set, see the spec).
    assert all(("--options" not in line and "--deep" not in line) or "--verify" in line
               for line in codesign)  # fmt: skip
    assert any('--timestamp --sign "$IDENTITY" "$DMG"' in line for line in codesign)
    assert any("stapler staple" in line for line in code)
    assert any("stapler validate" in line for line in code)
    spec = (PACKAGING / "pyinstaller" / "answerletter.spec").read_text(encoding="utf-8")
    assert "codesign_identity=codesign_identity" in spec
    assert "shutil.copy2(ICONS" not in spec  # nothing copied into the signed .app


def test_shell_build_scripts_parse():
    import shutil
    import subprocess

    import pytest

    if shutil.which("sh") is None:
        pytest.skip("needs a POSIX shell")
    for script in ("build-linux.sh", "build-macos.sh"):
        subprocess.run(["sh", "-n", str(PACKAGING / script)], check=True)
