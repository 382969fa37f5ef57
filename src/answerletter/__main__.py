"""Allows ``python -m answerletter``; does exactly what the ``answerletter`` command does."""

import sys

from answerletter.cli import main

sys.exit(main())
