"""`targets drop REF` and `targets amend REF` (SPEC §6.8): withdraw or change a task by
decision."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.cli.options import number
from songlo_targets.i18n import N_, _

if TYPE_CHECKING:  # the records model is built when records are loaded, not at start-up
    from songlo_targets.diagnostics import Diagnostic
    from songlo_targets.records.collection import Records
    from songlo_targets.records.model import Task
    from songlo_targets.store import Outcome


def _ref_argument() -> object:
    return typer.Argument(metavar="REF", help=_(N_(
        "The task: YEAR/UNIT/ID, or UNIT/ID with --year.")))


def _year_option() -> object:
    return typer.Option("--year", help=_(N_(
        "Year of a UNIT/ID reference; default: the current year, else the last one ended.")))


def _load_task(ctx: typer.Context, ref: str, year: int | None
               ) -> tuple[Records, list[Diagnostic], Task]:
    """The records (and what loading them found), and the task ``ref`` names."""
    from songlo_targets.read.loader import load
    from songlo_targets.records.references import find_task

    settings: Settings = ctx.obj
    records, loaded = load(settings.repository())
    return records, loaded, find_task(records, ref, year)


def _shown(outcome: Outcome, lines: list[str]) -> None:
    """Refuse, or print what was written: the change in the clerk's words, then the files."""
    from songlo_targets.cli.writing import finish, refused

    if not outcome.ok:
        refused(outcome)
    for line in lines:
        print(line, file=sys.stderr)
    finish(outcome)


def register(app: typer.Typer) -> None:
    @app.command("drop", help=_(N_("Withdraw a task by decision (it leaves every count from "
                                   "that date).")))
    def drop_command(
        ctx: typer.Context,
        ref: Annotated[str, _ref_argument()],
        decision: Annotated[str, typer.Option("--decision", help=_(N_(
            "The number of the decision that withdraws it, like 40-QĐ/HU.")))],
        reason: Annotated[str, typer.Option("--reason", help=_(N_(
            "Why it is withdrawn.")))],
        date: Annotated[str | None, typer.Option("--date", help=_(N_(
            "The date of the decision; default: today, for a task of this year only.")))]
        = None,
        year: Annotated[int | None, _year_option()] = None,
    ) -> None:
        from songlo_targets.dates import parse_date
        from songlo_targets.formats import date as show
        from songlo_targets.write.amend import Decision, drop

        records, loaded, task = _load_task(ctx, ref, year)
        done = drop(records, task, Decision(decision, parse_date(date) if date else None),
                    reason, loaded=loaded)
        _shown(done.outcome, [_(N_("{ref} dropped on {date} by decision {decision}: {reason}"),
                                ref=done.ref, date=show(done.date), decision=done.decision,
                                reason=done.note)])
        print(done.ref)

    @app.command("amend", help=_(N_("Change an assigned task by decision (title, deadline, "
                                    "target, owner, categories), recording the amendment.")))
    def amend_command(
        ctx: typer.Context,
        ref: Annotated[str, _ref_argument()],
        decision: Annotated[str, typer.Option("--decision", help=_(N_(
            "The number of the decision that allows the change, like 38-QĐ/HU.")))],
        title: Annotated[str | None, typer.Option("--title", help=_(N_(
            "The new title.")))] = None,
        deadline: Annotated[str | None, typer.Option("--deadline", help=_(N_(
            "The new deadline.")))] = None,
        target: Annotated[float | None, typer.Option(
            "--target", parser=number, metavar="NUMBER", help=_(N_(
            "Targets: the new value to reach.")))] = None,
        owner: Annotated[str | None, typer.Option("--owner", help=_(N_(
            "The new head in charge: a role or the head's title (\"Chủ tịch UBND xã\").")))]
        = None,
        category: Annotated[list[str] | None, typer.Option("--category", help=_(N_(
            "The new categories, replacing the old ones: a key or a name (repeat for "
            "several).")))] = None,
        milestone: Annotated[list[str] | None, typer.Option("--milestone", help=_(N_(
            "The new milestones, replacing the old ones, DATE:VALUE (31/03/2026:30); "
            "repeatable.")))] = None,
        date: Annotated[str | None, typer.Option("--date", help=_(N_(
            "The date of the decision; default: today, for a task of this year only.")))]
        = None,
        note: Annotated[str | None, typer.Option("--note", help=_(N_(
            "The amendment's note; default: what changed.")))] = None,
        year: Annotated[int | None, _year_option()] = None,
    ) -> None:
        from songlo_targets.dates import parse_date
        from songlo_targets.formats import date as show
        from songlo_targets.write.amend import Amendment, Decision, amend

        records, loaded, task = _load_task(ctx, ref, year)
        asked = Amendment(title=title, deadline=parse_date(deadline) if deadline else None,
                          target=target, owner=owner, categories=category,
                          milestones=milestone)
        done = amend(records, task, asked, Decision(decision, parse_date(date) if date else None),
                     note, loaded=loaded)
        _shown(done.outcome, [
            *(_(N_("{ref}: {field} {before} → {after}"), ref=done.ref,
                field=_field(change.field), before=change.before, after=change.after)
              for change in done.changes),
            _(N_("amendment recorded: {date}, decision {decision}: {note}"),
              date=show(done.date), decision=done.decision, note=done.note)])
        print(done.ref)


def _field(key: str) -> str:
    """A field of a task, as a sentence names it."""
    from songlo_targets import glossary

    if key == "target":
        return _(N_("target"))
    return glossary.inline(glossary.label("field", key))
