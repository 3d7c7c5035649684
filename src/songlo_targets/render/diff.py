"""Showing :class:`~songlo_targets.derive.changes.Changes`: Markdown for a pull request (Vietnamese,
from the template ``templates/diff.md.j2``) or JSON for tools."""

from __future__ import annotations

import datetime as dt
from typing import Any

from songlo_targets import formats, glossary
from songlo_targets.derive.changes import (
    Amended,
    Changes,
    ProgressRecorded,
    RatingRecorded,
    TaskInfo,
)
from songlo_targets.i18n import DOCUMENT_LANGUAGE
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Evidence, Measure, Task, dump, is_record
from songlo_targets.render.common import json_text

LANGUAGE = DOCUMENT_LANGUAGE
"""The summary is pasted into a pull request of Vietnamese records: Vietnamese only."""


def number(value: float | None) -> str:
    """A number as it was written, the documents' way: `1.234.567`, `12,8`."""
    return formats.number(value, formats.EXACT, LANGUAGE)


def _label(kind: str, key: str) -> str:
    return glossary.label(kind, key, LANGUAGE)


def _measure(measure: Measure | None) -> str:
    return "" if measure is None else formats.measure(measure, LANGUAGE, formats.EXACT)


def _field_value(name: str, value: Any) -> str:
    if value is None or value == []:
        return "—"
    if isinstance(value, dt.date):
        return formats.date(value)
    if isinstance(value, Measure):
        return _measure(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if name == "type":
        return _label("task-type", str(value))
    return str(value)


def _decision(task: Task) -> str:
    last = task.amendments[-1] if task.amendments else None
    return f"{last.decision} ngày {formats.date(last.date)}" if last else ""


def _assigned_row(info: TaskInfo) -> dict[str, str]:
    task = info.task
    return {"ref": info.ref, "unit": info.unit_name, "title": info.title,
            "product": _measure(task.measure), "deadline": formats.date(info.deadline),
            "decision": _decision(task)}


def _amended_item(item: Amended) -> dict[str, Any]:
    decisions = [f"{a.decision} ngày {formats.date(a.date)}" + (f" ({a.note})" if a.note else "")
                 for a in item.amendments]
    fields = [{"name": _label("field", f.field), "before": _field_value(f.field, f.before),
               "after": _field_value(f.field, f.after)} for f in item.fields]
    return {"ref": item.info.ref, "unit": item.info.unit_name, "title": item.info.title,
            "decisions": decisions, "fields": fields}


def _dropped_row(info: TaskInfo) -> dict[str, str]:
    dropped = info.task.dropped
    assert dropped is not None
    return {"ref": info.ref, "unit": info.unit_name, "title": info.title,
            "date": formats.date(dropped.date), "decision": dropped.decision,
            "reason": dropped.reason or ""}


def _evidence(item: Evidence) -> str:
    detail = [part for part in (item.number, formats.date(item.date) if item.date else None,
                                item.file, item.url) if part]
    return item.title + (f" ({', '.join(detail)})" if detail else "")


def _percent(value: float | None) -> str:
    return formats.percent_value(value, formats.EXACT, LANGUAGE)


def _progress_row(item: ProgressRecorded) -> dict[str, str]:
    task = item.info.task
    status = _label("status", item.status_after)
    if item.status_before != item.status_after:
        status = f"{_label('status', item.status_before)} → {status}"
    if task.measure is not None:
        unit = task.measure.unit
        before = number(item.value_before) or "—"
        after = number(item.value_after) or "—"
        value = (f"{after} / {number(task.measure.target)} {unit}" if before == after
                 else f"{before} → {after} / {number(task.measure.target)} {unit}")
    elif item.percent_before != item.percent_after:
        value = f"{_percent(item.percent_before or 0)} → {_percent(item.percent_after or 0)}"
    else:
        value = _percent(item.percent_after)
    results = [e.result for e in item.entries if e.result]
    if results:
        value = "; ".join([value, *results]) if value else "; ".join(results)
    return {"ref": item.info.ref, "unit": item.info.unit_name, "title": item.info.title,
            "status": status, "value": value,
            "evidence": "; ".join(_evidence(e) for e in item.evidence)}


def _rating_row(records: Records, item: RatingRecorded) -> dict[str, str]:
    return {"year": str(item.year), "unit": item.unit_name,
            "subject": records.head_title(item.unit, item.role, LANGUAGE),
            "field": _label("rating-field", item.field),
            "before": records.level_name(item.year, item.before, LANGUAGE) or "—",
            "after": records.level_name(item.year, item.after, LANGUAGE) or "—",
            "decision": item.decision or ""}


def as_markdown(changes: Changes, after: Records, before_label: str,
                after_label: str | None) -> str:
    from songlo_targets.render.templates import environment

    text = environment(after.root, "md").get_template("diff.md.j2").render(
        before=before_label, after=after_label, empty=changes.empty(),
        years_assigned=[{"year": y.year, "decision": y.decision, "date": formats.date(y.date)}
                        for y in changes.years_assigned],
        assigned=[_assigned_row(i) for i in changes.assigned],
        amended=[_amended_item(a) for a in changes.amended],
        dropped=[_dropped_row(i) for i in changes.dropped],
        removed=[{"ref": i.ref, "unit": i.unit_name, "title": i.title,
                  "deadline": formats.date(i.deadline)} for i in changes.removed],
        progress=[_progress_row(p) for p in changes.progress],
        ratings=[_rating_row(after, r) for r in changes.ratings],
    )
    return text.rstrip("\n") + "\n"


# JSON -----------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Records as JSON values: models as mappings by their file keys, dates ISO."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if is_record(value):
        return _plain(dump(value, by_alias=True))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _task_json(info: TaskInfo) -> dict[str, Any]:
    return {"ref": info.ref, "year": info.year, "unit": info.unit, "title": info.title,
            "deadline": info.deadline.isoformat()}


def as_json(changes: Changes, before_label: str, after_label: str | None) -> str:
    payload = {
        "from": before_label,
        "to": after_label,
        "years_assigned": [{"year": y.year, "decision": y.decision,
                            "date": y.date.isoformat()} for y in changes.years_assigned],
        "assigned": [{**_task_json(i), "measure": _plain(i.task.measure),
                      "amendments": _plain(i.task.amendments)} for i in changes.assigned],
        "amended": [{**_task_json(a.info), "amendments": _plain(a.amendments),
                     "fields": [{"field": f.field, "before": _plain(f.before),
                                 "after": _plain(f.after)} for f in a.fields]}
                    for a in changes.amended],
        "dropped": [{**_task_json(i), "dropped": _plain(i.task.dropped)}
                    for i in changes.dropped],
        "removed": [_task_json(i) for i in changes.removed],
        "progress": [{**_task_json(p.info), "status_before": p.status_before,
                      "status_after": p.status_after, "value_before": p.value_before,
                      "value_after": p.value_after, "percent_before": p.percent_before,
                      "percent_after": p.percent_after,
                      "entries": _plain(p.entries), "evidence": _plain(p.evidence)}
                     for p in changes.progress],
        "ratings": [{"year": r.year, "unit": r.unit, "role": r.role, "field": r.field,
                     "before": r.before, "after": r.after, "decision": r.decision}
                    for r in changes.ratings],
    }
    return json_text(payload)
