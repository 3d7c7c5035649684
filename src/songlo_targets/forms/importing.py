"""`targets progress import FILE...` (issue 23): the filled progress forms read back.

Every row of every file is checked before anything is written; then all the entries go into
one transaction, checked as the repository would be with them (the completion rules of §4.2),
and written all or nothing. Each problem is one line ``FILE:SHEET!CELL: message``. A row
already recorded (an entry of the same date and content) records nothing, so importing a form
twice records it once; a row whose task changed after the form was made is refused.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import TargetsError, UsageError
from songlo_targets.forms.build import COLUMNS, ENTRY_STATUSES, task_stamp
from songlo_targets.i18n import N_, _
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import find_term
from songlo_targets.records.model import Progress, Task
from songlo_targets.store import Outcome, Transaction
from songlo_targets.vietnamese import fold
from songlo_targets.write.assign_table import (
    Formula,
    cell_date,
    cell_number,
    cell_text,
    csv_rows,
    xlsx_rows,
)
from songlo_targets.write.progress import EntryInput, EvidenceInput, put_entry

MAX_BYTES = 5 * 1024 * 1024  # a form of a unit is a few dozen kilobytes
MAX_UNPACKED = 64 * 1024 * 1024  # all the members of the zip, unpacked
MAX_MEMBERS = 200
MAX_RATIO = 200  # unpacked / packed size of one member: more is a zip bomb
MAX_ROWS = 5000
MAX_COLUMNS = 60
FILLED = [key for key, _h, _w, filled in COLUMNS if filled]
_HEADERS = {fold(header): key for key, header, _w, _f in COLUMNS}
_ID_LABEL = fold("Mã biểu mẫu:")
_ORG_LABEL = fold("Cơ quan giao:")
SHEET = "Tiến độ"


class FormError(TargetsError):
    """A file that cannot be read as a form: one line, exit 1."""

    exit_code = 1


@dataclass
class Planned:
    file: str
    cell: str  # where a refusal of the entry is shown (its status cell)
    task: Task
    entry: EntryInput


@dataclass
class Imported:
    problems: list[str] = field(default_factory=list)  # translated, `FILE:SHEET!CELL: …`
    planned: list[Planned] = field(default_factory=list)  # entries recorded (or that would be)
    already: int = 0  # rows already recorded
    outcome: Outcome = field(default_factory=Outcome)

    @property
    def ok(self) -> bool:
        return not self.problems and self.outcome.ok


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _safe(path: Path) -> None:
    """Refuse, in one line, what is not a workbook of a sensible size."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FormError(N_("`{file}` cannot be read: {error}"), file=path.name,
                        error=exc.strerror or str(exc)) from None
    if size > MAX_BYTES:
        raise FormError(N_("`{file}` is larger than {limit} MiB: not a progress form"),
                        file=path.name, limit=MAX_BYTES // (1024 * 1024))
    if path.suffix.lower() == ".csv":
        return
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FormError(N_("`{file}` is password-protected or an old .xls workbook: save it "
                           "without a password as .xlsx"), file=path.name)
    if not head.startswith(b"PK"):
        raise FormError(N_("`{file}` is not an Excel workbook (.xlsx)"), file=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(m.file_size for m in members)
            bomb = any(m.compress_size and m.file_size / m.compress_size > MAX_RATIO
                       and m.file_size > 1024 * 1024 for m in members)
            if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED or bomb:
                raise FormError(N_("`{file}` unpacks to too much data: not a progress form"),
                                file=path.name)
            if archive.testzip() is not None:
                raise zipfile.BadZipFile
    except (zipfile.BadZipFile, EOFError, OSError):
        raise FormError(N_("`{file}` is a damaged workbook: save it again from the "
                           "spreadsheet program"), file=path.name) from None


def _grid(path: Path) -> list[list[object]]:
    _safe(path)
    if path.suffix.lower() == ".csv":
        rows = csv_rows(path)
    elif path.suffix.lower() == ".xlsx":
        rows = xlsx_rows(path)
    else:
        raise FormError(N_("`{file}` is neither a .xlsx nor a .csv file"), file=path.name)
    grid: list[list[object]] = []
    try:
        for row in rows:
            if len(grid) >= MAX_ROWS:
                raise FormError(N_("`{file}` has more than {limit} rows: not a progress form"),
                                file=path.name, limit=MAX_ROWS)
            grid.append(list(row[:MAX_COLUMNS]))
    except UsageError as exc:
        raise FormError(exc.message, **exc.values) from None
    return grid


@dataclass
class _Form:
    identifier: str
    organization: str
    checkpoint: dt.date | None
    header: int  # index of the header row in the grid
    columns: dict[str, int]  # column key -> index


def _layout(name: str, grid: list[list[object]]) -> _Form:
    identifier = organization = ""
    checkpoint = None
    for index, row in enumerate(grid[:20]):
        first = fold(cell_text(row[0])) if row else ""
        if first == _ID_LABEL and len(row) > 1:
            identifier = cell_text(row[1])
            if len(row) > 2 and cell_text(row[2]):
                try:
                    checkpoint = cell_date(row[2])
                except UsageError:
                    checkpoint = None
        elif first == _ORG_LABEL and len(row) > 1:
            organization = cell_text(row[1])
        keys = {_HEADERS.get(fold(cell_text(cell))) for cell in row}
        if {"ref", "status"} <= keys:
            columns = {_HEADERS[fold(cell_text(c))]: i for i, c in enumerate(row)
                       if fold(cell_text(c)) in _HEADERS}
            if not identifier:
                break
            return _Form(identifier, organization, checkpoint, index, columns)
    raise FormError(N_("`{file}` is not a progress form made by `targets forms` (no form "
                       "identifier or header row)"), file=name)


def _same(entry: Progress, new: EntryInput) -> bool:
    titles = [e.title for e in entry.evidence]
    return (entry.date == new.date and entry.status == new.status
            and entry.value == new.value and entry.percent == new.percent
            and (entry.note or None) == new.note and (entry.result or None) == new.result
            and titles == ([new.evidence.title] if new.evidence else []))


def read_forms(records: Records, paths: list[Path], on: dt.date | None = None) -> Imported:
    """Check every row of every form; the entries to record (nothing is written)."""
    imported = Imported()
    organization = records.config.organization.name if records.config else ""
    for path in paths:
        name = str(path)
        try:
            grid = _grid(path)
            form = _layout(path.name, grid)
        except FormError as exc:
            imported.problems.append(f"{name}: {exc.text()}")
            continue
        sheet = path.stem if path.suffix.lower() == ".csv" else SHEET
        year_text = form.identifier.split("-", 1)[0]
        if form.organization and form.organization != organization:
            imported.problems.append(f"{name}: " + _(N_(
                "the form is of another organization ({theirs}), not {ours}"),
                theirs=form.organization, ours=organization))
            continue
        if not year_text.isdigit() or int(year_text) not in records.years:
            imported.problems.append(f"{name}: " + _(N_(
                "the form `{id}` is of a year these records do not have"), id=form.identifier))
            continue
        year = int(year_text)
        for number, row in enumerate(grid[form.header + 1:], start=form.header + 2):
            _read_row(records, imported, name, sheet, form, year, number, row, on)
    return imported


def _read_row(records: Records, imported: Imported, name: str, sheet: str, form: _Form,
              year: int, number: int, row: list[object], on: dt.date | None) -> None:
    def cell(key: str) -> object:
        index = form.columns.get(key)
        return row[index] if index is not None and index < len(row) else None

    def where(key: str) -> str:
        return f"{name}:{sheet}!{_letter(form.columns.get(key, 0))}{number}"

    problems: list[str] = []

    def problem(key: str, message: str, **values: object) -> None:
        problems.append(f"{where(key)}: {_(message, **values)}")

    formulas = [key for key in FILLED if isinstance(cell(key), Formula)]
    for key in formulas:
        problem(key, N_("`{value}` is a formula without a value: type the value itself"),
                value=getattr(cell(key), "text", ""))
    if formulas:
        imported.problems.extend(problems)
        return
    if not any(cell_text(cell(key)) for key in FILLED):
        return  # an empty row records nothing
    ref = cell_text(cell("ref"))
    task = records.task(ref)
    if task is None or task.year != year or not form.identifier.startswith(
            f"{year}-{task.unit}-"):
        problem("ref", N_("`{value}` is not a task of this form: the column {column} must "
                          "stay as the form was made"), value=ref, column="Mã nhiệm vụ")
        imported.problems.extend(problems)
        return
    status = None
    text = cell_text(cell("status"))
    if not text:
        problem("status", N_("the new status is empty: choose one of the list ({choices})"),
                choices="; ".join(_status_labels()))
    else:
        try:
            status = find_term("status", text, ENTRY_STATUSES)
        except UsageError as exc:
            problems.append(f"{where('status')}: {exc.text()}")
    amount = None
    try:
        amount = cell_number(cell("amount"))
    except UsageError as exc:
        problems.append(f"{where('amount')}: {exc.text()}")
    if amount is not None and task.type != "target" and not 0 <= amount <= 100:
        problem("amount", N_("`{value}` is not a percentage: write a number from 0 to 100"),
                value=cell_text(cell("amount")))
    evidence_date = None
    if cell_text(cell("evidence_date")):
        try:
            evidence_date = cell_date(cell("evidence_date"))
        except UsageError as exc:
            problems.append(f"{where('evidence_date')}: {exc.text()}")
    title = cell_text(cell("evidence")) or None
    number_text = cell_text(cell("number")) or None
    if (number_text or evidence_date) and not title:
        problem("evidence", N_("the evidence has a number or a date but no title: write its "
                               "title"))
    result = cell_text(cell("result")) or None
    if status == "done" and not (result and title):
        problem("result" if not result else "evidence", N_(
            "a task done needs its result and the title of its evidence document"))
    day = on or form.checkpoint
    if day is None:
        problem("ref", N_("the form has no checkpoint date: give --date"))
    if problems or status is None or day is None:
        imported.problems.extend(problems)
        return
    entry = EntryInput(
        date=day, status=status,
        value=amount if task.type == "target" else None,
        percent=amount if task.type != "target" else None,
        note=cell_text(cell("note")) or None, result=result,
        evidence=EvidenceInput(title=title, number=number_text, date=evidence_date)
        if title else None)
    if any(_same(e, entry) for e in task.progress):
        imported.already += 1
        return
    stamp = cell_text(cell("stamp"))
    now = task_stamp(task)
    if stamp and stamp != now:
        reason = (_(N_("the task was amended after the form was made"))
                  if stamp.split("-")[0] != now.split("-")[0] else
                  _(N_("new progress was recorded after the form was made")))
        problems.append(f"{where('ref')}: " + _(N_(
            "task {ref} changed since the form was made: {reason}; make a new form"),
            ref=ref, reason=reason))
        imported.problems.extend(problems)
        return
    imported.planned.append(Planned(name, where("status"), task, entry))


def _status_labels() -> list[str]:
    from songlo_targets import glossary

    return [glossary.label("status", key, "vi") for key in ENTRY_STATUSES]


def import_forms(records: Records, paths: list[Path], on: dt.date | None = None,
                 dry_run: bool = False, loaded: list[Diagnostic] | None = None) -> Imported:
    """Read every form, then record all their entries in one transaction (or none)."""
    imported = read_forms(records, paths, on)
    if imported.problems or not imported.planned:
        return imported
    transaction = Transaction(records.root, None, None if loaded is None else (records, loaded))
    for planned in imported.planned:
        try:
            put_entry(transaction, records, planned.task, planned.entry)
        except UsageError as exc:
            imported.problems.append(f"{planned.cell}: {exc.text()}")
    if imported.problems:
        return imported
    imported.outcome = transaction.commit(dry_run=dry_run)
    cells = {p.task.ref: p.cell for p in imported.planned}
    for diagnostic in imported.outcome.refused:
        at = cells.get(diagnostic.task or "", diagnostic.path)
        imported.problems.append(f"{at}: {diagnostic.text()}")
    return imported

