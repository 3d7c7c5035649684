"""Options shared by the commands that show a year: parsing them and loading the records."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import typer

from songlo_targets.dates import parse_date
from songlo_targets.diagnostics import Diagnostic, Severity
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_, _, _n

if TYPE_CHECKING:  # the records model is built when records are loaded, not at start-up
    from songlo_targets.records.collection import Records


class ViewFormat(StrEnum):
    table = "table"
    md = "md"
    csv = "csv"
    json = "json"


def as_of_option() -> Any:
    """``--as-of``, shared by the commands that show a year's state (help in the language
    chosen before the commands are built)."""
    return typer.Option("--as-of", help=_(N_(
        "The date to compute the state at (YYYY-MM-DD or DD/MM/YYYY); default: today, or 31 "
        "December of a past year.")))


def group_option() -> Any:
    return typer.Option("--group", help=_(N_(
        "Only the units of this group: its name or its key in targets.yaml.")))


def as_of_date(text: str | None) -> dt.date | None:
    return parse_date(text) if text is not None else None


def choose_year(records: Records, year: int | None) -> int:
    """The year asked for, else the default year (:meth:`Records.default_year`); a usage
    error when that year has no records."""
    from songlo_targets import dates

    if year is None:
        if not records.years:
            raise UsageError(N_("there are no years in targets/: nothing to show"))
        year = records.default_year(dates.today())
    if year not in records.years:
        known = ", ".join(str(y) for y in sorted(records.years)) or "-"
        raise UsageError(N_("there are no records for {year} (years: {years})"),
                         year=year, years=known)
    return year


def warn_errors(diagnostics: list[Diagnostic]) -> None:
    """One line on stderr when some records could not be read: they are left out."""
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    if errors:
        print("targets: " + _(N_("{errors} in the records: what could not be read is left "
                                 "out (run `targets check`)"),
                              errors=_n("{n} error", "{n} errors", errors)), file=sys.stderr)


def number(text: str) -> float:
    """A number as people type it, the Vietnamese way or the English one: ``2,5``,
    ``1.234,5``, ``2.5``, ``1,234.5`` (read as the progress forms' cells are read)."""
    from songlo_targets.write.assign_table import cell_number

    if isinstance(text, int | float):  # a default, or a value already read
        return float(text)
    try:
        found = cell_number(text)
    except UsageError:
        found = None
    if found is None or found != found or found in (float("inf"), float("-inf")):
        from songlo_targets.cli.usage import NotANumber

        raise NotANumber(text)
    return found
