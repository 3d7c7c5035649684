"""Rules on recorded ratings and points (SPEC §5, §5.1): the quota binds final ratings, with the
pool "tốt or better"; criteria points the policy cannot use; `quality` only on done entries."""

from __future__ import annotations

import datetime as dt
import textwrap

from songlo_targets.check import check

from conftest import RepoFactory

TODAY = dt.date(2026, 12, 1)
CONFIG = """\
    schema: 1
    organization: {name: Đảng ủy xã Thử}
    groups: [{key: xa, name: Các đơn vị}]
    """
SCORE = """\
    rating:
      score: {results: 70, criteria: 30}
      levels:
        - {key: xuat-sac, name: Xuất sắc, when: {score: 90}}
        - {key: tot, name: Tốt, when: {score: 70}}
        - {key: dat, name: Đạt, when: {score: 50}}
      quota: {level: xuat-sac, at_most: 0.2, of: tot}
    """


def unit(evaluations: str) -> str:
    return "name: Đơn vị\ngroup: xa\nevaluations:\n" + textwrap.indent(
        textwrap.dedent(evaluations), "  ")


def codes(make_repo: RepoFactory, files: dict[str, str]) -> list[tuple[str, str, int, str]]:
    root = make_repo({"targets.yaml": textwrap.dedent(CONFIG), **files}, base=False)
    return [(d.code, d.path, d.line, d.text())
            for d in check(root, today=TODAY).diagnostics if d.severity.value == "error"]


def test_quota_counts_final_ratings_with_the_pool_tot_or_better(make_repo: RepoFactory) -> None:
    files = {f"units/u{i}.yaml": unit(f"2025: {{computed: xuat-sac, final: {level}, note: x}}")
             for i, level in enumerate(["xuat-sac", "tot", "tot", "tot", "hoan-thanh"])}
    # one xuat-sac; pool 4 (1 xuat-sac + 3 tot): floor(0.2 × 4) = 0 allowed
    found = codes(make_repo, files)
    assert [c[0] for c in found] == ["rating-quota"]
    assert found[0][1] == "units/u0.yaml" and "1 must be rated a level lower" in found[0][3]
    # a fifth unit rated tot makes the pool 5: one is allowed
    files["units/u5.yaml"] = unit("2025: {final: tot}")
    assert codes(make_repo, files) == []
    # computed ratings are proposals: five computed xuat-sac are no error
    proposals = {f"units/u{i}.yaml": unit("2025: {computed: xuat-sac}") for i in range(5)}
    assert codes(make_repo, proposals) == []


def test_criteria_points_the_policy_cannot_use(make_repo: RepoFactory) -> None:
    yearly = {"units/a.yaml": unit("2025: {criteria: 20}")}
    found = codes(make_repo, yearly)  # the default policy has no score
    assert [(c[0], c[2]) for c in found] == [("invalid-value", 4)]
    assert "gives none" in found[0][3]
    scored = {"targets/2025/_year.yaml": textwrap.dedent(SCORE),
              "units/a.yaml": unit("2025:\n  criteria: 31\n  quarters: {1: {criteria: 20}}\n")}
    found = codes(make_repo, scored)
    messages = [c[3] for c in found]
    assert any("at most 30" in m for m in messages)
    assert any("yearly: add `periods: quarterly`" in m for m in messages)
    scored["targets/2025/_year.yaml"] += "  periods: quarterly\n"
    scored["units/a.yaml"] = unit("2025:\n  criteria: 30\n  quarters: {1: {criteria: 20}}\n")
    assert codes(make_repo, scored) == []


def test_quality_only_on_a_done_entry(make_repo: RepoFactory) -> None:
    files = {
        "units/a.yaml": "name: Đơn vị\ngroup: xa\n",
        "targets/2025/a.yaml": textwrap.dedent("""\
            tasks:
              - id: '01'
                title: Việc
                deadline: 2025-06-30
                progress:
                  - {date: 2025-03-01, status: in-progress, quality: defective}
            """),
    }
    found = [c for c in codes(make_repo, files) if c[0] == "invalid-value"]
    assert [(c[1], c[2]) for c in found] == [("targets/2025/a.yaml", 6)]
    assert "only an entry with status `done`" in found[0][3]
