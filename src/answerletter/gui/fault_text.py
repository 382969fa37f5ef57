"""Why the file system refused, in the interface language: the operating system's own
reasons (``strerror``) and the file format's messages are English, so a Dutch message would
otherwise end in English. Known error numbers get our translated reason; anything else keeps
the system's text. The file format's problems carry their message template, translated here
(context "FileFormat")."""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from answerletter.fileformat.errors import CONTEXT, KvbError, Problem

_CONTEXT = "FaultText"

#: errno → the reason, as translation source (context "FaultText").
_REASONS: dict[int, object] = {
    errno.ENOENT: QT_TRANSLATE_NOOP(
        "FaultText", "the file or folder does not exist (was it removed or disconnected?)"
    ),
    errno.EACCES: QT_TRANSLATE_NOOP("FaultText", "you have no permission for it"),
    errno.EPERM: QT_TRANSLATE_NOOP("FaultText", "you have no permission for it"),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "FaultText", "the disk or share is read-only: you have no permission to write there"
    ),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FaultText", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("FaultText", "your disk quota is used up"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FaultText", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FaultText", "a part of the path is not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FaultText", "the name is too long"),
    errno.EBUSY: QT_TRANSLATE_NOOP("FaultText", "the file is in use by another program"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("FaultText", "the file is in use by another program"),
    errno.EIO: QT_TRANSLATE_NOOP("FaultText", "the disk reported an Input/output error (EIO)"),
    errno.EEXIST: QT_TRANSLATE_NOOP("FaultText", "it already exists"),
    errno.ELOOP: QT_TRANSLATE_NOOP("FaultText", "the path has too many symbolic links"),
    errno.EMFILE: QT_TRANSLATE_NOOP("FaultText", "too many files are open"),
    errno.ENFILE: QT_TRANSLATE_NOOP("FaultText", "too many files are open"),
    errno.ESTALE: QT_TRANSLATE_NOOP("FaultText", "the network share was disconnected"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP("FaultText", "the network share did not answer"),
    errno.EHOSTDOWN: QT_TRANSLATE_NOOP("FaultText", "the network share did not answer"),
    errno.ENETDOWN: QT_TRANSLATE_NOOP("FaultText", "the network is not available"),
    errno.ENETUNREACH: QT_TRANSLATE_NOOP("FaultText", "the network is not available"),
}


def os_reason(number: int | None, fallback: str) -> str:
    """The reason for error number *number*, translated; *fallback* for numbers we do not
    know (or None)."""
    source = _REASONS.get(number) if number is not None else None
    return QCoreApplication.translate(_CONTEXT, str(source)) if source else fallback


def problem_text(problem: Problem) -> str:
    """A file format problem's message in the interface language (libxml2's own schema
    messages, which have no template, stay as they are)."""
    if not problem.template:
        return problem.message
    translated = QCoreApplication.translate(CONTEXT, problem.template)
    try:
        return translated.format(**dict(problem.values))
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return problem.message


def problem_lines(error: BaseException) -> str:
    """Every problem of a file format error, one per line with its line number, in the
    interface language; other errors as their text."""
    if not isinstance(error, KvbError):
        return str(error)
    lines = []
    for problem in error.problems:
        text = problem_text(problem)
        lines.append(
            QCoreApplication.translate("FileCommands", "line {line}: {message}").format(
                line=problem.line, message=text
            )
            if problem.line
            else text
        )
    return "\n".join(lines)


def fault_text(error: BaseException) -> str:
    """Why *error* happened, in the interface language where we can say it."""
    number = getattr(error, "errno", None)
    if isinstance(error, KvbError):
        fallback = problem_text(error.problems[0])
    else:
        fallback = getattr(error, "strerror", None) or str(error)
    return os_reason(number if isinstance(number, int) else None, fallback)
