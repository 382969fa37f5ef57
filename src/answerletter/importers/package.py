"""Opening a Word package safely, before any XML parser or python-docx sees it.

Refused with a readable ``ImportFailure``: files that are not zips (with the old binary .doc
and the password-protected .docx, both OLE containers, told apart), damaged zips, zip bombs
(bounded by the declared sizes and compression ratios, which also bound what ``zipfile`` will
ever inflate), and XML parts with a DOCTYPE or entity declaration. A macro-enabled .docm is
read with its macro parts left out, so nothing in it can run.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from answerletter.importers.errors import ImportFailure

#: Larger than any real answer letter (a 1,000-question letter is about 1 MB).
MAX_INPUT_BYTES = 32 * 1024 * 1024
#: What the package's parts may expand to, together and one by one.
MAX_TOTAL_UNCOMPRESSED = 256 * 1024 * 1024
MAX_PART_UNCOMPRESSED = 96 * 1024 * 1024
#: XML compresses well (real parts reach 10-30x); a bomb reaches 1000x.
MAX_RATIO = 120
#: Ratios of small parts say nothing; only parts above this size are checked.
RATIO_CHECK_FROM = 2 * 1024 * 1024
MAX_MEMBERS = 10_000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCTYPE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_MACRO_CONTENT = re.compile(rb"macroEnabled", re.IGNORECASE)

MAIN_CT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_MAIN_CT = b"application/vnd.ms-word.document.macroEnabled.main+xml"
TEMPLATE_MAIN_CT = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
)
MACRO_TEMPLATE_CT = b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"


@dataclass(frozen=True, slots=True)
class CheckedPackage:
    """Bytes python-docx may open, and what was done to make them so."""

    data: bytes
    macros_removed: bool


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_size(size: int) -> None:
    if size > MAX_INPUT_BYTES:
        raise ImportFailure(
            f"The file is too large to import ({megabytes(size)}; the limit is "
            f"{megabytes(MAX_INPUT_BYTES)})"
        )


def refuse_ole(data: bytes) -> None:
    """Raise the right message for an OLE container (old .doc, or an encrypted .docx)."""
    if (
        "EncryptedPackage".encode("utf-16-le") in data
        or b"EncryptionInfo" in data
        or ("EncryptionInfo".encode("utf-16-le") in data)
    ):
        raise ImportFailure(
            "The document is protected with a password — remove the password in Word first "
            "(File ▸ Info ▸ Protect Document), then import it again"
        )
    raise ImportFailure(
        "This is an old binary Word document (.doc) — save it as .docx in Word first",
        convertible=True,
    )


def check_package(data: bytes) -> CheckedPackage:
    """*data* as a safe Word package, or ImportFailure saying why not."""
    check_size(len(data))
    if not data:
        raise ImportFailure("The file is empty")
    if data.startswith(OLE_MAGIC):
        refuse_ole(data)
    if not data.startswith(b"PK"):
        raise ImportFailure("The file is not a Word document (.docx): it is not a zip package")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise ImportFailure(
            f"The Word document is damaged or incomplete (its zip package cannot be read: {error})"
        ) from None
    with archive:
        _check_bomb(members)
        names = {info.filename for info in members}
        if "[Content_Types].xml" not in names:
            raise ImportFailure("The file is a zip package but not a Word document (.docx)")
        parts: dict[str, bytes] = {}
        macro = False
        for info in members:
            name = info.filename
            if name.lower().endswith("vbaproject.bin") or name.lower().endswith("vbadata.xml"):
                macro = True
                continue
            if name.lower().endswith((".xml", ".rels")):
                blob = _read(archive, info)
                if _DOCTYPE.search(blob) or _DOCTYPE.search(_as_utf8(blob)):
                    raise ImportFailure(
                        f"The document contains a DOCTYPE or entity declaration in {name}; "
                        "it was not read (Word never writes one: the file was altered)"
                    )
                parts[name] = blob
        content_types = parts.get("[Content_Types].xml", b"")
        if MAIN_CT not in content_types and TEMPLATE_MAIN_CT not in content_types:
            if _MACRO_CONTENT.search(content_types):
                macro = True
            else:
                raise ImportFailure("The file is a zip package but not a Word document (.docx)")
        # python-docx opens documents only; templates are read the same way once renamed.
        if not macro and MAIN_CT in content_types:
            return CheckedPackage(data, macros_removed=False)
        return CheckedPackage(_without_macros(archive, members, parts), macros_removed=True)


def _check_bomb(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise ImportFailure(f"The Word document has too many parts ({len(members)}) to be a letter")
    total = 0
    for info in members:
        total += info.file_size
        if info.file_size > MAX_PART_UNCOMPRESSED or total > MAX_TOTAL_UNCOMPRESSED:
            raise ImportFailure(
                f"The Word document would expand to more than {megabytes(MAX_TOTAL_UNCOMPRESSED)} "
                "(a zip bomb?); it was not read"
            )
        if info.file_size > RATIO_CHECK_FROM and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise ImportFailure(
                f"The Word document is compressed {info.file_size // max(info.compress_size, 1)} "
                "times (a zip bomb?); it was not read"
            )


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
        raise ImportFailure(
            f"The Word document is damaged or incomplete ({info.filename}: {error})"
        ) from None


def _as_utf8(blob: bytes) -> bytes:
    """UTF-16 parts (legal in XML) re-encoded, so the DOCTYPE check sees their text."""
    if blob.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return blob.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return b""
    return b""


def _without_macros(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], parts: dict[str, bytes]
) -> bytes:
    """The package rewritten as a plain .docx: macro parts dropped, content types renamed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in members:
            lowered = info.filename.lower()
            if lowered.endswith(("vbaproject.bin", "vbadata.xml")) or "vbaproject" in lowered:
                continue
            blob = parts.get(info.filename)
            if blob is None:
                blob = _read(archive, info)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(MACRO_MAIN_CT, MAIN_CT).replace(MACRO_TEMPLATE_CT, MAIN_CT)
                blob = blob.replace(TEMPLATE_MAIN_CT, MAIN_CT)
            elif lowered.endswith(".rels"):
                blob = re.sub(rb"<Relationship [^>]*vbaProject[^>]*/>", b"", blob)
            target.writestr(info.filename, blob)
    return out.getvalue()
