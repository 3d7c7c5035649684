"""`targets fmt` and `targets init`."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.writing_support import Build, Run, tree_hashes

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
# The header options of `targets init`, those of a commune of 2026.
COMMUNE = ("--organization", "Đảng ủy xã Tam Sơn", "--superior", "Đảng bộ tỉnh Phú Thọ",
           "--place", "Tam Sơn", "--symbol", "ĐU")
YEAR = "supervisors:\n  - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son]}\n"


def test_fmt_check_lists_and_fmt_rewrites_canonically(write_build: Build, write_run: Run) -> None:
    repo = write_build({"targets/2022/_year.yaml": YEAR})
    (repo / "targets/2022/duc-bac.yaml").write_bytes(MESSY.encode())
    before = tree_hashes(repo)
    listed = write_run("--root", str(repo), "fmt", "--check")[:2]
    assert listed == (1, "targets/2022/duc-bac.yaml\n")
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "fmt")
    assert code == 0, err
    assert (repo / "targets/2022/duc-bac.yaml").read_text() == CLEAN
    assert write_run("--root", str(repo), "fmt", "--check")[:2] == (0, "")


def test_fmt_keeps_crlf(write_build: Build, write_run: Run) -> None:
    repo = write_build({"targets/2022/_year.yaml": YEAR})
    (repo / "targets/2022/duc-bac.yaml").write_bytes(MESSY.replace("\n", "\r\n").encode())
    assert write_run("--root", str(repo), "fmt")[0] == 0
    assert (repo / "targets/2022/duc-bac.yaml").read_bytes() == CLEAN.replace(
        "\n", "\r\n").encode()


def test_init_makes_a_repository_that_passes_check(tmp_path: Path, write_run: Run) -> None:
    code, out, err = write_run("init", str(tmp_path / "kho"), *COMMUNE)
    assert code == 0, err
    assert (tmp_path / "kho/units/_mau.yaml").is_file()
    assert write_run("--root", str(tmp_path / "kho"), "check") == (
        0, "0 errors, 0 warnings in 2 files\n", "")
    assert write_run("--root", str(tmp_path / "kho"), "fmt", "--check")[0] == 0
    before = tree_hashes(tmp_path / "kho")
    assert write_run("init", str(tmp_path / "kho"), *COMMUNE)[0] == 2
    assert tree_hashes(tmp_path / "kho") == before


def test_init_shows_how_to_name_the_signer_and_the_recipients(tmp_path: Path,
                                                              write_run: Run) -> None:
    assert write_run("init", str(tmp_path / "kho"), *COMMUNE)[0] == 0
    config = tmp_path / "kho" / "targets.yaml"
    lines = config.read_text(encoding="utf-8").splitlines()
    start = lines.index("# documents:")
    example = [line[2:] for line in lines[start:] if line.startswith(("# documents:", "#   "))]
    config.write_text("\n".join([*lines[:start], *example]) + "\n", encoding="utf-8")
    assert write_run("--root", str(tmp_path / "kho"), "check")[0] == 0
    from songlo_targets.read.loader import load

    records, _ = load(tmp_path / "kho")
    documents = records.config.documents if records.config else None
    assert documents is not None and documents.signer is not None
    assert (documents.signer.on_behalf, documents.signer.name) == ("T/M BAN THƯỜNG VỤ",
                                                                   "Lê Đăng Tâm")
    assert documents.recipients[-1] == "Lưu Văn phòng Huyện ủy"


@pytest.mark.parametrize("rules", ["nd90-2020", "qd366-2025"])
def test_init_writes_the_whole_policy_with_its_sources(tmp_path: Path, write_run: Run,
                                                       rules: str) -> None:
    from songlo_targets.cli.init import Rules
    from songlo_targets.read.loader import load
    from songlo_targets.records.model import DEFAULT_POLICY
    from songlo_targets.write.policies import RULES

    assert tuple(r.value for r in Rules) == RULES  # the CLI's choices are the policies
    code, _, err = write_run("init", str(tmp_path / "kho"), "--rules", rules, *COMMUNE)
    assert code == 0, err
    text = (tmp_path / "kho/targets.yaml").read_text(encoding="utf-8")
    assert write_run("--root", str(tmp_path / "kho"), "check")[0] == 0
    records, diagnostics = load(tmp_path / "kho")
    assert records.config is not None and records.config.rating is not None
    policy = records.config.rating
    # every condition is commented with the article it comes from
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if line.strip().startswith("when:") or line.strip().startswith(("quota:", "periods:")):
            start = next(i for i in range(index - 1, 0, -1) if lines[i].lstrip().startswith("#"))
            block = []
            while lines[start].lstrip().startswith("#"):
                block.append(lines[start])
                start -= 1
            above = " ".join(block)
            assert "Điều" in above or "NĐ 335" in above or "Hướng dẫn" in above, line
    if rules == "nd90-2020":
        assert policy.model_dump() == DEFAULT_POLICY.model_dump()  # the bundled default
    else:
        assert policy.score is not None and (policy.score.results, policy.score.criteria) == (
            70, 30)
        assert [level.when.score for level in policy.levels] == [90, 70, 50, None]
        assert policy.levels[-1].when.score_below == 50 and policy.periods == "quarterly"
