"""The benchmark of `targets`: what a user meets, against the JSON floor of the same records.

    python bench/run.py                        # 1,000 and 10,000 tasks, start-up
    python bench/run.py --sizes 100000 -r 1    # a province (also BENCH_SIZES=...)

For each size, a generated repository (``bench/generate.py``) and the same records as JSON.
Each round runs, one after the other, as separate processes:

* **floor**: one Python process that ``json.loads`` the JSON twins (``bench/floor.py``);
* **check, fresh copy**: ``targets check`` on a new copy of the repository, as a clone is
  (no cache yet: this run writes it);
* **check, warm**, **progress, warm**, **evaluate, warm**, **report, warm**,
  **evaluate --quarter** and **report --quarter** (the third quarter of the last year),
  **person, warm** (one cadre's record, who moved between units once): the commands on a
  copy whose cache (and, for the report, whose last report) a previous run wrote;
* **check --no-cache**: for reference, reading everything again.

A command's ratio is its time over the floor's time *of the same round*, so that a machine
shared with other work slows both; figures are the median over the rounds and the spread
(lowest and highest). Wall time is what a user waits for; CPU time (user + system) moves less
when the machine is busy, and is given too. Peak memory is the child's maximum resident set.
Repositories are kept in ``bench/.data/`` (each with its own cache, as a clone has).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate, person_id, shape  # noqa: E402

DATA = HERE / ".data"
BIN = Path(sys.executable).parent
TARGETS = str(BIN / "targets")
ENV = {**os.environ, "TARGETS_LANG": "en", "COLUMNS": "100"}
ENV.pop("TARGETS_NO_CACHE", None)
# An installed package has its bytecode (pip compiles it); a machine that sets
# PYTHONDONTWRITEBYTECODE would otherwise compile every module of the tool on every run.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)

# What each row runs (after `targets --root REPO`), and the goal of issue 25 (× the floor).
FORMS_UP_TO = 10000  # the forms rows beyond: a country's units filling forms in one import
GOALS_FROM = 10000  # the goals are for a province: below, start-up is most of every run
GOALS = {"check, fresh copy": 3.0, "check, warm": 1.2, "progress, warm": 1.5,
         "evaluate, warm": 2.0, "evaluate --quarter, warm": 2.0, "report, warm": 5.0,
         "report --quarter, warm": 5.0, "person, warm": 2.0, "check --no-cache": None,
         "forms, every unit": None, "progress import, every form": None}


def fill_forms(folder: Path) -> int:
    """Fill every progress form under ``folder`` as units would: each task row gets a new
    status ("Đang thực hiện") and a note. Returns the rows filled."""
    from openpyxl import load_workbook

    filled = 0
    for path in sorted(folder.rglob("*.xlsx")):
        book = load_workbook(path)
        sheet = book.worksheets[0]
        header = [cell.value for cell in sheet[7]]
        status, note = header.index("Tình trạng mới") + 1, header.index("Ghi chú") + 1
        for row in range(8, sheet.max_row + 1):
            if sheet.cell(row, 1).value:
                sheet.cell(row, status).value = "Dang thuc hien"
                sheet.cell(row, note).value = "Báo cáo qua biểu mẫu"
                filled += 1
        book.save(path)
    return filled


def measure(command: list[str]) -> dict[str, Any]:
    out = subprocess.run([sys.executable, str(HERE / "measure.py"), *command],
                         capture_output=True, text=True, check=True, env=ENV)
    result = dict(json.loads(out.stdout))
    if result["rc"] not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({result['rc']}):\n{result['stderr']}")
    return result


def repository(tasks: int) -> Path:
    root = DATA / f"tasks-{tasks}"
    stamp = root / ".generated"
    generator = (HERE / "generate.py").read_bytes()
    if not (stamp.is_file() and stamp.read_bytes() == generator):
        generate(tasks, root)
        stamp.write_bytes(generator)
    return root


def copy(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".targets-cache", "reports"))
    return target


def commands(root: Path, fresh: Path, year: int, tasks: int = 0
             ) -> dict[str, tuple[list[str], Callable[[], Any]]]:
    """row -> (command, what to do before it)."""
    targets = [TARGETS, "--root"]
    nothing: Callable[[], Any] = lambda: None  # noqa: E731
    checkpoint = f"{year}-09-30"
    forms = fresh.with_name(fresh.name + "-forms")
    filled = fresh.with_name(fresh.name + "-filled")
    importing = fresh.with_name(fresh.name + "-import")

    def forms_made() -> None:
        shutil.rmtree(forms, ignore_errors=True)

    def forms_filled() -> None:  # a copy of the records and every unit's form, filled
        copy(root, importing)
        if not filled.is_dir():
            subprocess.run([*targets, str(root), "forms", str(year), "--checkpoint", checkpoint,
                            "--out", str(filled)], check=True, capture_output=True, env=ENV)
            fill_forms(filled)

    forms_rows = {
        "forms, every unit": ([*targets, str(root), "forms", str(year), "--checkpoint",
                               checkpoint, "--out", str(forms)], forms_made),
        "progress import, every form": (
            [sys.executable, str(HERE / "import_forms.py"), TARGETS, str(importing),
             str(filled), f"{year}-10-05"], forms_filled),
    }
    return {
        # The forms rows are a commune's or a province's: beyond 10,000 tasks (a country of
        # units filling forms in one import) they would take most of the run.
        **(forms_rows if tasks <= FORMS_UP_TO else {}),
        "check, fresh copy": ([*targets, str(fresh), "check"],
                              lambda: copy(root, fresh)),
        "check, warm": ([*targets, str(root), "check"], nothing),
        "progress, warm": ([*targets, str(root), "progress", "--year", str(year)], nothing),
        "evaluate, warm": ([*targets, str(root), "evaluate", str(year)], nothing),
        "report, warm": ([*targets, str(root), "report", str(year)], nothing),
        "evaluate --quarter, warm": ([*targets, str(root), "evaluate", str(year), "--quarter",
                                      "3"], nothing),
        "report --quarter, warm": ([*targets, str(root), "report", str(year), "--quarter", "3"],
                                   nothing),
        "person, warm": ([*targets, str(root), "person", person_id("bi-thu", 0)], nothing),
        "check --no-cache": ([*targets, str(root), "check", "--no-cache"], nothing),
    }


def bench_size(tasks: int, repeat: int) -> dict[str, Any]:
    generated = repository(tasks)
    json_root = generated.with_name(generated.name + ".json")
    size = sum(p.stat().st_size for p in generated.rglob("*.yaml"))
    warm = copy(generated, DATA / f"warm-{tasks}")
    fresh = DATA / f"fresh-{tasks}"
    _, years = shape(tasks)
    year = max(int(p.name) for p in (generated / "targets").iterdir() if p.name.isdigit())
    rows = commands(warm, fresh, year, tasks)
    for command, before in rows.values():  # the warm copy: cache and last report written
        before()
        measure(command)
    floor_command = [sys.executable, str(HERE / "floor.py"), str(json_root)]
    runs: dict[str, list[dict[str, Any]]] = {"floor": [], **{row: [] for row in rows}}
    for _ in range(repeat):
        floor = measure(floor_command)
        runs["floor"].append(floor)
        for row, (command, before) in rows.items():
            before()
            found = measure(command)
            found["ratio"] = found["seconds"] / floor["seconds"]
            found["cpu_ratio"] = found["cpu"] / floor["cpu"] if floor["cpu"] else 0.0
            runs[row].append(found)
    for left in (fresh, *(fresh.with_name(fresh.name + end)
                          for end in ("-forms", "-filled", "-import"))):
        shutil.rmtree(left, ignore_errors=True)
    reports = sum(1 for p in (warm / "reports").rglob("*") if p.is_file())
    return {"tasks": tasks, "yaml_mib": size / 2**20, "year": year, "years": years,
            "report_files": reports,
            "rows": {row: summary(found) for row, found in runs.items()}}


def summary(found: list[dict[str, Any]]) -> dict[str, Any]:
    def spread(key: str) -> dict[str, float]:
        values = [f[key] for f in found if key in f]
        return {"median": statistics.median(values), "min": min(values), "max": max(values)}

    keys = ["seconds", "cpu"] + (["ratio", "cpu_ratio"] if "ratio" in found[0] else [])
    return {**{key: spread(key) for key in keys}, "peak_mib": max(f["peak_mib"] for f in found),
            "runs": len(found)}


def bench_startup(repeat: int) -> dict[str, Any]:
    bare = [sys.executable, str(HERE / "bare_typer.py")]
    found = {}
    for flag in ("--version", "--help"):
        found[flag] = {"targets": summary([measure([TARGETS, flag]) for _ in range(repeat)]),
                       "bare": summary([measure([*bare, flag]) for _ in range(repeat)])}
    return found


def compile_package() -> None:
    """The bytecode of the tool, as an installed package has it (not timed)."""
    import compileall

    import songlo_targets

    compileall.compile_dir(str(Path(songlo_targets.__file__).parent), quiet=1)


def machine() -> str:
    cpu = platform.processor()
    if Path("/proc/cpuinfo").is_file():
        cpu = next((line.split(":", 1)[1].strip() for line in
                    Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), cpu)
    memory = "0"
    if Path("/proc/meminfo").is_file():
        memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                       if line.startswith("MemTotal")), "0")
    import msgpack
    import pydantic
    import ruamel.yaml
    import typer
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return (f"{cpu}, {os.cpu_count()} cores, {int(memory) / 2**20:.0f} GiB, load {load:.1f}; "
            f"{platform.system()} {platform.release()}; Python {platform.python_version()}; "
            f"typer {typer.__version__}, pydantic {pydantic.VERSION}, "
            f"ruamel.yaml {ruamel.yaml.__version__}, msgpack "
            f"{'.'.join(map(str, msgpack.version))}")


def _range(s: dict[str, float], fmt: str) -> str:
    return f"{s['median']:{fmt}} ({s['min']:{fmt}}–{s['max']:{fmt}})"


def report(size: dict[str, Any]) -> str:
    floor = size["rows"]["floor"]
    lines = [f"{size['tasks']:,} tasks ({size['yaml_mib']:.1f} MiB of YAML, year "
             f"{size['year']}, {size['report_files']:,} report files); "
             f"{floor['runs']} rounds; floor {_range(floor['seconds'], '.2f')} s",
             "",
             "| | seconds | × floor | goal | CPU × floor | peak MiB |",
             "|---|---:|---:|---:|---:|---:|"]
    for row, found in size["rows"].items():
        if row == "floor":
            continue
        goal = GOALS.get(row) if size["tasks"] >= GOALS_FROM else None
        met = "" if goal is None else (f"≤ {goal:g}× " + ("yes" if found["ratio"]["median"]
                                                           <= goal else "**no**"))
        lines.append(f"| {row} | {_range(found['seconds'], '.2f')} "
                     f"| {_range(found['ratio'], '.1f')} | {met} "
                     f"| {found['cpu_ratio']['median']:.1f} | {found['peak_mib']:.0f} |")
    lines.append(f"| floor | {_range(floor['seconds'], '.2f')} | 1 | | 1 "
                 f"| {floor['peak_mib']:.0f} |")
    if size["tasks"] < GOALS_FROM:
        lines.append(f"\n(Starting Python and the tool dominates here; the goals are set from "
                     f"{GOALS_FROM:,} tasks on.)")
    return "\n".join(lines)


def report_scaling(sizes: list[dict[str, Any]]) -> str:
    """Each row's median seconds at every size, and the growth from one size to the next
    beside the growth of the tasks (linear time: the two are alike)."""
    if len(sizes) < 2:
        return ""
    heads = " | ".join(f"{s['tasks']:,} tasks s" for s in sizes)
    steps = [(a, b) for a, b in zip(sizes, sizes[1:], strict=False)]
    growth = " | ".join(f"× from {a['tasks']:,} (tasks ×{b['tasks'] / a['tasks']:g})"
                        for a, b in steps)
    lines = [f"| row | {heads} | {growth} | peak MiB at {sizes[-1]['tasks']:,} |",
             "|---|" + "---:|" * (len(sizes) + len(steps) + 1)]
    for row in sizes[-1]["rows"]:
        if not all(row in s["rows"] for s in sizes):
            continue
        times = [s["rows"][row]["seconds"]["median"] for s in sizes]
        ratios = [b / a if a else 0.0 for a, b in zip(times, times[1:], strict=False)]
        lines.append(f"| {row} | " + " | ".join(f"{t:.2f}" for t in times) + " | "
                     + " | ".join(f"{r:.1f}" for r in ratios)
                     + f" | {sizes[-1]['rows'][row]['peak_mib']:.0f} |")
    return "\n".join(lines)


def report_startup(startup: dict[str, Any]) -> str:
    lines = ["| start-up | targets s | bare typer s | ratio |", "|---|---:|---:|---:|"]
    for flag, pair in startup.items():
        t, b = pair["targets"]["seconds"]["median"], pair["bare"]["seconds"]["median"]
        lines.append(f"| `{flag}` | {t:.3f} | {b:.3f} | {t / b:.2f}× |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark `targets` against the JSON floor.")
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000,10000"),
                        help="task counts, comma-separated (default 1000,10000; also "
                             "BENCH_SIZES; add 100000 for a province)")
    parser.add_argument("-r", "--repeat", type=int,
                        default=int(os.environ.get("BENCH_REPEAT", "5")))
    parser.add_argument("--no-startup", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--no-bundles", action="store_true",
                        help="leave out the province's roll-up (bench/bundles.py)")
    args = parser.parse_args()
    compile_package()
    print(f"machine: {machine()}", flush=True)
    sizes = []
    for tasks in (int(t) for t in args.sizes.split(",") if t.strip()):
        repeat = args.repeat if tasks <= 10000 else min(args.repeat, 2)
        sizes.append(bench_size(tasks, repeat))
        print("\n" + report(sizes[-1]), flush=True)
    if not args.no_bundles:  # the province's roll-up, 148 and 3,300 bundles (issue 24)
        import bundles

        print("\n" + bundles.report(bundles.bench(measure, TARGETS, min(args.repeat, 3))),
              flush=True)
    scaling = report_scaling(sizes)
    if scaling:
        print("\n" + scaling, flush=True)
    startup = {} if args.no_startup else bench_startup(max(args.repeat, 10))
    if startup:
        print("\n" + report_startup(startup))
    print(f"\nmachine after: {machine()}")
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "sizes": sizes,
                                         "startup": startup}, indent=2))


if __name__ == "__main__":
    main()
