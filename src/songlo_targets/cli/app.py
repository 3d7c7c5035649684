"""The typer application of `targets`: every command family, and one run of it.

Each command family lives in its own module with a ``register(app)`` function; no business
logic lives here. Heavy libraries are imported inside the commands that need them. The
process itself (its start, its failures, its end) is :mod:`songlo_targets.cli`'s.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

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
from songlo_targets.cli.common import Settings, command_word, version_text
from songlo_targets.errors import EXIT_USAGE
from songlo_targets.i18n import N_, _

COMMANDS = (check, assign, progress, amend, carry, handover, evaluate, rate, year, unit, export,
            report, diff, schema, codeowners, fmt, init, forms, person, rollup)


def _version(value: bool) -> None:
    if value:
        print(version_text())
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


def only(app: typer.Typer, args: list[str]) -> typer.Typer:
    """``app`` keeping only the command ``args`` name, when they name one: building every
    command's options for click (typer reads every signature) was a tenth of a warm view.
    Without a known command (``--help``, a mistyped name) every command stays."""
    word = command_word(args)
    commands = [c for c in app.registered_commands if c.name == word]
    groups = [g for g in app.registered_groups if g.name == word]
    if word is None or not (commands or groups):
        return app
    app.registered_commands, app.registered_groups = commands, groups
    return app


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


def run_command(args: list[str]) -> int:
    """Build the application for the command ``args`` name, run it; the exit code."""
    try:
        return run(only(build_app(), args), args)
    except typer.Exit as exit_:
        return exit_.exit_code
