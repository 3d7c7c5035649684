"""`targets init DIR` (SPEC §6.7): a new, valid data repository with examples in comments."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    @app.command("init", help=_(N_("Create a new, valid data repository in DIR, with examples "
                                   "in comments.")))
    def init_command(
        directory: Annotated[Path, typer.Argument(metavar="DIR", file_okay=False, help=_(N_(
            "The folder to create (or an empty one).")))],
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.write.init import init_repository

        finish(init_repository(directory))
