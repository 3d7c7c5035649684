"""`targets fmt [--check]` (SPEC §6.7): rewrite the record files in the canonical layout."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.errors import EXIT_OK, EXIT_RECORDS
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    @app.command("fmt", help=_(N_("Rewrite the record files in the canonical layout (NFC, "
                                  "2-space indent, key order, ISO dates), keeping comments.")))
    def fmt_command(
        ctx: typer.Context,
        check: Annotated[bool, typer.Option("--check", help=_(N_(
            "Only list the files that would change; exit 1 if any.")))] = False,
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.write.fmt import format_repository

        settings: Settings = ctx.obj
        result = format_repository(settings.repository(), check_only=check)
        for path, reason in result.unreadable:
            print(_(N_("{path}: not formatted, it does not parse ({reason}); see `targets "
                       "check`"), path=path, reason=reason), file=sys.stderr)
        if check:
            for path in result.changed:
                print(path)
            failed = bool(result.changed or result.unreadable)
            raise typer.Exit(EXIT_RECORDS if failed else EXIT_OK)
        finish(result.outcome)
        raise typer.Exit(EXIT_RECORDS if result.unreadable else EXIT_OK)
