"""`targets assign --from FILE.csv|FILE.xlsx` (SPEC §6.2): many tasks from a table, in one pass.

Headers are English (`unit, title, …`) or Vietnamese (`Đơn vị, Nội dung, …`), in any case and
with or without diacritics; a title row above the header is skipped. Cells may hold what
people read (`Chủ tịch UBND xã` for the owner, `Việc khó` for a category). Every row is read
and checked — first what the row says, then, for the rows that read well, what the whole
repository would say with them — and every bad row is listed at once, by its number as the
spreadsheet shows it and the column's name as the file writes it; then nothing is written.
A row whose unit, title and deadline are already assigned is skipped and counted, so that
importing the same file twice assigns nothing the second time.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from songlo_targets import formats
from songlo_targets.dates import parse_date
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import TargetsError, UsageError
from songlo_targets.i18n import N_, _
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import (
    basis_options,
    category_options,
    find_key,
    find_term,
    find_unit,
    goal_options,
    role_options,
)
from songlo_targets.store import Outcome
from songlo_targets.vietnamese import fold
from songlo_targets.write.assign import assign
from songlo_targets.write.task_files import NewTask

COLUMNS = {
    "unit": "Đơn vị", "title": "Nội dung", "type": "Loại", "owner": "Người phụ trách",
    "deadline": "Thời hạn", "categories": "Nhóm việc", "basis": "Căn cứ", "goal": "Mục tiêu",
    "measure_unit": "Đơn vị tính", "target": "Chỉ tiêu", "baseline": "Giá trị đầu kỳ",
    "direction": "Chiều",
}
_HEADERS = {fold(name): key for key, name in COLUMNS.items()} | {
    fold(key): key for key in COLUMNS}
_DIRECTIONS = {"up": "up", "down": "down", "tang": "up", "giam": "down"}
HEADER_SEARCH = 10  # rows searched for the header (a title row may come first)
# The column a diagnostic of `targets check` on a new task is about.
CODE_COLUMNS = {"unknown-owner": "owner", "unknown-category": "categories",
                "unknown-basis": "basis", "measure-mismatch": "type", "inactive-unit": "unit",
                "unknown-unit": "unit", "target-not-reached": "target"}


@dataclass
class Table:
    rows: list[tuple[int, dict[str, object]]]  # (row number, {column key: cell})
    headers: dict[str, str]  # column key -> its name as the file writes it
    vietnamese: bool  # the headers are the Vietnamese names

    def column(self, key: str) -> str:
        """A column's name as the person knows it (for a column the file lacks, in the
        language of its other headers)."""
        return self.headers.get(key) or (COLUMNS[key] if self.vietnamese else key)


@dataclass(frozen=True)
class Formula:
    """A formula cell without a value computed by the spreadsheet program."""

    text: str


@dataclass
class Row:
    number: int  # as the spreadsheet shows it
    task: NewTask | None
    problems: list[str] = field(default_factory=list)  # translated, naming the column


@dataclass
class Imported:
    rows: list[Row]
    skipped: list[int] = field(default_factory=list)  # rows already assigned
    refs: list[str] = field(default_factory=list)
    outcome: Outcome = field(default_factory=Outcome)
    other: list[Diagnostic] = field(default_factory=list)  # refusals not about one row

    @property
    def bad(self) -> list[Row]:
        return [row for row in self.rows if row.problems]

    @property
    def ok(self) -> bool:
        return not self.bad and not self.other


def read_table(path: Path) -> Table:
    if path.suffix.lower() == ".xlsx":
        raw = list(xlsx_rows(path))
    elif path.suffix.lower() == ".csv":
        raw = list(csv_rows(path))
    else:
        raise UsageError(N_("`{file}` is neither a .csv nor a .xlsx file"), file=path.name)
    if not raw:
        raise UsageError(N_("`{file}` is empty"), file=path.name)
    at = _header_row(raw)
    header = [cell_text(cell) for cell in raw[at if at is not None else 0]]
    keys = [_HEADERS.get(fold(name)) for name in header]
    unknown = [name for name, key in zip(header, keys, strict=True) if name and key is None]
    if at is None or unknown:
        raise UsageError(
            N_("the header row of `{file}` must name the columns {columns} (or in Vietnamese: "
               "{vietnamese}); not understood: {unknown}"),
            file=path.name, columns=", ".join(COLUMNS),
            vietnamese=", ".join(COLUMNS.values()), unknown=", ".join(unknown) or "—")
    headers = {key: name for name, key in zip(header, keys, strict=True) if key is not None}
    vietnamese = sum(fold(n) != fold(k) for k, n in headers.items()) * 2 >= len(headers)
    rows = []
    for number, cells in enumerate(raw[at + 1:], start=at + 2):
        values = {key: cell for key, cell in zip(keys, cells, strict=False) if key is not None}
        if any(cell_text(v) for v in values.values()):
            rows.append((number, values))
    return Table(rows, headers, vietnamese)


def _header_row(raw: list[list[object]]) -> int | None:
    """The index of the first row naming at least the unit and title columns."""
    for index, cells in enumerate(raw[:HEADER_SEARCH]):
        keys = {_HEADERS.get(fold(cell_text(cell))) for cell in cells}
        if {"unit", "title"} <= keys:
            return index
    return None


def csv_rows(path: Path) -> Iterator[list[object]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(N_("`{file}` is not UTF-8 text: save it from the spreadsheet as "
                            "\"CSV UTF-8\""), file=path.name) from None
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    for row in csv.reader(io.StringIO(text), dialect):
        yield [Formula(cell) if cell.startswith("=") else cell for cell in row]


def _written(value: object) -> bool:
    """A cell as read with its formulas: is it a formula (text beginning with `=`, or an
    array or data-table formula)?"""
    return (isinstance(value, str) and value.startswith("=")) or not isinstance(
        value, str | int | float | bool | dt.date | dt.time | dt.timedelta | type(None))


_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")  # a cell's formula element, `<f>` or `<x:f …>`


def _has_formulas(path: Path) -> bool:
    """Whether a sheet of the workbook holds a formula (True when that cannot be told)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return any(_FORMULA.search(archive.read(member)) for member in archive.namelist()
                       if member.startswith("xl/worksheets/") and member.endswith(".xml"))
    except (zipfile.BadZipFile, OSError, KeyError, EOFError):
        return True


def _plain_value(value: object) -> object:
    """A cell as python-calamine reads it, as openpyxl reads it: an empty cell is None, a
    date a datetime at midnight, a whole number an int."""
    if value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _calamine_rows(path: Path) -> list[list[object]] | None:
    """The first sheet's rows read by python-calamine (Rust), or None where it cannot."""
    try:
        from python_calamine import CalamineWorkbook

        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        rows = sheet.to_python(skip_empty_area=False)
    except Exception:  # noqa: BLE001 - any failure: openpyxl reads it, and names the problem
        return None
    width = max((len(row) for row in rows), default=0)
    return [[_plain_value(cell) for cell in row] + [None] * (width - len(row)) for row in rows]


def xlsx_rows(path: Path) -> Iterator[list[object]]:
    """The first sheet's rows; a formula cell gives the value the spreadsheet program computed
    (and saved), or :class:`Formula` when there is none.

    A workbook without a formula is read by python-calamine (a form of 500 rows in 0.3 ms
    where openpyxl takes 7 ms); one with a formula by openpyxl, once for what was typed and
    again, for the computed values, from the first formula on."""
    if not _has_formulas(path):
        rows = _calamine_rows(path)
        if rows is not None:
            yield from rows
            return
    from openpyxl import load_workbook

    def opened(data_only: bool) -> Any:
        try:
            return load_workbook(path, read_only=True, data_only=data_only)
        except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
            raise UsageError(N_("`{file}` cannot be read as an Excel workbook: {error}"),
                             file=path.name, error=str(exc)) from None

    formulas = opened(False)
    try:
        typed_rows = formulas.worksheets[0].iter_rows(values_only=True)
        done = 0
        for first in typed_rows:
            if any(_written(cell) for cell in first):
                break
            yield list(first)  # no formula: what was typed is the value
            done += 1
        else:
            return
        values = opened(True)  # a formula from this row on: the computed values from here
        try:
            computed_rows = values.worksheets[0].iter_rows(values_only=True)
            for _ in range(done):
                next(computed_rows, None)
            for computed, typed in zip(computed_rows, chain([first], typed_rows),
                                       strict=False):
                yield [Formula(str(w)) if c is None and isinstance(w, str) and w.startswith("=")
                       else c for c, w in zip(computed, typed, strict=False)]
        finally:
            values.close()
    finally:
        formulas.close()


def cell_text(cell: object) -> str:
    if cell is None or isinstance(cell, Formula):
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def cell_date(cell: object) -> dt.date:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool) and 0 < cell < 2958466:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(cell))  # a spreadsheet serial
    return parse_date(cell_text(cell))


def cell_number(cell: object) -> float | None:
    if cell is None or cell_text(cell) == "":
        return None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return float(cell)
    text = cell_text(cell).replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # Vietnamese decimal comma: 12,5
    elif "," in text and text.rindex(",") > text.rindex("."):
        text = text.replace(".", "").replace(",", ".")  # Vietnamese grouping: 1.234,5
    elif "," in text:
        text = text.replace(",", "")  # English grouping: 1,234.5
    try:
        return float(text)
    except ValueError:
        raise UsageError(N_("must be a number, not `{value}`"), value=cell_text(cell)) from None


def _choice(cell: object, choices: dict[str, str], message: str) -> str | None:
    text = fold(cell_text(cell))
    if not text:
        return None
    if text not in choices:
        raise UsageError(message, value=cell_text(cell))
    return choices[text]


class _Reader:
    """Reads one row, collecting a problem per bad cell instead of stopping at the first."""

    def __init__(self, records: Records, year: int, table: Table, number: int,
                 values: dict[str, object]) -> None:
        self.records, self.year, self.table = records, year, table
        self.number, self.values = number, values
        self.problems: list[str] = []

    def problem(self, key: str, text: str) -> None:
        self.problems.append(_(N_("`{column}`: {problem}"), column=self.table.column(key),
                               problem=text))

    def cell(self, key: str, parse: Any, default: Any = None) -> Any:
        cell = self.values.get(key)
        if isinstance(cell, Formula):
            self.problem(key, _(N_("the formula `{formula}` has no computed value: open the "
                                   "file in the spreadsheet program and save it again, or type "
                                   "the value"), formula=cell.text))
            return default
        if not cell_text(cell):
            return default
        try:
            return parse(cell)
        except TargetsError as exc:
            self.problem(key, exc.text())
            return default

    def read(self) -> Row:
        records, year = self.records, self.year
        unit = self.cell("unit", lambda c: find_unit(records, cell_text(c)))
        if not cell_text(self.values.get("unit")) and not isinstance(self.values.get("unit"),
                                                                  Formula):
            self.problem("unit", _(N_("is empty")))
        title = self.cell("title", cell_text, "")
        if not title and not isinstance(self.values.get("title"), Formula):
            self.problem("title", _(N_("is empty")))
        kind = self.cell("type", lambda c: find_term("task-type", cell_text(c)))
        deadline = self.cell("deadline", cell_date, dt.date(year, 12, 31))
        if isinstance(deadline, dt.date) and deadline.year != year:
            self.problem("deadline", _(N_("{date} is not in {year}"),
                                       date=formats.date(deadline), year=year))
        target = self.cell("target", cell_number)
        baseline = self.cell("baseline", cell_number)
        direction = self.cell("direction", lambda c: _choice(c, _DIRECTIONS, N_(
            "must be up or down (tăng or giảm), not `{value}`")))
        measure_unit = self.cell("measure_unit", cell_text) or None
        if kind is None:
            kind = "target" if target is not None or measure_unit else "task"
        missing = [key for key in ("target", "measure_unit") if self.values.get(key) is None
                   or cell_text(self.values.get(key)) == "" and not isinstance(
                       self.values.get(key), Formula)]
        if kind == "target" and missing:
            self.problem(missing[0], _(N_("a target needs a value to reach and its unit of "
                                          "measure")))
        if kind == "task" and (target is not None or measure_unit):
            self.problem("type", _(N_("a task has no measure: write `chỉ tiêu` (target) for a "
                                      "row with a value to reach")))
        meta = records.year(year).meta
        unit_record = records.units.get(unit) if isinstance(unit, str) else None
        owner = self.cell("owner", lambda c: find_key("role", cell_text(c),
                                                       role_options(unit_record))
                          ) if unit_record is not None else None
        categories = self.cell("categories", lambda c: [
            find_key("category", part, category_options(records))
            for part in cell_text(c).split(";") if part.strip()], [])
        basis = self.cell("basis", lambda c: find_key("basis", cell_text(c), basis_options(meta)))
        goal = self.cell("goal", lambda c: find_key("goal", cell_text(c), goal_options(meta)))
        if self.problems:
            return Row(self.number, None, self.problems)
        return Row(self.number, NewTask(
            unit=str(unit), title=title, deadline=deadline, type=kind, owner=owner,
            categories=list(dict.fromkeys(categories)), basis=basis, goal=goal,
            measure_unit=measure_unit, target=target, baseline=baseline,
            direction=direction))


def read_rows(records: Records, year: int, table: Table) -> list[Row]:
    return [_Reader(records, year, table, number, values).read()
            for number, values in table.rows]


def _same(task: NewTask) -> tuple[str, str, dt.date]:
    return task.unit, " ".join(task.title.split()).casefold(), task.deadline


def import_table(records: Records, year: int, path: Path, decision: str | None = None,
                 decision_day: dt.date | None = None, dry_run: bool = False,
                 loaded: list[Diagnostic] | None = None) -> Imported:
    """Read, check and (when every row is right) assign the rows of the table."""
    table = read_table(path)
    result = Imported(read_rows(records, year, table))
    existing = {_same(NewTask(t.unit, t.title, t.deadline)) for t in records.year(year).all_tasks()}
    new: list[Row] = []
    for read in result.rows:
        if read.task is None:
            continue
        if _same(read.task) in existing:
            result.skipped.append(read.number)
            continue
        existing.add(_same(read.task))
        new.append(read)
    if not new:
        return result
    assigned = assign(records, year, [row.task for row in new if row.task is not None],
                      decision, decision_day, dry_run=dry_run or bool(result.bad),
                      loaded=loaded)
    by_ref = dict(zip(assigned.refs, new, strict=True))
    for diagnostic in assigned.outcome.refused:
        found = by_ref.get(diagnostic.task or "")
        if found is None:
            result.other.append(diagnostic)
            continue
        row = found
        column = CODE_COLUMNS.get(diagnostic.code)
        text = f"{diagnostic.text()} [{diagnostic.code}]"
        row.problems.append(_(N_("`{column}`: {problem}"), column=table.column(column),
                              problem=text) if column else text)
    result.rows.sort(key=lambda r: r.number)
    result.refs, result.outcome = assigned.refs, assigned.outcome
    return result
