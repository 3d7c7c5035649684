"""`targets export` for people shows labels (SPEC §6.8): CSV and XLSX cells read "Nhiệm vụ",
"Chủ tịch UBND xã", "Việc khó", "Hoàn thành đúng hạn", never the keys `task`, `chu-tich`,
`viec-kho`, `done-on-time`; the reference and the unit id stay keys (for programs), and JSON
keeps every key."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from songlo_targets.cli import main

ROOT = Path(__file__).parents[2]
KEYS = {"task", "target", "in-progress", "done", "done-on-time", "done-late", "open",
        "overdue", "hdnd", "xa-thi-tran", "viec-kho", "chu-tich", "bi-thu", "up", "down"}


def export(capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, fmt: str) -> Path:
    out = tmp_path / f"export.{fmt}"
    with pytest.raises(SystemExit) as exit_:
        main(["--root", str(ROOT), "--lang", lang, "export", "2022", "--format", fmt,
              "--out", str(out)])
    assert exit_.value.code in (0, None)
    capsys.readouterr()
    return out


def test_csv_cells_are_labels(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = export(capsys, tmp_path, "vi", "csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    cells = {value for row in rows for key, value in row.items()
             if key not in ("Mã nhiệm vụ", "Mã đơn vị", "Mã")}
    assert not cells & KEYS, sorted(cells & KEYS)
    first = rows[0]
    assert first["Mã nhiệm vụ"] == "2022/thuong-truc-hdnd/01"  # keys where programs join
    assert first["Mã đơn vị"] == "thuong-truc-hdnd"
    assert (first["Loại"], first["Người phụ trách"], first["Nhóm việc"]) == (
        "Nhiệm vụ", "Chủ tịch HĐND huyện", "Việc khó")
    assert first["Khối"] == "Thường trực HĐND huyện"
    assert first["Nhóm tình trạng"] == "Hoàn thành đúng hạn"


def test_csv_in_english(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = export(capsys, tmp_path, "en", "csv").read_text(encoding="utf-8-sig")
    first = next(csv.DictReader(io.StringIO(data)))
    assert (first["Type"], first["Status"], first["Bucket"]) == ("Task", "Done",
                                                                 "Done on time")


def test_xlsx_cells_are_labels(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    sheet = load_workbook(export(capsys, tmp_path, "vi", "xlsx")).active
    header = [c.value for c in sheet[1]]
    values = {str(c.value) for row in sheet.iter_rows(min_row=2) for c in row
              if header[c.column - 1] not in ("Mã nhiệm vụ", "Mã đơn vị", "Mã")}
    assert not values & KEYS, sorted(values & KEYS)


def test_json_keeps_the_keys(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = json.loads(export(capsys, tmp_path, "vi", "json").read_text(encoding="utf-8"))
    first = data["tasks"][0]
    assert (first["type"], first["owner"], first["group"], first["bucket"]) == (
        "task", "chu-tich", "hdnd", "done-on-time")
