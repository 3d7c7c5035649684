"""`targets progress [show]` (SPEC §6.3): a sub-app whose default is `show`."""

# No `from __future__ import annotations`: the option types below are local aliases, which
# typer can only see when annotations are evaluated where the functions are defined.
import sys
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.cli.options import ViewFormat, as_of_option, group_option
from songlo_targets.cli.progress_add import register_add
from songlo_targets.cli.progress_import import register_import
from songlo_targets.i18n import N_, _


def show(settings: Settings, year: int | None = None, as_of: str | None = None,
         group: str | None = None, unit: str | None = None, status: str | None = None,
         overdue: bool = False, format: ViewFormat = ViewFormat.table,
         supervisor: str | None = None, due_before: str | None = None,
         quarter: int | None = None) -> None:
    from songlo_targets.cli.options import as_of_date, choose_year, warn_errors
    from songlo_targets.derive.progress import Filters, progress_view
    from songlo_targets.read.loader import load
    from songlo_targets.render import progress as render

    records, diagnostics = load(settings.repository())
    warn_errors(diagnostics)
    view = progress_view(records, choose_year(records, year), as_of_date(as_of),
                         Filters(group=group, unit=unit, status=status, overdue=overdue,
                                 supervisor=supervisor, due_before=as_of_date(due_before),
                                 quarter=quarter))
    if format is ViewFormat.table:
        render.print_table(view)
    else:
        writers = {ViewFormat.md: render.as_markdown, ViewFormat.csv: render.as_csv,
                   ViewFormat.json: render.as_json}
        sys.stdout.write(writers[format](view))


def missing(settings: Settings, year: int | None, checkpoint: str | None) -> None:
    from songlo_targets.cli.options import as_of_date, choose_year, warn_errors
    from songlo_targets.derive.state import default_as_of, silent_units
    from songlo_targets.read.loader import load

    records, diagnostics = load(settings.repository())
    warn_errors(diagnostics)
    chosen = choose_year(records, year)
    day = as_of_date(checkpoint) or default_as_of(chosen)
    for unit, count in silent_units(records, chosen, day).items():
        name = records.units[unit].name if unit in records.units else unit
        print(_(N_("{unit}\t{name}\t{tasks} open, nothing recorded since the previous "
                   "checkpoint"), unit=unit, name=name, tasks=count))


def register_show(progress: typer.Typer) -> None:
    """The default of `targets progress`, and `targets progress show`."""
    YearOption = Annotated[int | None, typer.Option(
        "--year", help=_(N_("The year; default: the current year, else the last one ended.")))]
    AsOfOption = Annotated[str | None, as_of_option()]
    GroupOption = Annotated[str | None, group_option()]
    UnitOption = Annotated[str | None, typer.Option(
        "--unit", help=_(N_("One unit (id or name, with or without diacritics): one row per "
                            "task.")))]
    StatusOption = Annotated[str | None, typer.Option(
        "--status", help=_(N_("Only tasks with this status, as shown (\"đang thực hiện\") or "
                              "as its key: not-started, in-progress, blocked, done or "
                              "dropped.")))]
    OverdueOption = Annotated[bool, typer.Option(
        "--overdue", help=_(N_("The overdue tasks, one row each.")))]
    SupervisorOption = Annotated[str | None, typer.Option(
        "--supervisor", help=_(N_("Only the tasks this supervisor follows (a key or a name of "
                                  "the year's supervisors).")))]
    DueBeforeOption = Annotated[str | None, typer.Option(
        "--due-before", help=_(N_("The tasks not done whose deadline is on or before this "
                                  "date, one row each (before a compilation).")))]
    QuarterOption = Annotated[int | None, typer.Option(
        "--quarter", min=1, max=4, help=_(N_(
            "Only the tasks due in this quarter (1-4), at its last day unless --as-of says "
            "otherwise.")))]
    MissingOption = Annotated[bool, typer.Option(
        "--missing", help=_(N_("The units with open tasks that recorded nothing since the "
                               "previous checkpoint.")))]
    CheckpointOption = Annotated[str | None, typer.Option(
        "--checkpoint", help=_(N_("With --missing: the checkpoint date (default: today, or "
                                  "the end of the year).")))]
    FormatOption = Annotated[ViewFormat, typer.Option(
        "--format", help=_(N_("Output: table, md, csv or json.")))]

    @progress.callback()
    def progress_default(
        ctx: typer.Context, year: YearOption = None, as_of: AsOfOption = None,
        group: GroupOption = None, unit: UnitOption = None, status: StatusOption = None,
        overdue: OverdueOption = False, format: FormatOption = ViewFormat.table,
        supervisor: SupervisorOption = None, due_before: DueBeforeOption = None,
        quarter: QuarterOption = None, missing_units: MissingOption = False,
        checkpoint: CheckpointOption = None,
    ) -> None:
        if ctx.invoked_subcommand is None and missing_units:
            missing(ctx.obj, year, checkpoint)
        elif ctx.invoked_subcommand is None:
            show(ctx.obj, year, as_of, group, unit, status, overdue, format, supervisor,
                 due_before, quarter)

    @progress.command("show", help=_(N_("Show the progress of a year (the default).")))
    def show_command(
        ctx: typer.Context, year: YearOption = None, as_of: AsOfOption = None,
        group: GroupOption = None, unit: UnitOption = None, status: StatusOption = None,
        overdue: OverdueOption = False, format: FormatOption = ViewFormat.table,
        supervisor: SupervisorOption = None, due_before: DueBeforeOption = None,
        quarter: QuarterOption = None,
    ) -> None:
        show(ctx.obj, year, as_of, group, unit, status, overdue, format, supervisor,
             due_before, quarter)


# Each adds subcommands to the `progress` sub-app; other command modules may add theirs here
# (e.g. `progress add`).
SUBCOMMANDS = (register_show, register_add, register_import)


def register(app: typer.Typer) -> None:
    progress = typer.Typer(
        invoke_without_command=True,
        context_settings={"help_option_names": ["-h", "--help"]},
        help=_(N_("Follow the tasks of a year: counts by unit, or one unit's tasks.")),
        rich_markup_mode=None,
    )
    for add_commands in SUBCOMMANDS:
        add_commands(progress)
    app.add_typer(progress, name="progress")
