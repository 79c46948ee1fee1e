"""Entry script of the frozen program (PyInstaller): the same as the ``recall-desk`` console script.

With no arguments it opens the counter window; ``check``, ``catalog info``, ``--smoke-test`` and the
rest behave exactly as the installed command does.
"""

import sys

from recall_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
