"""`targets fmt` and `targets init`."""

from __future__ import annotations

from pathlib import Path

from writing_support import Build, Run, _english_and_wide, build, run, tree_hashes  # noqa: F401

MESSY = (
    "# Đức Bác\n"
    "tasks:\n"
    "- deadline: 30/09/2022   # hạn\n"
    "  title: Hoa\u0300n tha\u0300nh\n"
    "  id: '01'\n"
    "  progress:\n"
    "  - status: in-progress\n"
    "    date: 2022-3-5\n"
)
CLEAN = (
    "# Đức Bác\n"
    "tasks:\n"
    "  - id: '01'\n"
    "    title: Hoàn thành\n"
    "    deadline: 2022-09-30 # hạn\n"
    "    progress:\n"
    "      - date: 2022-03-05\n"
    "        status: in-progress\n"
)
YEAR = "supervisors:\n  - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son]}\n"


def test_fmt_check_lists_and_fmt_rewrites_canonically(build: Build, run: Run) -> None:
    repo = build({"targets/2022/_year.yaml": YEAR})
    (repo / "targets/2022/duc-bac.yaml").write_bytes(MESSY.encode())
    before = tree_hashes(repo)
    assert run("--root", str(repo), "fmt", "--check")[:2] == (1, "targets/2022/duc-bac.yaml\n")
    assert tree_hashes(repo) == before
    code, out, err = run("--root", str(repo), "fmt")
    assert code == 0, err
    assert (repo / "targets/2022/duc-bac.yaml").read_text() == CLEAN
    assert run("--root", str(repo), "fmt", "--check")[:2] == (0, "")


def test_fmt_keeps_crlf(build: Build, run: Run) -> None:
    repo = build({"targets/2022/_year.yaml": YEAR})
    (repo / "targets/2022/duc-bac.yaml").write_bytes(MESSY.replace("\n", "\r\n").encode())
    assert run("--root", str(repo), "fmt")[0] == 0
    assert (repo / "targets/2022/duc-bac.yaml").read_bytes() == CLEAN.replace(
        "\n", "\r\n").encode()


def test_init_makes_a_repository_that_passes_check(tmp_path: Path, run: Run) -> None:
    code, out, err = run("init", str(tmp_path / "kho"))
    assert code == 0, err
    assert (tmp_path / "kho/units/_mau.yaml").is_file()
    assert run("--root", str(tmp_path / "kho"), "check") == (
        0, "0 errors, 0 warnings in 2 files\n", "")
    assert run("--root", str(tmp_path / "kho"), "fmt", "--check")[0] == 0
    before = tree_hashes(tmp_path / "kho")
    assert run("init", str(tmp_path / "kho"))[0] == 2
    assert tree_hashes(tmp_path / "kho") == before
