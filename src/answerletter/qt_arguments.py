"""Qt's own command-line options (``-style Fusion``, ``-platform xcb``, ``-reverse``, …),
told apart from ours so the editor passes them on to QApplication instead of refusing them.

Plain Python, no Qt: ``cli`` uses it before it decides to load the widgets. The table is
Qt 6's documented options (QGuiApplication, QApplication and the X11 platform plugin);
Qt takes each with one dash or two. Anything else starting with a dash stays ours, and an
unknown one is still a usage error.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Options that take a value, as the next argument (``-style Fusion``).
WITH_VALUE = frozenset(
    {
        "style",
        "stylesheet",
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "session",
        "qdevicepixelratio",
        # X11 (xcb) only
        "display",
        "geometry",
        "title",
        "icon",
        "name",
        "visual",
    }
)
#: Of those, the ones Qt also takes as ``-style=Fusion``.
ALSO_WITH_EQUALS = frozenset({"style", "stylesheet", "qmljsdebugger"})
#: Options without a value.
FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "testability", "sync"})


class QtArgumentError(ValueError):
    """A Qt option without the value it needs (``answerletter -style``)."""


def _name(argument: str) -> str | None:
    """The option name of ``-name``/``--name`` (before any ``=``), or None."""
    if not argument.startswith("-") or argument in ("-", "--"):
        return None
    bare = argument[2:] if argument.startswith("--") else argument[1:]
    return bare.split("=", 1)[0]


def is_qt_option(argument: str) -> bool:
    name = _name(argument)
    if name is None:
        return False
    if "=" in argument:
        return name in ALSO_WITH_EQUALS
    return name in WITH_VALUE or name in FLAGS


def split_qt_arguments(arguments: Sequence[str]) -> tuple[list[str], list[str]]:
    """(Qt's arguments, ours) from a command line, each in their original order."""
    qt: list[str] = []
    ours: list[str] = []
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        index += 1
        if not is_qt_option(argument):
            ours.append(argument)
            continue
        qt.append(argument)
        if "=" not in argument and _name(argument) in WITH_VALUE:
            if index >= len(arguments):
                raise QtArgumentError(f"the Qt option {argument!r} needs a value")
            qt.append(arguments[index])
            index += 1
    return qt, ours
