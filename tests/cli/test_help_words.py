"""Every `--help` speaks the user's language: no section numbers of the SPEC ("§5.1"), in either
language. The commands are walked from the click tree, so a new command is covered at once."""

from __future__ import annotations

import contextlib
import io
from typing import Any

import pytest
import typer.main

from songlo_targets.cli import main
from songlo_targets.cli.app import build_app


def command_paths() -> list[list[str]]:
    """The path of every command and group of the tool, the tool itself first."""
    paths: list[list[str]] = []
    queue: list[tuple[list[str], Any]] = [([], typer.main.get_command(build_app()))]
    while queue:
        path, command = queue.pop(0)
        paths.append(path)
        subcommands = getattr(command, "commands", {})  # a group (typer's own click)
        queue += [([*path, name], sub) for name, sub in sorted(subcommands.items())]
    return paths


def help_text(lang: str, path: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exit_:
        main(["--lang", lang, *path, "--help"])
    assert exit_.value.code in (0, None)
    return out.getvalue()


def test_the_walk_finds_the_subcommands() -> None:
    paths = command_paths()
    assert ["progress", "add"] in paths and ["check"] in paths and len(paths) > 15


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_help_names_a_section_of_the_spec(lang: str) -> None:
    found = [" ".join(path) for path in command_paths() if "§" in help_text(lang, path)]
    assert found == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_tool_is_not_for_one_district_only(lang: str) -> None:
    text = help_text(lang, [])
    assert "Sông Lô" not in text
    assert ("Party committee or office" in text) if lang == "en" else ("cấp ủy, cơ quan" in text)


def value_names(lang: str) -> dict[str, set[str]]:
    """Value name -> the options and arguments that show it, in ``lang``."""
    from songlo_targets import i18n
    from songlo_targets.cli import usage

    before = i18n.language()
    i18n.set_language(lang)
    try:
        found: dict[str, set[str]] = {}
        queue: list[tuple[str, Any]] = [("", usage.prepare(typer.main.get_command(build_app())))]
        while queue:
            path, command = queue.pop(0)
            for param in command.params:
                if param.metavar:
                    found.setdefault(param.metavar, set()).add(f"{path} {param.name}".strip())
            queue += [(f"{path} {name}", sub)
                      for name, sub in getattr(command, "commands", {}).items()]
        return found
    finally:
        i18n.set_language(before)


def test_value_names_are_in_vietnamese() -> None:
    """Every value name but a list of choices (`md|json`) reads in Vietnamese (cli/usage.py)."""
    english = [name for name in value_names("vi")
               if "|" not in name and name.isascii() and name.replace("_", "").isalpha()]
    assert english == []


def test_a_status_is_named_with_the_glossary_term() -> None:
    from songlo_targets import glossary

    term = glossary.label("field", "status", language="vi")
    assert term == "Tình trạng"  # the word of the bundled reports
    names = value_names("vi")
    assert names[term.upper().replace(" ", "_")] >= {"progress status", "progress add status"}
    assert not any("TRẠNG_THÁI" in name for name in names)


def test_the_vietnamese_help_says_tinh_trang_only() -> None:
    """One word for a task's status (glossary `field` `status`), never its synonym."""
    found = [" ".join(path) for path in command_paths()
             if "trạng thái" in help_text("vi", path).lower()]
    assert found == []
