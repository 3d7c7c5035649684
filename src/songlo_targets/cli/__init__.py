"""The `targets` command line: parse, call the library, render, map failures to exit codes.

Each command family lives in its own module with a ``register(app)`` function; no business
logic lives here. Heavy libraries are imported inside the commands that need them.
"""

from __future__ import annotations

import os
import sys
import traceback
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Annotated

import typer

from songlo_targets import __version__
from songlo_targets.cli import (
    amend,
    assign,
    carry,
    check,
    codeowners,
    diff,
    evaluate,
    export,
    fmt,
    forms,
    handover,
    init,
    person,
    progress,
    rate,
    report,
    rollup,
    schema,
    unit,
    year,
)
from songlo_targets.cli.common import Settings, bootstrap_language, hoist_global_options
from songlo_targets.errors import (
    EXIT_FAILURE,
    EXIT_RECORDS,
    EXIT_USAGE,
    TargetsError,
    machine_refusal,
)
from songlo_targets.i18n import N_, _

COMMANDS = (check, assign, progress, amend, carry, handover, evaluate, rate, year, unit, export,
            report, diff, schema, codeowners, fmt, init, forms, person, rollup)


def _version(value: bool) -> None:
    if value:
        print(f"targets {__version__}")
        raise typer.Exit()


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="targets",
        help=_(N_("For a Party committee or office that assigns yearly targets and tasks to its "
                  "units and rates them by their products: assign, follow and evaluate them, "
                  "kept as YAML records in git.")),
        context_settings={"help_option_names": ["-h", "--help"]},
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )

    @app.callback()
    def options(
        ctx: typer.Context,
        root: Annotated[Path | None, typer.Option(
            "--root", envvar="TARGETS_ROOT", show_envvar=False, file_okay=False,
            help=_(N_("The data repository (the folder with targets.yaml); default: the "
                      "nearest one upwards from here. Also TARGETS_ROOT.")))] = None,
        lang: Annotated[str | None, typer.Option(
            "--lang", help=_(N_("Language of messages: vi or en (also TARGETS_LANG; default: "
                                "`language` of targets.yaml).")))] = None,
        version: Annotated[bool, typer.Option(
            "--version", callback=_version, is_eager=True,
            help=_(N_("Show the version and exit.")))] = False,
    ) -> None:
        ctx.obj = Settings(root=root, lang=lang)

    for module in COMMANDS:
        module.register(app)
    return app


def _command_word(args: list[str]) -> str | None:
    """The command asked for (``progress`` of ``--root R progress add …``), if any."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("--root", "--lang"):
            skip = True
        elif arg == "--":
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def only(app: typer.Typer, args: list[str]) -> typer.Typer:
    """``app`` keeping only the command ``args`` name, when they name one: building every
    command's options for click (typer reads every signature) was a tenth of a warm view.
    Without a known command (``--help``, a mistyped name) every command stays."""
    word = _command_word(args)
    commands = [c for c in app.registered_commands if c.name == word]
    groups = [g for g in app.registered_groups if g.name == word]
    if word is None or not (commands or groups):
        return app
    app.registered_commands, app.registered_groups = commands, groups
    return app


# The commands that first of all read the records of the repository they work on: their
# reading starts before they are parsed (read.reader.reading_ahead).
READERS = frozenset({"check", "report", "progress", "evaluate", "person", "export", "forms",
                     "carry", "amend", "assign", "handover", "rate", "unit", "year"})


def _read_ahead(args: list[str]) -> AbstractContextManager[None]:
    """Start reading the repository of a command that reads it, before parsing the command
    (typer and the records model take 0.1 s to import): not for help, nor for a repository
    that an interrupted command left to be completed first (cli.common.Settings)."""
    if _command_word(args) not in READERS or "-h" in args or "--help" in args:
        return nullcontext()
    from songlo_targets.cli.common import argument
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


def _asks_version(args: list[str]) -> bool:
    """Whether ``--version`` comes before any command (typer would answer it and stop)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--version":
            return True
        elif arg in ("--root", "--lang"):
            skip = True
        elif not arg.startswith("-") or arg == "--":
            return False
    return False


def run(app: typer.Typer, args: list[str]) -> int:
    """Run the command line with its own words (cli/usage.py); the exit code."""
    import typer.main
    from typer._click.exceptions import ClickException, NoArgsIsHelpError
    from typer._click.exceptions import UsageError as ClickUsageError

    from songlo_targets.cli import usage

    command = usage.prepare(typer.main.get_command(app))
    try:
        code = command.main(args=args, prog_name="targets", standalone_mode=False)
    except NoArgsIsHelpError as exc:
        print(exc.format_message(), file=sys.stderr)
        return EXIT_USAGE
    except ClickUsageError as exc:
        print(usage.fit(usage.usage_error_text(exc)), file=sys.stderr)
        return EXIT_USAGE
    except ClickException as exc:  # a file that cannot be opened
        print("targets: " + exc.format_message(), file=sys.stderr)
        return EXIT_USAGE
    except typer.Abort:
        print(_(N_("Aborted.")), file=sys.stderr)
        return 1
    return code if isinstance(code, int) else 0


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
        if _asks_version(args):  # the same answer, without building every command first
            _version(True)
        with _read_ahead(args):
            sys.exit(run(only(build_app(), args), args))
    except typer.Exit as exit_:
        sys.exit(exit_.exit_code)
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
