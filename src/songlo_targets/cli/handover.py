"""`targets handover YEAR` (SPEC §4.4, §6.8): the units that ended in a year hand their open
tasks over to their successors, in the same year."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    @app.command("handover", help=_(N_(
        "Hand over the open tasks of the units that ended in YEAR (merged: `active.until` "
        "and `successor`) to their successors, in the same year.")))
    def handover_command(
        ctx: typer.Context,
        year: Annotated[int, typer.Argument(help=_(N_("The year in which the units ended.")))],
        date: Annotated[str | None, typer.Option("--date", help=_(N_(
            "Hand over for the units that ended on or before this date (also the date of the "
            "amendments recorded with --decision); default: today.")))
        ] = None,
        deadline: Annotated[str | None, typer.Option("--deadline", help=_(N_(
            "Deadline of the new tasks; default: the deadline of the task handed over.")))
        ] = None,
        dry_run: Annotated[bool, typer.Option("--dry-run", help=_(N_(
            "Show what would be handed over; write nothing.")))] = False,
        decision: Annotated[str | None, typer.Option("--decision", help=_(N_(
            "The decision allowing new tasks in an assigned year (recorded as amendments)."
        )))] = None,
        decision_date: Annotated[str | None, typer.Option("--decision-date", help=_(N_(
            "The date of that decision; default: today, for a year that is this one.")))]
        = None,
    ) -> None:
        from songlo_targets import dates
        from songlo_targets.cli.options import choose_year
        from songlo_targets.cli.writing import finish
        from songlo_targets.dates import parse_date
        from songlo_targets.read.loader import load
        from songlo_targets.render.carry import blocked_lines, print_plan
        from songlo_targets.write.carry import carry
        from songlo_targets.write.handover import plan_handover
        from songlo_targets.write.task_files import AMENDMENT_HANDOVER

        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        chosen = choose_year(records, year)
        on = parse_date(date) if date else dates.today()
        plan = plan_handover(records, chosen, on, parse_date(deadline) if deadline else None)
        given = parse_date(decision_date) if decision_date else None
        numbered, outcome = carry(
            records, plan, decision, dry_run=dry_run, loaded=loaded, note=AMENDMENT_HANDOVER,
            decision_day=given or (min(on, dates.today()) if date else None))
        if outcome.ok:
            print_plan(numbered, dry_run, {u.id: u.name for u in records.units.values()})
        for line in blocked_lines(numbered):
            print(line, file=sys.stderr)
        if dry_run and numbered.items and records.year(chosen).assigned and not decision:
            print(_(N_("{year} is assigned: the real run needs --decision"), year=chosen),
                  file=sys.stderr)
        finish(outcome, dry_run)
