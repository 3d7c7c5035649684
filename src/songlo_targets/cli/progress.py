"""`targets progress`: the command family of progress (SPEC §6.3).

On this branch it only hosts `progress add` (cli/progress_add.py); `progress show` is built
separately and joins this sub-app with ``register_add``.
"""

from __future__ import annotations

import typer

from songlo_targets.cli.progress_add import register_add
from songlo_targets.i18n import N_, _


def register(app: typer.Typer) -> None:
    progress_app = typer.Typer(
        help=_(N_("Follow the progress of the tasks.")), no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"]})
    register_add(progress_app)
    app.add_typer(progress_app, name="progress")
