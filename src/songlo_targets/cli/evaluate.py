"""`targets evaluate YEAR` (SPEC §5, §6.5)."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.cli.options import ViewFormat, as_of_option, group_option
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import EXIT_OK, EXIT_RECORDS
from songlo_targets.i18n import N_, _, _n

if TYPE_CHECKING:  # the records model is built when records are loaded, not at start-up
    from songlo_targets.derive.evaluation import YearEvaluation
    from songlo_targets.records.collection import Records


def register(app: typer.Typer) -> None:
    @app.command("evaluate", help=_(N_("Rate every unit and head of a year by the rating "
                                       "policy, with the counts behind each rating and the "
                                       "quota test.")))
    def evaluate_command(
        ctx: typer.Context,
        year: Annotated[int, typer.Argument(help=_(N_("The year to evaluate.")))],
        as_of: Annotated[str | None, as_of_option()] = None,
        group: Annotated[str | None, group_option()] = None,
        quarter: Annotated[int | None, typer.Option(
            "--quarter", min=1, max=4, help=_(N_(
                "Rate the products of this quarter (1-4: its tasks due and milestones), at its "
                "last day; the year's policy needs `periods: quarterly`.")))] = None,
        format: Annotated[ViewFormat, typer.Option(
            "--format", help=_(N_("Output: table, md, csv or json.")))] = ViewFormat.table,
        write: Annotated[bool, typer.Option(
            "--write", help=_(N_("Store the computed ratings in units/*.yaml (never the final "
                                 "ones); with --quarter, those of the quarter.")))] = False,
    ) -> None:
        from songlo_targets.cli.options import as_of_date, choose_year, warn_errors
        from songlo_targets.derive.evaluation import evaluate, only_group
        from songlo_targets.derive.progress import check_group
        from songlo_targets.read.loader import load
        from songlo_targets.render import evaluation as render

        settings: Settings = ctx.obj
        records, diagnostics = load(settings.repository())
        group = check_group(records, group)
        day = as_of_date(as_of)
        chosen = choose_year(records, year)
        if quarter is not None:
            _check_quarter(records, chosen, quarter, day, write)
        result = evaluate(records, chosen, day, quarter)
        if group is not None:
            result = only_group(result, group)
        names = {key: records.group_name(key) for key in records.group_keys()}
        if write:
            code = _write(records, diagnostics, result)
            if code != EXIT_OK:
                raise typer.Exit(code)
        else:
            warn_errors(diagnostics)
        if format is ViewFormat.table:
            render.print_table(result, names)
        elif format is ViewFormat.md:
            sys.stdout.write(render.as_markdown(result, names))
        elif format is ViewFormat.csv:
            sys.stdout.write(render.as_csv(result))
        else:
            sys.stdout.write(render.as_json(result))


def _check_quarter(records: Records, year: int, quarter: int, day: dt.date | None,
                   write: bool) -> None:
    """A quarter needs a quarterly policy and an as-of date inside it; its ratings are stored
    only once it has ended, at its last day."""
    from songlo_targets.dates import quarter_end, today
    from songlo_targets.errors import UsageError

    if records.policy(year).periods != "quarterly":
        raise UsageError(N_("the rating policy of {year} is yearly: add `periods: quarterly` "
                            "to it (targets.yaml or targets/{year}/_year.yaml) to rate by "
                            "quarter"), year=year)
    end = quarter_end(year, quarter)
    if day is not None and day > end:
        raise UsageError(N_("--as-of {date} is after the end of quarter {quarter} ({end})"),
                         date=day.isoformat(), quarter=quarter, end=end.isoformat())
    if write and end > today():
        raise UsageError(N_("quarter {quarter} of {year} ends on {end}: its ratings are stored "
                            "once it has ended"), quarter=quarter, year=year,
                         end=end.isoformat())
    if write and (day is not None and day < end):
        raise UsageError(N_("--write stores the ratings of a quarter that has ended: leave out "
                            "--as-of, or give the quarter's last day ({end})"),
                         end=end.isoformat())


def _write(records: Records, loaded: list[Diagnostic], result: YearEvaluation) -> int:
    """Store the computed ratings and say what was written, or why nothing was."""
    from songlo_targets.cli.writing import finish
    from songlo_targets.write.ratings import store_computed

    stored = store_computed(records, loaded, result)
    if stored.blocked:
        print("targets: " + _(N_("the records have {errors}: nothing was written (run `targets "
                                 "check` and fix them first)"),
                              errors=_n("{n} error", "{n} errors", len(stored.blocked))),
              file=sys.stderr)
        return EXIT_RECORDS
    finish(stored.outcome)
    print(_n("{n} unit file changed", "{n} unit files changed", len(stored.outcome.changed)),
          file=sys.stderr)
    return EXIT_OK
