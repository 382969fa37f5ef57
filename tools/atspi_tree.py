"""Print the live accessibility tree (AT-SPI) of a running AnswerLetter, as a screen reader
on Linux sees it: role, name, description, the states that matter and the position.

Not part of the program: an audit aid (docs/accessibility.md). Needs the system Python with
pyatspi (Debian: python3-pyatspi) and a session bus with the AT-SPI registry, e.g.

    dbus-run-session -- tools/atspi_session.sh

Usage: /usr/bin/python3 tools/atspi_tree.py [APPLICATION-NAME] [MAX-CHILDREN]
"""

from __future__ import annotations

import sys

import pyatspi  # type: ignore[import-not-found]

STATES = {
    pyatspi.STATE_FOCUSABLE: "focusable",
    pyatspi.STATE_FOCUSED: "FOCUSED",
    pyatspi.STATE_SHOWING: "showing",
    pyatspi.STATE_SELECTED: "selected",
    pyatspi.STATE_CHECKED: "checked",
    pyatspi.STATE_EDITABLE: "editable",
}


def describe(node: object) -> str:
    role = node.getRoleName()  # type: ignore[attr-defined]
    name = node.name or ""  # type: ignore[attr-defined]
    description = node.description or ""  # type: ignore[attr-defined]
    states = node.getState()  # type: ignore[attr-defined]
    shown = [label for state, label in STATES.items() if states.contains(state)]
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)  # type: ignore[attr-defined]
        where = f" @{box.x},{box.y} {box.width}x{box.height}"
    except NotImplementedError:
        where = ""
    relations = []
    for relation in node.getRelationSet():  # type: ignore[attr-defined]
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            relations.append("labelled-by: " + relation.getTarget(0).name)
    text = f"{role} {name!r}"
    if description:
        text += f" desc={description!r}"
    if shown:
        text += " [" + " ".join(shown) + "]"
    if relations:
        text += " (" + "; ".join(relations) + ")"
    return text + where


def walk(node: object, depth: int, limit: int) -> None:
    print("  " * depth + describe(node))
    count = node.childCount  # type: ignore[attr-defined]
    for index in range(min(count, limit)):
        child = node.getChildAtIndex(index)  # type: ignore[attr-defined]
        if child is not None:
            walk(child, depth + 1, limit)
    if count > limit:
        print("  " * (depth + 1) + f"… {count - limit} more")


def main() -> int:
    wanted = sys.argv[1] if len(sys.argv) > 1 else "AnswerLetter"
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    desktop = pyatspi.Registry.getDesktop(0)
    for application in desktop:
        if application is not None and application.name == wanted:
            walk(application, 0, limit)
            return 0
    names = [a.name for a in desktop if a is not None]
    print(f"no application {wanted!r} on the bus; found {names}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
