"""`targets rate YEAR UNIT` (SPEC §6.8): record the Standing Committee's final rating."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.cli.options import number
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    @app.command("rate", help=_(N_("Record the Standing Committee's decision on the rating of "
                                   "a unit (or of one of its heads) for a year.")))
    def rate_command(
        ctx: typer.Context,
        year: Annotated[int, typer.Argument(metavar="YEAR", help=_(N_("The year rated.")))],
        unit: Annotated[str, typer.Argument(metavar="UNIT", help=_(N_(
            "The unit: its id or its name, with or without diacritics.")))],
        final: Annotated[str | None, typer.Option("--final", help=_(N_(
            "The rating decided: a level's key or its name (\"Hoàn thành tốt nhiệm vụ\")."
        )))] = None,
        head: Annotated[str | None, typer.Option("--head", help=_(N_(
            "Rate this head instead of the unit: a role or the head's title.")))] = None,
        decision: Annotated[str | None, typer.Option("--decision", help=_(N_(
            "The number of the decision.")))] = None,
        date: Annotated[str | None, typer.Option("--date", help=_(N_(
            "The date of the decision (recorded only when given).")))] = None,
        note: Annotated[str | None, typer.Option("--note", help=_(N_(
            "Why the final rating differs from the computed one (required then).")))] = None,
        criteria: Annotated[float | None, typer.Option(
            "--criteria", parser=number, metavar="NUMBER", help=_(N_(
            "The points judged by people, when the policy has a score.")))] = None,
        quarter: Annotated[int | None, typer.Option("--quarter", min=1, max=4,
                                                    help=_(N_(
            "Record the rating or the criteria points of this quarter (1-4; a policy with "
            "`periods: quarterly`).")))] = None,
    ) -> None:
        from songlo_targets.cli.writing import finish, refused
        from songlo_targets.dates import parse_date
        from songlo_targets.read.loader import load
        from songlo_targets.records.lookup import find_unit
        from songlo_targets.write.rate import FinalRating, rate

        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        unit_id = find_unit(records, unit)
        done = rate(records, year, unit_id, FinalRating(
            final, head, decision, parse_date(date) if date else None, note, criteria, quarter),
            loaded=loaded)
        if not done.outcome.ok:
            if any(d.code == "rating-quota" for d in done.outcome.refused):
                print(_(N_("the quota counts the final ratings recorded so far: record the "
                           "group's other final ratings first, then this one")),
                      file=sys.stderr)
            refused(done.outcome)
        record = records.units[unit_id]
        subject = (records.head_title(unit_id, done.role) + ", " + record.name) if done.role \
            else record.name
        if done.level is not None and quarter is not None:
            print(_(N_("{subject}, quarter {quarter} of {year}: final rating {level}"),
                    subject=subject, quarter=quarter, year=year,
                    level=records.level_name(year, done.level)), file=sys.stderr)
        elif done.level is not None:
            print(_(N_("{subject}, {year}: final rating {level}"), subject=subject, year=year,
                    level=records.level_name(year, done.level)), file=sys.stderr)
        if criteria is not None:
            from songlo_targets import formats

            points = formats.number(criteria, formats.EXACT)
            print(_(N_("{subject}, quarter {quarter} of {year}: {points} criteria points"),
                    subject=subject, quarter=quarter, year=year, points=points)
                  if quarter else
                  _(N_("{subject}, {year}: {points} criteria points"), subject=subject,
                    year=year, points=points), file=sys.stderr)
        finish(done.outcome)
