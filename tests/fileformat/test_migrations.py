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


def _letter_1(version: str, offices: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        f'<letter xmlns="urn:answerletter:kvb:1" format-version="{version}">'
        "<metadata><sender/><addressee/>"
        f"{offices}</metadata><body/><questions/></letter>"
    ).encode()


BHO_1_0 = (
    '<addressed-to><office title="minister" portfolio="Buitenlandse Handel en '
    'Ontwikkelingshulp"/><office title="minister-president"/></addressed-to>'
    '<signatories><signatory title="minister" portfolio="Medische Zorg">X</signatory>'
    "</signatories>"
)


def test_offices_of_a_1_0_file_keep_van():
    # In format 1.0 every office was "van" its portfolio: reading it must not apply today's
    # list of portfolios without a ministry, or an old letter would change its wording.
    letter = read_letter_bytes(_letter_1("1.0", BHO_1_0))
    meta = letter.metadata
    assert [(o.preposition, o.portfolio) for o in meta.addressed_to] == [
        ("van", "Buitenlandse Handel en Ontwikkelingshulp"),
        ("van", ""),
    ]
    assert meta.signatories[0].office.preposition == "van"


def test_1_0_file_is_saved_as_1_1_with_its_van_kept():
    from answerletter.fileformat import write_letter_bytes

    saved = write_letter_bytes(read_letter_bytes(_letter_1("1.0", BHO_1_0)))
    assert b'format-version="1.1"' in saved
    assert b"preposition" not in saved  # "van" is the default and left out
    again = read_letter_bytes(saved)
    assert again.metadata.addressed_to[0].preposition == "van"


def test_1_1_file_carries_voor():
    offices = BHO_1_0.replace(
        'title="minister" portfolio', 'title="minister" preposition="voor" portfolio', 1
    )
    letter = read_letter_bytes(_letter_1("1.1", offices))
    assert letter.metadata.addressed_to[0].preposition == "voor"
    # Absent in a 1.1 file means "van" too, whatever the portfolio.
    assert letter.metadata.signatories[0].office.preposition == "van"


def test_unknown_preposition_is_refused_with_its_line():
    import pytest

    from answerletter.fileformat import KvbError

    offices = BHO_1_0.replace('portfolio="Medische', 'preposition="namens" portfolio="Medische')
    with pytest.raises(KvbError, match="preposition") as caught:
        read_letter_bytes(_letter_1("1.1", offices))
    assert "line 2" in str(caught.value)


def test_a_1_0_file_is_an_answer_letter_without_acceptances():
    from answerletter.fileformat import write_letter_bytes
    from answerletter.model import DocumentKind

    letter = read_letter_bytes(_letter_1("1.0", ""))
    assert letter.kind is DocumentKind.ANSWER_LETTER
    assert letter.accepted == ()
    assert b'kind="answer-letter"' in write_letter_bytes(letter)


def test_a_1_1_file_without_kind_is_an_answer_letter():
    from answerletter.model import DocumentKind

    assert read_letter_bytes(_letter_1("1.1", "")).kind is DocumentKind.ANSWER_LETTER


def test_a_postponement_notice_says_so_on_its_root():
    from answerletter.model import DocumentKind

    data = _letter_1("1.1", "").replace(
        b'format-version="1.1"', b'format-version="1.1" kind="postponement-notice"'
    )
    assert read_letter_bytes(data).kind is DocumentKind.POSTPONEMENT_NOTICE


def test_an_unknown_kind_is_refused_with_its_line():
    import pytest

    from answerletter.fileformat import KvbError

    data = _letter_1("1.1", "").replace(
        b'format-version="1.1"', b'format-version="1.1" kind="memo"'
    )
    with pytest.raises(KvbError, match="memo"):
        read_letter_bytes(data)
