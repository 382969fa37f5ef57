"""Entry point of the frozen program: exactly what the ``answerletter`` command does."""

import multiprocessing
import sys

from answerletter.cli import main

if __name__ == "__main__":
    # The spell check runs its dictionary in a child process (multiprocessing, spawn): in a
    # frozen program the child is this executable again and must not start the editor.
    multiprocessing.freeze_support()
    sys.exit(main())
