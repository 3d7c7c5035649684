"""The floor: read every JSON twin of the record files and ``json.loads`` it."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    records = [json.loads(path.read_bytes()) for path in sorted(Path(sys.argv[1]).rglob("*.json"))]
    print(len(records))


if __name__ == "__main__":
    main()
