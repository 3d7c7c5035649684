"""`targets progress add REF` (SPEC §6.3): record one progress entry."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.cli.options import number
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_, _

STATUSES = ["not-started", "in-progress", "blocked", "done"]


def register_add(progress_app: typer.Typer) -> None:
    @progress_app.command("add", help=_(N_("Record one progress entry of a task (at its place "
                                           "in date order).")))
    def add_command(
        ctx: typer.Context,
        ref: Annotated[str, typer.Argument(
            metavar="REF", help=_(N_("The task: YEAR/UNIT/ID, or UNIT/ID with --year.")))],
        status: Annotated[str, typer.Option("--status", help=_(N_(
            "The status, as shown or as its key: not started, in progress, blocked or done "
            "(\"đang thực hiện\", in-progress…).")))],
        date: Annotated[str | None, typer.Option("--date", help=_(N_(
            "Date of the entry (YYYY-MM-DD or DD/MM/YYYY); default: today, for a task of this "
            "year only.")))] = None,
        year: Annotated[int | None, typer.Option("--year", help=_(N_(
            "Year of a UNIT/ID reference; default: the current year, else the last one "
            "ended.")))] = None,
        value: Annotated[float | None, typer.Option(
            "--value", parser=number, metavar="NUMBER", help=_(N_(
            "Targets: the cumulative value achieved at that date.")))] = None,
        percent: Annotated[float | None, typer.Option(
            "--percent", parser=number, metavar="NUMBER", help=_(N_(
            "Tasks: percentage done, 0 to 100.")))] = None,
        note: Annotated[str | None, typer.Option("--note", help=_(N_("A note.")))] = None,
        result: Annotated[str | None, typer.Option("--result", help=_(N_(
            "The concrete result (required with done).")))] = None,
        exceeded: Annotated[bool, typer.Option("--exceeded", help=_(N_(
            "Tasks: done beyond what was asked.")))] = False,
        evidence: Annotated[str | None, typer.Option("--evidence", help=_(N_(
            "Title of the evidence document (required with done).")))] = None,
        number: Annotated[str | None, typer.Option("--number", help=_(N_(
            "Number of the evidence document, with --evidence-date.")))] = None,
        evidence_date: Annotated[str | None, typer.Option("--evidence-date", help=_(N_(
            "Date of the evidence document.")))] = None,
        file: Annotated[str | None, typer.Option("--file", help=_(N_(
            "A file of the repository that is the evidence.")))] = None,
        url: Annotated[str | None, typer.Option("--url", help=_(N_(
            "A link (http or https) to the evidence.")))] = None,
        replace: Annotated[bool, typer.Option("--replace", help=_(N_(
            "Correct the entry of that date instead of adding one.")))] = False,
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.dates import parse_date, recorded
        from songlo_targets.read.loader import load
        from songlo_targets.records.lookup import find_term
        from songlo_targets.records.references import find_task
        from songlo_targets.write.progress import (
            EntryInput,
            EvidenceInput,
            add_progress,
            evidence_path,
        )

        chosen = find_term("status", status, STATUSES)
        settings: Settings = ctx.obj
        root = settings.repository()
        records, loaded = load(root)
        task = find_task(records, ref, year)
        has_details = any(x is not None for x in (number, evidence_date, file, url))
        if has_details and not evidence:
            raise UsageError(N_("give the evidence a title with --evidence"))
        item = None
        if evidence:
            item = EvidenceInput(
                title=evidence, number=number,
                date=parse_date(evidence_date) if evidence_date else None,
                file=evidence_path(root, file) if file else None, url=url)
        entry = EntryInput(
            date=recorded(parse_date(date) if date else None, task.year, "--date"),
            status=chosen,
            value=value, percent=percent, note=note, result=result, exceeded=exceeded,
            evidence=item)
        outcome = add_progress(records, task, entry, loaded=loaded, replace=replace)
        finish(outcome)
        if outcome.ok:
            print(task.ref)
        sys.stdout.flush()
