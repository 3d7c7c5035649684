"""The order in which units are shown: by group as targets.yaml lists them, then by `order`,
else in Vietnamese alphabetical order of their names."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from songlo_targets.records.collection import Records
from songlo_targets.vietnamese import sort_key


def unit_key(records: Records, unit_id: str) -> tuple[Any, ...]:
    """Sort key of a unit: group position, then `order` (units with one first), then name."""
    groups = records.group_keys()
    unit = records.units.get(unit_id)
    if unit is None:  # tasks of a unit whose file is missing or invalid: last, by id
        return (len(groups) + 1, 1, 0, sort_key(unit_id), unit_id)
    group = groups.index(unit.group) if unit.group in groups else len(groups)
    order = (0, unit.order) if unit.order is not None else (1, 0)
    return (group, *order, sort_key(unit.name), unit_id)


def ordered_units(records: Records, unit_ids: Iterable[str]) -> list[str]:
    return sorted(set(unit_ids), key=lambda unit_id: unit_key(records, unit_id))

