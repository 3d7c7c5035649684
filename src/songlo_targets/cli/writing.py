"""What every writing command prints: the files it wrote, or why it wrote nothing."""

from __future__ import annotations

import sys

import typer

from songlo_targets.cli.usage import fit
from songlo_targets.errors import EXIT_RECORDS
from songlo_targets.i18n import N_, _, _n
from songlo_targets.store import Outcome


def refused(outcome: Outcome) -> None:
    """Print the errors the change would bring and exit 1 (nothing was written)."""
    from songlo_targets.render import diagnostics as output

    if outcome.refused:
        print(output.refusal_text(outcome.refused, outcome.texts, outcome.before),
              file=sys.stderr)
    print(nothing_written(len(outcome.refused)), file=sys.stderr)
    raise typer.Exit(EXIT_RECORDS)


def nothing_written(errors: int) -> str:
    """The last line of a refusal: how many errors the change would have brought."""
    return _(N_("nothing was written: the change would bring {errors} into the records"),
             errors=_n("{n} error", "{n} errors", errors))


def finish(outcome: Outcome, dry_run: bool = False) -> None:
    """Refuse, or say which files were (or would be) written."""
    if not outcome.ok:
        refused(outcome)
    if not outcome.changed:
        print(_(N_("no file changes")), file=sys.stderr)
        return
    message = (N_("would write {path}") if dry_run else N_("wrote {path}"))
    folders: dict[str, list[str]] = {}
    for path in outcome.changed:
        folder, _sep, name = path.rpartition("/")
        folders.setdefault(folder, []).append(name)
    many = (N_("would write {count} files in {folder}/: {names}") if dry_run
            else N_("wrote {count} files in {folder}/: {names}"))
    for folder, names in folders.items():  # a whole year carried: one line, not thirty
        if len(names) > MANY_FILES:
            print(fit(_(many, count=len(names), folder=folder, names=", ".join(names))),
                  file=sys.stderr)
        else:
            for name in names:
                path = "/".join(part for part in (folder, name) if part)
                print(_(message, path=path), file=sys.stderr)


MANY_FILES = 5
