"""`targets rollup BUNDLE...`: the communes' bundles in one view, for the province."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from songlo_targets.cli.common import Settings, no_chromium
from songlo_targets.errors import EXIT_RECORDS
from songlo_targets.i18n import N_, _

if TYPE_CHECKING:
    from songlo_targets.bundles.rollup import Rollup
    from songlo_targets.records.model import Config


class RollupFormat(StrEnum):
    table = "table"
    md = "md"
    html = "html"
    docx = "docx"
    pdf = "pdf"
    csv = "csv"
    json = "json"


DOCUMENTS = ("md", "html", "docx", "pdf")


def register(app: typer.Typer) -> None:
    @app.command("rollup", help=_(N_(
        "Roll up the communes' bundles (made by `targets export YEAR --bundle`): per commune "
        "the four buckets, the done share, stale tasks, the shares of its ratings and its "
        "quota, then the province's totals. A bundle that does not conform is listed with "
        "its reason and left out (exit 1).")))
    def rollup_command(
        ctx: typer.Context,
        bundles: Annotated[list[str], typer.Argument(metavar="BUNDLE", help=_(N_(
            "Bundle folders, or patterns such as 'bundles/*'.")))],
        year: Annotated[int | None, typer.Option(
            "--year", min=2000, max=2100, help=_(N_(
                "The year to roll up; default: the year of most bundles.")))] = None,
        format: Annotated[RollupFormat, typer.Option(
            "--format", help=_(N_("Output: table, md, html, docx, pdf, csv or json.")))
        ] = RollupFormat.table,
        out: Annotated[Path | None, typer.Option(
            "--out", file_okay=False, help=_(N_(
                "Write into this folder (default for documents: the current folder)."))
        )] = None,
    ) -> None:
        from songlo_targets import dates
        from songlo_targets.bundles import show
        from songlo_targets.bundles.rollup import as_json, rollup
        from songlo_targets.render.common import json_text

        settings: Settings = ctx.obj
        result = rollup(bundles, year)
        chosen = format.value
        if chosen in DOCUMENTS:
            _documents(settings, result, chosen, out or Path.cwd(), dates.today())
        else:
            if chosen == "json":
                text = json_text(as_json(result))
            elif chosen == "csv":
                text = show.as_csv(result)
            else:
                text = ""
            if out is not None and text:
                from songlo_targets.store.atomic import write_bytes

                path = out / f"{show.DOCUMENT}.{chosen}"
                out.mkdir(parents=True, exist_ok=True)
                write_bytes(path, text.encode("utf-8"))
                print(path)
            elif text:
                sys.stdout.write(text)
            else:
                show.print_table(result)
            if chosen != "table":
                show.print_rejected(result)
        if result.rejected:
            raise typer.Exit(EXIT_RECORDS)


def _documents(settings: Settings, result: Rollup, chosen: str, out: Path,
               today: dt.date) -> None:
    from songlo_targets.bundles import show
    from songlo_targets.paths import NoRepository, find_root
    from songlo_targets.render.report_pdf import ChromiumMissing
    from songlo_targets.store.atomic import write_bytes

    root: Path | None = None
    config: Config | None = None
    try:
        root = find_root(settings.root)
    except NoRepository:
        pass
    if root is not None:
        from songlo_targets.read.loader import load

        config = load(root)[0].config
    doc = show.document(result, config, today)
    try:
        files = show.document_files(doc, (chosen,), root)
    except ChromiumMissing:
        no_chromium()
    out.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        write_bytes(out / name, data)
        print(out / name)
    show.print_rejected(result)
