"""`targets unit add ID` (SPEC §6.8): a new unit file."""

from __future__ import annotations

from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    unit_app = typer.Typer(
        context_settings={"help_option_names": ["-h", "--help"]}, no_args_is_help=True,
        help=_(N_("The units of the records: `unit add ID` adds one.")), rich_markup_mode=None)

    @unit_app.command("add", help=_(N_("Write units/ID.yaml, a new unit.")))
    def add_command(
        ctx: typer.Context,
        unit_id: Annotated[str, typer.Argument(metavar="ID", help=_(N_(
            "The unit's id, which is its file's name: lowercase letters without diacritics, "
            "digits and hyphens (duc-bac).")))],
        name: Annotated[str, typer.Option("--name", help=_(N_("The official name.")))],
        group: Annotated[str, typer.Option("--group", help=_(N_(
            "Its group: a key or the name of a group of targets.yaml.")))],
        head: Annotated[list[str] | None, typer.Option("--head", help=_(N_(
            "A head evaluated as a person, as ROLE:TITLE (\"chu-tich:Chủ tịch UBND xã\"); "
            "repeat for several.")))] = None,
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.read.loader import load
        from songlo_targets.write.unit_add import add_unit

        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        made = add_unit(records, unit_id, name, group, head, loaded=loaded)
        finish(made.outcome)
        print(made.id)

    app.add_typer(unit_app, name="unit")
