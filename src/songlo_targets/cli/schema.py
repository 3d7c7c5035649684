"""`targets schema [--out DIR] [--check]`: JSON Schemas of the record files, for editors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.errors import EXIT_OK, EXIT_RECORDS
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    @app.command("schema", help=_(N_("Write the JSON Schema of every kind of record file "
                                     "(targets.yaml, units, years, tasks, people), so that an "
                                     "editor completes and checks keys.")))
    def schema_command(
        ctx: typer.Context,
        out: Annotated[Path | None, typer.Option(
            "--out", file_okay=False,
            help=_(N_("Folder to write to; default: schema/ of the data repository.")))] = None,
        check: Annotated[bool, typer.Option(
            "--check", help=_(N_("Write nothing; exit 1 if a schema file is missing or "
                                 "stale.")))] = False,
    ) -> None:
        from songlo_targets.write import schemas

        settings: Settings = ctx.obj
        root = settings.repository() if out is None else None
        folder = out if out is not None else settings.repository() / schemas.SCHEMA_DIR
        if check:
            stale = schemas.stale(folder)
            for name in stale:
                print(_(N_("stale: {path}"), path=folder / name), file=sys.stderr)
            raise typer.Exit(EXIT_RECORDS if stale else EXIT_OK)
        for name in schemas.write(folder, root):
            print(_(N_("wrote {path}"), path=folder / name), file=sys.stderr)
        raise typer.Exit(EXIT_OK)
