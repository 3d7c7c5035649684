"""`targets rate YEAR UNIT`: the Standing Committee's final rating, in the unit's file."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from support.writing_support import Build, Run, tree_hashes

UNIT = """\
    name: Xã Đức Bác
    group: xa-thi-tran
    heads:
      - {role: bi-thu, title: Bí thư Đảng ủy xã}
      - {role: chu-tich, title: Chủ tịch UBND xã}
    evaluations:
      2022:
        computed: hoan-thanh   # written by evaluate --write
    """


@pytest.fixture
def repo(write_build: Build) -> Path:
    return write_build({"units/duc-bac.yaml": UNIT,
                        "targets/2022/_year.yaml": "supervisors: []\n",
                        "targets/2022/duc-bac.yaml":
                            "tasks:\n  - {id: '01', title: Một, deadline: 2022-12-31}\n"})


def _unit(repo: Path) -> str:
    return (repo / "units/duc-bac.yaml").read_text()


def test_the_final_rating_is_recorded_by_its_name_with_the_decision(
        repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "rate", "2022", "Đức Bác",
                               "--final", "Hoàn thành nhiệm vụ", "--decision", "15-QĐ/HU",
                               "--date", "20/01/2023")
    assert code == 0, err
    assert "Xã Đức Bác, 2022: final rating Hoàn thành nhiệm vụ" in err
    assert _unit(repo).endswith(
        "    computed: hoan-thanh   # written by evaluate --write\n"
        "    final: hoan-thanh\n"
        "    decision: 15-QĐ/HU\n"
        "    date: 2023-01-20\n")
    assert write_run("--root", str(repo), "check")[0] == 0


def test_a_final_rating_that_differs_needs_a_note(repo: Path, write_run: Run) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", "--final", "tot")
    assert code == 2 and "the computed rating is hoan-thanh" in err and "--note" in err
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", "--final",
                               "tốt", "--note", "Hoàn thành xuất sắc việc khó")
    assert code == 0, err
    assert "    final: tot\n    note: Hoàn thành xuất sắc việc khó\n" in _unit(repo)


def test_a_head_is_rated_by_its_title(repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", "--head",
                               "Chủ tịch UBND xã", "--final", "khong-hoan-thanh",
                               "--decision", "15-QĐ/HU", "--note", "Không hoàn thành")
    assert code == 0, err
    assert "Chủ tịch UBND xã, Xã Đức Bác, 2022: final rating Không hoàn thành nhiệm vụ" in err
    text = _unit(repo)
    assert "    decision: 15-QĐ/HU\n" in text
    assert "      chu-tich: {final: khong-hoan-thanh, note: Không hoàn thành}\n" in text


SCORED = """\
    supervisors: []
    rating:
      score: {results: 70, criteria: 30}
      levels:
        - {key: tot, name: Hoàn thành tốt nhiệm vụ, when: {score: 70}}
        - {key: hoan-thanh, name: Hoàn thành nhiệm vụ, when: {score: 50}}
      periods: quarterly
    """


def test_criteria_points_are_recorded(repo: Path, write_run: Run) -> None:
    (repo / "targets/2022/_year.yaml").write_text(textwrap.dedent(SCORED), encoding="utf-8")
    code, out, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", "--final",
                               "hoan-thanh", "--criteria", "27")
    assert code == 0, err
    assert "    final: hoan-thanh\n    criteria: 27\n" in _unit(repo)


def test_criteria_points_alone_and_by_quarter(repo: Path, write_run: Run) -> None:
    (repo / "targets/2022/_year.yaml").write_text(textwrap.dedent(SCORED), encoding="utf-8")
    code, _, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", "--criteria", "25")
    assert code == 0 and "Xã Đức Bác, 2022: 25 criteria points" in err, err
    code, _, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", "--quarter", "2",
                             "--criteria", "26.5")
    assert code == 0 and "quarter 2 of 2022: 26.5 criteria points" in err, err
    code, _, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", "--head",
                             "chu-tich", "--quarter", "1", "--criteria", "24")
    assert code == 0, err
    text = _unit(repo)
    assert "final" not in text  # the points alone: no decision was recorded
    assert ("    criteria: 25\n    quarters:\n      1:\n        heads:\n"
            "          chu-tich: {criteria: 24}\n      2: {criteria: 26.5}\n" in text), text
    assert write_run("--root", str(repo), "check")[0] == 0
    code, out, _ = write_run("--root", str(repo), "evaluate", "2022", "--quarter", "2",
                             "--format", "json")
    assert json.loads(out)["units"] == []  # nothing due in quarter 2 (the task is due 31/12)
    code, out, _ = write_run("--root", str(repo), "evaluate", "2022", "--format", "json")
    (unit,) = json.loads(out)["units"]
    assert unit["score"] == {"results": 0, "criteria": 25, "total": 25}
    for args, said in [([], "nothing to record"), (["--quarter", "1"], "nothing to record"),
                       (["--quarter", "1", "--criteria", "2", "--final", "tot"],
                        "give --decision NUMBER and --date DATE"),
                       (["--quarter", "1", "--final", "tot", "--decision", "5-QĐ/HU",
                         "--date", "15/03/2022"], "before the end of the quarter (31/03/2022)")]:
        code, _, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", *args)
        assert code == 2 and said in err, err


@pytest.mark.parametrize(("args", "said"), [
    (["--final", "gioi"], "unknown rating level `gioi`"),
    (["--final", "tot", "--head", "giam-doc", "--note", "x"], "unknown head `giam-doc`"),
])
def test_unknown_levels_and_heads_are_refused(repo: Path, write_run: Run, args: list[str],
                                              said: str) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", *args)
    assert code == 2 and said in err, err
    assert tree_hashes(repo) == before


def test_a_final_rating_over_the_quota_is_refused_with_the_order_to_follow(
        repo: Path, write_run: Run) -> None:
    """The quota binds final ratings (SPEC §5): the first `xuat-sac` of a group with no other
    final rating breaks it; the refusal says to record the others first."""
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "rate", "2022", "duc-bac", "--final",
                               "xuat-sac", "--note", "Vượt xa yêu cầu")
    assert code == 1 and "rating-quota" in err, err
    assert "record the group's other final ratings first" in err
    assert tree_hashes(repo) == before
