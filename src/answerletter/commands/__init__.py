"""Subcommands of the ``answerletter`` command line, one module each.

A command module has ``NAME``, ``add_parser(subparsers)`` and ``run(args) -> int``. To add a
command, write the module and list it in ``COMMANDS``.
"""

from __future__ import annotations

from types import ModuleType

from answerletter.commands import check, export, import_letter, new, status, validate

COMMANDS: tuple[ModuleType, ...] = (new, validate, check, status, export, import_letter)
