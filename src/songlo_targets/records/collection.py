"""The loaded records of a data repository, and the lookups every command needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator, MutableMapping
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import Any

from songlo_targets import glossary
from songlo_targets.records.model import (
    DEFAULT_POLICY,
    Config,
    Person,
    RatingPolicy,
    Supervisor,
    Task,
    Unit,
    YearMeta,
)
from songlo_targets.records.texts import Texts


@dataclass
class Year:
    year: int
    meta: YearMeta | None = None  # None when _year.yaml is absent or invalid
    meta_path: str | None = None  # path of _year.yaml when the file exists
    tasks: dict[str, list[Task]] = field(default_factory=dict)  # unit id -> valid tasks
    task_paths: dict[str, str] = field(default_factory=dict)  # unit id -> file path

    @property
    def assigned(self) -> bool:
        return self.meta is not None and self.meta.assigned is not None

    def all_tasks(self) -> Iterator[Task]:
        return chain.from_iterable([self.tasks[unit] for unit in sorted(self.tasks)])

    def supervisor_of(self, unit: str) -> Supervisor | None:
        if self.meta is None:
            return None
        return next((s for s in self.meta.supervisors if unit in s.units), None)

    def supervisor_for(self, task: Task) -> Supervisor | None:
        """The task's own supervisor if it names one, else its unit's."""
        if task.supervisor and self.meta is not None:
            own = next((s for s in self.meta.supervisors if s.key == task.supervisor), None)
            if own is not None:
                return own
        return self.supervisor_of(task.unit)

    def checkpoints(self) -> list[dt.date]:
        return sorted(self.meta.checkpoints) if self.meta else []


class Years(MutableMapping[int, "Year"]):
    """The years of a repository, by number. Every year with a file is a key from the start;
    the records of a year are placed in it (the JSON the cache kept validated) the first time
    the year is looked at, by ``build`` (the reader's): a view of one year builds that year
    alone, and nothing else changes for who reads the records."""

    def __init__(self, build: Callable[[Year], None] | None = None,
                 build_part: Callable[[Year, Collection[str]], None] | None = None) -> None:
        self._years: dict[int, Year] = {}
        self._later: set[int] = set()
        self._build = build
        self._build_part = build_part
        self._metas: dict[int, YearMeta | None] = {}  # of years not built: _year.yaml alone
        self.built: list[int] = []  # the years built on demand, in order (for tests)

    def __getitem__(self, number: int) -> Year:
        year = self._years[number]
        if number in self._later:
            self._later.discard(number)
            assert self._build is not None
            self._build(year)
            self.built.append(number)
        return year

    def __setitem__(self, number: int, year: Year) -> None:
        self._later.discard(number)
        self._years[number] = year

    def __delitem__(self, number: int) -> None:
        self._later.discard(number)
        del self._years[number]

    def __contains__(self, number: object) -> bool:
        return number in self._years

    def __iter__(self) -> Iterator[int]:
        return iter(self._years)

    def __len__(self) -> int:
        return len(self._years)

    def __repr__(self) -> str:
        return f"Years({sorted(self._years)})"

    def part(self, number: int, units: Collection[str]) -> Year:
        """Year ``number`` as far as ``units`` go: its ``_year.yaml`` and their task files,
        and nothing of the other units. A year not built yet is not built for it: only those
        files are validated, into a year of its own (the year itself is built, whole, when
        it is first looked at)."""
        if number in self._later and self._build_part is not None:
            part = Year(number)
            self._build_part(part, units)
            return part
        year = self[number]
        return Year(number, year.meta, year.meta_path,
                    {u: t for u, t in year.tasks.items() if u in units},
                    {u: p for u, p in year.task_paths.items() if u in units})

    def meta(self, number: int) -> YearMeta | None:
        """The ``_year.yaml`` of year ``number`` (its policy, checkpoints...), without
        building the year's task files when it is not built yet."""
        if number not in self._later or self._build_part is None:
            return self[number].meta
        if number not in self._metas:
            self._metas[number] = self.part(number, ()).meta
        return self._metas[number]

    def add(self, number: int) -> None:
        """A year that has files (its records may come later)."""
        if number not in self._years:
            self._years[number] = Year(number)

    def defer(self, number: int) -> None:
        """Some records of ``number`` are built when it is first looked at."""
        self._later.add(number)


@dataclass
class Records:
    root: Path
    config: Config | None = None
    units: dict[str, Unit] = field(default_factory=dict)  # the units that loaded
    unit_files: set[str] = field(default_factory=set)  # ids of every units/<id>.yaml, valid or not
    people: dict[str, Person] = field(default_factory=dict)  # people/<id>.yaml that loaded
    years: MutableMapping[int, Year] = field(default_factory=dict)  # (the reader: Years)
    texts: Texts = field(default_factory=Texts)  # path -> text, for showing lines
    files: int = 0  # number of record files read
    # What derive/ worked out from these records (the state of every task at a date...), kept
    # for the next view that asks: records are not changed once loaded.
    derived: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def year(self, year: int) -> Year:
        return self.years.get(year) or Year(year)

    def for_units(self, units: Collection[str]) -> Records:
        """These records as far as ``units`` go, for a view of those units alone (a person's
        record): every year holds only their task files, built without the others'. The
        units, people and configuration are the same; nothing derived is shared."""
        years: MutableMapping[int, Year] = (
            {n: self.years.part(n, units) for n in self.years}
            if isinstance(self.years, Years) else
            {n: Year(n, y.meta, y.meta_path, {u: t for u, t in y.tasks.items() if u in units},
                     {u: p for u, p in y.task_paths.items() if u in units})
             for n, y in self.years.items()})
        return replace(self, years=years, derived={})

    def policy(self, year: int) -> RatingPolicy:
        meta = None
        if isinstance(self.years, Years):
            meta = self.years.meta(year) if year in self.years else None
        elif year in self.years:
            meta = self.years[year].meta
        if meta is not None and meta.rating is not None:
            return meta.rating
        if self.config is not None and self.config.rating is not None:
            return self.config.rating
        return DEFAULT_POLICY

    def task(self, ref: str) -> Task | None:
        parts = ref.split("/")
        if len(parts) != 3 or not parts[0].isdigit():
            return None
        year = self.years.get(int(parts[0]))
        if year is None:
            return None
        return next((t for t in year.tasks.get(parts[1], []) if t.id == parts[2]), None)

    def all_tasks(self) -> Iterator[Task]:
        # (chained in C: every rule walks every task, and a generator of generators costs
        # two Python frames a task)
        return chain.from_iterable(self.years[year].all_tasks() for year in sorted(self.years))

    def group_keys(self) -> list[str]:
        return [g.key for g in self.config.groups] if self.config else []

    def category_keys(self) -> list[str]:
        return [c.key for c in self.config.categories] if self.config else []

    # Labels of the keys the records define (the glossary names the tool's own concepts).

    def group_name(self, key: str) -> str:
        """A group's name from targets.yaml; an unknown key as is."""
        groups = self.config.groups if self.config else []
        return next((g.name for g in groups if g.key == key), key)

    def category_name(self, key: str) -> str:
        """A category's name from targets.yaml; an unknown key as is."""
        categories = self.config.categories if self.config else []
        return next((c.name for c in categories if c.key == key), key)

    def level_name(self, year: int, key: str | None, language: str | None = None) -> str:
        """A rating level's name in the year's policy (``review`` from the glossary)."""
        return level_name(self.policy(year), key, language)

    def head_title(self, unit: str, role: str | None, language: str | None = None) -> str:
        """A head's title in the unit's file (``Chủ tịch UBND xã``); no role: the unit as a
        whole; an unknown role as is."""
        if role is None:
            return glossary.label("subject", "collective", language)
        heads = self.units[unit].heads if unit in self.units else []
        return next((h.title for h in heads if h.role == role), role)

    def default_year(self, today: dt.date) -> int:
        """The year every command works on without ``--year``: the calendar year when it has
        records, else the latest year that has ended, else the calendar year (never a year
        that has not started, even when a carry has already opened it)."""
        if today.year in self.years:
            return today.year
        ended = [year for year in self.years if year < today.year]
        return max(ended) if ended else today.year

def level_name(policy: RatingPolicy, key: str | None, language: str | None = None) -> str:
    """A rating level's name in ``policy``; ``review`` from the glossary; None → empty."""
    if key is None:
        return ""
    if key in glossary.keys("rating"):
        return glossary.label("rating", key, language)
    return next((level.name for level in policy.levels if level.key == key), key)
