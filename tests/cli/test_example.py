"""The example repository of today's practice (examples/xa-song-lo): a commune formed on
1 July 2025 from four old communes, the 2025 hand-over, a 2026 year under the 366-style score
policy with quarterly ratings. It checks clean, the hand-over is done, the scores are the
hand computation, and the reports render with the lineage."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from support.writing_support import Run, tree_hashes

EXAMPLE = Path(__file__).parents[2] / "examples" / "xa-song-lo"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    root = tmp_path / "xa-song-lo"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".targets-cache"))
    return root


def test_the_example_checks_clean_and_is_formatted(example: Path, write_run: Run) -> None:
    assert write_run("--root", str(example), "check", "--strict")[0] == 0
    assert write_run("--root", str(example), "fmt", "--check")[0] == 0


def test_the_merger_is_handed_over(example: Path, write_run: Run) -> None:
    before = tree_hashes(example)
    code, out, _ = write_run("--root", str(example), "handover", "2025", "--date", "2025-07-15")
    assert code == 0 and "0 tasks handed over; 5 already handed over" in out
    assert tree_hashes(example) == before
    code, out, _ = write_run("--root", str(example), "evaluate", "2025", "--format", "json")
    units = {u["unit"]: u for u in json.loads(out)["units"]}
    # after 30/6 each old commune keeps only what it finished; the new UBND has the rest
    assert {k: units[k]["tasks"] for k in ("duc-bac", "cao-phong", "tu-yen", "yen-thach")} == {
        "duc-bac": 1, "cao-phong": 1, "tu-yen": 1, "yen-thach": 1}
    assert units["ubnd-xa"]["tasks"] == 5


def test_quarterly_scores_are_the_hand_computation(example: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(example), "evaluate", "2026", "--quarter", "1",
                               "--format", "json")
    assert code == 0, err
    units = {u["unit"]: u for u in json.loads(out)["units"]}
    ubnd = units["ubnd-xa"]
    # due in Q1: 03 (weight 2, done on time) and 04 (done 10/4: open at 31/3)
    # results 70 × 2/3, criteria 27 (quarter 1)
    assert ubnd["score"]["results"] == pytest.approx(70 * 2 / 3)
    assert ubnd["score"]["total"] == pytest.approx(70 * 2 / 3 + 27)
    assert (ubnd["computed"], ubnd["reason"]) == ("review", "no-level")  # 04 not done by 31/3
    assert units["mttq-xa"]["score"]["total"] == 98 and units["mttq-xa"]["computed"] == "xuat-sac"
    assert units["van-phong-dang-uy"]["computed"] == "tot"  # 96 points, nothing exceeded
    assert units["ban-xay-dung-dang"]["reason"] == "no-criteria"
    code, out, _ = write_run("--root", str(example), "evaluate", "2026", "--quarter", "2",
                             "--format", "json")
    q2 = {u["unit"]: u for u in json.loads(out)["units"]}["ubnd-xa"]
    # due in Q2: 01 (done, on time), 02 (done, on time), 05 (done on time, defective: 0.75)
    assert q2["score"]["results"] == pytest.approx(70 * 2.75 / 3)
    assert q2["computed"] == "xuat-sac"  # 64.2 + 26 = 90.2; on time 3/3; exceeded 1/3


def test_the_reports_render_scores_and_lineage(example: Path, tmp_path: Path,
                                                write_run: Run) -> None:
    out_dir = tmp_path / "out"
    code, _, err = write_run("--root", str(example), "report", "2025", "--out", str(out_dir))
    assert code == 0, err
    new = (out_dir / "don-vi/ubnd-xa.md").read_text(encoding="utf-8")
    assert "chuyển từ Xã Đức Bác (cũ), năm 2025" in new  # no machine reference (issue 13)
    old = (out_dir / "don-vi/duc-bac.md").read_text(encoding="utf-8")
    assert "chuyển giao cho Ủy ban nhân dân xã Sông Lô" in old and "2025/ubnd-xa" not in old
    summary = (out_dir / "tong-hop.md").read_text(encoding="utf-8")
    assert "Tiếp nhận trong năm từ các đơn vị đã sắp xếp, hợp nhất (5 nhiệm vụ)" in summary
    assert "| Xã Đức Bác (cũ), năm 2025 |" in summary
    code, _, err = write_run("--root", str(example), "report", "2026", "--out",
                             str(tmp_path / "out26"), "--as-of", "2026-09-30")
    assert code == 0, err
    rating = (tmp_path / "out26/danh-gia.md").read_text(encoding="utf-8")
    assert "| Điểm |" in rating and "từ 90 điểm" in rating


def test_progress_of_a_quarter(example: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(example), "progress", "--year", "2026",
                               "--quarter", "1", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["quarter"], data["as_of"]) == (1, "2026-03-31")
    # due in Q1: ubnd-xa 03, 04; mttq-xa 01; van-phong 01; ban-xay-dung-dang 01
    assert data["totals"]["total"] == 5 and data["totals"]["done_on_time"] == 4
    assert data["totals"]["open"] == 1  # ubnd-xa 04, due on 31/3, done on 10/4
    code, out, _ = write_run("--root", str(example), "progress", "--year", "2026",
                             "--quarter", "1", "--as-of", "2026-06-30", "--format", "json")
    assert json.loads(out)["totals"]["done_late"] == 1


@pytest.mark.parametrize(("args", "said"), [
    (["2025", "--quarter", "1"], "the rating policy of 2025 is yearly: add `periods: quarterly`"),
    (["2026", "--quarter", "1", "--as-of", "2026-04-01"], "after the end of quarter 1"),
    (["2026", "--quarter", "4", "--write"], "its ratings are stored once it has ended"),
])
def test_quarters_refused_where_they_do_not_apply(example: Path, write_run: Run,
                                                  args: list[str], said: str,
                                                  today: Callable[[dt.date], None]) -> None:
    today(dt.date(2026, 12, 7))
    before = tree_hashes(example)
    code, _, err = write_run("--root", str(example), "evaluate", *args)
    assert code == 2 and said in err, err
    assert tree_hashes(example) == before
