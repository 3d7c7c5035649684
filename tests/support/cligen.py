"""Generate docs/cli.md from the `--help` of every command: `make docs`.

A test regenerates it and compares, so the reference cannot drift from the tool.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

from songlo_targets.cli import main

DOC = Path(__file__).parents[2] / "docs" / "cli.md"

HEADER = """\
# Command-line reference

Generated from `targets COMMAND --help` (`make docs`); a test fails when it is out of date.
The help is shown here in English (`--lang en`); by default the tool speaks Vietnamese.
Global options (`--root`, `--lang`) may stand before or after the command.
"""


def help_text(path: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(["--lang", "en", *path, "--help"])
    return out.getvalue().rstrip()


def subcommands(text: str) -> list[str]:
    if "\nCommands:\n" not in text:
        return []
    block = text.split("\nCommands:\n", 1)[1]
    return [m.group(1) for m in re.finditer(r"^  ([a-z][a-z-]*)", block, flags=re.MULTILINE)]


def render() -> str:
    os.environ["COLUMNS"] = "100"
    parts = [HEADER]
    queue: list[list[str]] = [[]]
    while queue:
        path = queue.pop(0)
        text = help_text(path)
        parts += [f"## `{' '.join(['targets', *path])}`\n", "```text", text, "```\n"]
        queue += [[*path, name] for name in subcommands(text)]
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")
