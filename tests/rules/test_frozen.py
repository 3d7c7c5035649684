"""`targets check --against REF` (SPEC §7): real git repositories, real changes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from songlo_targets.cli import main

from support.gitrepo import TASKS, YEAR, commit, git, make_repo, write


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


def frozen(capsys: pytest.CaptureFixture[str], root: Path, ref: str = "HEAD"
           ) -> tuple[int, list[dict[str, object]]]:
    code, out, _err = run(capsys, "--root", str(root), "--lang", "en", "check", "--against",
                          ref, "--format", "json")
    found = json.loads(out)["diagnostics"]
    return code, [d for d in found if d["code"] == "frozen-changed"]


def line_of(root: Path, path: str, needle: str) -> int:
    lines = (root / path).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


TASK_FILE = "targets/2022/duc-bac.yaml"


def test_unchanged_records_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    assert frozen(capsys, root) == (0, [])


def test_lowered_target_is_caught(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    write(root, {TASK_FILE: TASKS.replace("target: 12.5", "target: 8")})
    code, found = frozen(capsys, root)
    assert code == 1
    assert len(found) == 1
    assert found[0]["task"] == "2022/duc-bac/01"
    assert found[0]["line"] == line_of(root, TASK_FILE, "measure:")
    assert "from ≥ 12.5 ha to ≥ 8 ha" in str(found[0]["message"])


def test_moved_deadline_is_caught(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    write(root, {TASK_FILE: TASKS.replace("deadline: 2022-12-15", "deadline: 2022-12-31")})
    code, found = frozen(capsys, root)
    assert code == 1
    assert [(d["task"], d["line"], d["col"]) for d in found] == [
        ("2022/duc-bac/02", line_of(root, TASK_FILE, "2022-12-31"), 5)]
    assert "15/12/2022 to 31/12/2022" in str(found[0]["message"])


def test_added_task_is_caught_at_its_id(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    write(root, {TASK_FILE: TASKS + "  - id: '03'\n    title: Việc thêm\n"
                 "    deadline: 2022-10-01\n"})
    code, found = frozen(capsys, root)
    assert code == 1
    assert [(d["task"], d["line"]) for d in found] == [
        ("2022/duc-bac/03", line_of(root, TASK_FILE, "id: '03'"))]


def test_removed_task_is_caught_at_the_tasks_key(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    write(root, {TASK_FILE: TASKS.split("  - id: '02'")[0]})
    code, found = frozen(capsys, root)
    assert code == 1
    assert [(d["task"], d["path"], d["line"], d["col"]) for d in found] == [
        ("2022/duc-bac/02", TASK_FILE, 2, 1)]


def test_deleted_task_file_reports_every_task(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    (root / TASK_FILE).unlink()
    code, found = frozen(capsys, root)
    assert code == 1
    assert sorted(str(d["task"]) for d in found) == ["2022/duc-bac/01", "2022/duc-bac/02"]
    assert {(d["path"], d["line"]) for d in found} == {(TASK_FILE, 1)}


def test_each_changed_field_is_reported_at_its_key(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    changed = (TASKS.replace("Hoàn thành GPMB", "Hoàn thành một phần GPMB")
               .replace("categories: [viec-kho]", "categories: [viec-moi]")
               .replace("    owner: chu-tich\n", ""))
    write(root, {TASK_FILE: changed})
    code, found = frozen(capsys, root)
    assert code == 1
    where = {(d["task"], d["line"]) for d in found}
    assert where == {
        ("2022/duc-bac/01", line_of(root, TASK_FILE, "Hoàn thành một phần")),
        ("2022/duc-bac/01", line_of(root, TASK_FILE, "viec-moi")),
        ("2022/duc-bac/02", line_of(root, TASK_FILE, "id: '02'")),  # owner removed: at the id
    }


def test_changes_with_an_amendment_pass(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    amendment = ("    amendments:\n"
                 "      - {date: 2022-05-10, decision: 38-QĐ/HU, note: Điều chỉnh}\n")
    changed = (TASKS.replace("target: 12.5", "target: 8")
               .replace("    progress:\n", amendment + "    progress:\n", 1)
               .replace("deadline: 2022-12-15", "deadline: 2022-12-31\n" + amendment.rstrip())
               + "  - id: '03'\n    title: Việc thêm\n    deadline: 2022-10-01\n" + amendment)
    write(root, {TASK_FILE: changed})
    code, found = frozen(capsys, root)
    assert (code, found) == (0, [])


def test_an_old_amendment_does_not_cover_a_new_change(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    amended = TASKS.replace(
        "    owner: chu-tich\n",
        "    owner: chu-tich\n    amendments:\n      - {date: 2022-05-10, decision: 38-QĐ/HU}\n")
    root = make_repo(tmp_path / "repo")
    write(root, {TASK_FILE: amended})
    commit(root)
    write(root, {TASK_FILE: amended.replace("deadline: 2022-12-15", "deadline: 2022-12-31")})
    code, found = frozen(capsys, root)
    assert code == 1
    assert [d["task"] for d in found] == ["2022/duc-bac/02"]


def test_progress_evidence_notes_and_dropped_are_free(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    changed = TASKS.replace(
        "      - {date: 2022-03-31, status: in-progress, value: 3.2}\n",
        "      - {date: 2022-03-31, status: in-progress, value: 4, note: Đã sửa số liệu}\n"
        "      - date: 2022-06-30\n"
        "        status: done\n"
        "        value: 12.8\n"
        "        result: Đã bàn giao 12,8 ha mặt bằng\n"
        "        evidence:\n"
        "          - {title: Biên bản bàn giao, number: 15/BB-UBND, date: 2022-06-28}\n",
    ) + "    dropped: {date: 2022-07-01, decision: 40-QĐ/HU, reason: Dự án dừng}\n"
    write(root, {TASK_FILE: changed})
    code, found = frozen(capsys, root)
    assert (code, found) == (0, [])


def test_unassigned_year_is_free(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unassigned = YEAR.replace("assigned: {decision: 125-QĐ/HU, date: 2022-01-24}\n", "")
    root = make_repo(tmp_path / "repo")
    write(root, {"targets/2022/_year.yaml": unassigned})
    commit(root)
    write(root, {TASK_FILE: TASKS.replace("target: 12.5", "target: 8").split("  - id: '02'")[0]})
    assert frozen(capsys, root) == (0, [])


def test_the_change_that_assigns_a_year_is_free(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unassigned = YEAR.replace("assigned: {decision: 125-QĐ/HU, date: 2022-01-24}\n", "")
    root = make_repo(tmp_path / "repo")
    write(root, {"targets/2022/_year.yaml": unassigned})
    commit(root)
    write(root, {"targets/2022/_year.yaml": YEAR,
                 TASK_FILE: TASKS.replace("target: 12.5", "target: 8")})
    assert frozen(capsys, root) == (0, [])


def test_removing_assigned_is_caught(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    unassigned = YEAR.replace("assigned: {decision: 125-QĐ/HU, date: 2022-01-24}\n", "")
    write(root, {"targets/2022/_year.yaml": unassigned,
                 TASK_FILE: TASKS.replace("target: 12.5", "target: 8")})
    code, found = frozen(capsys, root)
    assert code == 1
    assert sorted((str(d["path"]), str(d["task"])) for d in found) == [
        ("targets/2022/_year.yaml", "None"), (TASK_FILE, "2022/duc-bac/01")]


def test_a_broken_file_is_not_reported_as_removed_tasks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    write(root, {TASK_FILE: TASKS.replace("deadline: 2022-12-15", "deadline: 2022-12-32")})
    code, out, _err = run(capsys, "--root", str(root), "check", "--against", "HEAD",
                          "--format", "json")
    codes = [d["code"] for d in json.loads(out)["diagnostics"]]
    assert code == 1
    assert codes == ["invalid-value"]


def test_compares_against_an_older_commit(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    base = git(root, "rev-parse", "HEAD").strip()
    write(root, {TASK_FILE: TASKS.replace("target: 12.5", "target: 8")})
    commit(root, "lower the target")
    assert frozen(capsys, root, "HEAD")[1] == []
    assert [d["task"] for d in frozen(capsys, root, base)[1]] == ["2022/duc-bac/01"]
    assert [d["task"] for d in frozen(capsys, root, "HEAD~1")[1]] == ["2022/duc-bac/01"]


def test_a_shallow_clone_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    origin = make_repo(tmp_path / "origin")
    write(origin, {TASK_FILE: TASKS.replace("target: 12.5", "target: 10")})
    commit(origin)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{origin}", str(clone)],
                   check=True)
    assert git(clone, "rev-parse", "--is-shallow-repository").strip() == "true"
    assert frozen(capsys, clone, "HEAD") == (0, [])
    write(clone, {TASK_FILE: TASKS.replace("target: 12.5", "target: 9")})
    code, found = frozen(capsys, clone, "HEAD")
    assert code == 1
    assert "from ≥ 10 ha to ≥ 9 ha" in str(found[0]["message"])
    code, _out, err = run(capsys, "--root", str(clone), "--lang", "en", "check",
                          "--against", "HEAD~1")
    assert code == 3
    assert "HEAD~1" in err and "does not exist" in err


def test_data_repository_inside_a_git_work_tree(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    top = tmp_path / "top"
    make_repo(top, {"README.md": "x\n", "data/targets.yaml": "schema: 1\n"})
    root = top / "data"
    (root / "targets.yaml").unlink()
    from support.gitrepo import CONFIG, UNIT
    write(root, {"targets.yaml": CONFIG, "units/duc-bac.yaml": UNIT,
                 "targets/2022/_year.yaml": YEAR, TASK_FILE: TASKS})
    commit(top)
    write(root, {TASK_FILE: TASKS.replace("target: 12.5", "target: 8")})
    code, found = frozen(capsys, root)
    assert code == 1
    assert [(d["path"], d["task"]) for d in found] == [(TASK_FILE, "2022/duc-bac/01")]


def test_unknown_revision_is_one_line_exit_3(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    code, out, err = run(capsys, "--root", str(root), "--lang", "en", "check", "--against",
                         "no-such-branch")
    assert code == 3
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("targets: the git revision `no-such-branch` does not exist")


def test_not_a_git_repository_is_exit_3(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "plain"
    from support.gitrepo import CONFIG
    write(root, {"targets.yaml": CONFIG})
    code, _out, err = run(capsys, "--root", str(root), "--lang", "en", "check", "--against",
                          "HEAD")
    assert code == 3
    assert "not inside a git repository" in err


def test_github_format_annotates_the_changed_line(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(tmp_path / "repo")
    write(root, {TASK_FILE: TASKS.replace("target: 12.5", "target: 8")})
    code, out, _err = run(capsys, "--root", str(root), "check", "--against", "HEAD",
                          "--format", "github")
    assert code == 1
    line = line_of(root, TASK_FILE, "measure:")
    assert out.startswith(f"::error file={TASK_FILE},line={line},col=5,title=frozen-changed::")


def test_moved_lines_are_not_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    amended = TASKS.replace(
        "    owner: chu-tich\n",
        "    owner: chu-tich\n    amendments:\n      - {date: 2022-05-10, decision: 38-QĐ/HU}\n")
    root = make_repo(tmp_path / "repo")
    write(root, {TASK_FILE: amended})
    commit(root)
    write(root, {TASK_FILE: "# Cập nhật quý II\n\n" + amended.replace(
        "    measure: {unit: ha, target: 12.5}",
        "    measure:\n      unit: ha\n      target: 12.5")})
    assert frozen(capsys, root) == (0, [])
