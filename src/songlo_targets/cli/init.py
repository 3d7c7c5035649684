"""`targets init DIR` (SPEC §6.7): a new, valid data repository with examples in comments."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from songlo_targets.i18n import N_, _


class Rules(StrEnum):
    """The policies of songlo_targets.write.policies (kept here: the CLI starts without it)."""

    nd90_2020 = "nd90-2020"
    qd366_2025 = "qd366-2025"


def register(app: typer.Typer) -> None:
    @app.command("init", help=_(N_("Create a new, valid data repository in DIR, with examples "
                                   "in comments.")))
    def init_command(
        directory: Annotated[Path, typer.Argument(metavar="DIR", file_okay=False, help=_(N_(
            "The folder to create (or an empty one).")))],
        rules: Annotated[Rules | None, typer.Option("--rules", help=_(N_(
            "Write this whole rating policy into targets.yaml, each condition commented with "
            "its article: nd90-2020 (shares of tasks, 2021-2022) or qd366-2025 (100-point "
            "scores, quarters).")))] = None,
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.write.init import init_repository

        finish(init_repository(directory, rules=rules.value if rules else None))
