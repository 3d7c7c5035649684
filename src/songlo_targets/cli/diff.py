"""`targets diff REF [REF2]`: what changed between two revisions, for a pull request."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from songlo_targets.cli.common import Settings
from songlo_targets.errors import EXIT_OK
from songlo_targets.i18n import N_, _, _n


class DiffFormat(StrEnum):
    md = "md"
    json = "json"


def register(app: typer.Typer) -> None:
    @app.command("diff", help=_(N_("Show what changed in the records between two git revisions "
                                   "(tasks assigned, amended or dropped, progress, ratings), "
                                   "as Markdown for a pull request or as JSON.")))
    def diff_command(
        ctx: typer.Context,
        ref: Annotated[str, typer.Argument(
            metavar="GIT_REF", help=_(N_("The earlier git revision, e.g. origin/main.")))],
        ref2: Annotated[str | None, typer.Argument(
            metavar="GIT_REF2", help=_(N_("The later git revision; default: the working tree.")))
        ] = None,
        format: Annotated[DiffFormat, typer.Option(
            "--format", help=_(N_("Output: md (Markdown, Vietnamese) or json.")))
        ] = DiffFormat.md,
    ) -> None:
        from songlo_targets.render import diff as diffview
        from songlo_targets.render.revisions import diff_revisions

        settings: Settings = ctx.obj
        result = diff_revisions(settings.repository(), ref, ref2)
        for label, errors in ((ref, result.before_errors),
                              (ref2 or _(N_("the working tree")), result.after_errors)):
            if errors:
                print(_n("warning: the records at {where} have {n} error; the broken file "
                         "is left out of the comparison (run `targets check`)",
                         "warning: the records at {where} have {n} errors; the broken files "
                         "are left out of the comparison (run `targets check`)",
                         errors, where=label), file=sys.stderr)
        if format is DiffFormat.json:
            sys.stdout.write(diffview.as_json(result.changes, ref, ref2))
        else:
            sys.stdout.write(diffview.as_markdown(result.changes, result.after, ref, ref2))
        raise typer.Exit(EXIT_OK)
