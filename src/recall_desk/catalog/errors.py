"""The error a refused catalog file raises (in a module of its own: the importers' worker processes
use it without loading the database layer)."""

from __future__ import annotations

from collections.abc import Sequence


class CatalogLoadError(ValueError):
    """The document was refused; ``problems`` lists every reason, each naming its record."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = list(problems)
        shown = "\n  ".join(self.problems[:20])
        more = f"\n  … and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(f"{source}: refused, nothing was changed:\n  {shown}{more}")
