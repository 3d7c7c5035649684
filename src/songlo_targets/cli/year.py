"""`targets year new YEAR` (SPEC §6.8): start a year's `_year.yaml` from the year before."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    year_app = typer.Typer(
        context_settings={"help_option_names": ["-h", "--help"]}, no_args_is_help=True,
        help=_(N_("The years of the records: `year new YEAR` starts one from the year before.")),
        rich_markup_mode=None)

    @year_app.command("new", help=_(N_("Write targets/YEAR/_year.yaml from the year before "
                                       "(basis, supervisors, checkpoints moved to YEAR), "
                                       "ready to be assigned.")))
    def new_command(
        ctx: typer.Context,
        year: Annotated[int, typer.Argument(metavar="YEAR", help=_(N_("The new year.")))],
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.read.loader import load
        from songlo_targets.write.year_new import new_year

        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        made = new_year(records, year, loaded=loaded)
        finish(made.outcome)
        if made.source is not None:
            print(_(N_("basis, supervisors and checkpoints taken from {source}"),
                    source=made.source), file=sys.stderr)
        for supervisor, units in made.left_out.items():
            print(_(N_("{supervisor}: left out {units} (not active in {year})"),
                    supervisor=supervisor, units=", ".join(units), year=year), file=sys.stderr)

    app.add_typer(year_app, name="year")
