"""Entry point of the frozen program: exactly what the ``answerletter`` command does."""

import sys

from answerletter.cli import main

if __name__ == "__main__":
    sys.exit(main())
