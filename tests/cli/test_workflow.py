"""The CI workflow and the pre-commit hooks call real commands with real options."""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
import typer.main
from ruamel.yaml import YAML

from songlo_targets.cli import main
from songlo_targets.cli.app import build_app

from support.gitrepo import TASKS, commit, git, make_repo, write

PROJECT = Path(__file__).resolve().parents[2]
# Commands built by other parts of the project; until they are registered, the steps that call
# them are checked as text (exactly), and parsed like the others once they are.
LATER = {"fmt": "targets fmt --check", "report": "targets report --check"}


def load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def workflow_commands() -> list[str]:
    flow = load(PROJECT / ".github" / "workflows" / "records.yml")
    steps = flow["jobs"]["records"]["steps"]
    return [s["run"] for s in steps if "run" in s and s["run"].startswith("targets ")]


def parse(command: str) -> dict[str, Any]:
    """Parse a `targets ...` line with the real command line, without running it."""
    args = shlex.split(command)[1:]
    group = typer.main.get_command(build_app())
    context = group.make_context("targets", list(args))
    name, found, rest = group.resolve_command(context, args)
    assert name is not None and found is not None
    return dict(found.make_context(name, rest, parent=context).params)


def registered() -> set[str]:
    group = typer.main.get_command(build_app())
    return set(group.list_commands(group.make_context("targets", ["check"])))


def test_workflow_runs_on_pull_requests_with_the_base_fetched() -> None:
    flow = load(PROJECT / ".github" / "workflows" / "records.yml")
    assert "pull_request" in (flow.get("on") or flow.get(True))
    checkout = flow["jobs"]["records"]["steps"][0]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"]["fetch-depth"] == 0


def test_workflow_check_step_parses() -> None:
    commands = workflow_commands()
    check = commands[0]
    assert check == "targets check --against origin/${{ github.base_ref }} --format github"
    params = parse(check.replace("${{ github.base_ref }}", "main"))
    assert params["against"] == "origin/main"
    assert params["format"].value == "github"


@pytest.mark.parametrize("command", sorted(LATER))
def test_workflow_fmt_and_report_steps(command: str) -> None:
    assert LATER[command] in workflow_commands()
    if command in registered():
        params = parse(LATER[command])
        assert params["check"] is True


def test_workflow_calls_nothing_else() -> None:
    assert [c.split()[1] for c in workflow_commands()] == ["check", "fmt", "report",
                                                           "codeowners"]
    assert parse(workflow_commands()[3]) == {"check": True}


def test_committed_codeowners_follow_the_bundled_units() -> None:
    from songlo_targets.write import codeowners

    result = codeowners.owners(PROJECT)
    assert not result.failed
    assert not codeowners.stale(PROJECT, result.text), "run `targets codeowners`"


def test_pre_commit_hooks() -> None:
    hooks = {h["id"]: h for h in load(PROJECT / ".pre-commit-hooks.yaml")}
    assert sorted(hooks) == ["targets-check", "targets-fmt"]
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is False
    assert parse(hooks["targets-check"]["entry"])["against"] is None
    assert hooks["targets-fmt"]["entry"] == "targets fmt"
    if "fmt" in registered():
        parse(hooks["targets-fmt"]["entry"])


def test_the_check_step_as_ci_runs_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pull request branch that lowers a target, checked out as actions/checkout does."""
    origin = make_repo(tmp_path / "origin")
    git(origin, "checkout", "-q", "-b", "unit-change")
    write(origin, {"targets/2022/duc-bac.yaml": TASKS.replace("target: 12.5", "target: 6")})
    commit(origin, "lower the target")
    clone = tmp_path / "ci"
    subprocess.run(["git", "clone", "-q", "--branch", "unit-change", f"file://{origin}",
                    str(clone)], check=True)
    command = workflow_commands()[0].replace("${{ github.base_ref }}", "main")
    with pytest.raises(SystemExit) as exit_:
        main(["--root", str(clone), *shlex.split(command)[1:]])
    out = capsys.readouterr().out
    assert exit_.value.code == 1
    assert out.startswith("::error file=targets/2022/duc-bac.yaml,line=8,col=5,"
                          "title=frozen-changed::")
