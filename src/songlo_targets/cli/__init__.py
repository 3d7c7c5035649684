"""The `targets` process: its start, one boundary for every failure, its end.

What a command does is the application's (:mod:`songlo_targets.cli.app`: parse, call the
library, render). This module starts the reading of a command that reads the repository
before it imports typer and parses the command (:func:`_read_ahead`), maps what escapes to
an exit code, and ends the process at once (:func:`leave`).
"""

from __future__ import annotations

import os
import sys
import traceback
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from songlo_targets.cli.common import (
    argument,
    asks_version,
    bootstrap_language,
    command_word,
    hoist_global_options,
    version_text,
)
from songlo_targets.errors import (
    EXIT_FAILURE,
    EXIT_RECORDS,
    TargetsError,
    machine_refusal,
)
from songlo_targets.i18n import N_, _

# The commands that first of all read the records of the repository they work on: their
# reading starts before they are parsed (read.reader.reading_ahead).
READERS = frozenset({"check", "report", "progress", "evaluate", "person", "export", "forms",
                     "carry", "amend", "assign", "handover", "rate", "unit", "year"})


def _read_ahead(args: list[str]) -> AbstractContextManager[None]:
    """Start reading the repository of a command that reads it, before parsing the command
    (typer and the records model take 0.1 s to import): not for help, nor for a repository
    that an interrupted command left to be completed first (cli.common.Settings)."""
    if command_word(args) not in READERS or "-h" in args or "--help" in args:
        return nullcontext()
    from songlo_targets.paths import NoRepository, find_root
    from songlo_targets.store.atomic import interrupted

    given = argument(args, "--root")
    try:
        root = find_root(Path(given) if given else None)
    except NoRepository:  # (the command says so)
        return nullcontext()
    if interrupted(root):
        return nullcontext()
    from songlo_targets.read.reader import reading_ahead

    return reading_ahead(root, cache=False if "--no-cache" in args else None)


def main(argv: list[str] | None = None) -> None:
    """The console script: one boundary for every failure (SPEC §6 exit codes)."""
    try:
        _main(argv)
    except SystemExit as done:
        if argv is None:  # the process itself, not a caller in Python
            leave(done.code)
        raise


def leave(code: object) -> None:
    """End the process at once with ``code``, once what it printed is out and its exit
    handlers have run: without taking apart, object by object, the records it read (20 ms
    of a warm run of 10,000 tasks). Where anything could still be owed (an output that
    cannot be flushed, another thread, a message for the exit to print), return: Python's
    own exit does it."""
    import atexit
    import threading

    if threading.active_count() != 1:
        return
    if code is not None and not isinstance(code, int):
        return  # (a message to print: Python's exit prints it)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    os._exit(code or 0)


def _no_pydantic_plugins() -> None:
    """The records model is pydantic's alone: no plugin of pydantic's (observability tools
    install some) is looked for among the installed packages when a model or an option's
    adapter is built (9 ms), unless the user set ``PYDANTIC_DISABLE_PLUGINS`` otherwise.

    With plugins off, pydantic's plugin loader answers no plugin, but importing it imports
    ``importlib.metadata`` (28 ms of every command that reads records). A stand-in loader
    gives the same answer without it; any other name asked of it is the real module's."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    name = "pydantic.plugin._loader"
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] not in ("__all__", "1", "true") or (
            name in sys.modules):
        return
    import types

    stand_in = types.ModuleType(name, "pydantic's plugin loader, with plugins off.")

    def real(attribute: str) -> object:
        import importlib

        if attribute.startswith("__"):  # (what the import system asks of any module)
            raise AttributeError(attribute)
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return getattr(importlib.import_module(name), attribute)

    stand_in.get_plugins = lambda: ()  # type: ignore[attr-defined]
    stand_in.__getattr__ = real  # type: ignore[method-assign]
    sys.modules[name] = stand_in


def _main(argv: list[str] | None) -> None:
    _no_pydantic_plugins()
    args = hoist_global_options(sys.argv[1:] if argv is None else argv)
    try:
        bootstrap_language(args)
        if asks_version(args):  # the same answer, without building every command first
            print(version_text())
            sys.exit(0)
        with _read_ahead(args):  # (before typer is even imported)
            from songlo_targets.cli.app import run_command

            sys.exit(run_command(args))
    except TargetsError as exc:
        from songlo_targets.cli.usage import fit

        print(fit(f"targets: {exc.text()}"), file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # the one place that turns a bug into a message and exit 3
        refusal = machine_refusal(exc)
        if refusal is not None:  # the machine refused: the file and the cause, exit 1
            print(f"targets: {refusal}", file=sys.stderr)
            sys.exit(EXIT_RECORDS)
        if os.environ.get("TARGETS_DEBUG") == "1":
            traceback.print_exc()
        else:
            print("targets: " + _(N_("unexpected failure: {error} (run again with "
                                     "TARGETS_DEBUG=1 to see where)"),
                                  error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        sys.exit(EXIT_FAILURE)
