"""Run one command and print its wall time and peak memory as JSON (used by bench/run.py).

The peak resident memory comes from ``resource.getrusage(RUSAGE_CHILDREN)`` in this small
wrapper process, so each measured run gets its own figure.
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
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    print(json.dumps({"seconds": seconds, "peak_mib": peak_kib / 1024, "rc": done.returncode,
                      "stderr": done.stderr.decode("utf-8", "replace")[-2000:]}))


if __name__ == "__main__":
    main()
