"""Every option that takes a value, given a wrong one, is refused as a usage error: exit 2, one
line of message on stderr, no traceback, nothing written. The options are found by walking the
click command tree, so a command added later is swept as well."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import typer.main

from songlo_targets.cli import usage
from songlo_targets.cli.app import build_app

from support.gitrepo import make_repo
from support.writing_support import tree_hashes

# A valid value for an argument, by its value name (cli/usage.py), so that the wrong option
# value is the only thing wrong.
ARGUMENTS = {"YEAR": "2022", "FROM": "2022", "TO": "2023", "UNIT": "duc-bac",
             "REF": "2022/duc-bac/01", "DIR": "{tmp}/new-repo", "GIT_REF": "HEAD",
             "GIT_REF2": "HEAD", "ID": "new-unit"}
BAD_NUMBER = "abc"
BAD_DATE = "31/02/2022"
BAD_CHOICE = "no-such-choice"
# Options that take a key (or a name) of the records: one the records do not have is refused.
LOOKUPS = ("UNIT", "GROUP", "KEY", "LEVEL", "ROLE")


def _kinds(param: Any) -> list[str]:
    """Every wrong value ``param`` can be given: not a number, out of its range, not a date, not
    one of its choices (click's, or the glossary's terms for a status), a key the records do not
    have; none for free text."""
    kind = _kind(param)
    kinds = [kind] if kind else []
    if any(usage.VALUE_NAMES.get(opt) in LOOKUPS for opt in param.opts):
        kinds.append("lookup")
    if kind == "number" and (getattr(param, "max", None) is not None
                             or getattr(param, "min", None) is not None):
        kinds.append("range")
    return kinds


def _kind(param: Any) -> str | None:
    """The kind of value ``param`` takes: number, date, choice, or None (free text)."""
    if str(param.bare_type()).removeprefix("list[").removesuffix("]") in ("int", "float"):
        return "number"
    if usage._choices(param):
        return "choice"
    if any(usage.VALUE_NAMES.get(opt) == "DATE" for opt in param.opts):
        return "date"
    if any(usage.VALUE_NAMES.get(opt) == "STATUS" for opt in param.opts):
        return "choice"
    return None


def _valid(param: Any) -> str:
    choices = usage._choices(param)
    if choices:
        return choices[0]
    kind = _kind(param)
    if kind == "number":
        return "1"
    if kind == "choice":  # a status: a term of the glossary, not a click choice
        return "done"
    if kind == "date":
        return "01/06/2022"
    if any(usage.VALUE_NAMES.get(opt) == "STATUS" for opt in param.opts):
        return "done"
    return "x"


def _commands() -> list[tuple[list[str], Any]]:
    found: list[tuple[list[str], Any]] = []
    queue: list[tuple[list[str], Any]] = [([], typer.main.get_command(build_app()))]
    while queue:
        path, command = queue.pop(0)
        subcommands = getattr(command, "commands", {})
        if not subcommands or path == ["progress"]:  # a group that is a command itself too
            found.append((path, command))
        queue += [([*path, name], sub) for name, sub in sorted(subcommands.items())]
    return found


def cases() -> list[Any]:
    out = []
    for path, command in _commands():
        for param in command.params:
            if param.param_type_name != "option" or getattr(param, "is_flag", False):
                continue
            if param.name in ("root", "lang") or param.is_eager:
                continue
            for kind in _kinds(param):
                out.append(_case(path, command, param, kind))
    return out


def _case(path: list[str], command: Any, param: Any, kind: str) -> Any:
    if kind == "range":
        bad = str(param.max + 1 if param.max is not None else param.min - 1)
    else:
        bad = {"number": BAD_NUMBER, "date": BAD_DATE, "choice": BAD_CHOICE,
               "lookup": BAD_CHOICE}[kind]
    args = [*path]
    for other in command.params:
        if other is param:
            continue
        if other.param_type_name == "argument":
            args += [ARGUMENTS.get(str(other.metavar or other.name).upper(), "x")]
        elif other.required:
            args += [max(other.opts, key=len), _valid(other)]
    args += [max(param.opts, key=len), bad]
    return pytest.param(args, id=" ".join([*path, max(param.opts, key=len), kind]))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_repo(tmp_path_factory.mktemp("sweep") / "repo")


def test_the_sweep_finds_options() -> None:
    ids = {case.id for case in cases()}
    assert {"progress add --value number", "progress --as-of date", "export --format choice",
            "progress add --status choice", "evaluate --quarter range",
            "progress --unit lookup"} <= ids


@pytest.mark.parametrize("args", cases())
def test_a_wrong_value_is_a_usage_error(args: list[str], template: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from songlo_targets.cli import main

    root = tmp_path / "repo"
    shutil.copytree(template, root, symlinks=True)
    before = tree_hashes(root)
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "--root", str(root),
              *(arg.replace("{tmp}", str(tmp_path)) for arg in args)])
    out, err = capsys.readouterr()
    assert exit_.value.code == 2, err
    assert "Traceback" not in err and "unexpected failure" not in err, err
    messages = [line for line in err.splitlines()
                if line.startswith(("Error: ", "targets: "))]
    assert len(messages) == 1, err
    assert tree_hashes(root) == before
    assert not (tmp_path / "new-repo").exists()
