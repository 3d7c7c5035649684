"""`targets handover YEAR` (SPEC §4.4): N units → 1 successor in the same year, the counts of
the old units after their end, idempotence, dry run, and the rule on same-year carried_from."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from songlo_targets.derive.evaluation import evaluate
from songlo_targets.derive.progress import progress_view
from songlo_targets.read.loader import load
from songlo_targets.write.handover import plan_handover

from support.writing_support import Build, Run, tree_hashes

OLD = """\
    name: Xã {name}
    group: xa-thi-tran
    heads:
      - {{role: chu-tich, title: Chủ tịch UBND xã}}
    active: {{until: 2025-06-30, successor: moi}}
    """
NEW = """\
    name: Xã Mới
    group: xa-thi-tran
    heads:
      - {role: chu-tich, title: Chủ tịch UBND xã}
    active: {from: 2025-07-01}
    """
EVIDENCE = "evidence: [{title: Báo cáo, number: 1/BC, date: 2025-05-01}]"
OLD_A = f"""\
    tasks:
      - id: '01'
        title: Đã xong trước khi hợp nhất
        deadline: 2025-06-30
        progress: [{{date: 2025-05-01, status: done, result: Xong, {EVIDENCE}}}]
      - id: '02'
        title: Cứng hóa đường liên thôn
        type: target
        owner: chu-tich
        deadline: 2025-10-31
        measure: {{unit: km, target: 10}}
        progress: [{{date: 2025-06-15, status: in-progress, value: 4}}]
      - id: '03'
        title: Bị rút
        deadline: 2025-12-31
        dropped: {{date: 2025-03-01, decision: 5-QĐ/ĐU}}
    """
OLD_B = """\
    # Xã B cũ
    tasks:
      - id: '01'
        title: Chuyển đổi số
        deadline: 2025-12-31
    """
NEW_2025 = """\
    tasks:
      - id: '01'
        title: Kiện toàn bộ máy
        deadline: 2025-09-30
    """


@pytest.fixture
def repo(write_build: Build) -> Path:
    return write_build({
        "units/cu-a.yaml": OLD.format(name="A"), "units/cu-b.yaml": OLD.format(name="B"),
        "units/moi.yaml": NEW, "targets/2025/cu-a.yaml": OLD_A,
        "targets/2025/cu-b.yaml": OLD_B, "targets/2025/moi.yaml": NEW_2025})


def test_the_plan_hands_over_the_open_tasks_of_every_ended_unit(repo: Path) -> None:
    records, _ = load(repo)
    plan = plan_handover(records, 2025, dt.date(2025, 7, 15))
    assert [(i.source.ref, i.task.unit) for i in plan.items] == [
        ("2025/cu-a/02", "moi"), ("2025/cu-b/01", "moi")]
    target = plan.items[0].task
    assert (target.deadline, target.baseline, target.target, target.owner) == (
        dt.date(2025, 10, 31), 4, 10, "chu-tich")  # deadline kept, baseline the value at U
    assert plan_handover(records, 2025, dt.date(2025, 6, 29)).items == []  # not ended yet


def test_handover_writes_the_successor_only_and_runs_once(repo: Path, write_run: Run) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "handover", "2025", "--date", "2025-07-15",
                               "--dry-run")
    assert code == 0, err
    assert "2 tasks to hand over" in out and "would write targets/2025/moi.yaml" in err
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "handover", "2025", "--date", "2025-07-15")
    assert code == 0, err
    assert "2 tasks handed over; 0 already handed over" in out
    assert "2025/moi/02" in out and "2025/moi/03" in out
    new = (repo / "targets/2025/moi.yaml").read_text(encoding="utf-8")
    assert ("  - id: '02'\n    title: Cứng hóa đường liên thôn\n    type: target\n"
            "    owner: chu-tich\n    deadline: 2025-10-31\n"
            "    measure: {unit: km, target: 10, baseline: 4}\n"
            "    carried_from: 2025/cu-a/02\n") in new
    after = tree_hashes(repo)
    old = [k for k in before if k.startswith(("targets/2025/cu-", "units/"))]
    assert {k: after[k] for k in old} == {k: before[k] for k in old}  # old files never written
    code, out, _ = write_run("--root", str(repo), "check", "--format", "json")
    assert json.loads(out)["errors"] == 0, out
    code, out, _ = write_run("--root", str(repo), "handover", "2025", "--date", "2025-07-15")
    assert code == 0 and "0 tasks handed over; 2 already handed over" in out
    assert tree_hashes(repo) == after


def test_handed_over_tasks_leave_the_old_units_after_their_end(repo: Path,
                                                                write_run: Run) -> None:
    write_run("--root", str(repo), "handover", "2025", "--date", "2025-07-15")
    records, _ = load(repo)
    at_end = {u.unit: u.counts for u in evaluate(records, 2025, dt.date(2025, 6, 30)).units}
    assert (at_end["cu-a"].total, at_end["cu-b"].total) == (2, 1)  # still theirs on 30/6
    later = {u.unit: u.counts for u in evaluate(records, 2025, dt.date(2025, 12, 31)).units}
    assert (later["cu-a"].total, later["cu-a"].done, later["cu-b"].total) == (1, 1, 0)
    assert later["moi"].total == 3
    view = progress_view(records, 2025, dt.date(2025, 12, 31))
    totals = view.totals
    assert totals.total == 4 and totals.dropped == 3  # one task dropped, two handed over
    # carrying the year on: the handed-over tasks are not carried a second time
    code, out, _ = write_run("--root", str(repo), "carry", "2025", "2026", "--dry-run")
    assert code == 0 and "2025/cu-" not in out and "2025/moi/02" in out


def test_same_year_carried_from_needs_a_unit_that_ended(write_build: Build,
                                                        write_run: Run) -> None:
    root = write_build({
        "units/cu-a.yaml": OLD.format(name="A"),
        "units/moi.yaml": NEW, "targets/2025/cu-a.yaml": OLD_A,
        "targets/2025/moi.yaml": NEW_2025 + "  - {id: '02', title: X, deadline: "
                                            "2025-12-31, carried_from: 2025/cu-a/02}\n"})
    (root / "units/cu-a.yaml").write_text(OLD.format(name="A").replace(
        "until: 2025-06-30, ", "").replace("    ", ""), encoding="utf-8")
    code, out, _ = write_run("--root", str(root), "check", "--format", "json")
    errors = [d for d in json.loads(out)["diagnostics"] if d["severity"] == "error"]
    assert code == 1 and [d["code"] for d in errors] == ["bad-carry"]
    assert "only a unit that has ended" in errors[0]["message"]


def test_carry_into_a_later_year_follows_a_chain_of_successors(write_build: Build,
                                                               write_run: Run) -> None:
    chain = {
        "units/cu-a.yaml": OLD.format(name="A").replace("successor: moi", "successor: cu-b"),
        "units/cu-b.yaml": OLD.format(name="B").replace("until: 2025-06-30", "until: 2025-12-31"),
        "units/moi.yaml": NEW,
        "targets/2025/cu-a.yaml": OLD_B,
    }
    # cu-a ended 30/6/2025 with its task not handed over; cu-b, its successor, ended too
    root = write_build(chain)
    code, out, err = write_run("--root", str(root), "carry", "2025", "2026")
    assert code == 0, err
    assert "2026/moi/01" in out and (root / "targets/2026/moi.yaml").is_file()
    assert not (root / "targets/2026/cu-b.yaml").exists()
