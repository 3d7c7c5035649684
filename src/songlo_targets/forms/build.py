"""`targets forms YEAR` (issue 23): one workbook per unit listing its open tasks at a checkpoint.

Sheet 1 (`Tiến độ`) holds a title block and one row per task not done or dropped at the
checkpoint: the locked columns say what the records say, the unlocked ones are for the unit to
fill in. The form identifier binds the workbook to the bytes of the unit's task file, the year
and the organization; it is kept in a cell of the title block and in the workbook's custom
properties, so that the import can tell a form of other records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from songlo_targets import formats, glossary
from songlo_targets.derive.state import year_states
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Task, dump

SHEET = "Tiến độ"
GUIDE = "Hướng dẫn"
HEADER_ROW = 7  # the row of the column names; task rows start below
ID_CELL = "B5"
# (key, Vietnamese header, width, filled in by the unit)
COLUMNS = [
    ("ref", "Mã nhiệm vụ", 16, False),
    ("title", "Nội dung nhiệm vụ", 48, False),
    ("deadline", "Thời hạn", 12, False),
    ("measure", "Sản phẩm / chỉ tiêu", 22, False),
    ("last_status", "Tình trạng gần nhất", 18, False),
    ("last_date", "Ngày cập nhật", 13, False),
    ("status", "Tình trạng mới", 18, True),
    ("amount", "Giá trị / Tỷ lệ %", 14, True),
    ("result", "Kết quả", 36, True),
    ("evidence", "Tên văn bản minh chứng", 30, True),
    ("number", "Số văn bản", 14, True),
    ("evidence_date", "Ngày văn bản", 13, True),
    ("note", "Ghi chú", 28, True),
    # Hidden: what the task's record was when the form was made (the import refuses a row
    # whose task changed since). A milestone row can be told apart by its reference.
    ("stamp", "Dấu bản ghi", 24, False),
]
KEYS = [c[0] for c in COLUMNS]
ENTRY_STATUSES = ["not-started", "in-progress", "blocked", "done"]


def column_letter(key: str) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(KEYS.index(key) + 1))


def form_id(records: Records, year: int, unit: str) -> str:
    """A short hash of the unit's task file bytes, the year and the organization."""
    path = records.year(year).task_paths[unit]
    content = (records.root / path).read_bytes()
    organization = records.config.organization.name if records.config else ""
    digest = hashlib.sha256()
    for part in (str(year).encode(), organization.encode("utf-8"), content):
        digest.update(len(part).to_bytes(8, "big") + part)
    return f"{year}-{unit}-{digest.hexdigest()[:12]}"


def task_stamp(task: Task) -> str:
    """Two short hashes of the task's record as loaded: its fields and amendments, then its
    progress (the import tells which of the two changed)."""
    record = dump(task)
    entries = record.pop("progress", [])
    return _digest(record) + "-" + _digest(entries)


def _digest(value: object) -> str:
    text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def open_tasks(records: Records, year: int, unit: str, checkpoint: dt.date) -> list[Task]:
    state = year_states(records, year, checkpoint)
    return [t for t in records.year(year).tasks.get(unit, [])
            if not state(t).done and not state(t).left]


def product_text(task: Task, checkpoint: dt.date) -> str:
    """What the task must deliver, as the form shows it: the target's measure, then its
    milestones not yet past by more than a quarter ("mốc 30/09/2026: 6"), which the unit's
    report of the task's state meets or misses (one row per task: a milestone is judged from
    the task's progress, so it has no row of its own to fill)."""
    parts = [formats.measure(task.measure, language="vi")] if task.measure else []
    since = checkpoint - dt.timedelta(days=92)
    for milestone in task.milestones:
        if milestone.date >= since:
            amount = (formats.with_unit(formats.number(milestone.target, language="vi"),
                                        task.measure.unit)
                      if milestone.target is not None and task.measure is not None
                      else formats.percent_value(milestone.percent, language="vi"))
            title = f" ({milestone.title})" if milestone.title else ""
            parts.append(f"mốc {formats.date(milestone.date)}: {amount}{title}")
    return "; ".join(parts)


@dataclass(frozen=True)
class Form:
    unit: str
    path: Path
    rows: int


def form_path(out: Path, year: int, checkpoint: dt.date, unit: str) -> Path:
    return out / "forms" / str(year) / checkpoint.isoformat() / f"{unit}.xlsx"


def build(records: Records, year: int, unit: str, checkpoint: dt.date) -> tuple[object, int]:
    """The workbook of ``unit`` (an openpyxl Workbook) and its number of task rows."""
    from openpyxl import Workbook
    from openpyxl.packaging.custom import StringProperty
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    vi = "vi"
    state = year_states(records, year, checkpoint)
    tasks = open_tasks(records, year, unit, checkpoint)
    identifier = form_id(records, year, unit)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    bold = Font(bold=True)
    name = records.units[unit].name if unit in records.units else unit
    organization = records.config.organization.name if records.config else ""
    ws["A1"] = "BIỂU MẪU CẬP NHẬT TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"], ws["B2"] = "Cơ quan giao:", organization
    ws["A3"], ws["B3"] = "Đơn vị:", name
    ws["A4"], ws["B4"] = "Năm / kỳ cập nhật:", f"{year} — {formats.date(checkpoint)}"
    ws["A5"], ws[ID_CELL] = "Mã biểu mẫu:", identifier
    ws["C5"] = checkpoint
    ws["C5"].number_format = "DD/MM/YYYY"
    for row in range(2, 6):
        ws.cell(row, 1).font = bold
    ws.cell(HEADER_ROW - 1, 1, "Điền các cột có nền vàng; không sửa các cột khác "
                               "(xem trang “Hướng dẫn”).")
    fill = PatternFill("solid", fgColor="FFF2CC")
    thin = Side(style="thin", color="808080")
    edge = Border(left=thin, right=thin, top=thin, bottom=thin)  # readable printed
    for index, (_key, header, width, _open) in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, index, header)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = edge
        ws.column_dimensions[cell.column_letter].width = width
    ws.row_dimensions[HEADER_ROW].height = 32
    statuses = [glossary.label("status", k, vi) for k in ENTRY_STATUSES]
    validation = DataValidation(type="list", formula1='"' + ",".join(statuses) + '"',
                                allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(validation)
    wrap = Alignment(wrap_text=True, vertical="top")
    for offset, task in enumerate(tasks, start=1):
        row = HEADER_ROW + offset
        now = state(task)
        values = {
            "ref": task.ref, "title": task.title, "deadline": task.deadline,
            "measure": product_text(task, checkpoint),
            "last_status": glossary.label("status", now.status, vi),
            "last_date": now.last_update, "stamp": task_stamp(task),
        }
        for index, key in enumerate(KEYS, start=1):
            cell = ws.cell(row, index, values.get(key))
            cell.alignment = wrap
            cell.border = edge
            if key in ("deadline", "last_date", "evidence_date"):
                cell.number_format = "DD/MM/YYYY"
            if COLUMNS[index - 1][3]:
                cell.protection = Protection(locked=False)
                cell.fill = fill
        validation.add(f"{column_letter('status')}{row}")
        # Spreadsheets do not grow a row to its wrapped text when they open a file: give each
        # row the height of its longest cell (a line about every width × 1.1 characters).
        lines = max((-(-len(str(values.get(key) or "")) // max(1, int(width * 1.1)))
                     for key, (_k, _h, width, _o) in zip(KEYS, COLUMNS, strict=True)),
                    default=1)
        ws.row_dimensions[row].height = 15 * max(1, lines)
    ws.column_dimensions[column_letter("stamp")].hidden = True
    ws.protection.sheet = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)
    wb.custom_doc_props.append(StringProperty(name="songlo-form", value=identifier))
    guide = wb.create_sheet(GUIDE)
    guide.column_dimensions["A"].width = 100
    for index, line in enumerate(GUIDE_LINES, start=1):
        text = line.format(statuses=", ".join(statuses))
        guide.cell(index, 1, text).alignment = Alignment(wrap_text=True)
    guide["A1"].font = Font(bold=True, size=13)
    guide.protection.sheet = True
    return wb, len(tasks)


GUIDE_LINES = [
    "HƯỚNG DẪN ĐIỀN BIỂU MẪU CẬP NHẬT TIẾN ĐỘ",
    "1. Mỗi dòng là một nhiệm vụ chưa hoàn thành của đơn vị tại kỳ cập nhật. Các cột nền "
    "trắng do phần mềm điền, không sửa.",
    "2. Tình trạng mới: chọn trong danh sách ({statuses}). Dòng không có thay đổi thì để "
    "trống toàn bộ.",
    "3. Giá trị / Tỷ lệ %: với chỉ tiêu, ghi giá trị lũy kế đạt được; với nhiệm vụ, ghi tỷ lệ "
    "phần trăm hoàn thành (0–100). Số thập phân dùng dấu phẩy, ví dụ 1.234,5.",
    "4. Khi chọn “Hoàn thành”, bắt buộc ghi Kết quả và Tên văn bản minh chứng (kèm Số và "
    "Ngày văn bản nếu có).",
    "5. Ngày ghi theo dạng ngày/tháng/năm, ví dụ 30/06/2022.",
    "6. Không đổi tên trang, không thêm hay xóa cột, không sửa Mã biểu mẫu. Gửi lại tệp "
    "cho cơ quan giao sau khi điền.",
]


def write_forms(records: Records, year: int, checkpoint: dt.date, units: list[str],
                out: Path) -> list[Form]:
    """Write one workbook per unit (in ``units``; all units with tasks when empty)."""
    chosen = units or sorted(records.year(year).tasks)
    made = []
    for unit in chosen:
        workbook, rows = build(records, year, unit, checkpoint)
        path = form_path(out, year, checkpoint, unit)
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(path)  # type: ignore[attr-defined]
        made.append(Form(unit, path, rows))
    return made
