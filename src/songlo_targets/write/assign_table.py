"""Rows of tasks to assign, read from a CSV or XLSX table (SPEC §6.2).

Headers are English (`unit, title, …`) or Vietnamese (`Đơn vị, Nội dung, …`), in any case and
with or without diacritics. Every row is read and checked; a bad row is reported with its
number as the spreadsheet shows it (the header is row 1).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from songlo_targets.dates import parse_date
from songlo_targets.errors import TargetsError, UsageError
from songlo_targets.i18n import N_, _
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import find_unit
from songlo_targets.vietnamese import fold
from songlo_targets.write.task_files import NewTask

COLUMNS = {
    "unit": "Đơn vị", "title": "Nội dung", "type": "Loại", "owner": "Người phụ trách",
    "deadline": "Thời hạn", "categories": "Nhóm việc", "basis": "Căn cứ", "goal": "Mục tiêu",
    "measure_unit": "Đơn vị tính", "target": "Chỉ tiêu", "baseline": "Giá trị đầu kỳ",
    "direction": "Chiều",
}
_HEADERS = {fold(name): key for key, name in COLUMNS.items()} | {
    fold(key): key for key in COLUMNS}
_TYPES = {"task": "task", "target": "target", "nhiem vu": "task", "chi tieu": "target"}
_DIRECTIONS = {"up": "up", "down": "down", "tang": "up", "giam": "down"}


@dataclass
class Row:
    number: int  # as the spreadsheet shows it
    task: NewTask | None
    problems: list[str] = field(default_factory=list)  # translated messages


def read_table(path: Path) -> list[tuple[int, dict[str, object]]]:
    """(row number, {column key: cell}) of every non-empty row."""
    if path.suffix.lower() == ".xlsx":
        raw = list(_xlsx_rows(path))
    elif path.suffix.lower() == ".csv":
        raw = list(_csv_rows(path))
    else:
        raise UsageError(N_("`{file}` is neither a .csv nor a .xlsx file"), file=path.name)
    if not raw:
        raise UsageError(N_("`{file}` is empty"), file=path.name)
    header = [str(cell or "").strip() for cell in raw[0]]
    keys = [_HEADERS.get(fold(name)) for name in header]
    unknown = [name for name, key in zip(header, keys, strict=True) if name and key is None]
    if unknown or "unit" not in keys or "title" not in keys:
        raise UsageError(
            N_("the header row of `{file}` must name the columns {columns} (or in Vietnamese: "
               "{vietnamese}); not understood: {unknown}"),
            file=path.name, columns=", ".join(COLUMNS),
            vietnamese=", ".join(COLUMNS.values()), unknown=", ".join(unknown) or "—")
    rows = []
    for number, cells in enumerate(raw[1:], start=2):
        values = {key: cell for key, cell in zip(keys, cells, strict=False) if key is not None}
        if any(_text(v) for v in values.values()):
            rows.append((number, values))
    return rows


def _csv_rows(path: Path) -> Iterator[list[object]]:
    text = path.read_bytes().decode("utf-8-sig")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    yield from csv.reader(io.StringIO(text), dialect)


def _xlsx_rows(path: Path) -> Iterator[list[object]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise UsageError(N_("`{file}` cannot be read as an Excel workbook: {error}"),
                         file=path.name, error=str(exc)) from None
    try:
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            yield list(row)
    finally:
        workbook.close()


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _date(cell: object) -> dt.date:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    return parse_date(_text(cell))


def _number(cell: object, column: str) -> float | None:
    if cell is None or _text(cell) == "":
        return None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return float(cell)
    text = _text(cell).replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # Vietnamese decimal comma: 12,5
    try:
        return float(text)
    except ValueError:
        raise UsageError(N_("`{column}` must be a number, not `{value}`"),
                         column=column, value=_text(cell)) from None


def parse_row(records: Records, year: int, number: int, values: dict[str, object]) -> Row:
    problems: list[str] = []

    def attempt(job: str, default: object = None) -> object:
        try:
            return _FIELDS[job](records, values.get(job))
        except TargetsError as exc:
            problems.append(exc.text())
            return default

    unit = attempt("unit")
    title = _text(values.get("title"))
    if not title:
        problems.append(_(N_("`title` (Nội dung) is empty")))
    kind = attempt("type", "task")
    deadline = (attempt("deadline") if _text(values.get("deadline"))
                else dt.date(year, 12, 31))
    target = attempt("target")
    baseline = attempt("baseline")
    direction = attempt("direction")
    measure_unit = _text(values.get("measure_unit")) or None
    if kind is None:
        kind = "target" if target is not None or measure_unit else "task"
    if problems:
        return Row(number, None, problems)
    categories = [c.strip() for c in _text(values.get("categories")).split(";") if c.strip()]
    return Row(number, NewTask(
        unit=str(unit), title=title, deadline=deadline if isinstance(deadline, dt.date)
        else dt.date(year, 12, 31), type=str(kind), owner=_text(values.get("owner")) or None,
        categories=categories, basis=_text(values.get("basis")) or None,
        goal=_text(values.get("goal")) or None, measure_unit=measure_unit,
        target=target if isinstance(target, float) else None,
        baseline=baseline if isinstance(baseline, float) else None,
        direction=str(direction) if direction else None))


def _unit(records: Records, cell: object) -> str:
    if not _text(cell):
        raise UsageError(N_("`unit` (Đơn vị) is empty"))
    return find_unit(records, _text(cell))


def _type(records: Records, cell: object) -> str | None:
    text = fold(_text(cell))
    if not text:
        return None
    if text not in _TYPES:
        raise UsageError(N_("`type` (Loại) must be task or target (nhiệm vụ or chỉ tiêu), not "
                            "`{value}`"), value=_text(cell))
    return _TYPES[text]


def _direction(records: Records, cell: object) -> str | None:
    text = fold(_text(cell))
    if not text:
        return None
    if text not in _DIRECTIONS:
        raise UsageError(N_("`direction` (Chiều) must be up or down (tăng or giảm), not "
                            "`{value}`"), value=_text(cell))
    return _DIRECTIONS[text]


_FIELDS = {
    "unit": _unit,
    "type": _type,
    "deadline": lambda records, cell: _date(cell),
    "target": lambda records, cell: _number(cell, "target"),
    "baseline": lambda records, cell: _number(cell, "baseline"),
    "direction": _direction,
}


def read_rows(records: Records, year: int, path: Path) -> list[Row]:
    return [parse_row(records, year, number, values) for number, values in read_table(path)]
