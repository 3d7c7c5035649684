"""Rules on progress entries and completion evidence (SPEC §4.2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from songlo_targets import formats
from songlo_targets.derive.state import reaches
from songlo_targets.diagnostics import Diagnostic, unsafe_file
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Progress
from songlo_targets.rules.context import EVIDENCE, Context
from songlo_targets.rules.screen import screen


def progress_order(records: Records, context: Context) -> Iterator[Diagnostic]:
    for task in screen(records, context).unordered:
        for before, entry in zip(task.progress, task.progress[1:], strict=False):
            if entry.date <= before.date:
                where = entry.at("date")
                message = (N_("two progress entries on {date}: keep one per date")
                           if entry.date == before.date else
                           N_("the entry of {date} comes after that of {before}: keep "
                              "entries in date order"))
                yield Diagnostic("progress-order", where.path, where.line, where.col, message,
                                 {"date": formats.date(entry.date),
                                  "before": formats.date(before.date)}, task.ref)


def progress_date(records: Records, context: Context) -> Iterator[Diagnostic]:
    for task in screen(records, context).misdated:
        first = dt.date(task.year, 1, 1)
        for entry in task.progress:
            if first <= entry.date <= context.today:
                continue
            where = entry.at("date")
            values = {"date": formats.date(entry.date), "year": task.year,
                      "today": formats.date(context.today)}
            if entry.date < first:
                yield Diagnostic("progress-date", where.path, where.line, where.col,
                                 N_("the progress date {date} is before the year {year}"),
                                 values, task.ref)
            elif entry.date > context.today:
                yield Diagnostic("progress-date", where.path, where.line, where.col,
                                 N_("the progress date {date} is in the future (today is "
                                    "{today})"), values, task.ref)


def evidence_missing(records: Records, context: Context) -> Iterator[Diagnostic]:
    for task in screen(records, context).unproven:
        for entry in _done_entries(task.progress):
            where = None
            if not (entry.result and entry.result.strip()):
                where = entry.at("status")
                yield Diagnostic("evidence-missing", where.path, where.line, where.col,
                                 N_("task {task} is done without a result"),
                                 {"task": task.ref}, task.ref)
            if not entry.evidence:
                where = where or entry.at("status")
                yield Diagnostic("evidence-missing", where.path, where.line, where.col,
                                 N_("task {task} is done without evidence"),
                                 {"task": task.ref}, task.ref)
            for item in entry.evidence:
                if not item.identified:
                    spot = item.at("title")
                    yield Diagnostic(
                        "evidence-missing", spot.path, spot.line, spot.col,
                        N_("the evidence “{title}” of task {task} names no document (number "
                           "and date), file or link"), {"title": item.title, "task": task.ref},
                        task.ref,
                        hint=N_("add `number:` and `date:` of the document, a `file:` of the "
                                "repository, or a `url:`"))


def _done_entries(entries: list[Progress]) -> list[Progress]:
    return [entry for entry in entries if entry.status == "done"]


def evidence_file(records: Records, context: Context) -> Iterator[Diagnostic]:
    for task in screen(records, context).evidenced:
        for entry in task.progress:
            for item in entry.evidence:
                kind = (context.look(records.root, EVIDENCE + item.file)
                        if item.file is not None else "file")
                if kind is None:
                    where = item.at("file")
                    yield Diagnostic("evidence-file", where.path, where.line, where.col,
                                     N_("the evidence file `{file}` does not exist in the "
                                        "repository"), {"file": item.file}, task.ref)
                elif kind != "file":
                    where = item.at("file")
                    yield unsafe_file(where.path, kind, item.file, where.line, where.col,
                                      task.ref)
                if item.url is not None and not item.url.lower().startswith(
                        ("http://", "https://")):
                    where = item.at("url")
                    yield Diagnostic("evidence-file", where.path, where.line, where.col,
                                     N_("the link `{url}` is not an http or https address"),
                                     {"url": item.url}, task.ref)



def target_not_reached(records: Records, context: Context) -> Iterator[Diagnostic]:
    for task in screen(records, context).done_targets:
        if task.type != "target" or task.measure is None:
            continue
        for entry in _done_entries(task.progress):
            if entry.value is None:
                where = entry.at("status")
                yield Diagnostic("target-not-reached", where.path, where.line, where.col,
                                 N_("target {task} is marked done without a `value`"),
                                 {"task": task.ref}, task.ref)
            elif not reaches(task, entry.value):
                where = entry.at("value")
                message = (N_("target {task} is marked done at {value} {unit}, but the "
                              "target is at most {target}") if task.measure.direction == "down"
                           else N_("target {task} is marked done at {value} {unit}, but the "
                                   "target is at least {target}"))
                yield Diagnostic("target-not-reached", where.path, where.line, where.col,
                                 message, {"task": task.ref, "value": _number(entry.value),
                                           "unit": task.measure.unit,
                                           "target": _number(task.measure.target)}, task.ref)


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def status_regress(records: Records, context: Context) -> Iterator[Diagnostic]:
    for task in screen(records, context).regressed:
        was_done: Progress | None = None
        for entry in sorted(task.progress, key=lambda e: e.date):
            if entry.status == "done":
                was_done = entry
            elif was_done is not None:
                where = entry.at("status")
                yield Diagnostic("status-regress", where.path, where.line, where.col,
                                 N_("task {task} was done on {done} and is `{status}` again"),
                                 {"task": task.ref, "done": formats.date(was_done.date),
                                  "status": entry.status}, task.ref)
                was_done = None


def quality_not_done(records: Records, context: Context) -> Iterator[Diagnostic]:
    """`invalid-value`: `quality: defective` judges a result, so only a `done` entry has it."""
    for task in screen(records, context).judged:
        for entry in task.progress:
            if entry.quality is not None and entry.status != "done":
                where = entry.at("quality")
                yield Diagnostic("invalid-value", where.path, where.line, where.col,
                                 N_("`quality` judges a result: only an entry with status "
                                    "`done` has it"), {}, task.ref)
