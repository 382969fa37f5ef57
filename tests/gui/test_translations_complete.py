"""The Dutch translation covers every interface string in the code and the forms."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DUTCH = ROOT / "resources" / "translations" / "answerletter_nl.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation") is None
        or message.find("translation").get("type") not in ("vanished", "obsolete")
    }


def test_every_dutch_message_is_translated():
    untranslated = []
    for key, message in _messages(DUTCH).items():
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            untranslated.append(key)
    assert untranslated == []


def test_the_dutch_file_knows_every_string_in_the_code(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(p) for p in (ROOT / "src").rglob("*.py"))
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    missing = set(_messages(fresh)) - set(_messages(DUTCH))
    assert sorted(missing) == [], "run pyside6-lupdate (see README) and translate the new strings"
