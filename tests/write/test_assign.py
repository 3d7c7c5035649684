"""`targets assign`: one task or a table of them, all or nothing."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
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
                         "--decision", "theo chỉ đạo", "--decision-date", "10/05/2022")
    assert code == 2 and "is not a document symbol" in err  # check --against would refuse it
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "assign", "duc-bac", "--title", "Việc thêm",
                         "--decision", "40-QĐ/HU")
    assert code == 2 and "--decision-date" in err  # 2022 is past: its date is not today
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "assign", "duc-bac", "--title", "Việc thêm",
                         "--decision", "40-QĐ/HU", "--decision-date", "10/05/2022")
    assert code == 0, err
    text = (repo / "targets/2022/duc-bac.yaml").read_text()
    # added: the task is not in the decision's appendix as assigned (docs/reports.md)
    assert ("    amendments:\n      - {date: 2022-05-10, decision: 40-QĐ/HU, note: Giao bổ sung "
            "nhiệm vụ, added: true}") in text


def test_the_decision_date_defaults_to_today_only_within_its_year(
        write_build: Build, write_run: Run, today: Callable[[dt.date], None]) -> None:
    today(dt.date(2022, 6, 15))
    assigned = "assigned: {decision: 125-QĐ/HU, date: 2022-01-24}\n"
    repo = write_build({"targets/2022/_year.yaml": assigned + textwrap.dedent(YEAR),
                        "targets/2022/duc-bac.yaml": TASKS})
    code, out, err = write_run("--root", str(repo), "assign", "duc-bac", "--title", "Việc thêm",
                               "--decision", "40-QĐ/HU")
    assert code == 0, err
    assert "{date: 2022-06-15, decision: 40-QĐ/HU" in (
        repo / "targets/2022/duc-bac.yaml").read_text()
    code, out, err = write_run("--root", str(repo), "assign", "duc-bac", "--title", "Việc khác",
                               "--decision", "41-QĐ/HU", "--decision-date", "10/01/2022")
    assert code == 2 and "before the assignment of 2022" in err


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
    assert err.startswith("row 3: `owner`: unknown head `giam-doc`")
    assert tree_hashes(repo) == before


def test_a_table_is_checked_in_one_pass_naming_the_columns_as_written(
        repo: Path, write_run: Run) -> None:
    """Rows wrong in what they say and rows wrong for the records are listed together."""
    table = _write_csv(repo.parent / "giao.csv", [
        "Đơn vị,Nội dung,Loại,Người phụ trách,Thời hạn,Nhóm việc,Đơn vị tính,Chỉ tiêu",
        "Đức Bác,Đúng,nhiệm vụ,,30/06/2022,,,",
        "Đức Bác,Chỉ tiêu không số,chỉ tiêu,,30/06/2022,,ha,nhiều",
        "Đức Bác,Sai người,nhiệm vụ,Giám đốc,30/06/2022,,,",
        "Đức Bác,Sai nhóm,nhiệm vụ,,30/06/2022,Việc dễ,,",
        "Đức Bác,Thiếu chỉ tiêu,chỉ tiêu,,30/06/2022,,ha,",
    ])
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "assign", "--from", str(table))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert [line.split(": ")[0] for line in lines[:-1]] == ["row 3", "row 4", "row 5", "row 6"]
    assert lines[0].startswith("row 3: `Chỉ tiêu`: must be a number, not `nhiều`")
    assert lines[1].startswith("row 4: `Người phụ trách`: unknown head `Giám đốc`")
    assert lines[2].startswith("row 5: `Nhóm việc`: unknown category `Việc dễ`")
    assert lines[3].startswith("row 6: `Chỉ tiêu`: a target needs")
    assert "target" not in lines[3].split(": ", 2)[1]  # the column, not the YAML key
    assert lines[-1] == "nothing was written: 4 of 5 rows are wrong"
    assert tree_hashes(repo) == before


def test_labels_are_accepted_as_typed(repo: Path, write_run: Run) -> None:
    table = _write_csv(repo.parent / "giao.csv", [
        "Đơn vị,Nội dung,Người phụ trách,Thời hạn,Nhóm việc,Căn cứ",
        "Xã Đức Bác,Một,Chủ tịch UBND xã,30/06/2022,Việc khó;viec moi,Nghị quyết Đại hội Đảng bộ "
        "huyện Sông Lô lần thứ III",
        "duc bac,Hai,chu tich ubnd xa,30/06/2022,VIỆC KHÓ,nq-huyen-iii",
    ])
    code, out, err = write_run("--root", str(repo), "assign", "--from", str(table))
    assert code == 0, err
    text = (repo / "targets/2022/duc-bac.yaml").read_text()
    assert text.count("owner: chu-tich") == 2 and text.count("basis: nq-huyen-iii") == 2
    assert "categories: [viec-kho, viec-moi]" in text and "categories: [viec-kho]\n" in text


def test_the_type_is_typed_as_shown(repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "assign", "duc-bac", "--title", "Trồng rừng",
                               "--type", "Chỉ tiêu", "--measure-unit", "ha", "--target", "5")
    assert code == 0, err
    assert "    type: target\n" in (repo / "targets/2022/duc-bac.yaml").read_text()
    code, out, err = write_run("--root", str(repo), "assign", "duc-bac", "--title", "x",
                               "--type", "việc")
    assert code == 2 and "unknown type `việc`: use one of Task; Target" in err


def test_importing_the_same_table_twice_assigns_nothing_the_second_time(
        repo: Path, write_run: Run) -> None:
    table = _write_csv(repo.parent / "giao.csv", [
        "unit,title,deadline", "duc-bac,Một,30/06/2022", "tam-son,Hai,30/06/2022",
        "duc-bac,Việc bảy,31/12/2022"])  # already in the file
    code, out, err = write_run("--root", str(repo), "assign", "--from", str(table))
    assert (code, out) == (0, "2022/duc-bac/08\n2022/tam-son/01\n"), err
    assert "1 row already assigned, skipped: 4" in err
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "assign", "--from", str(table))
    assert (code, out) == (0, "")
    assert "3 rows already assigned, skipped: 2, 3, 4" in err
    assert tree_hashes(repo) == before


def test_a_title_row_above_the_header_is_skipped(repo: Path, write_run: Run) -> None:
    table = _write_csv(repo.parent / "giao.csv", [
        "DANH MỤC NHIỆM VỤ GIAO NĂM 2022,,", ",,", "Đơn vị,Nội dung,Thời hạn",
        "duc-bac,Một,30/06/2022", "duc-bac,,30/06/2022"])
    code, out, err = write_run("--root", str(repo), "assign", "--from", str(table))
    assert code == 1 and err.startswith("row 5: `Nội dung`: is empty"), err


def test_a_formula_without_a_computed_value_is_refused(repo: Path, write_run: Run) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Đơn vị", "Nội dung", "Thời hạn"])
    sheet.append(["duc-bac", "Một", "=DATE(2022,9,30)"])  # openpyxl stores no computed value
    workbook.save(repo.parent / "giao.xlsx")
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "assign", "--from",
                               str(repo.parent / "giao.xlsx"))
    assert code == 1
    assert err.startswith("row 2: `Thời hạn`: the formula `=DATE(2022,9,30)` has no computed "
                          "value"), err
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
