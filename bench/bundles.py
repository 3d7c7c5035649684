"""The province's roll-up (issue 24): `targets rollup` over 148 and 3,300 commune bundles,
against the floor of DuckDB reading the same Parquet files with one plain GROUP BY.

The floor reads every Parquet file the roll-up reads (a bundle's tasks, units and ratings):
``SELECT filename, count(*) … GROUP BY filename``, no column. The floor of the tasks files
alone is measured beside it, for the figures before it (docs/performance.md).

Bundles are real exports: ``DISTINCT`` small commune repositories generated with distinct
seeds (``generate.py``, 200 tasks each, 5 units over 2 years), each exported once
(``targets export YEAR --bundle``, in this process) and kept in ``bench/.data/bundles/``. The
province is the first 148 of them; the country's 3,300 are those 300 distinct bundles copied
eleven times each under distinct commune names (meta.json's organisation), so that every bundle
is read and checked as its own.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
DISTINCT = 300
TASKS = 200
FLOOR = """import sys, duckdb
con = duckdb.connect()
print(con.execute("SELECT filename, count(*) FROM read_parquet(?, filename = true) "
                  "GROUP BY filename", [sys.argv[1]]).fetchall().__len__())
"""


def _export(seed: int, out: Path) -> None:
    from generate import generate

    from songlo_targets.bundles.export import build, bundle_files, write_bundle
    from songlo_targets.read.loader import load

    root = DATA / "communes" / f"seed-{seed:04d}"
    generate(TASKS, root, seed=seed)
    records, _ = load(root)
    year = max(records.years)
    write_bundle(out, bundle_files(build(records, year, with_names=False)))
    shutil.rmtree(root, ignore_errors=True)
    shutil.rmtree(root.with_name(root.name + ".json"), ignore_errors=True)


def distinct_bundles() -> Path:
    """``DISTINCT`` exported bundles, made once (a stamp holds the generator's bytes)."""
    folder = DATA / "bundles" / "distinct"
    stamp = folder / ".generated"
    key = (HERE / "generate.py").read_bytes() + (HERE / "bundles.py").read_bytes()
    if stamp.is_file() and stamp.read_bytes() == key:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    for seed in range(DISTINCT):
        _export(seed + 1, folder / f"xa-{seed + 1:04d}")
    stamp.write_bytes(key)
    return folder


def country(count: int) -> Path:
    """``count`` bundles (the distinct ones, then copies of them renamed) in one folder."""
    source = distinct_bundles()
    folder = DATA / "bundles" / f"n-{count}"
    stamp = folder / ".made"
    if stamp.is_file() and stamp.read_bytes() == (source / ".generated").read_bytes():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    names = sorted(p.name for p in source.iterdir() if p.is_dir())
    for index in range(count):
        original = source / names[index % len(names)]
        target = folder / f"xa-{index + 1:04d}"
        shutil.copytree(original, target)
        meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
        meta["organization"]["name"] = f"Đảng ủy xã số {index + 1}"
        (target / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
    stamp.write_bytes((source / ".generated").read_bytes())
    return folder


def rows(count: int, targets: str, python: str) -> dict[str, list[str]]:
    folder = country(count)
    return {f"rollup, {count:,} bundles": [targets, "rollup", str(folder / "*"), "--format",
                                            "json"],
            f"floor, {count:,} bundles": [python, "-c", FLOOR, str(folder / "*" / "*.parquet")],
            f"tasks floor, {count:,} bundles": [python, "-c", FLOOR,
                                                str(folder / "*" / "tasks.parquet")]}


def bench(measure: Any, targets: str, repeat: int) -> list[dict[str, Any]]:
    found = []
    for count in (148, 3300):
        commands = rows(count, targets, sys.executable)
        rollup, floor, tasks_floor = commands.values()
        measure(rollup)  # warm the file cache
        runs = []
        for _ in range(repeat):
            f = measure(floor)
            t = measure(tasks_floor)
            r = measure(rollup)
            runs.append((r["seconds"], f["seconds"], r["peak_mib"], t["seconds"]))
        runs.sort(key=lambda x: x[0] / x[1])
        mid = runs[len(runs) // 2]
        found.append({"bundles": count, "rollup": mid[0], "floor": mid[1],
                      "ratio": mid[0] / mid[1], "peak_mib": mid[2],
                      "ratios": [run[0] / run[1] for run in runs],
                      "tasks_floor": mid[3], "tasks_ratio": mid[0] / mid[3]})
    return found


def report(found: list[dict[str, Any]]) -> str:
    lines = ["| bundles | rollup s | floor s | × floor | goal | tasks floor s | × tasks floor "
             "| peak MiB |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for f in found:
        lines.append(f"| {f['bundles']:,} | {f['rollup']:.2f} | {f['floor']:.2f} "
                     f"| {f['ratio']:.1f} ({min(f['ratios']):.1f}–{max(f['ratios']):.1f}) "
                     f"| ≤ 4× {'yes' if f['ratio'] <= 4 else '**no**'} "
                     f"| {f['tasks_floor']:.2f} | {f['tasks_ratio']:.1f} "
                     f"| {f['peak_mib']:.0f} |")
    return "\n".join(lines)
