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
