"""`targets carry FROM TO` (SPEC §4.3, §6.6): assign the unfinished tasks of a year again."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    @app.command("carry", help=_(N_("Assign again in year TO the tasks of year FROM that were "
                                    "not done (carry-over).")))
    def carry_command(
        ctx: typer.Context,
        source: Annotated[int, typer.Argument(metavar="FROM", help=_(N_("The year ended.")))],
        target: Annotated[int, typer.Argument(metavar="TO", help=_(N_("The new year.")))],
        unit: Annotated[str | None, typer.Option("--unit", help=_(N_(
            "Only the tasks of this unit.")))] = None,
        deadline: Annotated[str | None, typer.Option("--deadline", help=_(N_(
            "Deadline of the new tasks; default: 31 December of TO.")))] = None,
        dry_run: Annotated[bool, typer.Option("--dry-run", help=_(N_(
            "Show what would be carried; write nothing.")))] = False,
        decision: Annotated[str | None, typer.Option("--decision", help=_(N_(
            "The decision allowing new tasks in an assigned year (recorded as amendments)."
        )))] = None,
        decision_date: Annotated[str | None, typer.Option("--decision-date", help=_(N_(
            "The date of that decision; default: today, when today lies in TO.")))] = None,
        force: Annotated[bool, typer.Option("--force", help=_(N_(
            "Carry a year that has not ended yet (its tasks can then no longer be recorded as "
            "done).")))] = False,
    ) -> None:
        from songlo_targets import dates
        from songlo_targets.cli.writing import finish
        from songlo_targets.errors import UsageError
        from songlo_targets.read.loader import load
        from songlo_targets.records.lookup import find_unit
        from songlo_targets.render.carry import blocked_lines, print_plan
        from songlo_targets.write.carry import carry, ended, plan_carry

        if target <= source:
            raise UsageError(N_("carry goes forward: TO ({target}) must come after FROM "
                                "({source})"), source=source, target=target)
        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        units = {find_unit(records, unit)} if unit else None
        plan = plan_carry(records, source, target, units,
                          dates.parse_date(deadline) if deadline else None)
        numbered, outcome = carry(
            records, plan, decision, dry_run=dry_run, loaded=loaded, force=force,
            decision_day=dates.parse_date(decision_date) if decision_date else None)
        if outcome.ok:
            print_plan(numbered, dry_run, {u.id: u.name for u in records.units.values()})
        for line in blocked_lines(numbered):
            print(line, file=sys.stderr)
        if dry_run and not force and not ended(source, dates.today()):
            print(_(N_("{year} has not ended: the real run is refused before 31/12/{year} "
                       "(or give --force)"), year=source), file=sys.stderr)
        if dry_run and numbered.items and records.year(target).assigned and not decision:
            print(_(N_("{year} is assigned: the real run needs --decision"), year=target),
                  file=sys.stderr)
        finish(outcome, dry_run)
