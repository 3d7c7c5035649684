"""`targets check` (SPEC §6.1)."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.errors import EXIT_OK, EXIT_RECORDS
from songlo_targets.i18n import N_, _


class Format(StrEnum):
    text = "text"
    json = "json"
    github = "github"


def register(app: typer.Typer) -> None:
    @app.command("check", help=_(N_("Check every record file and report every problem.")))
    def check_command(
        ctx: typer.Context,
        year: Annotated[int | None, typer.Option(
            "--year", help=_(N_("Only report problems of this year (and of the shared files)."
                                )))] = None,
        format: Annotated[Format, typer.Option(
            "--format", help=_(N_("Output: text, json, or github (workflow annotations).")))
        ] = Format.text,
        strict: Annotated[bool, typer.Option(
            "--strict", help=_(N_("Fail on warnings too.")))] = False,
        no_cache: Annotated[bool, typer.Option(
            "--no-cache", help=_(N_("Read every file again instead of using .targets-cache/ "
                                    "(also TARGETS_NO_CACHE=1).")))] = False,
        against: Annotated[str | None, typer.Option(
            "--against", metavar="GIT_REF",
            help=_(N_("Also report tasks of assigned years changed without an amendment since "
                      "this git revision (e.g. origin/main).")))] = None,
    ) -> None:
        from songlo_targets.check import check
        from songlo_targets.render import diagnostics as output

        settings: Settings = ctx.obj
        cache = False if no_cache else None
        if against is not None:
            from songlo_targets.check import check_against

            result = check_against(settings.repository(), against, year=year, cache=cache)
        else:
            result = check(settings.repository(), year=year, cache=cache)
        diagnostics, files = result.diagnostics, result.files
        if format is Format.json:
            sys.stdout.write(output.as_json(diagnostics, files))
        elif format is Format.github:
            sys.stdout.write(output.as_github(diagnostics))
        else:
            color = sys.stdout.isatty() and "NO_COLOR" not in __import__("os").environ
            sys.stdout.write(output.as_text(diagnostics, result.texts, files, color))
        raise typer.Exit(EXIT_RECORDS if result.failed(strict) else EXIT_OK)
