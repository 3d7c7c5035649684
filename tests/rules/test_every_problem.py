"""`check` reports every problem of a file in one run (SPEC §6.1), and "did you mean" for every
kind of key: units, groups, categories, owners, basis and goals, supervisors."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from songlo_targets.check import check
from songlo_targets.i18n import set_language

from conftest import TASKS, UNIT, RepoFactory

TODAY = dt.date(2023, 1, 15)
U, T = "units/duc-bac.yaml", "targets/2022/duc-bac.yaml"


@pytest.fixture(autouse=True)
def english() -> None:
    set_language("en")


def found(make_repo: RepoFactory, files: dict[str, str]) -> list[tuple[str, int, str, str]]:
    result = check(make_repo(files), today=TODAY)
    return [(d.code, d.line, d.text(), d.help()) for d in result.diagnostics]


def test_a_misspelt_key_does_not_hide_an_unknown_group(make_repo: RepoFactory) -> None:
    unit = textwrap.dedent(UNIT).replace("name:", "nmae:").replace("group: xa-thi-tran",
                                                                   "group: xa-thi-tram")
    diagnostics = found(make_repo, {U: unit})
    codes = [d[0] for d in diagnostics]
    assert "unknown-field" in codes and "unknown-group" in codes
    assert "missing-field" not in codes  # `nmae:` is the missing `name:`: one problem, once
    group = next(d for d in diagnostics if d[0] == "unknown-group")
    assert group[1] == 2 and group[3] == "did you mean `xa-thi-tran`?"


def test_an_unknown_key_does_not_hide_a_bad_owner(make_repo: RepoFactory) -> None:
    tasks = textwrap.dedent(TASKS).replace("owner: chu-tich", "owner: chu-tichh\n    colour: red")
    codes = {d[0] for d in found(make_repo, {T: tasks})}
    assert {"unknown-field", "unknown-owner"} <= codes


@pytest.mark.parametrize(("old", "new", "code", "close"), [
    ("categories: [viec-kho]", "categories: [viec-khoo]", "unknown-category", "viec-kho"),
    ("owner: chu-tich", "owner: chu-tich-xa", "unknown-owner", "chu-tich"),
    ("basis: nq-huyen-iii", "basis: nq-huyen-ii", "unknown-basis", "nq-huyen-iii"),
    ("goal: gpmb", "goal: gpmbb", "unknown-basis", "gpmb"),
    ("    deadline: 2022-09-30", "    deadline: 2022-09-30\n    supervisor: le-dang-tamm",
     "unknown-supervisor", "le-dang-tam"),
])
def test_did_you_mean_for_every_kind_of_key(
    make_repo: RepoFactory, old: str, new: str, code: str, close: str,
) -> None:
    tasks = textwrap.dedent(TASKS).replace(old, new, 1)
    diagnostic = next(d for d in found(make_repo, {T: tasks}) if d[0] == code)
    assert diagnostic[3] == f"did you mean `{close}`?"


def test_did_you_mean_for_a_task_file_of_no_unit(make_repo: RepoFactory) -> None:
    diagnostics = found(make_repo, {"targets/2022/duc-bacc.yaml": TASKS})
    unknown = next(d for d in diagnostics if d[0] == "unknown-unit")
    assert "`duc-bac`" in unknown[3] and "targets/2022/duc-bac.yaml" in unknown[3]


def test_no_guess_when_nothing_is_close(make_repo: RepoFactory) -> None:
    tasks = textwrap.dedent(TASKS).replace("[viec-kho]", "[hoan-toan-khac]")
    diagnostic = next(d for d in found(make_repo, {T: tasks}) if d[0] == "unknown-category")
    assert "did you mean" not in diagnostic[3]
    assert "categories:" in diagnostic[3]  # the code's own help: where the keys are listed


@pytest.mark.parametrize(("old", "new", "key"), [
    ("categories: [viec-kho]", "categories: [Việc khó]", "viec-kho"),
    ("owner: chu-tich", "owner: chu-tịch", "chu-tich"),
])
def test_a_label_written_for_a_key_gets_the_key(
    make_repo: RepoFactory, old: str, new: str, key: str,
) -> None:
    tasks = textwrap.dedent(TASKS).replace(old, new, 1)
    diagnostic = next(d for d in found(make_repo, {T: tasks}) if d[0] == "invalid-value")
    assert f"`{key}`" in diagnostic[3]


def test_units_are_named_by_name_and_id(make_repo: RepoFactory) -> None:
    tasks = textwrap.dedent(TASKS).replace("owner: chu-tich", "owner: pho-chu-tich")
    year = "supervisors: []\n"
    diagnostics = found(make_repo, {T: tasks, "targets/2022/_year.yaml": year})
    texts = {d[0]: d[2] for d in diagnostics}
    assert texts["no-supervisor"].startswith("Xã Đức Bác (`duc-bac`) has tasks in 2022")
    assert "a head of Xã Đức Bác (`duc-bac`)" in texts["unknown-owner"]
    assert "`chu-tich` (Chủ tịch UBND xã)" in texts["unknown-owner"]
