"""What makes a rendered report an issued document (SPEC §3.1, §6.4), and the decision's
appendix as the decision assigned it.

* :class:`Issue`: the number line, the place-and-date line, the signer and the recipients of
  the documents of a year (``--number``, ``--date``, ``documents:`` of ``targets.yaml``).
* :func:`as_assigned`: a unit's tasks as they stood in the assignment decision, and apart from
  them every later change (amendment, withdrawal, task added) with its decision. The values
  before an amendment come from the amendment's ``was:`` (docs/reports.md); where an amendment
  has none, the current value is shown and marked as not known before the change.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from songlo_targets import formats as vnformat
from songlo_targets.records.model import Amendment, Config, Measure, Task


@dataclass
class Signer:
    on_behalf: str | None  # "T/M BAN THƯỜNG VỤ"
    title: str  # "PHÓ BÍ THƯ THƯỜNG TRỰC"
    name: str | None


@dataclass
class Issue:
    number: str | None  # "30-BC/HU"; None: left blank, filled by hand when registered
    symbol: str  # "HU", or "…" when targets.yaml gives none
    date: dt.date  # the document's date: --date, else the as-of date
    body: str  # who issues and decides: "Ban Thường vụ Huyện ủy Sông Lô"
    signer: Signer | None
    recipients: list[str]

    @property
    def number_line(self) -> str:
        return f"Số {self.number}" if self.number else f"Số …-BC/{self.symbol}"

    @property
    def reference(self) -> str:
        """How an appendix names the report: ``Báo cáo số 30-BC/HU ngày 10/01/2023``."""
        number = self.number or f"…-BC/{self.symbol}"
        return f"Báo cáo số {number} ngày {vnformat.date(self.date)}"


_BARE_NUMBER = re.compile(r"\d+[A-Za-z]?")


def report_number(number: str | None, symbol: str | None) -> str | None:
    """``30`` → ``30-BC/HU``; a full symbol (``30-BC/HU``) is kept as typed."""
    if number is None or not number.strip():
        return None
    number = number.strip()
    if _BARE_NUMBER.fullmatch(number):
        return f"{number}-BC/{symbol or '…'}"
    return number


def issue(config: Config | None, as_of: dt.date, number: str | None = None,
          date: dt.date | None = None) -> Issue:
    organization = config.organization if config else None
    symbol = (organization.symbol if organization else None) or "…"
    documents = config.documents if config else None
    signer = documents.signer if documents else None
    name = organization.name if organization else ""
    return Issue(
        number=report_number(number, symbol), symbol=symbol, date=date or as_of,
        body=f"Ban Thường vụ {name}".strip(),
        signer=Signer(signer.on_behalf, signer.title, signer.name) if signer else None,
        recipients=list(documents.recipients) if documents else [])


# The appendix of the assignment decision ----------------------------------------------------


@dataclass
class Assigned:
    """A task's values as the decision assigned them."""

    title: str
    owner: str | None  # role key; None: the unit as a collective
    categories: list[str]  # keys
    basis: str | None  # key
    deadline: dt.date
    measure: Measure | None
    unknown: bool = False  # amended with no `was:`: the values before are not recorded


@dataclass
class Change:
    """One change after the decision: an amendment, a withdrawal or a task added."""

    kind: str  # amended | dropped | added
    decision: str
    date: dt.date
    note: str | None
    fields: list[tuple[str, str | None, str | None]]  # (field, before, after), raw values


_FIELDS = ("title", "owner", "categories", "basis", "deadline", "target")


def _value(task: Task, name: str) -> object:
    if name == "target":
        return task.measure.target if task.measure else None
    return getattr(task, name)


def added_after(task: Task) -> Amendment | None:
    """The amendment that added ``task`` to an assigned year, if one did."""
    return next((a for a in task.amendments if a.added), None)


Label = Callable[[str, object], str | None]


def as_assigned(task: Task, decision_date: dt.date | None, label: Label
                ) -> tuple[Assigned, list[Change]]:
    """The task as assigned, and its changes after ``decision_date`` in date order.

    ``label(field, value)`` gives the text people read for a value (a role's title, a
    category's name, a date); the changes carry those texts.
    """
    values: dict[str, object] = {name: _value(task, name) for name in _FIELDS}
    unknown = False
    changes: list[Change] = []
    later = [a for a in task.amendments if decision_date is None or a.date > decision_date]
    for amendment in sorted(later, key=lambda a: a.date, reverse=True):
        if amendment.added:
            changes.append(Change("added", amendment.decision, amendment.date, amendment.note,
                                  []))
            continue
        changed: list[tuple[str, str | None, str | None]] = []
        if amendment.was is not None:
            for name in _FIELDS:
                before = getattr(amendment.was, name)
                if before is not None and before != values[name]:
                    changed.append((name, label(name, before), label(name, values[name])))
                    values[name] = before
        else:
            unknown = True
        changes.append(Change("amended", amendment.decision, amendment.date, amendment.note,
                              list(reversed(changed))))
    if task.dropped is not None:
        changes.append(Change("dropped", task.dropped.decision, task.dropped.date,
                              task.dropped.reason, []))
    changes.sort(key=lambda c: c.date)
    measure = task.measure
    if measure is not None and values["target"] != measure.target:
        measure = measure.model_copy(update={"target": values["target"]})
    assigned = Assigned(
        title=str(values["title"]), owner=values["owner"],  # type: ignore[arg-type]
        categories=list(values["categories"]),  # type: ignore[call-overload]
        basis=values["basis"],  # type: ignore[arg-type]
        deadline=values["deadline"],  # type: ignore[arg-type]
        measure=measure, unknown=unknown)
    return assigned, changes
