"""The counts of `targets progress` (SPEC §4.1, §6.3) on hand-built records."""

from __future__ import annotations

import datetime as dt

import pytest

from songlo_targets.derive.counts import Counts
from songlo_targets.derive.progress import Filters, progress_view
from songlo_targets.errors import UsageError

from conftest import RepoFactory
from support.ratings_repo import records_of, task

D = dt.date
YEAR = "checkpoints: [2022-03-31, 2022-06-30, 2022-09-30]\n"


def tasks_of_a() -> list[str]:
    return [
        task("01", done="2022-05-01"),  # done on time
        task("02", done="2022-07-15"),  # done late
        task("03", deadline="2022-12-31", extra="""\
            progress:
              - {date: 2022-07-20, status: in-progress, percent: 40}
            """),  # open, in progress
        task("04", extra="""\
            progress:
              - {date: 2022-02-01, status: blocked}
            """),  # overdue after 30/06
        task("05", extra="dropped: {date: 2022-08-01, decision: 40-QĐ/HU}"),
    ]


def test_buckets_in_progress_and_stale_at_a_date(make_repo: RepoFactory) -> None:
    records = records_of(make_repo, {"xa-a": tasks_of_a()}, {"targets/2022/_year.yaml": YEAR})
    view = progress_view(records, 2022, D(2022, 10, 1))
    # 01 on time, 02 late, 03 open and in progress, 04 overdue, 05 dropped (out of every count).
    # C = 30/09, P = 30/06: stale = not done, no entry after 30/06 -> only 04.
    counts = view.units[0].counts
    assert counts == Counts(done_on_time=1, done_late=1, open=1, overdue=1, in_progress=1,
                            stale=1, blocked=1, dropped=1)
    assert counts.unfinished == 2  # 03 in progress, 04 blocked
    assert counts.total == 4
    assert view.totals.done_share == 0.5


def test_dropped_after_the_date_still_counts(make_repo: RepoFactory) -> None:
    records = records_of(make_repo, {"xa-a": tasks_of_a()}, {"targets/2022/_year.yaml": YEAR})
    view = progress_view(records, 2022, D(2022, 7, 31))
    # 05 is dropped on 01/08: on 31/07 it still counts (overdue, and stale with 04: C = 30/06,
    # P = 31/03, neither has an entry after P; 03 reported on 20/07)
    counts = view.units[0].counts
    assert counts == Counts(done_on_time=1, done_late=1, open=1, overdue=2, in_progress=1,
                            stale=2, blocked=1, not_started=1, dropped=0)
    assert counts.total == 5


def test_before_the_first_checkpoint_nothing_is_stale(make_repo: RepoFactory) -> None:
    records = records_of(make_repo, {"xa-a": tasks_of_a()}, {"targets/2022/_year.yaml": YEAR})
    counts = progress_view(records, 2022, D(2022, 3, 30)).units[0].counts
    assert counts == Counts(done_on_time=0, done_late=0, open=5, overdue=0, in_progress=0,
                            stale=0, blocked=1, not_started=4)
    assert counts.total == 5
    # on the first checkpoint, P is 31/12 of the year before: 04 reported on 01/02, the rest not
    counts = progress_view(records, 2022, D(2022, 3, 31)).units[0].counts
    assert counts.stale == 4


def test_filters_group_status_overdue_and_unit(make_repo: RepoFactory) -> None:
    records = records_of(make_repo, {"xa-a": tasks_of_a(), "xa-b": [task("01")],
                                     "ban-a": [task("01", done="2022-01-20")]},
                         {"targets/2022/_year.yaml": YEAR})
    day = D(2022, 10, 1)
    assert [u.unit for u in progress_view(records, 2022, day).units] == ["xa-a", "xa-b",
                                                                         "ban-a"]
    by_group = progress_view(records, 2022, day, Filters(group="ban"))
    assert [g.key for g in by_group.groups] == ["ban"]
    overdue = progress_view(records, 2022, day, Filters(overdue=True))
    assert [(u.unit, u.counts.total) for u in overdue.units] == [("xa-a", 1), ("xa-b", 1)]
    blocked = progress_view(records, 2022, day, Filters(status="blocked"))
    assert [(u.unit, u.counts.overdue) for u in blocked.units] == [("xa-a", 1)]
    one = progress_view(records, 2022, day, Filters(unit="XA A"))
    assert one.unit == "xa-a"
    assert [r.ref for r in one.tasks] == [f"2022/xa-a/0{n}" for n in range(1, 6)]
    assert one.tasks[4].state.status == "dropped"
    assert one.totals.total == 4


@pytest.mark.parametrize("filters", [Filters(group="khong-co"), Filters(status="xong"),
                                     Filters(unit="không có")])
def test_bad_filters_are_usage_errors(make_repo: RepoFactory, filters: Filters) -> None:
    records = records_of(make_repo, {"xa-a": [task("01")]})
    with pytest.raises(UsageError):
        progress_view(records, 2022, D(2022, 5, 1), filters)


SUPERVISED = YEAR + """\
supervisors:
  - {key: tam, name: Lê Đăng Tâm, units: [xa-a]}
  - {key: nga, name: Phùng Thị Kim Nga, units: [xa-b, ban-a]}
"""


def test_overdue_and_due_before_list_the_tasks_across_units(make_repo: RepoFactory) -> None:
    records = records_of(make_repo, {"xa-a": tasks_of_a(), "xa-b": [task("01")],
                                     "ban-a": [task("01", done="2022-01-20"),
                                               task("02", deadline="2022-10-15")]},
                         {"targets/2022/_year.yaml": SUPERVISED})
    day = D(2022, 10, 1)
    overdue = progress_view(records, 2022, day, Filters(overdue=True))
    assert overdue.listed and overdue.unit is None
    assert [r.ref for r in overdue.tasks] == ["2022/xa-a/04", "2022/xa-b/01"]
    # not done (03 open until 31/12, 04 and xa-b/01 overdue, ban-a/02 due 15/10), not dropped
    due = progress_view(records, 2022, day, Filters(due_before=D(2022, 10, 15)))
    assert [r.ref for r in due.tasks] == ["2022/xa-a/04", "2022/xa-b/01", "2022/ban-a/02"]
    assert progress_view(records, 2022, day, Filters(due_before=D(2022, 10, 14))).tasks[-1].ref \
        == "2022/xa-b/01"
    nga = progress_view(records, 2022, day, Filters(supervisor="Phùng Thị Kim Nga",
                                                    due_before=D(2022, 12, 31)))
    assert [r.ref for r in nga.tasks] == ["2022/xa-b/01", "2022/ban-a/02"]
    counts = progress_view(records, 2022, day, Filters(supervisor="tam"))
    assert not counts.listed and [u.unit for u in counts.units] == ["xa-a"]
    with pytest.raises(UsageError) as unknown:
        progress_view(records, 2022, day, Filters(supervisor="Lê Văn Tám"))
    assert "did you mean: Lê Đăng Tâm" in unknown.value.text()
