"""Evaluation (SPEC §5): counts behind each rating, the first level that holds, heads, quota."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from songlo_targets.derive.counts import Counts
from songlo_targets.derive.evaluation import evaluate, rate
from songlo_targets.records.model import DEFAULT_POLICY, RatingPolicy

from conftest import RepoFactory
from support.ratings_repo import EVIDENCE, UNIT, records_of, task

D = dt.date


def counts(tasks: int, done: int, on_time: int, exceeded: int) -> Counts:
    """The counts of §5 as (tasks, done, on time, exceeded); the tasks not done are overdue."""
    return Counts(done_on_time=on_time, done_late=done - on_time, overdue=tasks - done,
                  exceeded=exceeded)


def shares(c: Counts) -> tuple[int, int, int, int]:
    """(tasks, done, on time, exceeded) of some counts."""
    return (c.total, c.done, c.done_on_time, c.exceeded)


# rate(): the first level whose conditions all hold ----------------------------------------


@pytest.mark.parametrize(("values", "expected"), [
    ((10, 10, 10, 5), "xuat-sac"),  # done 100%, exceeded 50%
    ((10, 10, 10, 4), "tot"),  # exceeded 40% < 50%: falls to tot (on time 100%)
    ((10, 10, 8, 0), "tot"),  # on time exactly 80%
    ((10, 10, 7, 0), "hoan-thanh"),  # on time 70% < 80%, done 100% ≥ 70%
    ((10, 7, 7, 0), "hoan-thanh"),  # done exactly 70% (no float trouble: 0.7 × 10)
    ((10, 6, 6, 0), "review"),  # 60%: below hoan-thanh, not below 50%
    ((10, 5, 5, 0), "review"),  # exactly 50% is not below 50%
    ((10, 4, 4, 0), "khong-hoan-thanh"),
    ((3, 0, 0, 0), "khong-hoan-thanh"),
    ((0, 0, 0, 0), "review"),  # no tasks
])
def test_default_policy_levels(values: tuple[int, int, int, int], expected: str) -> None:
    assert rate(DEFAULT_POLICY, counts(*values)).key == expected


def test_shares_compare_exactly() -> None:
    policy = RatingPolicy.model_validate(
        {"levels": [{"key": "a", "name": "A", "when": {"done": 0.3}}]})
    assert rate(policy, counts(10, 3, 0, 0)).key == "a"  # 0.3 × 10 is 3.0000000000000004 as floats
    assert rate(policy, counts(10, 2, 0, 0)).key == "review"


def test_policy_without_done_below_leaves_low_scores_to_review() -> None:
    policy = RatingPolicy.model_validate({"levels": [
        {"key": "tot", "name": "Tốt", "when": {"done": 1.0}},
        {"key": "dat", "name": "Đạt", "when": {"done": 0.5}},
    ]})
    assert rate(policy, counts(4, 4, 0, 0)).key == "tot"
    assert rate(policy, counts(4, 2, 0, 0)).key == "dat"
    assert rate(policy, counts(4, 1, 0, 0)).key == "review"
    assert rate(policy, counts(0, 0, 0, 0)).key == "review"


def test_level_without_conditions_takes_everyone_with_tasks() -> None:
    policy = RatingPolicy.model_validate({"levels": [
        {"key": "tot", "name": "Tốt", "when": {"on_time": 0.9}},
        {"key": "con-lai", "name": "Còn lại"},
    ]})
    assert rate(policy, counts(10, 10, 9, 0)).key == "tot"
    assert rate(policy, counts(10, 10, 8, 0)).key == "con-lai"
    assert rate(policy, counts(0, 0, 0, 0)).key == "review"


# evaluate(): counts at the as-of date -------------------------------------------------------


def test_counts_of_a_unit_and_its_heads(make_repo: RepoFactory) -> None:
    records = records_of(make_repo, {"xa-a": [
        task("01", done="2022-05-01", exceeded=True),  # collective, on time
        task("02", owner="bi-thu", done="2022-07-15"),  # late
        task("03", owner="chu-tich"),  # not done
        task("04", owner="chu-tich", done="2022-06-30"),  # on time (deadline day)
    ]})
    result = evaluate(records, 2022, D(2022, 12, 31))
    unit = result.units[0]
    assert shares(unit.counts) == (4, 3, 2, 1)
    heads = {h.role: h for h in unit.heads}
    assert shares(heads["bi-thu"].counts) == (2, 2, 1, 1)
    assert shares(heads["chu-tich"].counts) == (3, 2, 2, 1)
    # a head's own tasks make its rating differ from the unit's
    # all done, exceeded 50%: xuat-sac asks nothing of the on-time share
    assert heads["bi-thu"].computed == "xuat-sac"
    assert heads["chu-tich"].computed == "review"  # 2 of 3 done: 67%
    assert unit.computed == "hoan-thanh"  # 75%
    assert [h.role for h in unit.heads] == ["bi-thu", "chu-tich"]


def test_as_of_between_entries_and_before_done(make_repo: RepoFactory) -> None:
    late = task("01", extra="""\
        progress:
          - {date: 2022-03-31, status: in-progress}
          - {date: 2022-08-10, status: done, result: Xong, EVIDENCE}
        """.replace("EVIDENCE", EVIDENCE))
    records = records_of(make_repo, {"xa-a": [late, task("02", done="2022-02-01")]})
    before = evaluate(records, 2022, D(2022, 8, 9)).units[0]
    assert shares(before.counts) == (2, 1, 1, 0)
    assert before.computed == "review"
    after = evaluate(records, 2022, D(2022, 8, 10)).units[0]
    assert shares(after.counts) == (2, 2, 1, 0)
    assert after.computed == "hoan-thanh"  # all done, on time 50%


def test_dropped_task_leaves_counts_only_from_its_date(make_repo: RepoFactory) -> None:
    dropped = task("02", extra="dropped: {date: 2022-07-01, decision: 40-QĐ/HU}")
    records = records_of(make_repo, {"xa-a": [task("01", done="2022-05-01"), dropped]})
    still = evaluate(records, 2022, D(2022, 6, 30)).units[0]
    assert shares(still.counts) == (2, 1, 1, 0)
    assert still.computed == "review"
    gone = evaluate(records, 2022, D(2022, 7, 1)).units[0]
    assert shares(gone.counts) == (1, 1, 1, 0)
    assert gone.computed == "tot"


def test_target_going_down_is_exceeded_below_its_target(make_repo: RepoFactory) -> None:
    down = task("01", extra="""\
        type: target
        measure: {unit: phần trăm, target: 5, baseline: 8, direction: down}
        progress:
          - {date: 2022-04-01, status: in-progress, value: 6}
          - {date: 2022-05-01, status: done, value: 4.5, result: 'Giảm còn 4,5', EVIDENCE}
        """.replace("EVIDENCE", EVIDENCE))
    records = records_of(make_repo, {"xa-a": [down]})
    unit = evaluate(records, 2022, D(2022, 12, 31)).units[0]
    assert shares(unit.counts) == (1, 1, 1, 1)
    assert unit.computed == "xuat-sac"
    assert evaluate(records, 2022, D(2022, 4, 30)).units[0].counts.done == 0


def test_unit_without_tasks_is_review(make_repo: RepoFactory) -> None:
    records = records_of(make_repo, {"xa-trong": []})
    unit = evaluate(records, 2022).units[0]
    assert shares(unit.counts) == (0, 0, 0, 0)
    assert unit.computed == "review"
    assert all(h.computed == "review" for h in unit.heads)


def test_final_comes_from_the_recorded_evaluation(make_repo: RepoFactory) -> None:
    unit = textwrap.dedent(UNIT.format(name="A", group="xa")) + textwrap.dedent("""\
        evaluations:
          2022:
            computed: tot
            final: hoan-thanh
            note: Theo kết luận của Ban Thường vụ
            heads: {bi-thu: {final: tot}}
        """)
    records = records_of(make_repo, {"xa-a": [task("01", done="2022-05-01")]},
                         {"units/xa-a.yaml": unit})
    rating = evaluate(records, 2022).units[0]
    assert (rating.computed, rating.final) == ("tot", "hoan-thanh")
    assert [(h.role, h.final) for h in rating.heads] == [("bi-thu", "tot"), ("chu-tich", None)]


def test_year_policy_overrides_targets_yaml(make_repo: RepoFactory) -> None:
    year = """\
        rating:
          levels:
            - {key: dat, name: Đạt, when: {done: 0.5}}
        """
    records = records_of(make_repo, {"xa-a": [task("01", done="2022-05-01"), task("02")]},
                         {"targets/2022/_year.yaml": year})
    result = evaluate(records, 2022)
    assert [level.key for level in result.policy.levels] == ["dat"]
    assert result.units[0].computed == "dat"
    assert result.quota == []  # that policy has no quota


# the quota of §5 on the computed ratings -----------------------------------------------------


def test_quota_per_group(make_repo: RepoFactory) -> None:
    excellent = [task("01", done="2022-05-01", exceeded=True)]
    good = [task("01", done="2022-05-01")]
    records = records_of(make_repo, {
        "xa-a": excellent, "xa-b": good, "xa-c": good, "xa-d": good, "xa-e": good,
        "xa-f": good, "ban-a": excellent, "ban-b": good,
    })
    quota = {q.group: q for q in evaluate(records, 2022).quota}
    assert list(quota) == ["xa", "ban"]  # the groups in targets.yaml order
    xa, ban = quota["xa"], quota["ban"]
    # the pool is "tốt or better": the xuat-sac unit counts in it
    assert (xa.level, xa.count, xa.of_count, xa.allowed, xa.ok) == ("xuat-sac", 1, 6, 1, True)
    assert (ban.count, ban.of_count, ban.allowed, ban.ok, ban.excess) == (1, 2, 0, False, 1)


def test_quota_with_no_unit_at_the_reference_level(make_repo: RepoFactory) -> None:
    excellent = [task("01", done="2022-05-01", exceeded=True)]
    records = records_of(make_repo, {"xa-a": excellent, "xa-b": [task("01")]})
    (xa,) = evaluate(records, 2022).quota
    assert (xa.count, xa.of_count, xa.allowed, xa.ok) == (1, 1, 0, False)
    records = records_of(make_repo, {"xa-a": [task("01")]})
    (xa,) = evaluate(records, 2022).quota
    assert (xa.count, xa.of_count, xa.allowed, xa.ok) == (0, 0, 0, True)


def test_units_are_in_group_then_order_then_vietnamese_order(make_repo: RepoFactory) -> None:
    def unit(name: str, group: str, order: str = "") -> str:
        return f"name: {name}\ngroup: {group}\n{order}"

    files: dict[str, str | bytes | None] = {
        "units/ban-a.yaml": unit("Ban Tổ chức", "ban"),
        "units/xa-dd.yaml": unit("Xã Đức Bác", "xa"),
        "units/xa-d.yaml": unit("Xã Duệ", "xa"),
        "units/xa-z.yaml": unit("Xã Z", "xa", "order: 1\n"),
        "units/xa-a.yaml": unit("Xã Ấp", "xa"),
        "units/xa-b.yaml": unit("Xã Bình", "xa"),
    }
    records = records_of(make_repo, {k.split("/")[1][:-5]: [] for k in files}, files)
    ids = [u.unit for u in evaluate(records, 2022).units]
    assert ids == ["xa-z", "xa-a", "xa-b", "xa-d", "xa-dd", "ban-a"]


@given(st.integers(0, 500), st.integers(1, 500),
       st.sampled_from([0.0, 0.2, 0.3, 0.5, 0.7, 0.8, 0.85, 1.0, 1 / 3]))
def test_a_share_is_compared_exactly(n: int, tasks: int, bound: float) -> None:
    from fractions import Fraction

    from songlo_targets.derive.evaluation import _below, exact

    assert _below(n, tasks, bound) == (Fraction(n, tasks) < exact(bound))
