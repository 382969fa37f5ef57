"""The importers' one exception: the input cannot become a letter, with a one-line reason."""

from __future__ import annotations


class ImportFailure(Exception):  # noqa: N818 - a failure to import, not a program error
    """*message* is one sentence a user can act on ("… — save it as .docx in Word first").

    *convertible* is set for an old binary .doc, which LibreOffice could turn into a .docx.
    """

    def __init__(self, message: str, *, convertible: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.convertible = convertible
