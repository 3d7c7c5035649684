"""The cache: one signed file per repository; hits give what a fresh reading gives; a bad,
foreign or planted cache is ignored; the folder is never followed when it is a link."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import msgpack
import pytest

from songlo_targets.check import check, check_records
from songlo_targets.cli import main
from songlo_targets.read import cache as cache_module
from songlo_targets.read.cache import FOLDER, KEY, NAME, Cache
from songlo_targets.read.loader import load

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from generate import generate  # noqa: E402

from support.records_walk import everything, sources  # noqa: E402

TODAY = dt.date(2026, 11, 27)
TASK_FILE = "targets/2015/don-vi-0001.yaml"


@pytest.fixture(autouse=True)
def _own_cache_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("TARGETS_NO_CACHE", raising=False)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    generate(60, tmp_path / "repo")
    return tmp_path / "repo"


def folder(root: Path) -> list[str]:
    where = root / FOLDER
    return sorted(p.name for p in where.iterdir()) if where.is_dir() else []


def cli(root: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "--root", str(root), *args])
    return int(exit_.value.code or 0), capsys.readouterr().out


def test_one_signed_file_that_git_ignores(repo: Path) -> None:
    load(repo)
    assert folder(repo) == [".gitignore", KEY, NAME]
    assert (repo / FOLDER / ".gitignore").read_text().splitlines()[-1] == "*"
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"],
                            cwd=repo, capture_output=True, text=True, check=True).stdout
    assert FOLDER not in status


def test_a_warm_load_gives_the_same_records_positions_and_diagnostics(repo: Path) -> None:
    cold, cold_found = load(repo, cache=False)
    load(repo)  # writes the cache
    warm, warm_found = load(repo)
    assert everything(warm) == everything(cold) and warm_found == cold_found
    assert sources(everything(warm)) == sources(everything(cold))
    (repo / TASK_FILE).write_text("tasks:\n  - id: '01'\n")
    again, found = load(repo)
    assert [d.code for d in found] == ["missing-field", "missing-field"]
    assert (again, found) != (warm, warm_found)
    assert check_records(again, found, today=TODAY).errors == 2
    kept, kept_found = load(repo)  # the bad file's diagnostics come from the cache too
    assert kept_found == found and everything(kept) == everything(again)


def test_a_file_with_some_bad_tasks_keeps_the_good_ones_warm(repo: Path) -> None:
    text = (repo / TASK_FILE).read_text()
    text = text.replace("    deadline: '", "    deadline: '2015-13-45'\n    x: '", 1)
    (repo / TASK_FILE).write_text(text.replace("    title:", "    titel:", 2))
    cold, cold_found = load(repo, cache=False)
    load(repo)
    warm, warm_found = load(repo)
    assert warm_found == cold_found
    assert {d.code for d in warm_found} == {"duplicate-key", "unknown-field"} or {
        d.code for d in warm_found} >= {"invalid-value", "unknown-field"}
    assert len(list(warm.all_tasks())) in (len(list(cold.all_tasks())), 59)
    assert everything(warm) == everything(cold)
    assert sources(everything(warm)) == sources(everything(cold))


def test_no_cache_neither_reads_nor_writes(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    load(repo, cache=False)
    assert folder(repo) == []
    monkeypatch.setenv("TARGETS_NO_CACHE", "1")
    load(repo)
    assert folder(repo) == []
    monkeypatch.delenv("TARGETS_NO_CACHE")
    assert cli(repo, "check", "--no-cache", capsys=capsys)[0] == 0
    assert folder(repo) == []


def test_check_warm_gives_the_check_no_cache_gives(make_repo: object,
                                                   capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    root = make_repo({"targets/2022/duc-bac.yaml": """\
        tasks:
          - {id: '01', title: A, deadline: 2022-09-30, owner: chu-tich,
             progress: [{date: 2022-06-30, status: done}]}
          - {id: '01', title: B, deadline: 2022-09-30, categories: [khong-co]}
        """})  # type: ignore[operator]
    fresh = cli(root, "check", "--no-cache", capsys=capsys)
    first = cli(root, "check", capsys=capsys)
    assert folder(root) == [".gitignore", KEY, NAME]
    warm = cli(root, "check", capsys=capsys)
    assert fresh == first == warm and fresh[0] == 1 and "duplicate-id" in fresh[1]
    assert "^" in warm[1], "a kept result still shows the lines"
    for fmt in ("json", "github"):
        assert cli(root, "check", "--format", fmt, capsys=capsys) == cli(
            root, "check", "--format", fmt, "--no-cache", capsys=capsys)
    assert cli(root, "check", "--year", "2021", capsys=capsys) == cli(
        root, "check", "--year", "2021", "--no-cache", capsys=capsys)


def test_a_kept_check_is_reused_only_while_its_inputs_hold(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = check(repo, today=TODAY)
    from songlo_targets.read import reader

    def no_build(self: object) -> None:
        raise AssertionError("a kept check builds no records")

    with monkeypatch.context() as patch:
        patch.setattr(reader.Loader, "build", no_build)
        warm = check(repo, today=TODAY)
        assert warm.diagnostics == first.diagnostics and warm.files == first.files
    later = check(repo, today=dt.date(2027, 6, 1))  # another day: the rules run again
    assert later.diagnostics == check(repo, today=dt.date(2027, 6, 1), cache=False).diagnostics
    assert warm.records.files == first.records.files, "records are built when asked for"
    text = (repo / TASK_FILE).read_text()
    (repo / TASK_FILE).write_text(text.replace("deadline:", "deadline: 2015-13-45\n    x:", 1))
    changed = check(repo, today=TODAY)
    assert changed.errors and changed.diagnostics == check(repo, today=TODAY,
                                                           cache=False).diagnostics


def test_a_kept_check_sees_evidence_files_come_and_go(make_repo: object) -> None:
    root = make_repo({"targets/2022/duc-bac.yaml": """\
        tasks:
          - id: '01'
            title: A
            deadline: 2022-09-30
            progress:
              - date: 2022-06-30
                status: done
                result: Xong
                evidence: [{title: Biên bản, file: evidence/bb.pdf}]
        """})  # type: ignore[operator]
    codes = lambda: [d.code for d in check(root, today=TODAY).diagnostics]  # noqa: E731
    assert "evidence-file" in codes() and "evidence-file" in codes()
    (root / "evidence").mkdir()
    (root / "evidence/bb.pdf").write_bytes(b"%PDF")
    assert "evidence-file" not in codes() and "evidence-file" not in codes()
    (root / "evidence/bb.pdf").unlink()
    assert "evidence-file" in codes()


def _changed(blob: bytes, change: object, cache: Cache) -> bytes:
    """The cache file with its header changed, signed by ``cache``'s key."""
    size = int.from_bytes(blob[-8:], "big")  # [signature][documents][header][its length]
    header = msgpack.unpackb(blob[-8 - size:-8], raw=False)
    change(header)  # type: ignore[operator]
    packed = msgpack.packb(header, use_bin_type=True)
    ending = packed + len(packed).to_bytes(8, "big")  # (what the signature covers)
    return cache._sign(ending) + blob[32:-8 - size] + ending


def _rewrite(root: Path, change: object) -> None:
    """Sign a changed cache with the right key, as only our own runs could."""
    blob = (root / FOLDER / NAME).read_bytes()
    (root / FOLDER / NAME).write_bytes(_changed(blob, change, Cache(root)))


def test_corrupt_truncated_foreign_and_planted_caches_are_ignored(repo: Path) -> None:
    text = (repo / TASK_FILE).read_text()
    (repo / TASK_FILE).write_text(text.replace("deadline:", "deadline: 2015-13-45\n    x:", 1))
    truth = check(repo, today=TODAY, cache=False)
    assert truth.errors
    check(repo, today=TODAY)
    blob = (repo / FOLDER / NAME).read_bytes()

    def planted(body: dict[str, object]) -> None:  # a clean result for these very files
        body["check"][1] = []  # type: ignore[index]

    for bad in (b"garbage", blob[:-10], b"\0" * 32 + blob[32:]):
        (repo / FOLDER / NAME).write_bytes(bad)
        assert check(repo, today=TODAY).diagnostics == truth.diagnostics
    good = (repo / FOLDER / NAME).read_bytes()
    assert good == blob or Cache(repo).old, "a bad cache is written anew"
    foreign = Cache(repo)
    foreign.secret = b"k" * 32  # a cache signed by someone else: committed by a pull request
    (repo / FOLDER / NAME).write_bytes(_changed(good, planted, foreign))
    assert check(repo, today=TODAY).diagnostics == truth.diagnostics
    _rewrite(repo, planted)  # (signed with our key, the forged result would be believed)
    assert check(repo, today=TODAY).diagnostics == []


def test_a_cache_committed_with_its_key_is_ignored(repo: Path, tmp_path: Path) -> None:
    """A pull request commits `.targets-cache/` whole (`git add -f`): a forged result signed
    with the key beside it. Checked out elsewhere the key file is another file (its identity
    is part of the key), so the forged result is not believed there."""
    import shutil

    text = (repo / TASK_FILE).read_text()
    (repo / TASK_FILE).write_text(text.replace("deadline:", "deadline: 2015-13-45\n    x:", 1))
    truth = check(repo, today=TODAY, cache=False)
    check(repo, today=TODAY)

    def planted(body: dict[str, object]) -> None:
        body["check"][1] = []  # type: ignore[index]

    _rewrite(repo, planted)
    assert check(repo, today=TODAY).diagnostics == []  # (where it was forged, it would pass)
    clone = tmp_path / "clone"
    shutil.copytree(repo, clone)  # as a checkout writes them: the same bytes, new files
    assert (clone / FOLDER / KEY).read_bytes() == (repo / FOLDER / KEY).read_bytes()
    assert check(clone, today=TODAY).diagnostics == truth.diagnostics
    assert load(clone)[1] == load(clone, cache=False)[1]


def test_nothing_is_read_or_written_outside_the_root(repo: Path, tmp_path: Path) -> None:
    """SPEC §8: the cache and its key live in the repository; home and XDG folders are left
    alone."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    for _ in range(2):
        run = subprocess.run([sys.executable, "-m", "songlo_targets", "--root", str(repo),
                              "check"], env=env, capture_output=True, check=False)
        assert run.returncode == 0, run.stderr
    assert list(home.iterdir()) == []
    assert folder(repo) == [".gitignore", KEY, NAME]
    assert oct((repo / FOLDER / KEY).stat().st_mode & 0o777) == "0o600"


def test_a_cache_folder_that_is_a_link_or_a_file_is_never_used(repo: Path) -> None:
    units = sorted(p.name for p in (repo / "units").iterdir())
    (repo / FOLDER).symlink_to("units")
    load(repo)
    check(repo, today=TODAY)
    assert sorted(p.name for p in (repo / "units").iterdir()) == units
    assert (repo / FOLDER).is_symlink()
    outside = repo.parent / "elsewhere"
    outside.mkdir()
    (repo / FOLDER).unlink()
    (repo / FOLDER).symlink_to(outside)
    check(repo, today=TODAY)
    assert list(outside.iterdir()) == []
    (repo / FOLDER).unlink()
    (repo / FOLDER).write_text("not a folder")
    assert check(repo, today=TODAY).diagnostics == check(repo, today=TODAY,
                                                         cache=False).diagnostics
    assert (repo / FOLDER).read_text() == "not a folder"


def test_a_cache_file_that_is_a_link_is_not_followed(repo: Path, tmp_path: Path) -> None:
    load(repo)
    secret = tmp_path / "secret"
    secret.write_bytes(b"precious")
    (repo / FOLDER / NAME).unlink()
    (repo / FOLDER / NAME).symlink_to(secret)
    cold, _ = load(repo, cache=False)
    warm, _ = load(repo)
    assert everything(warm) == everything(cold)
    assert secret.read_bytes() == b"precious"
    assert not (repo / FOLDER / NAME).is_symlink(), "the link is replaced, not written through"


def test_nothing_in_the_folder_but_the_cache_is_touched(repo: Path) -> None:
    (repo / FOLDER).mkdir()
    (repo / FOLDER / "notes.txt").write_text("mine")
    (repo / FOLDER / ".gitignore").write_text("custom\n")
    load(repo)
    assert (repo / FOLDER / "notes.txt").read_text() == "mine"
    assert (repo / FOLDER / ".gitignore").read_text() == "custom\n"


def test_two_runs_at_once_leave_a_valid_cache(repo: Path, tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from songlo_targets.read.loader import load; "
            "r, d = load(Path(sys.argv[1])); print(len(list(r.all_tasks())), len(d))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    runs = [subprocess.Popen([sys.executable, "-c", code, str(repo)], env=env,
                             stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [run.communicate()[0].strip() for run in runs]
    assert outputs == ["60 0"] * 3
    assert folder(repo) == [".gitignore", KEY, NAME], "no temporary file is left"
    assert Cache(repo).old, "the cache is whole and signed"
    warm, found = load(repo)
    assert len(list(warm.all_tasks())) == 60 and found == []


def test_a_warm_check_imports_no_records_model(repo: Path, tmp_path: Path) -> None:
    code = ("import sys; from songlo_targets.cli import main\n"
            "try:\n    main(['--root', sys.argv[1], 'check'])\n"
            "except SystemExit as e:\n    code = e.code\n"
            "print(json.dumps([code, sorted(m for m in ('songlo_targets.records.model', "
            "'ruamel.yaml', 'ryml', 'jiter') "
            "if m in sys.modules)]))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    run = lambda: subprocess.run(  # noqa: E731
        [sys.executable, "-c", "import json\n" + code, str(repo)], env=env,
        capture_output=True, text=True, check=True).stdout.splitlines()[-1]
    assert json.loads(run())[0] == 0
    assert json.loads(run()) == [0, []]


def test_the_digest_names_the_bytes() -> None:
    assert cache_module.digest(b"a") != cache_module.digest(b"b")
    assert cache_module.manifest([("a", b"1")]) != cache_module.manifest([("b", b"1")])


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
    import songlo_targets.cli.app as app_module

    monkeypatch.setattr(app_module, "build_app", lambda: pytest.fail("the app was built"))
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("targets ")


def test_a_warm_view_parses_nothing(repo: Path, tmp_path: Path) -> None:
    """A warm `progress` validates the kept JSON: no YAML reader, no pre-scan is loaded."""
    code = ("import sys, json; from songlo_targets.cli import main\n"
            "try:\n    main(['--root', sys.argv[1], 'progress', '--year', '2015'])\n"
            "except SystemExit:\n    pass\n"
            "print(json.dumps(sorted(m for m in ('songlo_targets.read.fast', 'ruamel.yaml', "
            "'ryml', 'jiter') if m in sys.modules)))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    run = lambda: subprocess.run(  # noqa: E731
        [sys.executable, "-c", code, str(repo)], env=env, capture_output=True, text=True,
        check=True).stdout.splitlines()[-1]
    assert json.loads(run()) != []
    assert json.loads(run()) == []


def test_a_warm_view_of_one_year_builds_that_year_alone(repo: Path) -> None:
    """The kept records of a year are validated when the year is first looked at: `progress`
    and `evaluate` of 2016 never build 2015, and show what an uncached run shows."""
    from songlo_targets.derive.evaluation import evaluate
    from songlo_targets.derive.progress import Filters, progress_view

    load(repo)  # writes the cache
    warm, _ = load(repo)
    assert sorted(warm.years) == [2015, 2016] and warm.years.built == []
    view = progress_view(warm, 2016, None, Filters())
    evaluated = evaluate(warm, 2016, None)
    assert warm.years.built == [2016]
    cold, _ = load(repo, cache=False)
    assert view == progress_view(cold, 2016, None, Filters())
    assert evaluated == evaluate(cold, 2016, None)
    assert everything(warm) == everything(cold) and warm.years.built == [2016, 2015]


def test_a_changed_file_in_a_kept_year_joins_that_years_kept_files(repo: Path) -> None:
    """One file read again, the others of its year from the cache: the year holds both, in
    the order of the files, whichever is looked at first."""
    load(repo)
    path = repo / "targets/2015/don-vi-0002.yaml"
    path.write_text(path.read_text().replace("title: ", "title: Đã sửa ", 1))
    warm, warm_found = load(repo)
    assert warm.years.built == []
    cold, cold_found = load(repo, cache=False)
    assert warm.task("2015/don-vi-0002/" + cold.years[2015].tasks["don-vi-0002"][0].id
                     ).title.startswith("Đã sửa ")
    assert everything(warm) == everything(cold) and warm_found == cold_found


def _reachable_bytes(start: object) -> int:
    """The bytes held by what ``start`` reaches (bytes, bytearrays, memoryviews)."""
    import gc
    import types

    seen, todo, total = set(), [start], 0
    while todo:
        item = todo.pop()
        if id(item) in seen or isinstance(item, (type, types.ModuleType, types.FunctionType,
                                                 types.BuiltinFunctionType)):
            continue
        seen.add(id(item))
        if isinstance(item, (bytes, bytearray)):
            total += len(item)
        elif isinstance(item, memoryview):
            total += item.nbytes
        else:
            todo.extend(gc.get_referents(item))
    return total


def _documents(root: Path) -> dict[str, tuple[object, ...]]:
    """What the cache file of ``root`` holds for each file."""
    return {path: (entry.digest, entry.diagnostics, entry.document, entry.indices)
            for path, entry in Cache(root).old.items()}


def test_a_fresh_load_keeps_no_document_in_memory(tmp_path: Path) -> None:
    """Each document goes to the cache file as it is read: a province's 165 MiB of them are
    not held until the end of the run."""
    from songlo_targets.read.reader import Loader

    generate(3000, tmp_path / "big")
    loader = Loader(tmp_path / "big")
    assert loader.cache is not None
    records, found = loader.build()
    held = _reachable_bytes(loader.cache)
    loader.finish()
    documents = sum(len(document) for _, _, document, _ in _documents(tmp_path / "big").values()
                    if isinstance(document, bytes))
    assert documents > 3_000_000 and found == []
    assert held < documents // 4, f"the cache holds {held} bytes of {documents}"
    warm, warm_found = load(tmp_path / "big")
    assert warm_found == [] and everything(warm) == everything(records)


@pytest.mark.parametrize("changed", [[0], [-1], [0, 1, -1]])
def test_a_warm_run_writes_the_cache_a_fresh_run_writes(repo: Path, changed: list[int]
                                                        ) -> None:
    """Documents reused from the old cache and documents read again, in any order, give the
    cache file a fresh read gives."""
    load(repo)
    files = sorted((repo / "targets").rglob("don-vi-*.yaml"))
    for number in changed:
        files[number].write_text(files[number].read_text().replace("title: ", "title: Sửa ", 1))
    warm, warm_found = load(repo)
    kept = _documents(repo)
    assert cache_module.digest(files[changed[0]].read_bytes()) == kept[
        files[changed[0]].relative_to(repo).as_posix()][0]
    import shutil

    shutil.rmtree(repo / FOLDER)
    cold, cold_found = load(repo)
    assert kept == _documents(repo)
    assert everything(warm) == everything(cold) and warm_found == cold_found
    again, _ = load(repo)
    assert everything(again) == everything(load(repo, cache=False)[0])


def test_a_run_that_changes_nothing_rewrites_nothing(repo: Path) -> None:
    load(repo)
    before = (repo / FOLDER / NAME).stat()
    load(repo)
    after = (repo / FOLDER / NAME).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert folder(repo) == [".gitignore", KEY, NAME]


def test_a_run_that_dies_between_two_files_leaves_the_old_cache(repo: Path,
                                                                 tmp_path: Path) -> None:
    load(repo)
    blob = (repo / FOLDER / NAME).read_bytes()
    files = sorted((repo / "targets").rglob("don-vi-*.yaml"))
    assert len(files) >= 3
    for path in files:
        path.write_text(path.read_text().replace("title: ", "title: Sửa ", 1))
    code = ("import os, sys; from pathlib import Path; from songlo_targets.read import cache; "
            "from songlo_targets.read.loader import load\n"
            "put, count = cache.Cache.put, []\n"
            "def dying(self, path, entry):\n"
            "    put(self, path, entry); count.append(path)\n"
            "    if len(count) == 2: os._exit(3)\n"
            "cache.Cache.put = dying\nload(Path(sys.argv[1]))\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    run = subprocess.Popen([sys.executable, "-c", code, str(repo)], env=env)
    assert run.wait() == 3
    assert (repo / FOLDER / NAME).read_bytes() == blob, "the old cache is left as it was"
    left = [name for name in folder(repo) if name.startswith(".tmp-")]
    assert len(left) == 1 and left[0].startswith(f".tmp-{run.pid}-")
    assert Cache(repo).old, "and it is still whole and signed"
    warm, found = load(repo)  # the next run writes the cache and removes the dead run's file
    cold, cold_found = load(repo, cache=False)
    assert everything(warm) == everything(cold) and found == cold_found
    assert folder(repo) == [".gitignore", KEY, NAME]
    assert everything(load(repo)[0]) == everything(cold)


def test_only_the_temporary_files_of_dead_runs_are_removed(repo: Path) -> None:
    load(repo)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    living = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        names = [f".tmp-{dead}-{'a' * 16}", f".tmp-{living.pid}-{'b' * 16}", ".tmp-notes",
                 f".tmp-{dead}-mine"]
        for name in names:
            (repo / FOLDER / name).write_bytes(b"half a cache")
        path = repo / TASK_FILE
        path.write_text(path.read_text().replace("title: ", "title: Sửa ", 1))
        load(repo)
        assert folder(repo) == sorted([".gitignore", KEY, NAME, *names[1:]])
    finally:
        living.kill()
        living.wait()


def test_a_signed_cache_whose_header_does_not_fit_is_ignored(repo: Path) -> None:
    truth = load(repo, cache=False)
    load(repo)
    blob = (repo / FOLDER / NAME).read_bytes()
    cache = Cache(repo)
    for body in (blob[32:-8] + (len(blob)).to_bytes(8, "big"), blob[32:-8] + b"\0" * 8,
                 b"\xff" * 8):
        (repo / FOLDER / NAME).write_bytes(cache._sign(body[-8:]) + body)  # (signs a 0 size)
        assert not Cache(repo).old
        found = load(repo)
        assert everything(found[0]) == everything(truth[0]) and found[1] == truth[1]


def test_an_entry_put_reads_its_document_back_from_the_file(tmp_path: Path) -> None:
    """What :meth:`Cache.put` wrote is what the entry and the next run give; a second save
    by the same run copies it from the file it is in."""
    entries = {f"targets/2015/u{n}.yaml": cache_module.Entry(
        cache_module.digest(b"%d" % n), [], b'{"tasks": [%d]}' % n * (n + 1)) for n in range(3)}
    cache = Cache(tmp_path)
    for path, entry in list(entries.items())[:2]:
        document = entry.document
        cache.put(path, entry)
        assert entry.document == document and entry._document is None
    cache.save()
    assert {p: e.document for p, e in Cache(tmp_path).old.items()} == {
        p: e.document for p, e in list(entries.items())[:2]}
    last = list(entries.items())[2]
    cache.put(*last)
    cache.put("targets/2015/none.yaml", cache_module.Entry(b"x" * 20, [], None))
    cache.save()
    assert {p: e.document for p, e in Cache(tmp_path).old.items()} == {
        **{p: e.document for p, e in entries.items()}, "targets/2015/none.yaml": None}
    assert folder(tmp_path) == [".gitignore", KEY, NAME]


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The record files whose bytes the loader reads (as their paths)."""
    from songlo_targets.read import reader

    read: list[str] = []
    original = reader.Loader.data

    def data(self: reader.Loader, rel: str) -> bytes:
        read.append(rel.rsplit("/", 1)[-1])
        return original(self, rel)

    monkeypatch.setattr(reader.Loader, "data", data)
    return read


def test_a_file_as_it_was_read_is_not_read_again(repo: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache keeps each file's status (device, inode, size, times): a warm run reads no
    file whose status is the same, and gives what `--no-cache` gives; a file written, touched
    back to its old times, or replaced by a copy is read again."""
    import shutil
    import time

    monkeypatch.setattr(cache_module, "RACY_NS", 0)  # (the files were just written)
    load(repo)
    read = _reads(monkeypatch)
    warm, warm_found = load(repo)
    assert read == [] and warm.files == 12  # (8 record files and 4 people)
    cold, cold_found = load(repo, cache=False)
    assert everything(warm) == everything(cold) and warm_found == cold_found
    time.sleep(0.05)  # (past the grain of file times)
    task_file = repo / TASK_FILE
    before = task_file.stat()
    text = task_file.read_text()
    task_file.write_text(text.replace("title: ", "title: X", 1).replace("title: ", "title:", 1))
    os.utime(task_file, ns=(before.st_atime_ns, before.st_mtime_ns))  # the same size and times
    assert task_file.stat().st_size == before.st_size
    read.clear()
    changed, _ = load(repo)
    assert read == [task_file.name]
    assert everything(changed) == everything(load(repo, cache=False)[0])
    copy = task_file.with_name("copy.tmp")
    shutil.copy2(task_file, copy)
    copy.replace(task_file)  # the same bytes and times, another file
    read.clear()
    again, _ = load(repo)
    assert read == [task_file.name]
    read.clear()
    load(repo)
    assert read == []
    assert everything(again) == everything(changed)


def test_a_file_written_just_before_it_was_read_is_read_again(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Within the grain of file times, a file written again could keep its status: one that
    had changed shortly before it was read is read on every run until it is older."""
    load(repo)  # the files are seconds old at most
    read = _reads(monkeypatch)
    records, _ = load(repo)
    assert len(read) == records.files == 12
    monkeypatch.setattr(cache_module, "RACY_NS", -10**18)  # (as if they were old now)
    read.clear()
    load(repo)  # the statuses are kept now...
    read.clear()
    load(repo)
    assert read == []  # ...and used


def test_a_planted_status_cannot_hide_a_change(repo: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The statuses are in the signed header: a cache that claims the status of a file that
    was changed (signed with another key) is ignored, and the file is read."""
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    load(repo)
    blob = (repo / FOLDER / NAME).read_bytes()
    foreign = Cache(repo)
    foreign.secret = b"k" * 32
    text = (repo / TASK_FILE).read_text()
    (repo / TASK_FILE).write_text(text.replace("deadline:", "deadline: 2015-13-45\n    x:", 1))
    status = cache_module.signature(os.lstat(repo / TASK_FILE), 2**62)

    def planted(body: dict[str, object]) -> None:
        body["files"][TASK_FILE][5] = status  # type: ignore[index]

    (repo / FOLDER / NAME).write_bytes(_changed(blob, planted, foreign))
    assert load(repo)[1] == load(repo, cache=False)[1] != []


def test_a_document_damaged_after_signing_is_read_again(repo: Path) -> None:
    """Documents are read from the cache file when their year is looked at, each checked
    against its seal in the signed header: one changed in place since (a disk fault, a hand)
    is not believed; the record file is read again, and the next cache leaves it out."""
    load(repo)
    cold, cold_found = load(repo, cache=False)
    path = repo / FOLDER / NAME
    blob = bytearray(path.read_bytes())
    at = blob.index(b'"title"', 32) + 10  # inside the first document
    blob[at] = ord("Z") if blob[at] != ord("Z") else ord("Y")
    path.write_bytes(bytes(blob))
    cache = Cache(repo)
    assert cache.old, "the header is as signed"
    damaged = [p for p, e in cache.old.items() if e.has_document and e.document is None]
    assert len(damaged) == 1
    warm, warm_found = load(repo)
    assert everything(warm) == everything(cold) and warm_found == cold_found
    again = Cache(repo)
    assert all(e.document is not None for e in again.old.values() if e.has_document)
    assert damaged[0] not in again.old or again.old[damaged[0]].document is not None
