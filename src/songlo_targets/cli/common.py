"""What every command shares: the global options, the language, the repository."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from songlo_targets import i18n
from songlo_targets.errors import RepositoryError, UsageError
from songlo_targets.i18n import N_, _
from songlo_targets.paths import CONFIG_FILE, NoRepository, find_root
from songlo_targets.read.scalar import top_level_scalar


@dataclass
class Settings:
    root: Path | None = None
    lang: str | None = None

    def repository(self) -> Path:
        """The data repository, with what an interrupted command left finished first (§8)."""
        from songlo_targets.store.atomic import recover

        try:
            root = find_root(self.root)
        except NoRepository as exc:
            raise RepositoryError(
                N_("no data repository found from {start}: run inside a folder with "
                   "targets.yaml, or give --root DIR (or TARGETS_ROOT)"), start=exc.start
            ) from None
        recover(root)
        return root


NO_CHROMIUM = N_("cannot print PDF: headless Chromium is not installed (Debian: apt-get "
                 "install chromium); leave pdf out of --format")
NO_CHROMIUM_DOCX = N_("cannot print PDF: headless Chromium is not installed (Debian: "
                      "apt-get install chromium); use --format docx")


def no_chromium(message: str = NO_CHROMIUM) -> NoReturn:
    """A PDF was asked for where there is no headless Chromium: say so, exit 1."""
    import sys

    import typer

    from songlo_targets.errors import EXIT_RECORDS

    print(_(message), file=sys.stderr)
    raise typer.Exit(EXIT_RECORDS)


def argument(args: list[str], name: str) -> str | None:
    """The value of the option ``name`` (``--root DIR`` or ``--root=DIR``) in ``args``, before
    the command line is parsed (the language, the repository to read ahead)."""
    for index, arg in enumerate(args):
        if arg == name and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


GLOBAL_OPTIONS = ("--root", "--lang")


def hoist_global_options(args: list[str]) -> list[str]:
    """Let ``--root`` and ``--lang`` stand anywhere: move them before the command."""
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest += args[index:]
            break
        if arg in GLOBAL_OPTIONS and index + 1 < len(args):
            front += args[index:index + 2]
            index += 2
            continue
        if arg.split("=", 1)[0] in GLOBAL_OPTIONS and "=" in arg:
            front.append(arg)
        else:
            rest.append(arg)
        index += 1
    return front + rest


def bootstrap_language(args: list[str]) -> None:
    """Choose the language before anything is printed, help included.

    ``--lang``, else ``TARGETS_LANG``, else ``language:`` of the repository's targets.yaml,
    else Vietnamese. An unknown ``--lang`` is reported as a usage error by the command line.
    """
    chosen = argument(args, "--lang") or i18n.env_language()
    if chosen is None:
        root = argument(args, "--root")
        try:
            config = find_root(Path(root) if root else None) / CONFIG_FILE
            chosen = top_level_scalar(config.read_text(encoding="utf-8-sig"), "language")
        except (NoRepository, OSError, UnicodeDecodeError):
            chosen = None
    if chosen in i18n.LANGUAGES:
        i18n.set_language(chosen)
    elif chosen is not None and argument(args, "--lang") == chosen:
        raise UsageError(N_("unknown language `{value}`: use vi or en"), value=chosen)


def _before_command(args: list[str]) -> tuple[list[str], str | None]:
    """The options before the command (a global option's value skipped), and the command
    word (``progress`` of ``--root R progress add …``), if any."""
    options: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--":
            return options, None
        elif not arg.startswith("-"):
            return options, arg
        else:
            options.append(arg)
            skip = arg in GLOBAL_OPTIONS
    return options, None


def command_word(args: list[str]) -> str | None:
    """The command asked for, if any."""
    return _before_command(args)[1]


def asks_version(args: list[str]) -> bool:
    """Whether ``--version`` comes before any command (typer would answer it and stop)."""
    return "--version" in _before_command(args)[0]


def version_text() -> str:
    from songlo_targets import __version__

    return f"targets {__version__}"
