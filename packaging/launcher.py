"""Entry script of the frozen program (PyInstaller): the same as the ``recall-desk`` console script.

With no arguments it opens the counter window; ``check``, ``catalog info``, ``--smoke-test`` and the
rest behave exactly as the installed command does.
"""

import multiprocessing
import sys

from recall_desk.cli import main

if __name__ == "__main__":
    # A big import reads its records in worker processes ("spawn"): in the frozen program each one
    # is this executable started again, and this call turns it into the worker instead of the program.
    multiprocessing.freeze_support()
    sys.exit(main())
