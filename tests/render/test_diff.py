"""`targets diff REF [REF2]`: golden Markdown and JSON on two revisions of a real repository.

Regenerate the golden files with ``UPDATE_GOLDEN=1 pytest tests/test_diff.py`` and review them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from songlo_targets.cli import main

from support.gitrepo import CONFIG, TASKS, UNIT, YEAR, commit, git, make_repo, write
from support.golden import assert_golden

GOLDEN = Path(__file__).parents[1] / "golden"
UNASSIGNED = YEAR.replace("assigned: {decision: 125-QĐ/HU, date: 2022-01-24}\n", "")
TAM_SON = """\
name: Thị trấn Tam Sơn
group: xa-thi-tran
heads:
  - {role: bi-thu, title: Bí thư Đảng ủy thị trấn}
"""
TAM_SON_TASKS = """\
tasks:
  - id: '01'
    title: Chỉnh trang đô thị | khu trung tâm
    deadline: 2022-10-30
"""
DUC_BAC_AFTER = """\
# Nhiệm vụ năm 2022 của xã Đức Bác
tasks:
  - id: '01'
    title: Hoàn thành GPMB dự án đường tỉnh 307
    type: target
    deadline: 2022-09-30
    categories: [viec-kho]
    measure: {unit: ha, target: 10}
    amendments:
      - {date: 2022-05-10, decision: 38-QĐ/HU, note: Điều chỉnh diện tích theo dự án}
    progress:
      - {date: 2022-03-31, status: in-progress, value: 3.2}
      - date: 2022-06-30
        status: done
        value: 10.5
        result: Đã bàn giao 10,5 ha mặt bằng cho chủ đầu tư
        evidence:
          - {title: Biên bản bàn giao mặt bằng, number: 15/BB-UBND, date: 2022-06-28}
  - id: '02'
    title: Xây dựng nông thôn mới kiểu mẫu
    owner: chu-tich
    deadline: 2022-12-15
    dropped: {date: 2022-07-01, decision: 40-QĐ/HU, reason: Chuyển sang năm 2023}
"""
TAM_SON_AFTER = """\
tasks:
  - id: '02'
    title: Sắp xếp lại chợ trung tâm
    deadline: 2022-11-30
    amendments:
      - {date: 2022-05-10, decision: 38-QĐ/HU}
    progress:
      - {date: 2022-06-30, status: in-progress, percent: 40, note: Đã lập phương án}
"""
EVALUATED = UNIT + """\
evaluations:
  2021:
    computed: tot
    final: xuat-sac
    decision: 15-QĐ/HU
    note: Thường trực quyết định theo kết quả nổi bật
    heads: {chu-tich: {computed: tot}}
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "repo", {
        "targets.yaml": CONFIG, "units/duc-bac.yaml": UNIT, "units/tam-son.yaml": TAM_SON,
        "targets/2022/_year.yaml": UNASSIGNED, "targets/2022/duc-bac.yaml": TASKS,
        "targets/2022/tam-son.yaml": TAM_SON_TASKS})
    git(root, "tag", "v1")
    write(root, {"targets/2022/_year.yaml": YEAR, "targets/2022/duc-bac.yaml": DUC_BAC_AFTER,
                 "targets/2022/tam-son.yaml": TAM_SON_AFTER, "units/duc-bac.yaml": EVALUATED})
    commit(root, "quarter two")
    git(root, "tag", "v2")
    return root


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


def golden(name: str, actual: str) -> None:
    assert_golden(name, actual)


def test_markdown_between_two_revisions(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--root", str(repo), "diff", "v1", "v2")
    assert (code, err) == (0, "")
    golden("diff.md", out)


def test_json_between_two_revisions(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--root", str(repo), "diff", "v1", "v2", "--format", "json")
    assert code == 0
    golden("diff.json", out)
    payload = json.loads(out)
    assert [t["ref"] for t in payload["assigned"]] == ["2022/tam-son/02"]
    assert [t["ref"] for t in payload["removed"]] == ["2022/tam-son/01"]
    assert [t["ref"] for t in payload["dropped"]] == ["2022/duc-bac/02"]
    progress = {p["ref"]: p for p in payload["progress"]}
    assert progress["2022/duc-bac/01"]["status_before"] == "in-progress"
    assert progress["2022/duc-bac/01"]["status_after"] == "done"
    assert progress["2022/duc-bac/01"]["value_after"] == 10.5


def test_working_tree_is_the_default_second_revision(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--root", str(repo), "diff", "v2")
    assert code == 0
    assert "thư mục làm việc" in out
    assert "Không có thay đổi nào" in out
    write(repo, {"targets/2022/tam-son.yaml": TAM_SON_AFTER.replace("percent: 40", "percent: 60")})
    code, out, _err = run(capsys, "--root", str(repo), "diff", "v2", "--format", "json")
    payload = json.loads(out)
    assert payload["to"] is None
    assert [(p["ref"], p["percent_before"], p["percent_after"]) for p in payload["progress"]] == [
        ("2022/tam-son/02", 40.0, 60.0)]


def test_unknown_revision_is_exit_3(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--root", str(repo), "--lang", "en", "diff", "v1", "nope")
    assert (code, out) == (3, "")
    assert "the git revision `nope` does not exist" in err


def test_broken_records_are_announced(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo, {"targets/2022/tam-son.yaml": "tasks: [\n"})
    code, _out, err = run(capsys, "--root", str(repo), "--lang", "en", "diff", "v2")
    assert code == 0
    assert "the records at the working tree have 1 error" in err


# Two revisions of the bundled Sông Lô records: "june" is the records before the decisions of
# June-December 2022 (168-QĐ/HU moved a deadline, 178-QĐ/HU dropped a task, Đức Bác recorded its
# last admissions, the Standing Committee decided the final 2021 rating); "now" is the records.
PROJECT = Path(__file__).resolve().parents[2]
BUNDLED = ("targets.yaml", "units", "targets", "evidence")
JUNE = {
    "targets/2022/hai-luu.yaml": [(
        "    deadline: 2022-09-30\n    measure: {unit: ha, target: 3.6, baseline: 0}\n"
        "    amendments:\n      - date: 2022-06-20\n        decision: 168-QĐ/HU\n"
        "        note: Điều chỉnh thời hạn từ 30/6/2022 sang 30/9/2022 do chủ đầu tư điều chỉnh "
        "thiết kế tuyến đoạn qua xã\n        was: {deadline: 2022-06-30}\n",
        "    deadline: 2022-06-30\n    measure: {unit: ha, target: 3.6, baseline: 0}\n")],
    "targets/2022/hoi-ccb.yaml": [(
        "    dropped:\n      date: 2022-07-15\n      decision: 178-QĐ/HU\n      reason: Chưa bố "
        "trí được quỹ đất và nguồn vốn; chuyển sang kế hoạch giai đoạn 2023 - 2025\n", "")],
    "targets/2022/duc-bac.yaml": [(
        "      - date: 2022-11-30\n        status: done\n        value: 13\n"
        "        result: Kết nạp 13 đảng viên mới; các quyết định kết nạp đã được Ban Thường vụ "
        "Huyện ủy ban hành\n"
        "        evidence:\n          - title: Báo cáo kết quả công tác phát triển đảng viên năm "
        "2022\n            number: 81-BC/ĐU\n            date: 2022-11-28\n", "")],
    "units/duc-bac.yaml": [
        ("    final: xuat-sac\n    decision: 15-QĐ/HU\n    date: 2022-01-20\n", ""),
        ("bi-thu: {computed: xuat-sac, final: xuat-sac}", "bi-thu: {computed: xuat-sac}"),
    ],
}


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    if not (PROJECT / "targets.yaml").is_file():
        pytest.fail("the bundled records are missing from this checkout")
    root = tmp_path / "bundled"
    root.mkdir()
    for name in BUNDLED:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copy2(source, root / name)
    now = {path: (root / path).read_text(encoding="utf-8") for path in JUNE}
    for path, edits in JUNE.items():
        text = now[path]
        for old, new in edits:
            assert text.count(old) == 1, f"{path} no longer holds {old[:40]!r}"
            text = text.replace(old, new)
        (root / path).write_text(text, encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    commit(root, "june")
    git(root, "tag", "june")
    for path, text in now.items():
        (root / path).write_text(text, encoding="utf-8")
    commit(root, "now")
    git(root, "tag", "now")
    return root


def test_markdown_on_two_revisions_of_the_bundled_records(
        bundled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--root", str(bundled), "diff", "june", "now")
    assert (code, err) == (0, "")
    golden("diff-bundled.md", out)


def test_the_bundled_change_passes_check_against(
        bundled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--root", str(bundled), "check", "--against", "june",
                          "--format", "json")
    assert json.loads(out)["diagnostics"] == []
    assert code == 0
    path = bundled / "targets/2022/duc-bac.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "measure: {unit: người, target: 12, baseline: 0}",
        "measure: {unit: người, target: 10, baseline: 0}"), encoding="utf-8")
    code, out, _err = run(capsys, "--root", str(bundled), "check", "--against", "now",
                          "--format", "json")
    found = json.loads(out)["diagnostics"]
    assert code == 1
    assert [(d["code"], d["task"]) for d in found] == [("frozen-changed", "2022/duc-bac/03")]
