"""The layers import only downwards (ARCHITECTURE.md): read every module's imports,
function-local ones included, and check them against the table of what each layer may not
import. Imports inside ``if TYPE_CHECKING:`` are annotations only and not counted."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "answerletter"

WIDGETS = "PySide6.QtWidgets"
ABOVE_EDITING = ("answerletter.gui", "answerletter.desktop", "answerletter.app", "answerletter.cli")

PLAIN = (WIDGETS, "answerletter.editing", "answerletter.safety", *ABOVE_EDITING)

#: layer (sub-package) -> module prefixes it must not import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "model": (
        "PySide6",
        "answerletter.fileformat",
        "answerletter.layout",
        "answerletter.editing",
        "answerletter.safety",
        *ABOVE_EDITING,
    ),
    "fileformat": (
        "PySide6",
        "answerletter.layout",
        "answerletter.editing",
        "answerletter.safety",
        *ABOVE_EDITING,
    ),
    "layout": (WIDGETS, "answerletter.editing", "answerletter.safety", *ABOVE_EDITING),
    "editing": (WIDGETS, "answerletter.safety", "answerletter.layout", *ABOVE_EDITING),
    "safety": (WIDGETS, *ABOVE_EDITING),
    "gui": (
        "answerletter.desktop",
        "answerletter.app",
        "answerletter.cli",
        "answerletter.commands",
    ),
    # Plain layers over the model (ARCHITECTURE.md): no dialogs, no windows, no safety.
    "checks": PLAIN,
    "spelling": PLAIN,
    "exporters": PLAIN,
    "importers": PLAIN,
    "commands": (
        WIDGETS,
        "answerletter.gui",
        "answerletter.desktop",
        "answerletter.safety",
        "answerletter.app",
    ),
}


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def runtime_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import that runs, at any depth."""
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking_only(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.extend((child.lineno, alias.name) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.append((child.lineno, child.module))
                found.extend((child.lineno, f"{child.module}.{a.name}") for a in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def modules_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer):
    if not (PACKAGE / layer).is_dir():
        pytest.skip(f"no {layer}/ package yet")
    assert modules_of(layer), f"no modules in {layer}/"
    wrong = [
        f"{path.relative_to(PACKAGE)}:{line} imports {name}"
        for path in modules_of(layer)
        for line, name in runtime_imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert wrong == []


def test_the_checker_sees_function_local_and_skips_type_only_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from answerletter.gui import dialogs\n"
        "def f():\n    from PySide6.QtWidgets import QLabel\n",
        encoding="utf-8",
    )
    names = [name for _, name in runtime_imports(sample)]
    assert "PySide6.QtWidgets" in names
    assert "answerletter.gui" not in names
