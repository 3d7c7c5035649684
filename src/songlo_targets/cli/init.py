"""`targets init DIR` (SPEC §6.7): a new, valid data repository with examples in comments."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from songlo_targets.i18n import N_, _


class Rules(StrEnum):
    """The policies of songlo_targets.write.policies (kept here: the CLI starts without it)."""

    nd90_2020 = "nd90-2020"
    qd366_2025 = "qd366-2025"


class Level(StrEnum):
    """The levels of songlo_targets.write.init.LEVELS."""

    district = "district"
    commune = "commune"


# The header options, in the order they are asked for, with the question a terminal shows.
QUESTIONS = {
    "organization": N_("Issuing body (e.g. Đảng ủy xã Tam Sơn)"),
    "superior": N_("Superior body (e.g. Đảng bộ tỉnh Phú Thọ)"),
    "place": N_("Place name written before the date (e.g. Tam Sơn)"),
    "symbol": N_("Symbol of its documents (e.g. ĐU, as in 125-QĐ/ĐU)"),
}


def on_terminal() -> bool:
    """Whether a person is there to answer questions."""
    return sys.stdin.isatty()


def register(app: typer.Typer) -> None:
    @app.command("init", help=_(N_("Create a new, valid data repository in DIR, with examples "
                                   "in comments. Options left out are asked for on a terminal.")))
    def init_command(
        directory: Annotated[Path, typer.Argument(metavar="DIR", file_okay=False, help=_(N_(
            "The folder to create (or an empty one).")))],
        rules: Annotated[Rules | None, typer.Option("--rules", help=_(N_(
            "Write this whole rating policy into targets.yaml, each condition commented with "
            "its article: nd90-2020 (shares of tasks, 2021-2022) or qd366-2025 (100-point "
            "scores, quarters).")))] = None,
        organization: Annotated[str | None, typer.Option("--organization", help=_(N_(
            "The issuing body at the head of its documents.")))] = None,
        superior: Annotated[str | None, typer.Option("--superior", help=_(N_(
            "The superior body printed above it.")))] = None,
        place: Annotated[str | None, typer.Option("--place", help=_(N_(
            "The place name written before the date of its documents.")))] = None,
        symbol: Annotated[str | None, typer.Option("--symbol", help=_(N_(
            "The symbol in the number of its documents (ĐU in 125-QĐ/ĐU).")))] = None,
        level: Annotated[Level | None, typer.Option("--level", help=_(N_(
            "The groups, basis and example signer written: those of a commune Party "
            "committee (the default with qd366-2025) or of a district one.")))] = None,
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.errors import UsageError
        from songlo_targets.write.init import Header, init_repository

        given = {"organization": organization, "superior": superior, "place": place,
                 "symbol": symbol}
        missing = [name for name, value in given.items() if value is None]
        if missing and not on_terminal():
            raise UsageError(N_("give {options}: there is no terminal to ask for them"),
                             options=", ".join(f"--{name}" for name in missing))
        for name in missing:
            given[name] = typer.prompt(_(QUESTIONS[name]))
        header = Header(**{name: str(value) for name, value in given.items()})
        finish(init_repository(directory, header, rules=rules.value if rules else None,
                               level=level.value if level else None))
