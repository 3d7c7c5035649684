"""The process ends at once after a command (``cli.leave``): what it printed is all out, and
its exit code is the command's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "xa-song-lo"


def targets(*args: str) -> subprocess.CompletedProcess[str]:
    return _python("-m", "songlo_targets", *args)


def _python(*args: str, plugins: str | None = None) -> subprocess.CompletedProcess[str]:
    """Python run with ``args``, in English, without a cache; ``plugins``: the user's
    PYDANTIC_DISABLE_PLUGINS (None: not set)."""
    env = {**os.environ, "TARGETS_LANG": "en", "TARGETS_NO_CACHE": "1"}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    if plugins is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = plugins
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          check=False, timeout=120)


def test_a_large_output_is_printed_whole_and_the_code_kept() -> None:
    done = targets("--root", str(EXAMPLE), "evaluate", "2026", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["year"] == 2026  # the whole document, to its last brace
    with_errors = targets("--root", str(EXAMPLE), "evaluate", "2026", "--quarter", "9")
    assert with_errors.returncode == 2
    assert with_errors.stdout == ""
    assert with_errors.stderr.strip().splitlines()[-1] == (
        "Error: `--quarter` must be at most 4, not 9")


def test_a_command_imports_no_package_metadata() -> None:
    """With pydantic's plugins off, nothing of a command imports ``importlib.metadata`` (28 ms:
    pydantic's plugin loader imported it to find none; the table asked it rich's version);
    the records and the table are as ever."""
    probe = (
        "import sys\n"
        "from songlo_targets.cli import main\n"
        "try:\n"
        f"    main(['--root', {str(EXAMPLE)!r}, 'evaluate', '2026'])\n"
        "finally:\n"
        "    print('metadata' if 'importlib.metadata' in sys.modules else 'none',"
        " file=sys.stderr)\n")
    done = _python("-c", probe)
    assert done.returncode == 0 and done.stderr.splitlines()[-1] == "none", done.stderr
    assert done.stdout == targets("--root", str(EXAMPLE), "evaluate", "2026").stdout


def test_no_pydantic_plugin_is_looked_for() -> None:
    """A command builds the records model without pydantic scanning every installed package
    for plugins (PYDANTIC_DISABLE_PLUGINS, unless the user set it)."""
    probe = (
        "import importlib.metadata as m, sys\n"
        "real = m.entry_points\n"
        "def entry_points(**kw):\n"
        "    if kw.get('group') == 'pydantic':\n"
        "        print('scanned', file=sys.stderr)\n"
        "    return real(**kw)\n"
        "m.entry_points = entry_points\n"
        "from songlo_targets.cli import main\n"
        f"main(['--root', {str(EXAMPLE)!r}, 'evaluate', '2026'])\n")
    done = _python("-c", probe)
    assert done.returncode == 0, done.stderr
    assert "scanned" not in done.stderr
    assert "2026" in done.stdout
    again = _python("-c", probe, plugins="")  # the user's own setting is kept
    assert "scanned" in again.stderr
