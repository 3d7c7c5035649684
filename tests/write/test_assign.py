"""`targets assign`: one task or a table of them, all or nothing."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from support.writing_support import Build, Run, tree_hashes

YEAR = """\
    basis:
      - {key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện Sông Lô lần thứ III}
    supervisors:
      - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son]}
    """
TASKS = """\
    tasks:
      - id: '01'
        title: Việc một   # kept
        deadline: 2022-12-31
      - id: '07'
        title: Việc bảy
        deadline: 2022-12-31
    """


@pytest.fixture
def repo(write_build: Build) -> Path:
    return write_build({"targets/2022/_year.yaml": YEAR, "targets/2022/duc-bac.yaml": TASKS})


def test_assign_takes_the_next_free_id_and_prints_the_reference(repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "assign", "Đức Bác", "--title", "Xây trường",
                         "--category", "viec-kho", "--basis", "nq-huyen-iii",
                         "--deadline", "30/09/2022")
    assert (code, out) == (0, "2022/duc-bac/08\n")
    text = (repo / "targets/2022/duc-bac.yaml").read_text()
    assert text.endswith("    title: Việc bảy\n    deadline: 2022-12-31\n"
                         "  - id: '08'\n    title: Xây trường\n    categories: [viec-kho]\n"
                         "    basis: nq-huyen-iii\n    deadline: 2022-09-30\n")
    assert "title: Việc một   # kept" in text


def test_assign_creates_the_unit_file_with_a_header(repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "assign", "tam son", "--year", "2022",
                         "--title", "Giảm hộ nghèo", "--measure-unit", "%", "--target", "1.5",
                         "--direction", "down")
    assert (code, out) == (0, "2022/tam-son/01\n"), err
    text = (repo / "targets/2022/tam-son.yaml").read_text()
    assert text.startswith("# Nhiệm vụ, chỉ tiêu năm 2022 giao cho Thị trấn Tam Sơn.\n")
    assert "    type: target\n" in text
    assert "measure: {unit: '%', target: 1.5, direction: down}" in text
    assert write_run("--root", str(repo), "check")[0] == 0


def test_an_unknown_unit_lists_candidates_and_writes_nothing(repo: Path, write_run: Run) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "assign", "duc bak", "--title", "x")
    assert code == 2 and "duc-bac" in err
    assert tree_hashes(repo) == before


def test_an_assigned_year_needs_a_decision_and_records_an_amendment(
        write_build: Build, write_run: Run) -> None:
    assigned = "assigned: {decision: 125-QĐ/HU, date: 2022-01-24}\n"
    repo = write_build({"targets/2022/_year.yaml": assigned + textwrap.dedent(YEAR),
                  "targets/2022/duc-bac.yaml": TASKS})
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "assign", "duc-bac", "--title", "Việc thêm")
    assert code == 2 and "--decision" in err and "125-QĐ/HU" in err
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "assign", "duc-bac", "--title", "Việc thêm",
                         "--decision", "40-QĐ/HU")
    assert code == 0, err
    text = (repo / "targets/2022/duc-bac.yaml").read_text()
    assert "    amendments:\n      - {date: " in text and "decision: 40-QĐ/HU" in text


def _write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_table_with_vietnamese_headers_is_assigned_in_one_go(repo: Path, write_run: Run) -> None:
    table = _write_csv(repo.parent / "giao.csv", [
        "Đơn vị,Nội dung,Loại,Thời hạn,Nhóm việc,Đơn vị tính,Chỉ tiêu",
        "Đức Bác,Làm đường,nhiệm vụ,30/06/2022,viec-kho;viec-moi,,",
        "tam son,Trồng rừng,chỉ tiêu,2022-10-31,,ha,\"12,5\"",
    ])
    code, out, err = write_run("--root", str(repo), "assign", "--from", str(table))
    assert (code, out) == (0, "2022/duc-bac/08\n2022/tam-son/01\n"), err
    assert "categories: [viec-kho, viec-moi]" in (repo / "targets/2022/duc-bac.yaml").read_text()
    assert "measure: {unit: ha, target: 12.5}" in (repo / "targets/2022/tam-son.yaml").read_text()


def test_a_table_with_bad_rows_lists_every_one_and_writes_nothing(
        repo: Path, write_run: Run) -> None:
    table = _write_csv(repo.parent / "giao.csv", [
        "unit,title,type,owner,deadline",
        "duc-bac,Tốt,task,,",
        "không-có,Sai đơn vị,task,,",
        "duc-bac,,task,,",
        "duc-bac,Sai ngày,task,,31/02/2022",
    ])
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "assign", "--from", str(table))
    assert code == 1 and out == ""
    assert [line.split(":")[0] for line in err.splitlines()[:-1]] == ["row 3", "row 4", "row 5"]
    assert tree_hashes(repo) == before


def test_a_table_row_that_breaks_a_rule_is_named_by_its_row(repo: Path, write_run: Run) -> None:
    table = _write_csv(repo.parent / "giao.csv", [
        "unit,title,owner", "duc-bac,Một,chu-tich", "duc-bac,Hai,giam-doc"])
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "assign", "--from", str(table))
    assert code == 1
    assert err.startswith("row 3: the owner `giam-doc`")
    assert tree_hashes(repo) == before


def test_an_xlsx_table_is_read(repo: Path, write_run: Run) -> None:
    import datetime as dt

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["unit", "title", "deadline", "measure_unit", "target"])
    sheet.append(["duc-bac", "Thu ngân sách", dt.datetime(2022, 11, 30), "tỷ đồng", 3])
    workbook.save(repo.parent / "giao.xlsx")
    code, out, err = write_run("--root", str(repo), "assign", "--from",
                               str(repo.parent / "giao.xlsx"))
    assert (code, out) == (0, "2022/duc-bac/08\n"), err
    text = (repo / "targets/2022/duc-bac.yaml").read_text()
    assert "deadline: 2022-11-30\n    measure: {unit: tỷ đồng, target: 3}" in text
