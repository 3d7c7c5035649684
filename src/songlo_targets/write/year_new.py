"""`targets year new YEAR` (SPEC §6.8): the year's `_year.yaml`, from the year before.

The basis, the supervisors (with their units still active in YEAR) and the checkpoints (moved
to the same days of YEAR) are taken from the latest earlier year that has a `_year.yaml`, as
is a rating policy of that year. The assignment and the goals are the new year's own, so they
are not copied: the year is ready to be assigned. Without an earlier year, the file is the
commented one of `targets init`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.paths import year_file
from songlo_targets.records.collection import Records
from songlo_targets.records.model import YearMeta
from songlo_targets.store import Outcome, Transaction, edits
from songlo_targets.write.init import YEAR_YAML


@dataclass
class NewYear:
    year: int
    path: str
    source: int | None  # the year copied from
    left_out: dict[str, list[str]] = field(default_factory=dict)  # supervisor -> units
    outcome: Outcome = field(default_factory=Outcome)


def moved(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _tree(records: Records, meta: YearMeta, source: int, year: int,
          left_out: dict[str, list[str]]) -> Any:
    supervisors = []
    for supervisor in meta.supervisors:
        kept = [u for u in supervisor.units
                if u not in records.units or records.units[u].active_in(year)]
        if len(kept) != len(supervisor.units):
            left_out[supervisor.key] = [u for u in supervisor.units if u not in kept]
        supervisors.append(edits.mapping([
            ("key", supervisor.key), ("name", supervisor.name), ("title", supervisor.title),
            ("units", edits.sequence(kept, flow=True))]))
    tree = edits.mapping([
        ("basis", edits.sequence([edits.mapping([("key", b.key), ("name", b.name)], flow=True)
                                  for b in meta.basis])),
        ("goals", edits.sequence([], flow=True)),
        ("supervisors", edits.sequence(supervisors)),
        ("checkpoints", edits.sequence([moved(c, year - source) for c in meta.checkpoints],
                                       flow=True)),
        ("rating", _copy(meta.rating.model_dump(by_alias=True, exclude_none=True))
         if meta.rating is not None else None),
    ])
    return tree


def _copy(value: Any) -> Any:
    """A plain value (from a model dump) as round-trip nodes, small mappings in flow style."""
    if isinstance(value, dict):
        items = [(k, _copy(v)) for k, v in value.items()]
        flat = all(not isinstance(v, dict | list) for _k, v in items)
        return edits.mapping(items, flow=flat)
    if isinstance(value, list):
        return edits.sequence([_copy(v) for v in value])
    if isinstance(value, float):
        return edits.number(value)
    return value


HEADER = ("Năm {year}: căn cứ, người phụ trách theo dõi, các kỳ tổng hợp,\n"
          "lập từ năm {source} bằng `targets year new {year}`. Khi có quyết định giao, thêm\n"
          "`assigned: {{decision: ..., date: ...}}`; mục tiêu chung của năm ghi ở `goals`.")


def new_year(records: Records, year: int, loaded: list[Diagnostic] | None = None) -> NewYear:
    path = year_file(year)
    if records.year(year).meta_path is not None or (records.root / path).exists():
        raise UsageError(N_("{path} already exists"), path=path)
    earlier = [y for y, data in records.years.items()
               if y < year and data.meta_path is not None]
    transaction = Transaction(records.root, baseline=None if loaded is None
                              else (records, loaded))
    result = NewYear(year, path, max(earlier) if earlier else None)
    if result.source is None:
        transaction.create_text(path, YEAR_YAML.format(year=year))
    else:
        meta = records.year(result.source).meta
        if meta is None:
            raise UsageError(N_("{path} has errors: fix it first (run `targets check`)"),
                             path=year_file(result.source))
        tree = _tree(records, meta, result.source, year, result.left_out)
        transaction.create(path, tree, HEADER.format(year=year, source=result.source))
    result.outcome = transaction.commit()
    return result
