"""`targets drop` and `targets amend`: a task withdrawn or changed by decision, dated by it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from support.writing_support import Build, Run, tree_hashes

YEAR = """\
    assigned: {decision: 125-QĐ/HU, date: 2022-01-24}
    supervisors:
      - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son]}
    """
TASKS = """\
    tasks:
      - id: '01'
        title: GPMB đường tỉnh 307   # a comment that stays
        type: target
        owner: chu-tich
        categories: [viec-kho]
        deadline: 2022-09-30
        measure: {unit: ha, target: 12}

      - id: '02'
        title: Xây nhà văn hóa
        deadline: 2022-12-31
    """


@pytest.fixture
def repo(write_build: Build) -> Path:
    return write_build({"targets/2022/_year.yaml": YEAR, "targets/2022/duc-bac.yaml": TASKS})


def _text(repo: Path) -> str:
    return (repo / "targets/2022/duc-bac.yaml").read_text()


def test_drop_records_the_decision_and_the_task_leaves_the_counts(
        repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "drop", "2022/duc-bac/02",
                               "--decision", "40-QĐ/HU", "--date", "01/07/2022",
                               "--reason", "Không còn phù hợp quy hoạch")
    assert (code, out) == (0, "2022/duc-bac/02\n"), err
    assert "2022/duc-bac/02 dropped on 01/07/2022 by decision 40-QĐ/HU" in err
    assert "wrote targets/2022/duc-bac.yaml" in err
    assert _text(repo).endswith(
        "    deadline: 2022-12-31\n"
        "    dropped: {date: 2022-07-01, decision: 40-QĐ/HU, reason: Không còn phù hợp quy "
        "hoạch}\n")
    assert "# a comment that stays" in _text(repo)
    assert write_run("--root", str(repo), "check")[0] == 0
    code, out, err = write_run("--root", str(repo), "drop", "2022/duc-bac/02",
                               "--decision", "41-QĐ/HU", "--date", "02/07/2022", "--reason", "x")
    assert code == 2 and "was dropped on 01/07/2022" in err


@pytest.mark.parametrize(("args", "said"), [
    (["--decision", "40-QĐ/HU", "--reason", "x"], "give the date with --date"),
    (["--decision", "40-QĐ/HU", "--reason", "x", "--date", "10/01/2022"],
     "before the assignment of 2022"),
    # what `check --against` would refuse as a decision is refused before it is written (§7)
    (["--decision", "abc", "--reason", "x", "--date", "01/07/2022"],
     "the decision `abc` is not a document symbol"),
    (["--decision", "40-QĐ/HU\u200b", "--reason", "x", "--date", "01/07/2022"],
     "is not a document symbol"),
    (["--decision", "40-QĐ/HU", "--reason", "x", "--date", "01/01/2099"], "in the future"),
    (["--decision", " ", "--reason", "x", "--date", "01/07/2022"], "--decision"),
    (["--decision", "40-QĐ/HU", "--reason", " ", "--date", "01/07/2022"], "--reason"),
])
def test_drop_is_refused_without_a_proper_decision(repo: Path, write_run: Run,
                                                   args: list[str], said: str) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "drop", "duc bac/02", "--year", "2022",
                               *args)
    assert code == 2 and said in err, err
    assert tree_hashes(repo) == before


def test_the_decision_date_is_today_within_the_tasks_year(
        repo: Path, write_run: Run, today: Callable[[dt.date], None]) -> None:
    today(dt.date(2022, 8, 3))
    code, out, err = write_run("--root", str(repo), "drop", "duc-bac/02", "--decision",
                               "40-QĐ/HU", "--reason", "Thôi")
    assert code == 0, err
    assert "dropped: {date: 2022-08-03," in _text(repo)


def test_amend_changes_the_task_in_place_and_records_the_amendment(
        repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "amend", "2022/duc-bac/01",
                               "--deadline", "31/10/2022", "--target", "10",
                               "--owner", "Bí thư Đảng ủy xã", "--category", "Việc mới",
                               "--decision", "38-QĐ/HU", "--date", "10/05/2022")
    assert (code, out) == (0, "2022/duc-bac/01\n"), err
    assert "2022/duc-bac/01: deadline 30/09/2022 → 31/10/2022" in err
    assert "2022/duc-bac/01: owner Chủ tịch UBND xã → Bí thư Đảng ủy xã" in err
    assert "2022/duc-bac/01: categories Việc khó → Việc mới" in err
    text = _text(repo)
    assert text.startswith(
        "tasks:\n"
        "  - id: '01'\n"
        "    title: GPMB đường tỉnh 307   # a comment that stays\n"
        "    type: target\n"
        "    owner: bi-thu\n"
        "    categories: [viec-moi]\n"
        "    deadline: 2022-10-31\n"
        "    measure: {unit: ha, target: 10}\n"
        "    amendments:\n"
        "      - {date: 2022-05-10, decision: 38-QĐ/HU, note: Điều chỉnh thời hạn từ "
        "30/09/2022 thành 31/10/2022; chỉ tiêu từ 12 thành 10; người phụ trách từ Chủ tịch "
        "UBND xã thành Bí thư Đảng ủy xã; nhóm việc từ Việc khó thành Việc mới, was: {owner: "
        "chu-tich, categories: [viec-kho], deadline: 2022-09-30, target: 12}}\n"
        "\n"
        "  - id: '02'\n")
    assert write_run("--root", str(repo), "check")[0] == 0


def test_amend_appends_to_the_amendments_and_keeps_a_given_note(
        repo: Path, write_run: Run) -> None:
    for day, title in (("10/05/2022", "Xây nhà văn hóa thôn"), ("20/05/2022", "Nhà văn hóa")):
        code, out, err = write_run("--root", str(repo), "amend", "2022/duc-bac/02",
                                   "--title", title, "--decision", "38-QĐ/HU", "--date", day,
                                   "--note", "Theo đề nghị của xã")
        assert code == 0, err
    assert _text(repo).endswith(
        "    title: Nhà văn hóa\n"
        "    deadline: 2022-12-31\n"
        "    amendments:\n"
        "      - {date: 2022-05-10, decision: 38-QĐ/HU, note: Theo đề nghị của xã, was: {title: "
        "Xây nhà văn hóa}}\n"
        "      - {date: 2022-05-20, decision: 38-QĐ/HU, note: Theo đề nghị của xã, was: {title: "
        "Xây nhà văn hóa thôn}}\n")
    # the values before each amendment are kept: the decision's appendix shows the task as
    # assigned (docs/reports.md)
    from songlo_targets.derive.report import build_report
    from songlo_targets.read.loader import load

    records, _ = load(repo)
    unit = next(u for u in build_report(records, 2022, dt.date(2022, 12, 31)).units
                if u.id == "duc-bac")
    assert unit.appendix[1].title == "Xây nhà văn hóa" and not unit.appendix[1].unknown
    assert [c.fields for c in unit.changes if c.number == 2] == [
        [("title", "Xây nhà văn hóa", "Xây nhà văn hóa thôn")],
        [("title", "Xây nhà văn hóa thôn", "Nhà văn hóa")]]


@pytest.mark.parametrize(("args", "said"), [
    (["2022/duc-bac/02"], "say what changes"),
    (["2022/duc-bac/02", "--target", "5"], "is a task without one"),
    (["2022/duc-bac/02", "--title", "Xây nhà văn hóa"], "nothing to amend"),
    (["2022/duc-bac/01", "--owner", "Giám đốc"], "unknown head `Giám đốc`"),
    (["2022/duc-bac/01", "--category", "viec-de"], "unknown category `viec-de`"),
    (["2022/duc-bac/09", "--title", "x"], "there is no task 2022/duc-bac/09"),
])
def test_amend_refusals(repo: Path, write_run: Run, args: list[str], said: str) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "amend", *args, "--decision", "38-QĐ/HU",
                               "--date", "10/05/2022")
    assert code == 2 and said in err, err
    assert tree_hashes(repo) == before


def test_amend_refuses_what_check_would_report(repo: Path, write_run: Run) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "amend", "2022/duc-bac/01",
                               "--title", " ", "--decision", "38-QĐ/HU",
                               "--date", "10/05/2022")
    assert code == 1 and "invalid-value" in err and "nothing was written" in err, err
    assert tree_hashes(repo) == before
