"""Progress forms (issue 23): `targets forms` on a copy of the bundled records, filled as a unit
would, read back by `targets progress import`; hostile files are refused in one line."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from songlo_targets.forms.build import HEADER_ROW, KEYS, SHEET, column_letter

from support.writing_support import Run, bundled_copy, tree_hashes

ROOT = Path(__file__).parents[2]
UNIT = "bach-luu"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return bundled_copy(tmp_path)


def make_form(run: Run, root: Path, *args: str) -> Path:
    code, out, err = run("--root", str(root), "forms", "2022", "--checkpoint", "30/09/2022",
                         "--unit", UNIT, *args)
    assert code == 0, err
    path = root / "forms" / "2022" / "2022-09-30" / f"{UNIT}.xlsx"
    assert str(path) in out and path.is_file()
    return path


def task_rows(path: Path) -> dict[str, int]:
    ws = load_workbook(path)[SHEET]
    return {str(ws.cell(r, 1).value): r for r in range(HEADER_ROW + 1, ws.max_row + 1)
            if ws.cell(r, 1).value}


def fill(path: Path, out: Path, cells: dict[tuple[int, str], object]) -> Path:
    wb = load_workbook(path)
    ws = wb[SHEET]
    for (row, key), value in cells.items():
        ws[f"{column_letter(key)}{row}"] = value
    wb.save(out)
    return out


def progress(run: Run, root: Path) -> dict[str, list[dict[str, object]]]:
    code, out, err = run("--root", str(root), "progress", "--year", "2022", "--unit", UNIT,
                         "--format", "json", "--as-of", "2022-12-31")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_the_form_lists_the_open_tasks_locked_with_the_columns_to_fill(
        write_run: Run, repo: Path) -> None:
    path = make_form(write_run, repo)
    wb = load_workbook(path)
    assert wb.sheetnames == [SHEET, "Hướng dẫn"]
    ws = wb[SHEET]
    assert ws.protection.sheet
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows
    assert "Xã Bạch Lưu" in [c.value for c in ws["B"]]
    identifier = ws["B5"].value
    assert identifier.startswith("2022-bach-luu-")
    assert any(p.value == identifier for p in wb.custom_doc_props.props)
    rows = task_rows(path)
    assert rows and all(ref.startswith("2022/bach-luu/") for ref in rows)
    first = min(rows.values())
    deadline = ws[f"{column_letter('deadline')}{first}"]
    assert deadline.is_date and deadline.number_format == "DD/MM/YYYY"
    for key in KEYS:
        locked = ws[f"{column_letter(key)}{first}"].protection.locked
        assert locked == (key in ("ref", "title", "deadline", "measure", "last_status",
                                  "last_date", "stamp")), key
    assert ws.data_validations.dataValidation[0].formula1.count(",") == 3


def test_a_filled_form_is_checked_then_recorded_once(write_run: Run, repo: Path,
                                                     tmp_path: Path) -> None:
    path = make_form(write_run, repo)
    rows = task_rows(path)
    (ref_a, row_a), (ref_b, row_b) = sorted(rows.items())[:2]
    filled = fill(path, tmp_path / "filled.xlsx", {
        (row_a, "status"): "Dang thuc hien",  # without diacritics
        (row_a, "note"): "Đã họp thôn",
        (row_b, "status"): "Vướng mắc",
        (row_b, "evidence"): "Báo cáo tiến độ", (row_b, "number"): "12/BC-UBND",
        (row_b, "evidence_date"): "28/09/2022",  # a date typed as text
    })
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "progress", "import", str(filled),
                               "--date", "2022-10-03", "--dry-run")
    assert code == 0, err
    assert f"would record 2 entries: {ref_a}, {ref_b}" in out
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "progress", "import", str(filled),
                               "--date", "2022-10-03")
    assert code == 0, err
    assert "recorded 2 entries" in out
    text = (repo / "targets/2022/bach-luu.yaml").read_text(encoding="utf-8")
    assert "Đã họp thôn" in text and "12/BC-UBND" in text and "2022-10-03" in text
    code, out, err = write_run("--root", str(repo), "check")
    assert code == 0, out + err
    after = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "progress", "import", str(filled),
                               "--date", "2022-10-03")
    assert code == 0, err
    assert "2 rows already recorded" in out and tree_hashes(repo) == after


def test_one_bad_cell_writes_nothing_and_is_named(write_run: Run, repo: Path,
                                                  tmp_path: Path) -> None:
    path = make_form(write_run, repo)
    (row_a, row_b) = sorted(task_rows(path).values())[:2]
    filled = fill(path, tmp_path / "bad.xlsx", {
        (row_a, "status"): "in progress", (row_b, "status"): "xong roi",
        (row_b, "amount"): "abc", (row_b + 1, "note"): "=A1"})
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "progress", "import", str(filled),
                               "--date", "2022-10-03")
    assert code == 1
    assert f"bad.xlsx:{SHEET}!{column_letter('status')}{row_b}: unknown status `xong roi`" in err
    assert f"{SHEET}!{column_letter('amount')}{row_b}: must be a number, not `abc`" in err
    assert f"{SHEET}!{column_letter('note')}{row_b + 1}: `=A1` is a formula without" in err
    assert "Traceback" not in err and tree_hashes(repo) == before


def test_done_without_evidence_is_refused_at_its_row(write_run: Run, repo: Path,
                                                     tmp_path: Path) -> None:
    path = make_form(write_run, repo)
    row = min(task_rows(path).values())
    filled = fill(path, tmp_path / "done.xlsx", {(row, "status"): "Hoàn thành"})
    code, _out, err = write_run("--root", str(repo), "progress", "import", str(filled),
                                "--date", "2022-10-03")
    assert code == 1 and f"!{column_letter('result')}{row}: a task done needs" in err


def test_a_row_whose_task_changed_after_the_form_is_refused(write_run: Run, repo: Path,
                                                            tmp_path: Path) -> None:
    path = make_form(write_run, repo)
    ref, row = min(task_rows(path).items())
    code, _out, err = write_run("--root", str(repo), "progress", "add", ref,
                                "--status", "in-progress", "--date", "2022-10-01")
    assert code == 0, err
    filled = fill(path, tmp_path / "stale.xlsx", {(row, "status"): "Đang thực hiện"})
    before = tree_hashes(repo)
    code, _out, err = write_run("--root", str(repo), "progress", "import", str(filled),
                                "--date", "2022-10-03")
    assert code == 1
    assert f"task {ref} changed since the form was made: new progress was recorded" in err
    assert tree_hashes(repo) == before


def test_a_form_of_another_organization_is_refused(write_run: Run, repo: Path,
                                                   tmp_path: Path) -> None:
    path = make_form(write_run, repo)
    row = min(task_rows(path).values())
    filled = fill(path, tmp_path / "other.xlsx", {(row, "status"): "Đang thực hiện"})
    wb = load_workbook(filled)
    wb[SHEET]["B2"] = "Huyện ủy Lập Thạch"
    wb.save(filled)
    code, _out, err = write_run("--root", str(repo), "progress", "import", str(filled))
    assert code == 1 and "another organization" in err


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    return buffer.getvalue()


@pytest.mark.parametrize(("content", "message"), [
    (b"hello, not a workbook", "is not an Excel workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected"),
    ("truncated", "damaged workbook"),
    ("bomb", "unpacks to too much data"),
])
def test_hostile_files_are_refused_in_one_line(write_run: Run, repo: Path, tmp_path: Path,
                                               content: object, message: str) -> None:
    if content == "truncated":
        data = make_form(write_run, repo).read_bytes()
        content = data[: len(data) // 2]
    elif content == "bomb":
        content = _bomb()
    assert isinstance(content, bytes)
    hostile = tmp_path / "hostile.xlsx"
    hostile.write_bytes(content)
    code, _out, err = write_run("--root", str(repo), "progress", "import", str(hostile))
    assert code == 1
    assert message in err and "Traceback" not in err
    assert len([line for line in err.splitlines() if line.strip()]) == 2


def test_missing_lists_the_units_that_reported_nothing(write_run: Run, repo: Path) -> None:
    code, out, err = write_run("--root", str(repo), "progress", "--year", "2022", "--missing",
                               "--checkpoint", "2022-12-31")
    assert code == 0, err
    for line in out.splitlines():
        assert "nothing recorded since the previous checkpoint" in line


def test_a_form_saved_as_csv_is_read_the_same(write_run: Run, repo: Path,
                                              tmp_path: Path) -> None:
    import csv

    path = make_form(write_run, repo)
    row = min(task_rows(path).values())
    ws = load_workbook(fill(path, tmp_path / "f.xlsx", {
        (row, "status"): "dang thuc hien", (row, "note"): "Qua CSV"}))[SHEET]
    target = tmp_path / "f.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for values in ws.iter_rows(values_only=True):
            writer.writerow([v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else v
                             for v in values])
    code, out, err = write_run("--root", str(repo), "progress", "import", str(target),
                               "--date", "2022-10-03")
    assert code == 0, err
    assert "recorded 1 entry" in out
    assert "Qua CSV" in (repo / "targets/2022/bach-luu.yaml").read_text(encoding="utf-8")


def test_missing_names_a_unit_silent_since_the_previous_checkpoint(
        write_build: Callable[[dict[str, str]], Path], write_run: Run) -> None:
    root = write_build({
        "targets/2022/_year.yaml": "checkpoints: [2022-03-31, 2022-06-30]\n",
        "targets/2022/duc-bac.yaml": """\
            tasks:
              - {id: '01', title: Việc một, deadline: 2022-12-31,
                 progress: [{date: 2022-05-02, status: in-progress}]}
            """,
        "targets/2022/tam-son.yaml": """\
            tasks:
              - {id: '01', title: Việc hai, deadline: 2022-12-31,
                 progress: [{date: 2022-02-02, status: in-progress}]}
            """})
    code, out, err = write_run("--root", str(root), "progress", "--year", "2022",
                               "--missing", "--checkpoint", "2022-07-01")
    assert code == 0, err
    assert out.splitlines() == ["tam-son\tThị trấn Tam Sơn\t1 open, nothing recorded since "
                                "the previous checkpoint"]


def test_cells_read_as_people_type_them() -> None:
    import datetime as dt

    from songlo_targets.write.assign_table import cell_date, cell_number

    assert cell_date(44834) == dt.date(2022, 9, 30)  # a spreadsheet serial
    assert cell_date("30/09/2022") == cell_date("2022-09-30") == dt.date(2022, 9, 30)
    assert cell_number("1.234,5") == cell_number("1234.5") == cell_number("1,234.5") == 1234.5
    assert cell_number("12,5") == 12.5


def test_a_task_row_shows_the_milestones_still_due(write_run: Run, tmp_path: Path,
                                                   today: Callable[..., None]) -> None:
    import datetime as dt

    today(dt.date(2026, 12, 7))
    root = tmp_path / "xa"
    example = Path(__file__).resolve().parents[2] / "examples" / "xa-song-lo"
    shutil.copytree(example, root, ignore=shutil.ignore_patterns(".targets-cache"))
    tasks = root / "targets/2026/mttq-xa.yaml"
    tasks.write_text(tasks.read_text(encoding="utf-8") + (
        "  - id: '09'\n    title: Xây dựng 3 km đường giao thông nông thôn\n"
        "    type: target\n    deadline: 2026-12-31\n    measure: {unit: km, target: 3}\n"
        "    milestones:\n      - {date: 2026-03-31, target: 1}\n"
        "      - {date: 2026-09-30, target: 2, title: Hoàn thành 2 km}\n"), encoding="utf-8")
    code, _, err = write_run("--root", str(root), "forms", "2026", "--checkpoint", "30/09/2026",
                             "--unit", "mttq-xa")
    assert code == 0, err
    path = root / "forms/2026/2026-09-30/mttq-xa.xlsx"
    sheet = load_workbook(path).worksheets[0]
    row = task_rows(path)["2026/mttq-xa/09"]
    product = sheet[f"{column_letter('measure')}{row}"].value
    assert product == "≥ 3 km; mốc 30/09/2026: 2 km (Hoàn thành 2 km)", product
