"""A fixed-seed mutation run over the bundled records (SPEC §8: a repository is untrusted input).

Each case is a small repository made of bundled files (targets.yaml, one unit, its task file
of a year, and that year's _year.yaml when it is the file mutated), one of them mutated the
way an attacker or a tired clerk would: bytes flipped, inserted or cut, lines swapped, hostile
values (`.inf`, `0e0`, `"\\0"`, `"\\uD800"`, a 5,000-digit number, `<<:`, tags, aliases), or
the file replaced by a symlink, a FIFO or a folder. For every case:

* `targets check --format json` exits 0 or 1, prints valid JSON and nothing on stderr (no
  traceback); the text and GitHub forms render;
* every diagnostic's line lies inside its file, its column inside its line;
* the fast reader gives what the reference reader gives, records and diagnostics;
* a cached run (cold, then warm) gives what an uncached one gives.

`make test` runs a few hundred cases; ``TARGETS_FUZZ=N`` runs N (``TARGETS_FUZZ_SEED`` picks
another seed), and prints the counts of what the cases produced.
"""

from __future__ import annotations

import collections
import datetime as dt
import io
import json
import os
import random
import shutil
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from songlo_targets.check import check_records
from songlo_targets.cli import main
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.read.loader import load
from songlo_targets.read.yaml_tree import lines
from songlo_targets.records.collection import Records
from songlo_targets.records.model import dump, is_record
from songlo_targets.render.diagnostics import as_github, as_json, as_text

from support.records_walk import everything, sources

BUNDLED = Path(__file__).resolve().parents[2]
CASES = int(os.environ.get("TARGETS_FUZZ", "0") or 0) or 200
SEED = int(os.environ.get("TARGETS_FUZZ_SEED", "20261201"))
TODAY = dt.date.today()  # what `targets check` compares progress dates with

HOSTILE = [
    ".inf", "-.inf", ".nan", "1e309", "-1e400", "nan", "inf", "0e0", "0E5", "9" * 5000,
    '"x\\0"', '"\\uD800"', '"\\x7f"', '"\\u0085"', '"a\\u2028b"', "~", "null", "<<", "=",
    "True", "no", "01", "0x1F", "1_000", "-1", "2099-01-01", "1990-01-01", "2022-02-30",
    "2022-2-3", "!!python/object/apply:os.system ['id']", "!custom x", "&a x", "*a", "{}",
    "[]", "[a, b]", "{a: 1}", "|\n  nhiều\n  dòng", ">-\n  gấp", "'it''s'", '"\\t"', "''",
    "'   '", "@x", "`x`", "%x", "? k", "- x", "a: b", "# c", "\ufeffx", "x\x00y", "x\x7fy",
    "x\x85y", "x\u2028y", "x\x0cy", "\u0110\u0301c", "e\u0301", "\U0001F600", "-" * 300,
    "../../etc/passwd", "/etc/passwd", "evidence/khong-co.pdf", "http://x", "javascript:x",
    "=1+1", "@SUM(A1)", "<script>alert(1)</script>", "| a | b |", "99999999999999999999",
]
BYTES = [b"\x00", b"\x7f", b"\xc2\x85", b"\xe2\x80\xa8", b"\xff", b"\xc3", b"\t", b"\r",
         b"\r\n", b"\n", b" ", b'"', b"'", b":", b"- ", b"#", b"&", b"*", b"!", b"<<: {}\n",
         b"{", b"[", b"}", b"]", b"\\", b"\xef\xbb\xbf", b"---\n", b"...\n", b"%YAML 1.1\n",
         b"? ", b",", b"|", b">", b"@", b"`", b"%", b"\x0c", b"\x1b[31m"]


def _sources() -> list[tuple[str, str, str]]:
    """(unit file, year file, task file) of the bundled task files, the smaller half (reading
    costs by the byte: more cases in the same time)."""
    found = []
    tasks = sorted((BUNDLED / "targets").glob("*/[!_]*.yaml"))
    sizes = sorted(task.stat().st_size for task in tasks)
    for task in tasks:
        unit = BUNDLED / "units" / task.name
        if not unit.is_file() or task.stat().st_size > sizes[len(sizes) // 2]:
            continue
        rel = task.relative_to(BUNDLED).as_posix()
        found.append((f"units/{task.name}", f"targets/{task.parent.name}/_year.yaml", rel))
    return found


def _value_spans(data: bytes) -> list[tuple[int, int]]:
    """Where the values of `key: value` lines are, to replace one."""
    spans, offset = [], 0
    for line in data.splitlines(keepends=True):
        stripped = line.rstrip(b"\r\n")
        at = stripped.find(b": ")
        if at > 0 and not stripped.lstrip().startswith(b"#"):
            spans.append((offset + at + 2, offset + len(stripped)))
        offset += len(line)
    return spans


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One mutation of ``data``: its kind and the new bytes."""
    kind = rng.choice(["value", "value", "value", "insert", "flip", "cut", "lines", "key",
                       "truncate", "indent"])
    spans = _value_spans(data)
    if kind == "value" and spans:
        start, end = rng.choice(spans)
        return kind, data[:start] + rng.choice(HOSTILE).encode("utf-8", "surrogatepass") + \
            data[end:]
    at = rng.randrange(len(data) + 1)
    if kind == "insert" or not data:
        return "insert", data[:at] + rng.choice(BYTES) + data[at:]
    if kind == "flip":
        at = min(at, len(data) - 1)
        return kind, data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]
    if kind == "cut":
        return kind, data[:at] + data[at + rng.randrange(1, 40):]
    if kind == "truncate":
        return kind, data[:at]
    text_lines = data.splitlines(keepends=True)
    if kind == "key" and text_lines:
        index = rng.randrange(len(text_lines))
        line = text_lines[index]
        indent = line[: len(line) - len(line.lstrip(b" -"))].replace(b"-", b" ")
        extra = rng.choice([b"<<: {}", b"<<: {name: x}", b"name: x", b"titel: x",
                            b"value: 5", b"percent: 50", b"dropped: {date: 2022-07-01, "
                            b"decision: x}", b"amendments: []", b"? x", b"&a k: v"])
        text_lines.insert(index + 1, indent + extra + b"\n")
        return kind, b"".join(text_lines)
    if kind == "indent" and text_lines:
        index = rng.randrange(len(text_lines))
        text_lines[index] = (b" " if rng.random() < 0.5 else b"") + text_lines[index][1:]
        return kind, b"".join(text_lines)
    if len(text_lines) >= 2:
        i, j = rng.randrange(len(text_lines)), rng.randrange(len(text_lines))
        text_lines[i], text_lines[j] = text_lines[j], text_lines[i]
        if rng.random() < 0.5:
            text_lines.insert(i, text_lines[j])
    return "lines", b"".join(text_lines)


def _special(path: Path, rng: random.Random) -> str:
    """Replace ``path`` by something that is not a plain file."""
    path.unlink()
    kind = rng.choice(["symlink-passwd", "symlink-zero", "symlink-dangling", "symlink-inside",
                       "fifo", "folder"])
    if kind == "symlink-passwd":
        path.symlink_to("/etc/passwd")
    elif kind == "symlink-zero":
        path.symlink_to("/dev/zero")
    elif kind == "symlink-dangling":
        path.symlink_to(path.parent / "khong-co.yaml")
    elif kind == "symlink-inside":
        path.symlink_to(BUNDLED / "targets.yaml")
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    return kind


def build(root: Path, files: tuple[str, ...]) -> None:
    """A repository of ``files`` (bundled), keeping the cache of the cases before."""
    for entry in root.iterdir() if root.exists() else []:
        if entry.name != ".targets-cache":
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    for rel in ("targets.yaml", *files):
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(BUNDLED / rel, target)
    shutil.copytree(BUNDLED / "evidence", root / "evidence")


def diagnostics_of(root: Path, fast: bool, cache: bool) -> tuple[Records, list[Diagnostic]]:
    records, loaded = load(root, fast=fast, cache=cache)
    return records, check_records(records, loaded, today=TODAY).diagnostics


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err), pytest.raises(SystemExit) as exit_:
        main(["--root", str(root), "--lang", "en", "check", *args])
    return int(exit_.value.code or 0), out.getvalue(), err.getvalue()


def content(value: Any) -> Any:
    """What records hold, without where they came from: comparing records with ``==`` compares
    their sources too, which costs a reference reading of each file (done 1 case in 5)."""
    if is_record(value):
        return type(value).__name__, dump(value)
    if isinstance(value, list | tuple):
        return [content(item) for item in value]
    if isinstance(value, dict):
        return {key: content(item) for key, item in value.items()}
    if isinstance(value, set):
        return sorted(value)
    return value


def _no_constant(name: str) -> object:
    raise AssertionError(f"not JSON: {name}")


def run_case(root: Path, index: int, rng: random.Random, counts: collections.Counter[str],
             fail: Callable[[str], None]) -> None:
    unit, year, tasks = rng.choice(SOURCES)
    target = rng.choice(["targets.yaml", unit, year, tasks, tasks, tasks])
    # The year's file comes only when it is the one mutated: it names every unit as supervised,
    # which, in a repository of one unit, would bury each case under `unknown-unit`.
    build(root, (unit, year, tasks) if target == year else (unit, tasks))
    path = root / target
    if rng.random() < 0.04:
        kind = _special(path, rng)
    else:
        kind, data = mutate(path.read_bytes(), rng)
        for _ in range(rng.choice([0, 0, 0, 1, 2])):
            kind, data = mutate(data, rng)
        path.write_bytes(data)
    counts[f"mutation {kind}"] += 1
    label = f"case {index} ({kind} of {target})"

    records, reference = diagnostics_of(root, fast=False, cache=False)
    fast_records, fast = diagnostics_of(root, fast=True, cache=False)
    if fast != reference or [d.text() for d in fast] != [d.text() for d in reference]:
        fail(f"{label}: the fast reader differs:\n{fast}\n{reference}")
    if content(everything(fast_records)) != content(everything(records)):
        fail(f"{label}: the fast reader reads other records")
    if index % 5 == 0 and sources(everything(fast_records)) != sources(everything(records)):
        fail(f"{label}: the fast reader places records elsewhere")
    cached_records, cached = diagnostics_of(root, fast=True, cache=True)  # cold: fills it
    if cached != reference or content(everything(cached_records)) != content(everything(records)):
        fail(f"{label}: a cached run differs")
    for d in reference:
        text = records.texts.get(d.path)
        counts[f"code {d.code}"] += 1
        if text is None:
            if d.line != 1 or d.col != 1:
                fail(f"{label}: {d.path}:{d.line}:{d.col} is no position of an unread file")
            continue
        shown = lines(text)
        if not 1 <= d.line <= max(1, len(shown) + 1) or d.col < 1 or (
                d.line <= len(shown) and d.col > len(shown[d.line - 1]) + 1):
            fail(f"{label}: {d.code} at {d.path}:{d.line}:{d.col} is outside the file")
    for shown_text in (as_text(reference, records.texts, records.files, color=True),
                       as_json(reference, records.files), as_github(reference)):
        shown_text.encode("utf-8")  # no lone surrogate reaches the terminal
    code, out, err = cli(root, "--format", "json")  # warm: from the cache
    try:
        payload = json.loads(out, parse_constant=_no_constant)
    except ValueError:
        fail(f"{label}: check --format json printed no JSON (exit {code}): {err}")
        return
    if code not in (0, 1) or err or code != (1 if payload["errors"] else 0):
        fail(f"{label}: check exits {code}: {err}")
    if [(d["code"], d["path"], d["line"], d["col"]) for d in payload["diagnostics"]] != \
            [(d.code, d.path, d.line, d.col) for d in reference]:
        fail(f"{label}: `targets check` (cached) differs from an uncached load")
    counts["exit 1" if code else "exit 0"] += 1
    if any(d.path == target for d in reference):
        counts["cases with a problem in the mutated file"] += 1


SOURCES = _sources()


def test_mutated_records_are_reported_never_crash_and_read_alike(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TARGETS_NO_CACHE", raising=False)
    rng = random.Random(SEED)
    counts: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    for index in range(CASES):
        run_case(tmp_path / "case", index, rng, counts, failures.append)
        if len(failures) >= 5:
            break
    if os.environ.get("TARGETS_FUZZ"):
        print(f"\n{CASES} cases, seed {SEED}, {len(failures)} failures", file=sys.stderr)
        for name, number in sorted(counts.items()):
            print(f"  {name}: {number}", file=sys.stderr)
    assert not failures, "\n\n".join(failures)
    assert counts["cases with a problem in the mutated file"] > CASES // 2  # mutations bite
