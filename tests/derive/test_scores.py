"""Scores and quarters (SPEC §5.1): points from the tasks, criteria points, penalties, partial
targets, missing criteria, quarterly ratings — each checked against a computation by hand."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from songlo_targets.derive.evaluation import NO_CRITERIA, NO_LEVEL, evaluate
from songlo_targets.read.loader import load
from songlo_targets.records.collection import Records

from conftest import RepoFactory

D = dt.date
EVIDENCE = "evidence: [{title: Biên bản, number: 1/BB, date: 2025-01-10}]"

POLICY = """\
    rating:
      score: {results: 70, criteria: 30, late_penalty: 0.25, defect_penalty: 0.25}
      levels:
        - key: xuat-sac
          name: Hoàn thành xuất sắc nhiệm vụ
          when: {score: 90, on_time: 1.0, exceeded: 0.3}
        - {key: tot, name: Hoàn thành tốt nhiệm vụ, when: {score: 70, done: 1.0}}
        - {key: hoan-thanh, name: Hoàn thành nhiệm vụ, when: {score: 50, late_at_most: 0.2}}
        - {key: khong-hoan-thanh, name: Không hoàn thành nhiệm vụ, when: {score_below: 50}}
      quota: {level: xuat-sac, at_most: 0.2, of: tot}
      periods: quarterly
    """
CONFIG = """\
    schema: 1
    organization: {name: Đảng ủy xã Thử}
    groups: [{key: xa, name: Các đơn vị}]
"""


def done(day: str, *, quality: str = "", exceeded: bool = False) -> str:
    extra = f", quality: {quality}" if quality else ""
    extra += ", exceeded: true" if exceeded else ""
    return f"progress: [{{date: {day}, status: done, result: Xong{extra}, {EVIDENCE}}}]"


def task(id_: str, deadline: str = "2025-06-30", *lines: str) -> str:
    body = [f"- id: '{id_}'", f"  title: Nhiệm vụ {id_}", f"  deadline: {deadline}"]
    body += [f"  {line}" for line in lines]
    return "\n".join("  " + line for line in body) + "\n"


def unit(evaluations: str = "") -> str:
    text = "name: Đơn vị\ngroup: xa\nheads:\n  - {role: chu-tich, title: Chủ tịch}\n"
    return text + (textwrap.dedent(evaluations) if evaluations else "")


def records(make_repo: RepoFactory, units: dict[str, tuple[str, list[str]]]) -> Records:
    files: dict[str, str | bytes | None] = {"targets.yaml": textwrap.dedent(CONFIG)
                                                        + textwrap.dedent(POLICY)}
    for unit_id, (evaluations, tasks) in units.items():
        files[f"units/{unit_id}.yaml"] = unit(evaluations)
        files[f"targets/2025/{unit_id}.yaml"] = "tasks:\n" + "".join(tasks)
    loaded, diagnostics = load(make_repo(files, base=False))
    assert [(d.code, d.path, d.line, d.message) for d in diagnostics] == []
    return loaded


# A: every kind of earned points.
#   01 weight 2, done on time              2
#   02 done late                           1 × 0.75             = 0.75
#   03 done on time, defective             1 × 0.75             = 0.75
#   04 done late and defective             1 × 0.75 × 0.75      = 0.5625
#   05 target 10 → 20, weight 2, at 15     2 × (15−10)/(20−10)  = 1
#   06 not done                            0
#   07 dropped                             left out
#   Σ weight 8, Σ earned 5.0625: results 70 × 5.0625 / 8 = 44.296875; criteria 27
A_TASKS = [
    task("01", "2025-06-30", "weight: 2", done("2025-06-01")),
    task("02", "2025-06-30", done("2025-07-10")),
    task("03", "2025-06-30", done("2025-06-20", quality="defective")),
    task("04", "2025-03-31", "owner: chu-tich", done("2025-04-02", quality="defective")),
    task("05", "2025-09-30", "type: target", "weight: 2",
         "measure: {unit: ha, target: 20, baseline: 10}",
         "progress: [{date: 2025-08-01, status: in-progress, value: 15}]"),
    task("06", "2025-09-30", "owner: chu-tich"),
    task("07", "2025-09-30", "dropped: {date: 2025-05-01, decision: 5-QĐ/ĐU}"),
]
# B: four tasks, all done; one late, one defective: (1 + 1 + 0.75 + 0.75) / 4 × 70 = 61.25
B_TASKS = [
    task("01", "2025-06-30", done("2025-06-01", exceeded=True)),
    task("02", "2025-06-30", done("2025-06-02")),
    task("03", "2025-06-30", done("2025-07-01")),
    task("04", "2025-06-30", done("2025-06-03", quality="defective")),
]


def test_score_matches_the_hand_computation(make_repo: RepoFactory) -> None:
    result = evaluate(records(make_repo, {"xa-a": ("evaluations:\n  2025: {criteria: 27}\n",
                                                   A_TASKS)}), 2025, D(2025, 12, 31))
    (a,) = result.units
    assert a.score is not None
    assert a.score.results == pytest.approx(44.296875, abs=1e-12)
    assert (a.score.criteria, a.score.total) == (27, pytest.approx(71.296875, abs=1e-12))
    # 71.3 points, but 4 of 6 tasks late or overdue: hoan-thanh asks late_at_most 0.2
    assert (a.counts.total, a.counts.done, a.counts.late) == (6, 4, 4)
    assert (a.computed, a.reason) == ("review", NO_LEVEL)


def test_head_score_over_its_own_and_collective_tasks(make_repo: RepoFactory) -> None:
    evaluations = "evaluations:\n  2025:\n    criteria: 27\n    heads: {chu-tich: {criteria: 20}}\n"
    (a,) = evaluate(records(make_repo, {"xa-a": (evaluations, A_TASKS)}), 2025,
                    D(2025, 12, 31)).units
    (head,) = a.heads
    # all but nothing: every task is collective or the head's; the same Σ, other criteria
    assert head.score is not None and head.score.criteria == 20
    assert head.score.results == pytest.approx(44.296875, abs=1e-12)


def test_levels_by_score_and_missing_criteria(make_repo: RepoFactory) -> None:
    loaded = records(make_repo, {
        "xa-b": ("evaluations:\n  2025: {criteria: 25}\n", B_TASKS),
        "xa-c": ("", B_TASKS),
        "xa-d": ("evaluations:\n  2025: {criteria: 5}\n", B_TASKS),
    })
    b, c, d = evaluate(loaded, 2025, D(2025, 12, 31)).units
    assert b.score is not None and b.score.total == pytest.approx(86.25)
    assert b.computed == "tot"  # 86.25 ≥ 70 and all done; on time 3/4 < 1.0 for xuat-sac
    # no criteria points: the results part alone, and review where a level needs a score
    assert c.score is not None and (c.score.results, c.score.criteria) == (61.25, None)
    assert c.score.total is None
    assert (c.computed, c.reason) == ("review", NO_CRITERIA)
    # 66.25: below tot's 70; hoan-thanh: ≥ 50 and late 1/4 > 0.2; not below 50: review
    assert d.score is not None and d.score.total == pytest.approx(66.25)
    assert (d.computed, d.reason) == ("review", NO_LEVEL)


def test_excellent_needs_all_on_time_and_a_share_exceeded(make_repo: RepoFactory) -> None:
    tasks = [task("01", "2025-06-30", done("2025-06-01", exceeded=True)),
             task("02", "2025-06-30", "weight: 3", done("2025-06-02"))]
    (e,) = evaluate(records(make_repo, {"xa-e": ("evaluations:\n  2025: {criteria: 28}\n",
                                                 tasks)}), 2025, D(2025, 12, 31)).units
    assert e.score is not None and e.score.total == 98  # 70 + 28
    assert e.computed == "xuat-sac"  # on time 2/2, exceeded 1/2 ≥ 0.3


def test_quarterly_rating_over_the_tasks_due_in_the_quarter(make_repo: RepoFactory) -> None:
    evaluations = "evaluations:\n  2025:\n    quarters: {1: {criteria: 28}}\n"
    tasks = [
        task("01", "2025-03-31", done("2025-03-20", exceeded=True)),
        task("02", "2025-03-31", done("2025-04-05")),  # done after the quarter's end
        task("03", "2025-05-31", done("2025-05-01")),
    ]
    loaded = records(make_repo, {"xa-q": (evaluations, tasks)})
    q1 = evaluate(loaded, 2025, quarter=1)
    (unit,) = q1.units
    assert (q1.quarter, q1.as_of) == (1, D(2025, 3, 31))
    # tasks 01, 02 at 31/3: 01 done (1 point), 02 open; results 70 × 1/2 = 35, + 28 = 63
    assert (unit.counts.total, unit.counts.done, unit.counts.open) == (2, 1, 1)
    assert unit.score is not None and unit.score.total == 63
    assert unit.computed == "hoan-thanh"  # ≥ 50, nothing late or overdue
    (q2,) = evaluate(loaded, 2025, quarter=2).units
    assert q2.counts.total == 1 and (q2.computed, q2.reason) == ("review", NO_CRITERIA)
    # the year rates all three; the year's criteria are not recorded
    (year,) = evaluate(loaded, 2025, D(2025, 12, 31)).units
    assert year.counts.total == 3 and year.reason == NO_CRITERIA


def test_target_going_down_earns_its_share_from_the_baseline(make_repo: RepoFactory) -> None:
    tasks = [task("01", "2025-12-31", "type: target",
                  "measure: {unit: '%', target: 2, baseline: 10, direction: down}",
                  "progress: [{date: 2025-06-30, status: in-progress, value: 4}]")]
    (u,) = evaluate(records(make_repo, {"xa-t": ("evaluations:\n  2025: {criteria: 0}\n",
                                                 tasks)}), 2025, D(2025, 9, 30)).units
    assert u.score is not None and u.score.results == pytest.approx(70 * 6 / 8)  # 10 → 4 of 10 → 2
