"""Task references as people type them: ``YEAR/UNIT/ID``, or ``UNIT/ID`` with a year."""

from __future__ import annotations

from songlo_targets import dates
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import find_unit
from songlo_targets.records.model import Task


def find_task(records: Records, text: str, year: int | None = None) -> Task:
    """The task ``text`` names; the unit part may be typed as a name (`"duc bac/01"`)."""
    parts = text.strip().split("/")
    if len(parts) == 3 and parts[0].isdigit() and len(parts[0]) == 4:
        chosen, unit_text, task_id = int(parts[0]), parts[1], parts[2]
    elif len(parts) == 2:
        chosen, unit_text, task_id = year or records.default_year(dates.today()), parts[0], parts[1]
    else:
        raise UsageError(N_("`{text}` is not a task reference: write YEAR/UNIT/ID, like "
                            "2022/duc-bac/01, or UNIT/ID with --year"), text=text)
    unit = find_unit(records, unit_text)
    task = records.task(f"{chosen}/{unit}/{task_id}")
    if task is None:
        ids = [t.id for t in records.year(chosen).tasks.get(unit, [])]
        raise UsageError(N_("there is no task {ref} (tasks of {unit} in {year}: {ids})"),
                         ref=f"{chosen}/{unit}/{task_id}", unit=unit, year=chosen,
                         ids=", ".join(ids) or "—")
    return task
