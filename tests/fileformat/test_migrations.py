"""The migration chain: older versions are brought up to date before validation."""

from lxml import etree

from answerletter.fileformat import read_letter_bytes, versions

OLD = (
    b"<?xml version='1.0' encoding='UTF-8'?>\n"
    b'<letter xmlns="urn:answerletter:kvb:0" format-version="0.9">'
    b"<metadata><sender/><addressee/></metadata><body/>"
    b'<questions><question id="q1" nr="1"/></questions></letter>'
)


def _rename_namespace_and_nr(root):
    """A made-up 0.9 → 1.0 step: namespace 0 → 1, attribute nr → number."""
    data = etree.tostring(root).replace(b"urn:answerletter:kvb:0", b"urn:answerletter:kvb:1")
    new_root = etree.fromstring(data.replace(b' nr="', b' number="'))
    new_root.set("format-version", "1.0")
    return new_root


def test_old_version_is_migrated(monkeypatch):
    monkeypatch.setitem(versions.MIGRATIONS, (0, 9), ((1, 0), _rename_namespace_and_nr))
    letter = read_letter_bytes(OLD)
    assert letter.questions[0].number == 1


def test_old_version_without_migration_is_refused():
    import pytest

    from answerletter.fileformat import KvbError

    with pytest.raises(KvbError, match=r"file format 0.9 is not one this version"):
        read_letter_bytes(OLD)
