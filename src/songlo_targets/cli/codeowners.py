"""`targets codeowners [--check]`: .github/CODEOWNERS from the units' reviewers."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.errors import EXIT_OK, EXIT_RECORDS
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    @app.command("codeowners", help=_(N_("Write .github/CODEOWNERS from the units' `reviewers`, "
                                         "so that each unit's files need its reviewers' "
                                         "approval.")))
    def codeowners_command(
        ctx: typer.Context,
        check: Annotated[bool, typer.Option(
            "--check", help=_(N_("Write nothing; exit 1 if the file is missing or stale.")))
        ] = False,
    ) -> None:
        from songlo_targets.render import diagnostics as output
        from songlo_targets.write import codeowners

        settings: Settings = ctx.obj
        root = settings.repository()
        result = codeowners.owners(root)
        if result.failed:
            for diagnostic in result.diagnostics:
                print(output.text_block(diagnostic, result.texts), file=sys.stderr)
            print(_(N_("{path} not written: correct the units first"), path=codeowners.PATH),
                  file=sys.stderr)
            raise typer.Exit(EXIT_RECORDS)
        if check:
            if codeowners.stale(root, result.text):
                print(_(N_("stale: {path} (run `targets codeowners`)"), path=codeowners.PATH),
                      file=sys.stderr)
                raise typer.Exit(EXIT_RECORDS)
            raise typer.Exit(EXIT_OK)
        if codeowners.write(root, result.text):
            print(_(N_("wrote {path}"), path=codeowners.PATH), file=sys.stderr)
        raise typer.Exit(EXIT_OK)
