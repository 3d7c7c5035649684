"""`targets year new YEAR` and `targets unit add ID`: the files a clerk used to copy by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.writing_support import Build, Run, tree_hashes

YEAR_2022 = """\
    # Năm 2022
    assigned: {decision: 125-QĐ/HU, date: 2022-01-24}
    basis:
      - {key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện Sông Lô lần thứ III}
    goals:
      - {key: gpmb, name: Giải phóng mặt bằng, measure: {unit: ha, target: 50}}
    supervisors:
      - key: tam
        name: Lê Đăng Tâm
        title: Phó Bí thư Thường trực Huyện ủy
        units: [duc-bac, tam-son]
    checkpoints: [2022-03-31, 2022-06-30, 2022-09-30, 2022-12-15]
    """
TAM_SON_ENDED = """\
    name: Thị trấn Tam Sơn
    group: xa-thi-tran
    active: {until: 2022-12-31, successor: duc-bac}
    """


@pytest.fixture
def repo(write_build: Build) -> Path:
    return write_build({"targets/2022/_year.yaml": YEAR_2022, "units/tam-son.yaml": TAM_SON_ENDED})


def test_year_new_starts_from_the_year_before(repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "year", "new", "2023")
    assert code == 0, err
    assert "wrote targets/2023/_year.yaml" in err
    assert "basis, supervisors and checkpoints taken from 2022" in err
    assert "tam: left out tam-son (not active in 2023)" in err
    text = (repo / "targets/2023/_year.yaml").read_text()
    body = text[text.index("basis:"):]
    assert body == (
        "basis:\n"
        "  - {key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện Sông Lô lần thứ III}\n"
        "goals: []\n"
        "supervisors:\n"
        "  - key: tam\n"
        "    name: Lê Đăng Tâm\n"
        "    title: Phó Bí thư Thường trực Huyện ủy\n"
        "    units: [duc-bac]\n"
        "checkpoints: [2023-03-31, 2023-06-30, 2023-09-30, 2023-12-15]\n")
    assert text.startswith("# Năm 2023") and "assigned" not in body
    assert write_run("--root", str(repo), "check")[0] == 0
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "year", "new", "2023")
    assert code == 2 and "targets/2023/_year.yaml already exists" in err
    assert tree_hashes(repo) == before


def test_year_new_without_an_earlier_year_writes_the_commented_file(
        write_build: Build, write_run: Run) -> None:
    repo = write_build({})
    code, out, err = write_run("--root", str(repo), "year", "new", "2027")
    assert code == 0, err
    assert "checkpoints: [2027-03-31" in (repo / "targets/2027/_year.yaml").read_text()


def test_year_new_moves_29_february(write_build: Build, write_run: Run) -> None:
    repo = write_build({"targets/2024/_year.yaml": "checkpoints: [2024-02-29]\n"})
    assert write_run("--root", str(repo), "year", "new", "2025")[0] == 0
    assert "checkpoints: [2025-02-28]" in (repo / "targets/2025/_year.yaml").read_text()


def test_unit_add_writes_a_unit_file(repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "unit", "add", "song-lo", "--name",
                               "Xã Sông Lô", "--group", "Các xã, thị trấn",
                               "--head", "bi-thu:Bí thư Đảng ủy xã",
                               "--head", "chu-tich: Chủ tịch UBND xã")
    assert (code, out) == (0, "song-lo\n"), err
    assert "wrote units/song-lo.yaml" in err
    assert (repo / "units/song-lo.yaml").read_text() == (
        "name: Xã Sông Lô\n"
        "group: xa-thi-tran\n"
        "heads:\n"
        "  - {role: bi-thu, title: Bí thư Đảng ủy xã}\n"
        "  - {role: chu-tich, title: Chủ tịch UBND xã}\n")
    assert write_run("--root", str(repo), "check")[0] == 0


@pytest.mark.parametrize(("args", "said"), [
    (["duc-bac", "--name", "X", "--group", "xa-thi-tran"], "units/duc-bac.yaml already exists"),
    (["Song Lo", "--name", "X", "--group", "xa-thi-tran"], "is not a unit id"),
    (["song-lo", "--name", "X", "--group", "cac xa"], "unknown group `cac xa`"),
    (["song-lo", "--name", "X", "--group", "xa-thi-tran", "--head", "Bí thư"], "ROLE:TITLE"),
    (["song-lo", "--name", "X", "--group", "xa-thi-tran", "--head", "Bí thư:x"],
     "is not a role key"),
    (["song-lo", "--name", "X", "--group", "xa-thi-tran", "--head", "a:x", "--head", "a:y"],
     "two heads with the role a"),
])
def test_unit_add_refusals(repo: Path, write_run: Run, args: list[str], said: str) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "unit", "add", *args)
    assert code in (1, 2) and said in err, err
    assert tree_hashes(repo) == before
