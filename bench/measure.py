"""Run one command; print its wall time, CPU time and peak memory as JSON (for bench/run.py).

The peak resident memory and the CPU time come from ``resource.getrusage(RUSAGE_CHILDREN)`` in
this small wrapper process, so each measured run has its own figures.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main() -> None:
    command = sys.argv[1:]
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          check=False)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime,
                      "peak_mib": usage.ru_maxrss / 1024,  # KiB on Linux
                      "rc": done.returncode,
                      "stderr": done.stderr.decode("utf-8", "replace")[-2000:]}))


if __name__ == "__main__":
    main()
