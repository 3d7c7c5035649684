"""The decisions that allow a change (SPEC §7, §6.8): when one is required, and its date.

A decision's date is never silently today: it is the date given, or today only when today lies
in the year of the task it changes. It must lie between the year's assignment and today, or
`targets check --against` would not accept the amendment.
"""

from __future__ import annotations

import datetime as dt

from songlo_targets import dates, formats
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.rules.frozen import NOT_A_SYMBOL, is_document_symbol


def assigned_number(records: Records, year: int) -> str:
    meta = records.year(year).meta
    return meta.assigned.decision if meta and meta.assigned else ""


def require_decision(records: Records, year: int, decision: str | None) -> bool:
    """Whether the year is assigned; a usage error when it is and no decision is given."""
    if not records.year(year).assigned:
        return False
    if not decision or not decision.strip():
        raise UsageError(N_("the tasks of {year} are assigned (decision {number}): give the "
                            "decision that allows this change with --decision"),
                         year=year, number=assigned_number(records, year))
    document_symbol(decision)
    return True


def document_symbol(decision: str) -> str:
    """The decision's number as it is recorded; a usage error when `targets check --against`
    would not accept it as a document symbol (§7)."""
    number = decision.strip()
    if not is_document_symbol(number):
        raise UsageError(NOT_A_SYMBOL, decision=number)
    return number


def decision_date(records: Records, year: int, given: dt.date | None, option: str,
                  today: dt.date | None = None) -> dt.date:
    """The date of a decision changing the tasks of ``year`` (see the module's rule)."""
    today = today or dates.today()
    day = dates.recorded(given, year, option, today)
    if day > today:
        raise UsageError(N_("the decision date {date} is in the future (today is {today})"),
                         date=formats.date(day), today=formats.date(today))
    meta = records.year(year).meta
    if meta is not None and meta.assigned is not None and day < meta.assigned.date:
        raise UsageError(N_("the decision date {date} comes before the assignment of {year} "
                            "({number} of {assigned}): a change is decided after it"),
                         date=formats.date(day), year=year, number=meta.assigned.decision,
                         assigned=formats.date(meta.assigned.date))
    return day
