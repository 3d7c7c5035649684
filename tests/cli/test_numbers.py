"""Numbers typed on the command line the Vietnamese way (2,5 and 1.234,5) or the English one."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.writing_support import Run


@pytest.mark.parametrize(("typed", "written"), [("2,5", "2.5"), ("1.234,5", "1234.5"),
                                                ("2.5", "2.5"), ("40", "40")])
def test_a_value_is_read_as_people_write_it(commune: Path, write_run: Run, typed: str,
                                            written: str) -> None:
    code, _, err = write_run("--root", str(commune), "progress", "add", "ubnd-xa/01",
                             "--date", "2026-12-01", "--status", "in-progress",
                             "--value", typed)
    assert code == 0, err
    text = (commune / "targets/2026/ubnd-xa.yaml").read_text(encoding="utf-8")
    entry = text.split("- date: 2026-12-01", 1)[1]
    assert entry.splitlines()[2].strip() == f"value: {written}", entry[:120]


@pytest.mark.parametrize("typed", ["2,3,4", "hai", "1e999", "nan"])
def test_a_value_that_is_no_number_is_refused_in_one_line(commune: Path, write_run: Run,
                                                          typed: str) -> None:
    before = (commune / "targets/2026/ubnd-xa.yaml").read_bytes()
    code, _, err = write_run("--root", str(commune), "progress", "add", "ubnd-xa/01",
                             "--date", "2026-12-01", "--status", "in-progress",
                             "--value", typed)
    assert code == 2
    assert f"`--value` must be a number, not `{typed}`: write it as 2,5" in err, err
    assert (commune / "targets/2026/ubnd-xa.yaml").read_bytes() == before
