"""`targets init` for a commune Party committee of 2026: nothing of Sông Lô is written."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from support.writing_support import Run

HEADER = ("--organization", "Đảng ủy xã Tam Sơn", "--superior", "Đảng bộ tỉnh Phú Thọ",
          "--place", "Tam Sơn", "--symbol", "ĐU")
# Words of the bundled district that a commune's repository must not carry.
DISTRICT_WORDS = ("sông lô", "huyện ủy", "huyện", "vĩnh phúc")
DISTRICT_WORDS_PLAIN = re.compile(r"\b(song lo|huyen uy|huyen|vinh phuc|hu)\b")


@pytest.fixture(autouse=True)
def in_2026(today: Callable[[dt.date], None]) -> None:
    today(dt.date(2026, 3, 2))


def plain(text: str) -> str:
    """``text`` without diacritics, lower case (đ as d)."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def written(root: Path) -> dict[str, str]:
    return {str(path.relative_to(root)): path.read_text(encoding="utf-8")
            for path in sorted(root.rglob("*")) if path.is_file()}


def make(tmp_path: Path, write_run: Run, *args: str) -> Path:
    root = tmp_path / "kho"
    code, _, err = write_run("init", str(root), *args)
    assert code == 0, err
    return root


@pytest.mark.parametrize("args", [("--rules", "qd366-2025"), ("--level", "commune"),
                                  ("--rules", "nd90-2020", "--level", "commune")])
def test_a_commune_repository_says_nothing_of_the_district(tmp_path: Path, write_run: Run,
                                                           args: tuple[str, ...]) -> None:
    root = make(tmp_path, write_run, *args, *HEADER)
    files = written(root)
    assert {"targets.yaml", "units/_mau.yaml", "targets/2026/_year.yaml",
            "targets/2026/_mau.yaml"} <= set(files)
    for name, text in files.items():
        assert unicodedata.is_normalized("NFC", text), name
        folded = text.casefold()
        for word in DISTRICT_WORDS:
            assert word not in folded, (name, word)
        assert DISTRICT_WORDS_PLAIN.search(plain(text)) is None, name
        assert "§" not in text, name
    assert write_run("--root", str(root), "check") == (
        0, "0 errors, 0 warnings in 2 files\n", "")
    assert write_run("--root", str(root), "fmt", "--check")[:2] == (0, "")


def test_a_commune_repository_has_the_groups_basis_and_header_of_a_commune(
        tmp_path: Path, write_run: Run) -> None:
    from songlo_targets.read.loader import load

    root = make(tmp_path, write_run, "--rules", "qd366-2025", *HEADER)
    records, _ = load(root)
    config = records.config
    assert config is not None
    organization = config.organization
    assert (organization.name, organization.superior, organization.place,
            organization.symbol) == ("Đảng ủy xã Tam Sơn", "Đảng bộ tỉnh Phú Thọ", "Tam Sơn", "ĐU")
    assert [group.name for group in config.groups] == [
        "Các ban xây dựng Đảng của Đảng ủy", "Ủy ban nhân dân xã và các cơ quan chuyên môn",
        "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội", "Các chi bộ"]
    year = records.years[2026]
    assert year.meta is not None
    names = [basis.name for basis in year.meta.basis]
    assert names == [
        "Nghị quyết Đại hội Đảng bộ tỉnh Phú Thọ lần thứ ..., nhiệm kỳ 2025-2030",
        "Nghị quyết Đại hội Đảng bộ xã Tam Sơn lần thứ ..., nhiệm kỳ 2025-2030"]
    text = (root / "targets/2026/_year.yaml").read_text(encoding="utf-8")
    assert "mẫu cần điền" in text  # the basis is a placeholder, and says so
    assert config.rating is not None and config.rating.annual == "quarters"
    assert config.rating.periods == "quarterly"


def test_the_commune_signer_example_validates(tmp_path: Path, write_run: Run) -> None:
    from songlo_targets.read.loader import load

    root = make(tmp_path, write_run, "--rules", "qd366-2025", *HEADER)
    config = root / "targets.yaml"
    lines = config.read_text(encoding="utf-8").splitlines()
    start = lines.index("# documents:")
    example = [line[2:] for line in lines[start:] if line.startswith(("# documents:", "#   "))]
    config.write_text("\n".join([*lines[:start], *example]) + "\n", encoding="utf-8")
    assert write_run("--root", str(root), "check")[0] == 0
    records, _ = load(root)
    documents = records.config.documents if records.config else None
    assert documents is not None and documents.signer is not None
    assert (documents.signer.on_behalf, documents.signer.title) == ("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ")
    assert documents.recipients[-1] == "Lưu Văn phòng Đảng ủy"


def test_the_qd366_policy_builds_the_year_from_the_quarters_and_says_why(
        tmp_path: Path, write_run: Run) -> None:
    root = make(tmp_path, write_run, "--rules", "qd366-2025", *HEADER)
    lines = (root / "targets.yaml").read_text(encoding="utf-8").splitlines()
    index = lines.index("  annual: quarters")
    assert "Nghị định 335/2025/NĐ-CP" in " ".join(lines[index - 2:index])


@pytest.mark.parametrize(("args", "group"), [((), "xa-thi-tran"),
                                             (("--rules", "nd90-2020"), "xa-thi-tran"),
                                             (("--rules", "qd366-2025"), "chi-bo"),
                                             (("--rules", "qd366-2025", "--level", "district"),
                                              "xa-thi-tran")])
def test_the_level_follows_the_rules_unless_given(tmp_path: Path, write_run: Run,
                                                  args: tuple[str, ...], group: str) -> None:
    from songlo_targets.read.loader import load

    root = make(tmp_path, write_run, *args, *HEADER)
    records, _ = load(root)
    assert records.config is not None
    assert records.config.groups[-1].key == group
    # the header comes from the options at either level
    assert records.config.organization.name == "Đảng ủy xã Tam Sơn"


def test_a_header_that_yaml_would_misread_is_quoted(tmp_path: Path, write_run: Run) -> None:
    from songlo_targets.read.loader import load

    root = make(tmp_path, write_run, "--organization", "Đảng ủy xã A: Tam  Sơn # 2",
                "--superior", "yes", "--place", "Tam Sơn", "--symbol", "125")
    records, _ = load(root)
    assert records.config is not None
    organization = records.config.organization
    assert (organization.name, organization.superior, organization.symbol) == (
        "Đảng ủy xã A: Tam Sơn # 2", "yes", "125")
    assert write_run("--root", str(root), "check")[0] == 0


def test_the_year_is_todays(tmp_path: Path, write_run: Run,
                            today: Callable[[dt.date], None]) -> None:
    today(dt.date(2027, 1, 5))
    root = make(tmp_path, write_run, "--rules", "qd366-2025", *HEADER)
    assert sorted(p.name for p in (root / "targets").iterdir()) == ["2027"]
    text = (root / "targets/2027/_year.yaml").read_text(encoding="utf-8")
    assert "checkpoints: [2027-03-31, 2027-06-30, 2027-09-30, 2027-12-15]" in text


def test_decomposed_input_is_written_in_nfc(tmp_path: Path, write_run: Run) -> None:
    decomposed = unicodedata.normalize("NFD", "Đảng ủy xã Tam Sơn")
    root = make(tmp_path, write_run, "--organization", decomposed, *HEADER[2:])
    text = (root / "targets.yaml").read_text(encoding="utf-8")
    assert "  name: Đảng ủy xã Tam Sơn  #" in text and decomposed not in text


def test_an_empty_header_option_is_refused_and_nothing_written(tmp_path: Path,
                                                               write_run: Run) -> None:
    code, out, err = write_run("init", str(tmp_path / "kho"), "--organization", "  ",
                               "--superior", "Đảng bộ tỉnh Phú Thọ", "--place", "Tam Sơn",
                               "--symbol", "ĐU")
    assert (code, out) == (2, "")
    assert err == "targets: --organization must not be empty\n"
    assert not (tmp_path / "kho").exists()
