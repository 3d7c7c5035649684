"""The cache of read files: hits give the same records, bad entries are rebuilt, never run."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from songlo_targets.check import check_records
from songlo_targets.cli import main
from songlo_targets.read.cache import FOLDER, Cache
from songlo_targets.read.loader import load

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from generate import generate  # noqa: E402

from support.records_walk import everything, sources  # noqa: E402

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _own_cache_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("TARGETS_NO_CACHE", raising=False)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    generate(60, tmp_path / "repo")
    return tmp_path / "repo"


def entries(root: Path) -> list[Path]:
    folder = root / FOLDER
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_a_warm_load_gives_the_same_records_and_positions(repo: Path) -> None:
    cold, cold_found = load(repo)
    assert len(entries(repo)) == cold.files
    warm, warm_found = load(repo)
    assert everything(warm) == everything(cold) and warm_found == cold_found
    assert sources(everything(warm)) == sources(everything(cold))
    (repo / "targets/2015/don-vi-0001.yaml").write_text("tasks:\n  - id: '01'\n")
    again, found = load(repo)
    assert [d.code for d in found] == ["missing-field", "missing-field"]
    assert len(entries(repo)) == cold.files, "the old entry of the changed file is pruned"
    assert check_records(again, found, today=TODAY).errors == 2


def test_no_cache_neither_reads_nor_writes(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load(repo, cache=False)
    assert entries(repo) == []
    monkeypatch.setenv("TARGETS_NO_CACHE", "1")
    load(repo)
    assert entries(repo) == []
    with pytest.raises(SystemExit) as exit_:
        main(["--root", str(repo), "check", "--no-cache"])
    assert exit_.value.code == 0 and entries(repo) == []


def test_corrupt_foreign_and_planted_entries_are_ignored_and_rebuilt(repo: Path,
                                                                     tmp_path: Path) -> None:
    reference, _ = load(repo)
    files = entries(repo)
    files[0].write_bytes(b"garbage")
    files[1].write_bytes(files[1].read_bytes()[:-10])  # truncated
    marker = tmp_path / "executed"

    class Planted:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    files[2].write_bytes(b"\0" * 32 + pickle.dumps(Planted()))  # a pickle not signed by us
    foreign = Cache(repo)
    foreign.secret = b"k" * 32  # signed by someone else
    foreign.put(files[3].name, ("forged", None), lambda obj: None)
    again, _ = load(repo)
    assert everything(again) == everything(reference)
    assert not marker.exists(), "an unsigned pickle is never loaded"
    assert all(entry.read_bytes()[32:] != b"garbage" for entry in entries(repo))


def test_two_runs_at_once_leave_a_valid_cache(repo: Path, tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from songlo_targets.read.loader import load; "
            "r, d = load(Path(sys.argv[1])); print(len(list(r.all_tasks())), len(d))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    runs = [subprocess.Popen([sys.executable, "-c", code, str(repo)], env=env,
                             stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [run.communicate()[0].strip() for run in runs]
    assert outputs == ["60 0"] * 3
    assert not [e for e in entries(repo) if e.name.startswith(".tmp-")]
    cache = Cache(repo)
    assert all(isinstance(cache.get(e.name, lambda token: object()), tuple)
               for e in entries(repo)), "every entry is whole and signed"
    warm, found = load(repo)
    assert len(list(warm.all_tasks())) == 60 and found == []


def test_cli_start_up_imports_no_records_model() -> None:
    code = ("import sys, songlo_targets.cli; "
            "print(sorted(m for m in ('songlo_targets.records.model', 'ruamel.yaml', 'ryml', "
            "'rich', "
            "'jinja2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("args", [["--version"], ["--root", ".", "--version"],
                                  ["--lang", "en", "--version"]])
def test_version_is_answered_before_the_commands_are_built(
        args: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import songlo_targets.cli as cli

    monkeypatch.setattr(cli, "build_app", lambda: pytest.fail("the app was built"))
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("targets ")
