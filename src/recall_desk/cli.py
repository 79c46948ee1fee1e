"""The ``recall-desk`` command: the counter window, or the same services for scripts and tests.

With no arguments it opens the counter window, and that is all this module does before the window is
on screen: the commands, their parser and their output live in :mod:`recall_desk.commands`, imported
only when there are arguments (start-up is measured against a bare QMainWindow, and without cached
bytecode every line imported before the first paint is compiled first). Their names
(``build_parser``, ``format_check``, ``EXIT_USAGE``, ...) can still be reached from here.

Exit status: 0 for any verdict; 2 for an entry or a database that cannot be used
(with a one-line message naming the problem, never a traceback).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, TextIO


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    if argv is None and len(sys.argv) == 1:
        from .ui import app  # no arguments: the window, without building the command parser

        return app.run_window(None)
    from .commands import main as run

    return run(argv, out, err)


def __getattr__(name: str) -> Any:
    """``cli.build_parser``, ``cli.format_check``, ...: the commands' names, as before they moved."""
    from . import commands

    try:
        return getattr(commands, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
