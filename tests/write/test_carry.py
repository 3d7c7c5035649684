"""`targets carry FROM TO`: the plan, the writes, and nothing the second time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from songlo_targets.read.loader import load
from songlo_targets.write.carry import plan_carry

from support.writing_support import Build, Run, tree_hashes

YEAR_2022 = """\
    basis:
      - {key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện lần thứ III}
      - {key: cu, name: Căn cứ cũ}
    supervisors:
      - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son, cu]}
    """
YEAR_2023 = """\
    basis:
      - {key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện lần thứ III}
    supervisors:
      - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son]}
    """
DUC_BAC_2022 = """\
    tasks:
      - id: '01'
        title: GPMB đường 307
        type: target
        owner: chu-tich
        categories: [viec-kho]
        basis: nq-huyen-iii
        deadline: 2022-09-30
        measure: {unit: ha, target: 12, baseline: 0}
        progress:
          - {date: 2022-06-30, status: in-progress, value: 7.5}
      - id: '02'
        title: Xong rồi
        deadline: 2022-12-31
        progress:
          - date: 2022-10-01
            status: done
            result: Đã xong
            evidence:
              - {title: Báo cáo, number: 12/BC, date: 2022-10-01}
      - id: '03'
        title: Bị rút
        deadline: 2022-12-31
        dropped: {date: 2022-07-01, decision: 40-QĐ/HU}
      - id: '04'
        title: Căn cứ cũ
        basis: cu
        deadline: 2022-12-31
    """
OLD_UNIT = """\
    name: Xã Cũ
    group: xa-thi-tran
    heads:
      - {role: chu-tich, title: Chủ tịch UBND xã}
    active: {until: 2022-12-31, successor: tam-son}
    """
CU_2022 = """\
    tasks:
      - id: '01'
        title: Việc của xã cũ
        owner: chu-tich
        deadline: 2022-12-31
    """
TAM_SON_2023 = """\
    # Tam Sơn 2023
    tasks:
      - id: '01'
        title: Việc mới của năm
        deadline: 2023-12-31
    """


@pytest.fixture
def repo(write_build: Build) -> Path:
    return write_build({"units/cu.yaml": OLD_UNIT, "targets/2022/_year.yaml": YEAR_2022,
                  "targets/2022/duc-bac.yaml": DUC_BAC_2022, "targets/2022/cu.yaml": CU_2022,
                  "targets/2023/_year.yaml": YEAR_2023,
                  "targets/2023/tam-son.yaml": TAM_SON_2023})


def test_the_plan_carries_unfinished_tasks_to_active_units(repo: Path) -> None:
    records, _ = load(repo)
    plan = plan_carry(records, 2022, 2023)
    assert [(i.source.ref, i.task.unit) for i in plan.items] == [
        ("2022/cu/01", "tam-son"), ("2022/duc-bac/01", "duc-bac"), ("2022/duc-bac/04", "duc-bac")]
    first = plan.items[1].task
    assert (first.baseline, first.target, first.basis, first.owner) == (7.5, 12, "nq-huyen-iii",
                                                                        "chu-tich")
    assert plan.items[2].task.basis is None  # `cu` is not a basis of 2023
    assert plan.items[0].task.owner is None  # tam-son has no head `chu-tich`


def test_carry_writes_the_tasks_and_a_second_run_carries_nothing(
        repo: Path, write_run: Run) -> None:
    from_year = {k: v for k, v in tree_hashes(repo).items() if k.startswith("targets/2022/")}
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023")
    assert code == 0, err
    assert "3 tasks carried; 0 already carried" in out
    assert "2023/tam-son/02" in out
    duc_bac = (repo / "targets/2023/duc-bac.yaml").read_text()
    assert ("  - id: '01'\n    title: GPMB đường 307\n    type: target\n    owner: chu-tich\n"
            "    categories: [viec-kho]\n    basis: nq-huyen-iii\n    deadline: 2023-12-31\n"
            "    measure: {unit: ha, target: 12, baseline: 7.5}\n"
            "    carried_from: 2022/duc-bac/01\n") in duc_bac
    tam_son = (repo / "targets/2023/tam-son.yaml").read_text()
    assert tam_son.startswith("# Tam Sơn 2023\n") and "carried_from: 2022/cu/01" in tam_son
    assert write_run("--root", str(repo), "check")[0] == 0
    after_first = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023")
    assert code == 0 and "0 tasks carried; 3 already carried" in out
    assert tree_hashes(repo) == after_first
    assert {k: v for k, v in after_first.items() if k.startswith("targets/2022/")} == from_year


def test_dry_run_unit_and_deadline(repo: Path, write_run: Run) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023", "--dry-run",
                         "--unit", "duc bac", "--deadline", "30/06/2023")
    assert code == 0, err
    assert "2022/duc-bac/01" in out and "2022/cu/01" not in out and "30/06/2023" in out
    assert "would write targets/2023/duc-bac.yaml" in err
    assert tree_hashes(repo) == before


def test_into_an_assigned_year_only_with_a_decision(repo: Path, write_run: Run) -> None:
    year = repo / "targets/2023/_year.yaml"
    year.write_text("assigned: {decision: 5-QĐ/HU, date: 2023-01-20}\n" + year.read_text())
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023")
    assert code == 2 and "--decision" in err
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023",
                               "--decision", "9-QĐ/HU")
    assert code == 2 and "--decision-date" in err  # 2023 is not this year: no default date
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023",
                               "--decision", "9-QĐ/HU", "--decision-date", "05/01/2023")
    assert code == 2 and "before the assignment of 2023" in err
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023",
                               "--decision", "9-QĐ/HU", "--decision-date", "25/01/2023")
    assert code == 0, err
    text = (repo / "targets/2023/duc-bac.yaml").read_text()
    assert text.count("{date: 2023-01-25, decision: 9-QĐ/HU, note: Chuyển tiếp nhiệm vụ "
                      "2022/duc-bac/") == 2


def test_a_year_that_has_not_ended_is_carried_only_with_force(
        repo: Path, write_run: Run, today: Callable[[dt.date], None]) -> None:
    """On 1 December 2022 the tasks of 2022 still have a month to run (SPEC §4.3)."""
    today(dt.date(2022, 12, 1))
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023")
    assert code == 2 and "2022 has not ended" in err and "--force" in err
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023", "--dry-run")
    assert code == 0 and "2022/duc-bac/01" in out
    assert "the real run is refused before 31/12/2022" in err
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "carry", "2022", "2023", "--force")
    assert code == 0, err
    assert "wrote targets/2023/duc-bac.yaml" in err
    today(dt.date(2022, 12, 31))
    assert write_run("--root", str(repo), "carry", "2022", "2023")[0] == 0  # the last day


def test_the_bundled_2026_is_not_carried_on_1_december(
        tmp_path: Path, write_build: Build, write_run: Run,
        today: Callable[[dt.date], None]) -> None:
    today(dt.date(2026, 12, 1))
    repo = write_build({"targets/2026/_year.yaml": "supervisors: []\n",
                        "targets/2026/duc-bac.yaml": "tasks:\n  - {id: '01', title: Một, "
                                                     "deadline: 2026-12-31}\n"})
    code, out, err = write_run("--root", str(repo), "carry", "2026", "2027")
    assert code == 2 and "2026 has not ended (today is 01/12/2026)" in err
    assert not (repo / "targets/2027").exists()
    assert write_run("--root", str(repo), "carry", "2026", "2027", "--force")[0] == 0
    # 2027 has not started: every command without --year still works on 2026
    code, out, err = write_run("--root", str(repo), "progress", "--format", "json")
    assert code == 0 and '"year": 2026' in out
    code, out, err = write_run("--root", str(repo), "assign", "duc-bac", "--title", "Hai")
    assert (code, out) == (0, "2026/duc-bac/02\n"), err


def test_bundled_records_carry_2022_into_2023() -> None:
    root = Path(__file__).resolve().parents[2]
    if not (root / "targets" / "2022").is_dir():
        pytest.skip("the bundled records are not in this checkout")
    records, _ = load(root)
    plan = plan_carry(records, 2022, 2023)
    assert plan.items and not plan.blocked
    assert all(i.task.carried_from == i.source.ref for i in plan.items)
