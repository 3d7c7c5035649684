"""Writing an export (SPEC §6.7): CSV (UTF-8 with a BOM, for Excel), XLSX and JSON.

Cells a spreadsheet would run as formulas are neutralised: a leading quote in CSV, a cell
stored as text in XLSX.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from songlo_targets.derive.export import COLUMNS, Export, Value
from songlo_targets.i18n import _
from songlo_targets.render.common import json_text
from songlo_targets.render.tabular import FORMULA_STARTS, csv_text


def _plain(value: Value) -> str | int | float | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "x" if value else None
    if isinstance(value, float) and value == int(value):
        return int(value)
    return value


def as_csv(export: Export) -> str:
    return csv_text([_(c.header) for c in COLUMNS],
                    ([_plain(row[c.key]) for c in COLUMNS] for row in export.shown), bom=True)


def as_json(export: Export) -> str:
    def cell(value: Value) -> Any:
        return value.isoformat() if isinstance(value, dt.date) else value

    return json_text({"year": export.year, "as_of": export.as_of.isoformat(),
                      "tasks": [{k: cell(v) for k, v in row.items()} for row in export.rows]})


def as_xlsx(export: Export) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = str(export.year)
    sheet.append([_(c.header) for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(export.shown, start=2):
        for index, column in enumerate(COLUMNS, start=1):
            value = row[column.key]
            cell = sheet.cell(row=number, column=index)
            if column.kind == "bool":
                cell.value = bool(value)
            elif isinstance(value, str):
                cell.value = value
                if value.startswith(FORMULA_STARTS):
                    cell.data_type = "s"  # text, never a formula
            else:
                cell.value = value
            if column.kind == "date" and value is not None:
                cell.number_format = "DD/MM/YYYY"
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "B2"
    if export.rows:
        sheet.auto_filter.ref = sheet.dimensions
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()
