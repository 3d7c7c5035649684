"""The quarterly cycle of 2026 (quarterly ratings as records, milestones, the year from its
quarters), run on a copy of the example commune by commands only."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from support.writing_support import Run, tree_hashes

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "xa-song-lo"


def _json(run: Run, root: Path, *args: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run("--root", str(root), *args, "--format", "json")
    assert code in (0, 1), err
    return json.loads(out)  # type: ignore[no-any-return]


def test_quarter_ratings_are_stored_then_decided(commune: Path, write_run: Run) -> None:
    code, _, err = write_run("--root", str(commune), "evaluate", "2026", "--quarter", "1",
                             "--write")
    assert code == 0, err
    text = (commune / "units/mttq-xa.yaml").read_text(encoding="utf-8")
    assert "1: {computed: xuat-sac, criteria: 28, heads: {chu-tich: {computed:" in text, text
    code, _, err = write_run("--root", str(commune), "rate", "2026", "ubnd-xa", "--quarter", "1",
                             "--final", "tot", "--decision", "5-QĐ/ĐU", "--date", "10/04/2026",
                             "--note", "Ban Thường vụ xét sản phẩm quý I")
    assert code == 0 and "quarter 1 of 2026: final rating Hoàn thành tốt" in err, err
    text = (commune / "units/ubnd-xa.yaml").read_text(encoding="utf-8")
    assert "      1:\n        computed: review\n        final: tot\n" in text, text
    assert "        decision: 5-QĐ/ĐU\n        date: 2026-04-10\n" in text, text
    assert write_run("--root", str(commune), "check", "--strict")[0] == 0
    data = _json(write_run, commune, "evaluate", "2026", "--quarter", "1")
    finals = {u["unit"]: u["final"] for u in data["units"]}
    assert data["quarter"] == 1 and finals["ubnd-xa"] == "tot" and finals["mttq-xa"] is None


def test_a_quarter_is_rated_after_it_ends(commune: Path, write_run: Run) -> None:
    before = tree_hashes(commune)
    code, _, err = write_run("--root", str(commune), "rate", "2026", "ubnd-xa", "--quarter", "2",
                             "--final", "tot", "--decision", "9-QĐ/ĐU", "--date", "2026-06-15")
    assert code == 2 and "before the end of the quarter (30/06/2026)" in err, err
    code, _, err = write_run("--root", str(commune), "rate", "2026", "ubnd-xa", "--quarter", "2",
                             "--final", "tot")
    assert code == 2 and "--decision" in err, err
    assert tree_hashes(commune) == before
    unit = commune / "units/ubnd-xa.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(
        "      2:\n        criteria: 26\n",
        "      2:\n        final: tot\n        decision: 9-QĐ/ĐU\n        date: 2026-06-15\n"
        "        note: xét sớm\n        criteria: 26\n"), encoding="utf-8")
    code, out, _ = write_run("--root", str(commune), "check", "--format", "json")
    (found,) = [d for d in json.loads(out)["diagnostics"] if d["code"] == "invalid-value"]
    assert found["path"] == "units/ubnd-xa.yaml" and found["line"] == 16, found
    assert "Q2 2026" in found["message"], found


def test_the_quota_binds_each_quarters_finals(commune: Path, write_run: Run) -> None:
    unit = commune / "units/mttq-xa.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(
        "      1: {criteria: 28}",
        "      1: {final: xuat-sac, decision: 5-QĐ/ĐU, date: 2026-04-10, criteria: 28}"),
        encoding="utf-8")
    code, out, _ = write_run("--root", str(commune), "check", "--format", "json")
    codes = [(d["code"], d["path"]) for d in json.loads(out)["diagnostics"]]
    assert ("rating-quota", "units/mttq-xa.yaml") in codes, codes


def test_the_year_is_the_mean_of_its_quarters(commune: Path, write_run: Run) -> None:
    year = _json(write_run, commune, "evaluate", "2026")
    for unit in year["units"]:
        totals = [q["total"] for q in unit["quarters"]]
        assert [q["quarter"] for q in unit["quarters"]] == sorted(q["quarter"]
                                                                    for q in unit["quarters"])
        if any(t is None for t in totals):
            assert unit["score"]["total"] is None and unit["computed"] == "review"
            continue
        mean = sum(Fraction(t) for t in totals) / len(totals)
        assert unit["score"]["total"] == pytest.approx(float(mean)), unit
        for quarter in unit["quarters"]:
            alone = _json(write_run, commune, "evaluate", "2026", "--quarter",
                          str(quarter["quarter"]))
            (same,) = [u for u in alone["units"] if u["unit"] == unit["unit"]]
            assert same["score"]["total"] == quarter["total"]
    ubnd = next(u for u in year["units"] if u["unit"] == "ubnd-xa")
    assert [q["quarter"] for q in ubnd["quarters"]] == [1, 2, 3]


def test_annual_tasks_ignores_the_quarters(commune: Path, write_run: Run) -> None:
    meta = commune / "targets/2026/_year.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("annual: quarters", "annual: tasks"),
                    encoding="utf-8")
    year = _json(write_run, commune, "evaluate", "2026")
    assert all("quarters" not in u for u in year["units"])


MILESTONES = """\
  - id: '09'
    title: Xây dựng 3 km đường giao thông nông thôn
    type: target
    deadline: 2026-12-31
    measure: {unit: km, target: 3}
    milestones:
      - {date: 2026-03-31, target: 1, title: Hoàn thành 1 km}
      - {date: 2026-06-30, target: 2}
    progress:
      - {date: 2026-03-20, status: in-progress, value: 1.2}
      - {date: 2026-07-10, status: in-progress, value: 2.1}
"""


def test_milestones_are_products_of_their_quarter(commune: Path, write_run: Run) -> None:
    tasks = commune / "targets/2026/mttq-xa.yaml"
    tasks.write_text(tasks.read_text(encoding="utf-8") + MILESTONES, encoding="utf-8")
    assert write_run("--root", str(commune), "check", "--strict")[0] == 0
    q1 = _json(write_run, commune, "evaluate", "2026", "--quarter", "1")
    q2 = _json(write_run, commune, "evaluate", "2026", "--quarter", "2")
    (m1,) = [u for u in q1["units"] if u["unit"] == "mttq-xa"]
    (m2,) = [u for u in q2["units"] if u["unit"] == "mttq-xa"]
    assert (m1["tasks"], m1["done"], m1["on_time"]) == (2, 2, 2)  # task 01 and the milestone
    assert m2["tasks"] - m2["done"] >= 0
    at_end = _json(write_run, commune, "progress", "--year", "2026", "--quarter", "2",
                   "--unit", "mttq-xa")
    rows = [t for t in at_end["tasks"] if t["ref"] == "2026/mttq-xa/09"]
    assert [r["bucket"] for r in rows] == ["open"], at_end  # due on 30/6, not reached yet
    later = _json(write_run, commune, "progress", "--year", "2026", "--quarter", "2",
                  "--unit", "mttq-xa", "--as-of", "2026-09-30")
    rows = [t for t in later["tasks"] if t["ref"] == "2026/mttq-xa/09"]
    assert [r["bucket"] for r in rows] == ["done-late"], later  # reached on 10/7


@pytest.mark.parametrize(("milestone", "said"), [
    ("{date: 2025-12-31, target: 1}", "not within the task's year"),
    ("{date: 2026-03-31, percent: 20}", "needs `target:` only"),
])
def test_bad_milestones(commune: Path, write_run: Run, milestone: str, said: str) -> None:
    tasks = commune / "targets/2026/mttq-xa.yaml"
    bad = MILESTONES.replace("{date: 2026-03-31, target: 1, title: Hoàn thành 1 km}", milestone)
    tasks.write_text(tasks.read_text(encoding="utf-8") + bad, encoding="utf-8")
    code, out, _ = write_run("--lang", "en", "--root", str(commune), "check", "--format", "json")
    found = [d for d in json.loads(out)["diagnostics"] if d["code"] == "invalid-value"]
    assert code == 1 and len(found) == 1 and said in found[0]["message"], found
    assert found[0]["path"] == "targets/2026/mttq-xa.yaml" and found[0]["line"] > 1


def test_assign_and_amend_milestones(commune: Path, write_run: Run) -> None:
    code, out, err = write_run(
        "--root", str(commune), "assign", "mttq-xa", "--year", "2026", "--title",
        "Vận động Quỹ Vì người nghèo", "--type", "target", "--measure-unit", "triệu đồng",
        "--target", "300", "--milestone", "30/06/2026:200", "--milestone", "2026-03-31:100",
        "--decision", "12-QĐ/ĐU", "--decision-date", "01/02/2026")
    assert code == 0, err
    ref = out.strip()
    text = (commune / "targets/2026/mttq-xa.yaml").read_text(encoding="utf-8")
    assert ("    milestones:\n      - {date: 2026-03-31, target: 100}\n"
            "      - {date: 2026-06-30, target: 200}\n") in text, text
    code, _, err = write_run("--root", str(commune), "amend", ref, "--milestone",
                             "31/03/2026:120", "--milestone", "30/06/2026:200",
                             "--decision", "13-QĐ/ĐU", "--date", "01/03/2026")
    assert code == 0, err
    text = (commune / "targets/2026/mttq-xa.yaml").read_text(encoding="utf-8")
    assert "      - {date: 2026-03-31, target: 120}\n" in text
    assert "was: {milestones: [{date: 2026-03-31, target: 100}" in text, text
    assert write_run("--root", str(commune), "check", "--strict")[0] == 0
    before = tree_hashes(commune)
    for bad, said in [("31/03/2026", "is not a milestone"), ("2027-01-31:5", "not within")]:
        code, _, err = write_run("--root", str(commune), "amend", ref, "--milestone", bad,
                                 "--decision", "14-QĐ/ĐU", "--date", "01/04/2026")
        assert code in (1, 2) and said in err, err
    assert tree_hashes(commune) == before


def test_the_yearly_table_shows_the_quarters(commune: Path, write_run: Run) -> None:
    code, out, _ = write_run("--root", str(commune), "evaluate", "2026", "--format", "md")
    assert code == 0
    header = next(line for line in out.splitlines() if line.startswith("| Unit"))
    assert "| Q1 | Q2 | Q3 | Q4 | Score |" in header, header
    row = next(line for line in out.splitlines() if "Ủy ban nhân dân xã Sông Lô" in line)
    assert "| 73.7 | 90.2 | 80 | — | 81.3 |" in row, row
