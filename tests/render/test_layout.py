"""Tables that read at 80 columns as well as at 120 (render/layout.py), on the bundled records:
no line wider than the terminal, no name or title broken mid-word, no column squeezed to
nothing, no share cut off."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from songlo_targets.check import check
from songlo_targets.cli import main

ROOT = Path(__file__).parents[2]
RECORDS = check(ROOT).records


def screen(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int,
           *args: str) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    with pytest.raises(SystemExit) as exit_:
        main(["--root", str(ROOT), "--lang", "vi", *args])
    assert exit_.value.code in (0, None)
    return capsys.readouterr().out


def words_of(texts: list[str]) -> set[str]:
    return {word for text in texts for word in text.split()}


def assert_readable(out: str, columns: int, texts: list[str]) -> None:
    lines = out.splitlines()
    assert all(len(line.rstrip()) <= columns for line in lines), max(lines, key=len)
    assert not re.search(r"[┳┼╇┃│]{2}|[┏┡├]━?[┳╇]", out), "a column collapsed to nothing"
    shown = set(re.findall(r"[^\s│┃]+", out))
    broken = sorted(w for w in words_of(texts) if w not in shown)
    assert broken == [], f"broken mid-word: {broken[:5]}"


UNIT_NAMES = [unit.name for unit in RECORDS.units.values()]
GROUP_NAMES = [group.name for group in RECORDS.config.groups] if RECORDS.config else []


@pytest.mark.parametrize("columns", [80, 120])
def test_progress_reads_at(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                           columns: int) -> None:
    out = screen(capsys, monkeypatch, columns, "progress", "--year", "2022")
    assert_readable(out, columns, UNIT_NAMES + GROUP_NAMES)
    assert len(re.findall(r"\d+%", out)) == len(UNIT_NAMES) + len(GROUP_NAMES) + 1
    if columns >= 100:
        assert "█" in out  # the bar where there is room for it


@pytest.mark.parametrize("columns", [80, 120])
def test_evaluate_reads_at(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                           columns: int) -> None:
    out = screen(capsys, monkeypatch, columns, "evaluate", "2022")
    heads = [head.title for unit in RECORDS.units.values() if unit.id in RECORDS.years[2022].tasks
             for head in unit.heads]
    assert_readable(out, columns, UNIT_NAMES + heads)
    assert "xuat-sac" not in out and "hoan-thanh" not in out  # labels, never keys
    assert "Hoàn thành xuất sắc" in re.sub(r"\s+", " ", out)


TASKS = {task.ref: task.title for task in RECORDS.years[2022].all_tasks()}


@pytest.mark.parametrize("columns", [80, 120])
def test_carry_dry_run_reads_at(capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    out = screen(capsys, monkeypatch, columns, "carry", "2022", "2023", "--dry-run")
    carried = [line for line in out.splitlines() if "→" in line]
    assert carried, out
    shown = [ref for ref in TASKS if ref + " →" in out]
    assert len(shown) == len(carried)
    units = [RECORDS.units[ref.split("/")[1]].name for ref in shown]
    assert_readable(out, columns, units + [TASKS[ref] for ref in shown])
    # both references whole, below the title (the new one on the next line if it must)
    pairs = re.findall(r"2022/[a-z0-9-]+/[\w.-]+ →\s+2023/[a-z0-9-]+/[\w.-]+", out)
    assert len(pairs) == len(carried)
    assert "31/12/2023" in out and "…" not in out


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("args", [["--unit", "duc-bac"], ["--overdue"]])
def test_task_lists_read_at(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                            columns: int, args: list[str]) -> None:
    from songlo_targets.derive.progress import Filters, progress_view

    out = screen(capsys, monkeypatch, columns, "progress", "--year", "2022", *args)
    filters = Filters(unit="duc-bac") if "--unit" in args else Filters(overdue=True)
    view = progress_view(RECORDS, 2022, None, filters)
    assert view.tasks
    units = [RECORDS.units[row.task.unit].name for row in view.tasks]
    assert_readable(out, columns, units + [row.task.title for row in view.tasks] +
                    [row.owner for row in view.tasks])
    assert "chu-tich" not in out and "bi-thu" not in out
