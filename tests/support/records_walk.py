"""Walking loaded records: everything they hold, and every record's source, to compare readers."""

from __future__ import annotations

from typing import Any

from songlo_targets.records.collection import Records
from songlo_targets.records.model import is_record, record_fields


def sources(value: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every record's place and key positions, walking all records inside ``value``."""
    found: list[tuple[Any, ...]] = []
    if is_record(value):
        s = value.source
        found.append((where, s.path, s.line, s.col, dict(s.keys)))
        for name in record_fields(type(value)):
            found += sources(getattr(value, name), (*where, name))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found += sources(item, (*where, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            found += sources(item, (*where, key))
    return found


def everything(records: Records) -> list[Any]:
    years = [(y, year.meta, year.meta_path, year.tasks, year.task_paths)
             for y, year in sorted(records.years.items())]
    return [records.config, records.units, records.unit_files, years, records.texts,
            records.files, [(t.ref, t.year, t.unit) for t in records.all_tasks()]]
