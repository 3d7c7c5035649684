"""`targets person NAME_OR_ID`, `targets person add ID`, `targets person move ID`: cadres."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from songlo_targets.cli.common import NO_CHROMIUM_DOCX, Settings, no_chromium
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_, _

SHOW = "show"


class PersonFormat(StrEnum):
    table = "table"
    md = "md"
    json = "json"
    docx = "docx"
    pdf = "pdf"


class _PersonGroup(TyperGroup):
    """`person add`, `person move`, and `person NAME_OR_ID` (the hidden `show`)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = [SHOW, *args]
        return super().parse_args(ctx, args)


def register(app: typer.Typer) -> None:
    person_app = typer.Typer(
        cls=_PersonGroup, context_settings={"help_option_names": ["-h", "--help"]},
        no_args_is_help=True, rich_markup_mode=None,
        help=_(N_("Cadres (people/): `person NAME_OR_ID` shows one person's record of "
                  "products across positions, years and merged units; `person add` and "
                  "`person move` write the files.")))

    @person_app.command(SHOW, help=_(N_(
        "Show a person's record: the positions held, then each year and quarter with the "
        "products owned, the score, the computed and the final rating.")))
    def show_command(
        ctx: typer.Context,
        who: Annotated[str, typer.Argument(metavar="NAME_OR_ID", help=_(N_(
            "The person: the id (the file name in people/) or the name, with or without "
            "diacritics.")))],
        from_year: Annotated[int | None, typer.Option("--from-year", help=_(N_(
            "The first year shown.")))] = None,
        to_year: Annotated[int | None, typer.Option("--to-year", help=_(N_(
            "The last year shown.")))] = None,
        format: Annotated[PersonFormat, typer.Option("--format", help=_(N_(
            "Output: table, md, json, docx or pdf (the signed document).")))
        ] = PersonFormat.table,
        out: Annotated[Path | None, typer.Option("--out", help=_(N_(
            "Write to this file instead of the standard output; into a folder that exists, "
            "as ID.FORMAT (ID.md for a table).")))] = None,
    ) -> None:
        from songlo_targets import dates
        from songlo_targets.cli.options import warn_errors
        from songlo_targets.derive.person import person_record
        from songlo_targets.read.loader import load
        from songlo_targets.records.lookup import find_person
        from songlo_targets.render import person as render
        from songlo_targets.render.report_pdf import ChromiumMissing

        settings: Settings = ctx.obj
        if from_year is not None and to_year is not None and from_year > to_year:
            raise UsageError(N_("--from-year {start} is after --to-year {end}"),
                             start=from_year, end=to_year)
        if format in (PersonFormat.docx, PersonFormat.pdf) and out is None \
                and sys.stdout.isatty():
            raise UsageError(N_("a {format} document cannot be shown in a terminal: give "
                                "--out FILE or --out FOLDER"), format=format.value)
        records, diagnostics = load(settings.repository())
        warn_errors(diagnostics)
        record = person_record(records, find_person(records, who), from_year, to_year)
        if format is PersonFormat.table and out is None:
            render.print_table(records, record)
            return
        if format is PersonFormat.table:
            data = render.as_markdown(records, record).encode("utf-8")
        elif format is PersonFormat.md:
            data = render.as_markdown(records, record).encode("utf-8")
        elif format is PersonFormat.json:
            data = render.as_json(record).encode("utf-8")
        elif format is PersonFormat.docx:
            data = render.docx(records, record, dates.today())
        else:
            try:
                data = render.pdf(records, record, dates.today())
            except ChromiumMissing:
                no_chromium(NO_CHROMIUM_DOCX)
        if out is None:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        from songlo_targets.store.atomic import write_bytes

        if out.is_dir():
            suffix = "md" if format is PersonFormat.table else format.value
            out = out / f"{record.person}.{suffix}"
        write_bytes(out, data)
        print(_(N_("wrote {path}"), path=str(out)), file=sys.stderr)

    @person_app.command("add", help=_(N_("Write people/ID.yaml: a cadre's name and the "
                                         "positions held.")))
    def add_command(
        ctx: typer.Context,
        person_id: Annotated[str, typer.Argument(metavar="ID", help=_(N_(
            "The person's id, which is the file's name: lowercase letters without diacritics, "
            "digits and hyphens (nguyen-van-an).")))],
        name: Annotated[str, typer.Option("--name", help=_(N_("The person's full name.")))],
        position: Annotated[list[str] | None, typer.Option("--position", help=_(N_(
            "A position held, as UNIT:ROLE:FROM[:UNTIL] (duc-bac:chu-tich:2021-06-25); "
            "repeat for several.")))] = None,
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.read.loader import load
        from songlo_targets.write.person import add_person

        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        made = add_person(records, person_id, name, position or [], loaded=loaded)
        finish(made.outcome)

    @person_app.command("move", help=_(N_("Move a person to another position on a date: the "
                                          "open position ends the day before, the new one "
                                          "starts on it.")))
    def move_command(
        ctx: typer.Context,
        who: Annotated[str, typer.Argument(metavar="ID", help=_(N_(
            "The person: the id (the file name in people/) or the name.")))],
        to: Annotated[str, typer.Option("--to", help=_(N_(
            "The new position, as UNIT:ROLE (ubnd-xa:chu-tich).")))],
        date: Annotated[str, typer.Option("--date", help=_(N_(
            "The first day in the new position (YYYY-MM-DD or DD/MM/YYYY).")))],
        decision: Annotated[str | None, typer.Option("--decision", help=_(N_(
            "The number of the decision (03-QĐ/ĐU).")))] = None,
    ) -> None:
        from songlo_targets.cli.writing import finish
        from songlo_targets.read.loader import load
        from songlo_targets.write.person import move_person

        settings: Settings = ctx.obj
        records, loaded = load(settings.repository())
        moved = move_person(records, who, to, date, decision, loaded=loaded)
        finish(moved.outcome)

    app.add_typer(person_app, name="person")
