"""A workbook without formulas is read by python-calamine, one with formulas by openpyxl: both
give the same rows (what openpyxl reads), so that a form reads the same either way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from songlo_targets.write import assign_table
from songlo_targets.write.assign_table import Formula, xlsx_rows

from support.writing_support import Run, bundled_copy


def _openpyxl(path: Path) -> list[list[object]]:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def _book(path: Path, cells: dict[str, object], second: dict[str, object] | None = None
          ) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for where, value in cells.items():
        sheet[where] = value
    if second is not None:
        other = book.create_sheet("Hướng dẫn")
        for where, value in second.items():
            other[where] = value
    book.save(path)
    return path


CASES = {
    "types": {"A1": "Mã", "B1": 40, "C1": 12.5, "D1": dt.date(2026, 9, 30),
              "E1": dt.datetime(2026, 9, 30, 14, 5), "F1": True, "G1": "  có khoảng trắng ",
              "A3": "sau một dòng trống", "H3": 0, "I3": -3.0, "J3": 1e16},
    "starting at C3": {"C3": "Mã", "D4": "Tình trạng", "E5": 7},
    "one cell": {"A1": "x"},
    "formulas on another sheet only": {"A1": "x"},
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_workbook_without_formulas_reads_as_openpyxl_reads_it(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    second = {"A1": "=1+1"} if name == "formulas on another sheet only" else None
    path = _book(tmp_path / "x.xlsx", CASES[name], second)
    read: list[str] = []
    real = assign_table._calamine_rows

    def calamine(p: Path) -> list[list[object]] | None:
        rows = real(p)
        read.append("calamine" if rows is not None else "calamine failed")
        return rows

    monkeypatch.setattr(assign_table, "_calamine_rows", calamine)
    rows = list(xlsx_rows(path))
    assert rows == _openpyxl(path)
    assert read == ([] if second else ["calamine"])  # a formula anywhere: openpyxl


def test_a_formula_is_found_and_read_by_openpyxl(tmp_path: Path) -> None:
    path = _book(tmp_path / "x.xlsx", {"A1": "Mã", "A2": "x", "B2": "=DATE(2026,9,30)"})
    assert assign_table._has_formulas(path)
    rows = list(xlsx_rows(path))
    assert rows[0][0] == "Mã" and rows[1][1] == Formula("=DATE(2026,9,30)")


def test_the_forms_of_the_tool_are_read_by_calamine_as_by_openpyxl(write_run: Run,
                                                                    tmp_path: Path) -> None:
    root = bundled_copy(tmp_path)
    code, _out, err = write_run("--root", str(root), "forms", "2022", "--checkpoint",
                                "2022-09-30", "--out", str(tmp_path / "f"))
    assert code == 0, err
    forms = sorted((tmp_path / "f").rglob("*.xlsx"))
    assert len(forms) > 10
    for form in forms:
        assert not assign_table._has_formulas(form)
        assert list(xlsx_rows(form)) == _openpyxl(form), form
