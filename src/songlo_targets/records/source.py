"""Where a record was read from: a file, a line and a column (1-based).

Positions are kept out of the records: reading a file only notes, for each record at the top of
it (a task, a unit, the year's or the repository's settings), the file it came from and where in
the file's document it sits (``("tasks", 3)``). The line and column of any record, nested ones
included, are worked out the first time someone asks for them (a rule reporting a problem):
:func:`source_of` finds the record's place in a side table, and the file's :class:`FilePlaces`
turns the place into a position (the reading layer gives it the function that does, e.g. from a
ruamel.yaml reading of that one file). A clean ``targets check`` never computes a position.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

Loc = tuple[int | str, ...]


@dataclass(frozen=True)
class Source:
    path: str  # relative to the root, with `/`
    line: int  # 1-based
    col: int  # 1-based
    keys: Mapping[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    @staticmethod
    def unknown() -> Source:
        return Source("", 1, 1)

    def at(self, key: str | None = None) -> Source:
        """The position of ``key`` of this mapping; the mapping's own if it is absent."""
        if key is not None and key in self.keys:
            line, col = self.keys[key]
            return Source(self.path, line, col)
        return Source(self.path, self.line, self.col)


class LazySource(Source):
    """A :class:`Source` worked out when first read (its path, line, column or keys).

    Equal to the plain :class:`Source` of the same place, so lazy and eager sources compare.
    """

    def __init__(self, resolve: Callable[[], Source]) -> None:
        object.__setattr__(self, "_resolve", resolve)

    def __getattr__(self, name: str) -> Any:
        if name not in ("path", "line", "col", "keys"):
            raise AttributeError(name)
        found = self.__dict__["_resolve"]()
        for part in ("path", "line", "col", "keys"):
            object.__setattr__(self, part, getattr(found, part))
        return getattr(found, name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Source):
            return NotImplemented
        return (self.path, self.line, self.col) == (other.path, other.line, other.col)

    __hash__ = Source.__hash__

    def at(self, key: str | None = None) -> Source:
        return LazySource(lambda: Source.at(self, key))


_PLACE = "_place"  # a record's place: in its own ``__dict__`` (no pydantic field), or its slot


def _place(record: Any) -> tuple[FilePlaces, Loc] | None:
    """The place noted for ``record`` (a model keeps it in its ``__dict__``, a slotted record
    in its ``_place`` slot)."""
    found = getattr(record, "__dict__", None)
    if found is not None:
        return found.get(_PLACE)  # type: ignore[no-any-return]
    return getattr(record, _PLACE, None)


def _note_place(record: Any, place: tuple[FilePlaces, Loc], replace: bool = True) -> None:
    if not replace and _place(record) is not None:
        return
    found = getattr(record, "__dict__", None)
    if found is not None:
        found[_PLACE] = place
    else:
        object.__setattr__(record, _PLACE, place)
# Files whose nested records have no place yet, in reading order (weakly: records that are no
# longer used take their files with them).
_PENDING: dict[int, weakref.ref[FilePlaces]] = {}


class FilePlaces:
    """The records read from one file, and how to turn a place in it into a :class:`Source`."""

    def __init__(self, path: str, position: Callable[[Loc], Source]) -> None:
        self.path = path
        self.position = position
        # (weakly: the records point at their file, and no cycle should outlive them)
        self.top: list[tuple[weakref.ref[Any], Loc]] = []

    def add(self, record: Any, loc: Loc = ()) -> None:
        """Note that ``record`` (a model) sits at ``loc`` in this file's document."""
        _note_place(record, (self, loc))
        if not self.top:
            _PENDING[id(self)] = weakref.ref(self, partial(_forget, id(self)))
        self.top.append((weakref.ref(record), loc))

    def walk(self) -> None:
        """Give every record nested in this file's records its place (done on first need)."""
        _PENDING.pop(id(self), None)
        for ref, loc in self.top:
            record = ref()
            if record is not None:
                _walk(record, loc, self)


def _forget(key: int, _gone: object) -> None:
    _PENDING.pop(key, None)


def _walk(value: Any, loc: Loc, places: FilePlaces) -> None:
    fields = getattr(type(value), "__pydantic_fields__", None)
    if fields is None:
        return
    _note_place(value, (places, loc), replace=False)
    for name, info in fields.items():
        item = getattr(value, name, None)
        if item is None or isinstance(item, str | int | float):
            continue
        key = info.alias or name
        if isinstance(item, list):
            for index, element in enumerate(item):
                _walk(element, (*loc, key, index), places)
        elif isinstance(item, dict):
            for item_key, element in item.items():
                _walk(element, (*loc, key, item_key), places)
        else:
            _walk(item, (*loc, key), places)


def place_of(record: Any) -> tuple[FilePlaces, Loc] | None:
    """The file and place ``record`` was read from, or None for a record made in code."""
    found = _place(record)
    if found is None:
        for ref in list(_PENDING.values()):  # walk files in reading order until it is placed
            places = ref()
            if places is not None:
                places.walk()
            found = _place(record)
            if found is not None:
                break
    return found


def _position(record: Any) -> Source:
    place = place_of(record)
    if place is None:
        return Source.unknown()
    places, loc = place
    return places.position(loc)


def source_of(record: Any) -> Source:
    """The position of ``record``: worked out when first read (a rule that reports nothing
    never makes one)."""
    return LazySource(lambda: _position(record))
