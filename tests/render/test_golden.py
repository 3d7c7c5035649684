"""Golden files: the outputs of progress, evaluate and export on the bundled Sông Lô records.

Regenerate after an intended change with ``pytest tests/test_golden.py --update-golden`` (or
``UPDATE_GOLDEN=1``), then read the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from songlo_targets.cli import main

from support.golden import assert_golden

ROOT = Path(__file__).parents[2]
GOLDEN = Path(__file__).parents[1] / "golden"

CASES = {
    "progress-2022.txt": ["progress", "--year", "2022"],
    "progress-2022-as-of.json": ["progress", "--year", "2022", "--as-of", "30/06/2022",
                                 "--format", "json"],
    "progress-2022-overdue.md": ["progress", "--year", "2022", "--as-of", "2022-10-01",
                                 "--overdue", "--format", "md"],
    "progress-2022-duc-bac.txt": ["progress", "--year", "2022", "--unit", "duc bac"],
    "progress-2022-duc-bac.csv": ["progress", "--year", "2022", "--unit", "Đức Bác",
                                  "--format", "csv"],
    "evaluate-2022.txt": ["evaluate", "2022"],
    "evaluate-2022.json": ["evaluate", "2022", "--format", "json"],
    "evaluate-2022.md": ["evaluate", "2022", "--format", "md"],
    "evaluate-2022.csv": ["evaluate", "2022", "--format", "csv"],
    "evaluate-2021-en.txt": ["--lang", "en", "evaluate", "2021"],
    "export-2022.csv": ["export", "2022", "--format", "csv"],
    # the example of today's practice: scores and a quarter, at 80 columns
    "example-evaluate-2026-q2-80.txt": ["--root", str(ROOT / "examples" / "xa-song-lo"),
                                        "evaluate", "2026", "--quarter", "2"],
    "example-evaluate-2026-q1.md": ["--root", str(ROOT / "examples" / "xa-song-lo"),
                                    "evaluate", "2026", "--quarter", "1", "--format", "md"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, request: pytest.FixtureRequest,
                capsysbinary: pytest.CaptureFixture[bytes],
                monkeypatch: pytest.MonkeyPatch) -> None:
    if name.endswith("-80.txt"):
        monkeypatch.setenv("COLUMNS", "80")
    args = CASES[name] if CASES[name][0] == "--root" else ["--root", str(ROOT), *CASES[name]]
    if "--lang" not in args:
        args = ["--lang", "vi", *args]
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code in (0, None)
    out, err = capsysbinary.readouterr()
    assert err == b""
    assert_golden(name, out)
