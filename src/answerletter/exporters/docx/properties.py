"""Custom document properties: the letter's references and dates, for document systems."""

from __future__ import annotations

from answerletter.exporters.docx.wml import text
from answerletter.model.metadata import Metadata, is_zaaknummer

_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
#: The format id Office gives every user-defined property.
_USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def custom_properties(metadata: Metadata) -> dict[str, str]:
    """Name → value of the properties written (empty values are left out).

    Dates are ISO 8601 texts ("2026-07-10"): a Word date property is a moment in UTC and
    would show the day before in a time zone west of Greenwich.
    """
    values = {
        "Zaaknummer": metadata.your_reference if is_zaaknummer(metadata.your_reference) else "",
        "Uw referentie": metadata.your_reference,
        "Onze referentie": metadata.our_reference,
        "Datum": metadata.letter_date.isoformat() if metadata.letter_date else "",
        "Ingezonden": metadata.submitted.isoformat() if metadata.submitted else "",
    }
    return {name: value for name, value in values.items() if value}


def custom_properties_xml(metadata: Metadata) -> str:
    items = "".join(
        f'<property fmtid="{_USER_DEFINED}" pid="{pid}" name="{name}">'
        f"<vt:lpwstr>{text(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(custom_properties(metadata).items(), start=2)
    )
    return f'<Properties xmlns="{_NS}" xmlns:vt="{_VT}">{items}</Properties>'
