"""Frozen dataclass objects made without their ``__init__``, where that is the same object.

A frozen dataclass's ``__init__`` sets each field with ``object.__setattr__`` (the class refuses the
plain way), which costs more than reading and checking the values: a quarter of the time a sweep took
to read its products, and about a twentieth of an import's reading of a full CPSC history.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def made_as(cls: type[T]) -> Callable[..., T]:
    """A maker of ``cls`` objects from keyword arguments: ``cls(**fields)``, the same object, faster.

    When the arguments are every field of ``cls`` in the order it declares them, and ``cls`` is a
    frozen dataclass whose ``__init__`` only sets its fields (no ``__post_init__``, no slots, no
    field left out of ``__init__``), the object is made with the arguments as its ``__dict__``:
    what ``__init__`` would have set, in the same order.  Anything else is ``cls(**fields)``."""
    if not dataclasses.is_dataclass(cls):
        return cls
    names = tuple(f.name for f in dataclasses.fields(cls))
    plain = (
        cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        and not hasattr(cls, "__post_init__")
        and not hasattr(cls, "__slots__")
        and tuple(inspect.signature(cls.__init__).parameters)[1:] == names
    )
    if not plain:
        return cls
    new, put = object.__new__, object.__setattr__

    def make(**fields: Any) -> T:
        if tuple(fields) != names:
            return cls(**fields)
        made = new(cls)
        put(made, "__dict__", fields)
        return made

    return make
