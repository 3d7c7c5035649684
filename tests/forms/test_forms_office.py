"""A progress form through LibreOffice Calc (`soffice --headless --convert-to xlsx`): a form
filled, saved again by a real office suite, is read back the same, a formula by the value
Calc computed for it. With ``CI`` set, a missing LibreOffice is a failure, not a skip."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from songlo_targets.forms.build import HEADER_ROW, SHEET, column_letter

from support.writing_support import Run, bundled_copy

ROOT = Path(__file__).parents[2]


def saved_by_calc(soffice: str, workbook: Path, folder: Path) -> Path:
    """``workbook`` opened and saved again as XLSX by LibreOffice Calc."""
    out, profile = folder / "out", folder / "profile"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(workbook)],
                   check=True, capture_output=True, timeout=180)
    return out / workbook.name


@pytest.fixture(scope="module")
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        message = "LibreOffice is missing: apt-get install -y libreoffice-calc-nogui"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def test_a_form_saved_by_libreoffice_is_imported(soffice: str, write_run: Run,
                                                 tmp_path: Path) -> None:
    root = bundled_copy(tmp_path)
    code, _out, err = write_run("--root", str(root), "forms", "2022", "--checkpoint",
                                "2022-09-30", "--unit", "bach-luu")
    assert code == 0, err
    form = root / "forms/2022/2022-09-30/bach-luu.xlsx"
    wb = load_workbook(form)
    ws = wb[SHEET]
    row = HEADER_ROW + 1
    ws[f"{column_letter('status')}{row}"] = "Đang thực hiện"
    ws[f"{column_letter('amount')}{row}"] = "=20+20"  # Calc computes it, and saves 40
    ws[f"{column_letter('note')}{row}"] = "Lưu bằng LibreOffice"
    filled = tmp_path / "in" / "bach-luu.xlsx"
    filled.parent.mkdir()
    wb.save(filled)
    saved = saved_by_calc(soffice, filled, tmp_path)
    assert saved.is_file()
    code, out_text, err = write_run("--root", str(root), "progress", "import", str(saved),
                                    "--date", "2022-10-03")
    assert code == 0, err
    assert "recorded 1 entry" in out_text
    text = (root / "targets/2022/bach-luu.yaml").read_text(encoding="utf-8")
    assert "Lưu bằng LibreOffice" in text
    assert "percent: 40\n" in text  # the value of the formula, as Calc saved it


def test_a_form_saved_by_libreoffice_reads_the_same_with_calamine(soffice: str, write_run: Run,
                                                                  tmp_path: Path) -> None:
    """Without a formula, a workbook Calc wrote (shared strings, its own styles and sizes) is
    read by python-calamine: the rows are those openpyxl reads."""
    from songlo_targets.write.assign_table import _calamine_rows, _has_formulas, xlsx_rows

    root = bundled_copy(tmp_path)
    code, _out, err = write_run("--root", str(root), "forms", "2022", "--checkpoint",
                                "2022-09-30", "--unit", "bach-luu")
    assert code == 0, err
    form = root / "forms/2022/2022-09-30/bach-luu.xlsx"
    wb = load_workbook(form)
    ws = wb[SHEET]
    ws[f"{column_letter('status')}{HEADER_ROW + 1}"] = "Hoàn thành"
    ws[f"{column_letter('amount')}{HEADER_ROW + 1}"] = 12.5
    ws[f"{column_letter('evidence_date')}{HEADER_ROW + 1}"] = "28/09/2022"
    filled = tmp_path / "in" / "bach-luu.xlsx"
    filled.parent.mkdir()
    wb.save(filled)
    saved = saved_by_calc(soffice, filled, tmp_path)
    assert not _has_formulas(saved) and _calamine_rows(saved) is not None
    book = load_workbook(saved, read_only=True, data_only=True)
    expected = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert list(xlsx_rows(saved)) == expected
