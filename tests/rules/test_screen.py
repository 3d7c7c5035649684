"""The progress rules look only at the tasks the screen lists (one walk for all of them): they
find what they find when they look at every task, whatever the entries hold."""

from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from songlo_targets.read.loader import load
from songlo_targets.records.model import Task
from songlo_targets.rules import DEFAULT_RULES, progress, tasks
from songlo_targets.rules.context import Context
from songlo_targets.rules.screen import Screen, screen

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from generate import generate  # noqa: E402

TODAY = dt.date(2019, 8, 1)
SCREENED = [rule for rule in DEFAULT_RULES
            if rule.__module__ in (progress.__name__,) or rule is tasks.invalid_progress_value]


def _spoil(every: list[Task], seed: int) -> None:
    """Entries as a careless editor leaves them: out of order, on one date, outside the
    year or in the future, done then not, judged while open, values on the wrong kind of
    task, evidence without a document or none, results left empty."""
    rng = random.Random(seed)
    for task in every:
        for entry in task.progress:
            roll = rng.random()
            if roll < 0.08:
                entry.date = entry.date.replace(year=task.year - 1)
            elif roll < 0.14:
                entry.date = TODAY + dt.timedelta(days=rng.randint(1, 90))
            elif roll < 0.2:
                entry.date = task.progress[0].date
            if rng.random() < 0.25:
                entry.status = rng.choice(["done", "in-progress", "not-started"])
            if rng.random() < 0.1:
                entry.quality = "defective"
            if rng.random() < 0.1:
                entry.value, entry.percent = 5.0, 50
            if rng.random() < 0.1:
                entry.result = rng.choice(["", "  ", None])
            if rng.random() < 0.05:
                entry.evidence = []
            for item in entry.evidence:
                if rng.random() < 0.3:
                    item.number = item.date = item.file = None
                    item.url = rng.choice([None, "ftp://x", "https://ok.vn"])
        if rng.random() < 0.1:
            task.progress.reverse()


def _findings(records: object, context: Context) -> list[tuple[object, ...]]:
    return sorted((d.code, d.path, d.task or "", d.message, repr(sorted(d.values.items())))
                  for rule in SCREENED for d in rule(records, context))  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_screened_rules_find_what_they_find_in_every_task(tmp_path: Path,
                                                              seed: int) -> None:
    generate(300, tmp_path / "repo", seed=seed)
    records, _ = load(tmp_path / "repo", cache=False)
    every = list(records.all_tasks())
    _spoil(every, seed)
    screened = Context(today=TODAY)
    listed = screen(records, screened)
    assert all(getattr(listed, kind.name) for kind in fields(Screen))
    everything = Context(today=TODAY)
    everything.memo["progress-screen"] = (records, Screen(*[list(every)] * len(fields(Screen))))
    found = _findings(records, screened)
    assert found and found == _findings(records, everything)
    assert {code for code, *_ in found} >= {"progress-order", "progress-date",
                                            "evidence-missing", "status-regress",
                                            "invalid-value", "evidence-file",
                                            "target-not-reached"}


def test_the_screen_is_walked_once_a_run(tmp_path: Path) -> None:
    generate(60, tmp_path / "repo")
    records, _ = load(tmp_path / "repo", cache=False)
    context = Context(today=TODAY)
    assert screen(records, context) is screen(records, context)
    other, _ = load(tmp_path / "repo", cache=False)
    assert screen(other, context) is not screen(records, context)  # (other records: again)
