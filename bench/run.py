"""The benchmark of `targets` (issue 7): the JSON floor, `targets check` cold and warm, start-up.

    python bench/run.py                      # 1,000 and 10,000 tasks, start-up
    python bench/run.py --sizes 100000 -r 1  # the province (also BENCH_SIZES=...)

Every figure is the median of several runs of a separate process, timed with
``time.perf_counter`` around ``subprocess.run``; peak memory is the child's maximum resident set
(``getrusage(RUSAGE_CHILDREN)``). Generated repositories are kept in ``bench/.data/``.
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
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

DATA = HERE / ".data"
BIN = Path(sys.executable).parent
TARGETS = str(BIN / "targets")


def measure(command: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    out = subprocess.run([sys.executable, str(HERE / "measure.py"), *command],
                         capture_output=True, text=True, check=True, env=env)
    return dict(json.loads(out.stdout))


def series(command: list[str], repeat: int, before: list[str] | None = None,
           ok: tuple[int, ...] = (0,)) -> dict[str, float]:
    """Median seconds and the highest peak memory over ``repeat`` runs."""
    times, peaks = [], []
    for _ in range(repeat):
        if before:
            subprocess.run(before, capture_output=True, check=False)
        result = measure(command)
        if result["rc"] not in ok:
            raise SystemExit(f"{' '.join(command)} failed ({result['rc']}):\n{result['stderr']}")
        times.append(result["seconds"])
        peaks.append(result["peak_mib"])
    return {"median": statistics.median(times), "min": min(times), "peak_mib": max(peaks)}


def repository(tasks: int) -> Path:
    root = DATA / f"tasks-{tasks}"
    stamp = root / ".generated"
    generator = (HERE / "generate.py").read_bytes()
    if not (stamp.is_file() and stamp.read_bytes() == generator):
        generate(tasks, root)
        stamp.write_bytes(generator)
    return root


def supports_no_cache() -> bool:
    help_text = subprocess.run([TARGETS, "--lang", "en", "check", "--help"],
                               capture_output=True, text=True, check=False).stdout
    return "--no-cache" in help_text


def bench_size(tasks: int, repeat: int) -> dict[str, Any]:
    root = repository(tasks)
    json_root = root.with_name(root.name + ".json")
    size = sum(p.stat().st_size for p in root.rglob("*.yaml"))
    cache = root / ".targets-cache"
    clear = [sys.executable, "-c", f"import shutil; shutil.rmtree({str(cache)!r}, True)"]
    check = [TARGETS, "--lang", "en", "check", "--root", str(root)]
    cold_check = check + (["--no-cache"] if supports_no_cache() else [])
    floor = series([sys.executable, str(HERE / "floor.py"), str(json_root)], repeat)
    cold = series(cold_check, repeat, before=clear)
    subprocess.run(check, capture_output=True, check=False)  # fill the cache
    warm = series(check, repeat)
    shutil.rmtree(cache, ignore_errors=True)
    return {"tasks": tasks, "yaml_mib": size / 2**20, "floor": floor, "cold": cold,
            "warm": warm}


def bench_startup(repeat: int) -> dict[str, Any]:
    bare = [sys.executable, str(HERE / "bare_typer.py")]
    found = {}
    for flag in ("--version", "--help"):
        found[flag] = {"targets": series([TARGETS, flag], repeat),
                       "bare": series([*bare, flag], repeat)}
    return found


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) \
        if Path("/proc/cpuinfo").is_file() else platform.processor()
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0") if Path("/proc/meminfo").is_file() \
        else "0"
    import pydantic
    import ruamel.yaml
    import typer
    return (f"{cpu}, {os.cpu_count()} cores, {int(memory) / 2**20:.0f} GiB; "
            f"{platform.system()} {platform.release()}; Python {platform.python_version()}; "
            f"typer {typer.__version__}, pydantic {pydantic.VERSION}, "
            f"ruamel.yaml {ruamel.yaml.__version__}")


def report(sizes: list[dict[str, Any]], startup: dict[str, Any]) -> str:
    lines = ["| tasks | YAML MiB | floor s | cold s | warm s | cold/floor | warm/floor "
             "| cold peak MiB | warm peak MiB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in sizes:
        f, c, w = s["floor"]["median"], s["cold"]["median"], s["warm"]["median"]
        lines.append(f"| {s['tasks']:,} | {s['yaml_mib']:.1f} | {f:.2f} | {c:.2f} | {w:.2f} "
                     f"| {c / f:.1f}× | {w / f:.1f}× | {s['cold']['peak_mib']:.0f} "
                     f"| {s['warm']['peak_mib']:.0f} |")
    if startup:
        lines += ["", "| start-up | targets s | bare typer s | ratio | targets peak MiB |",
                  "|---|---:|---:|---:|---:|"]
        for flag, pair in startup.items():
            t, b = pair["targets"]["median"], pair["bare"]["median"]
            lines.append(f"| `{flag}` | {t:.3f} | {b:.3f} | {t / b:.2f}× "
                         f"| {pair['targets']['peak_mib']:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark `targets` (issue 7).")
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000,10000"),
                        help="task counts, comma-separated (default 1000,10000; also "
                             "BENCH_SIZES; add 100000 for a province)")
    parser.add_argument("-r", "--repeat", type=int, default=int(os.environ.get("BENCH_REPEAT",
                                                                             "5")))
    parser.add_argument("--no-startup", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    print(f"machine: {machine()}", flush=True)
    sizes = []
    for tasks in (int(t) for t in args.sizes.split(",") if t.strip()):
        repeat = args.repeat if tasks <= 10000 else min(args.repeat, 1)
        sizes.append(bench_size(tasks, repeat))
        print(report(sizes[-1:], {}), flush=True)
    startup = {} if args.no_startup else bench_startup(max(args.repeat, 10))
    print()
    print(report(sizes, startup))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "sizes": sizes,
                                         "startup": startup}, indent=2))


if __name__ == "__main__":
    main()
