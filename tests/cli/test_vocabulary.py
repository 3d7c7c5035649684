"""One way to write a number, a percentage, a date and a label, end to end through the CLI.

A target of 1234567 and a value of 6.8 read `1.234.567` and `6,8` in Vietnamese, in English
`1,234,567` and `6.8`, in every output: `targets diff`, `carry --dry-run`, a `frozen-changed`
message, the reports. Before, the diff printed `1,23457e+06`, a frozen-changed message
`1.23457e+06`, and carry `6.8` where the reports print `6,8`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from songlo_targets.cli import main
from songlo_targets.render.templates import environment

from support.gitrepo import CONFIG, UNIT, YEAR, commit, make_repo, write

BEFORE = """\
tasks:
  - id: '01'
    title: Thu ngân sách trên địa bàn
    type: target
    deadline: 2022-09-30
    measure: {unit: nghìn đồng, target: 2000000}
    progress:
      - {date: 2022-03-31, status: in-progress, value: 6.8}
"""
AFTER = BEFORE.replace("target: 2000000", "target: 1234567") + \
    "      - {date: 2022-06-30, status: in-progress, value: 1234567.5}\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "repo", {
        "targets.yaml": CONFIG, "units/duc-bac.yaml": UNIT, "targets/2022/_year.yaml": YEAR,
        "targets/2022/duc-bac.yaml": BEFORE})
    write(root, {"targets/2022/duc-bac.yaml": AFTER})  # uncommitted: the change under review
    return root


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out + err


def assert_no_machine_number(text: str) -> None:
    for machine in ("1234567", "e+06", "1.23457", "6.8 ", "6.8\n"):
        assert machine not in text, machine


def test_diff_shows_numbers_as_the_documents_do(repo: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    for language in ("vi", "en"):  # the pull-request summary is Vietnamese in both
        code, out = run(capsys, "--root", str(repo), "--lang", language, "diff", "HEAD")
        assert code == 0
        assert "Sản phẩm phải đạt: ≥ 2.000.000 nghìn đồng → ≥ 1.234.567 nghìn đồng" in out
        assert "| 6,8 → 1.234.567,5 / 1.234.567 nghìn đồng |" in out
        assert_no_machine_number(out)


def test_frozen_changed_message(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "--root", str(repo), "--lang", "vi", "check", "--against", "HEAD")
    assert code == 1
    assert "`measure` đổi từ ≥ 2.000.000 nghìn đồng thành ≥ 1.234.567 nghìn đồng" in out
    assert_no_machine_number(out.replace("target: 1234567", ""))  # the quoted source line
    code, out = run(capsys, "--root", str(repo), "--lang", "en", "check", "--against", "HEAD")
    assert "from ≥ 2,000,000 nghìn đồng to ≥ 1,234,567 nghìn đồng" in out


def test_carry_dry_run(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo)
    code, out = run(capsys, "--root", str(repo), "--lang", "vi", "carry", "2022", "2023",
                    "--dry-run")
    assert code == 0
    assert "│ 1.234.567,5 │" in out  # the baseline carried: the last value reported, whole
    code, out = run(capsys, "--root", str(repo), "--lang", "en", "carry", "2022", "2023",
                    "--dry-run")
    assert "│ 1,234,567.5 │" in out


def test_carry_shows_a_decimal_comma(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo, {"targets/2022/duc-bac.yaml": BEFORE})
    code, out = run(capsys, "--root", str(repo), "--lang", "vi", "carry", "2022", "2023",
                    "--dry-run")
    assert code == 0 and "│      6,8 │" in out


def test_reports(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo)
    out_dir = repo.parent / "out"
    code, _ = run(capsys, "--root", str(repo), "--lang", "en", "report", "2022", "--out",
                  str(out_dir))
    assert code == 0
    unit = (out_dir / "don-vi" / "duc-bac.md").read_text(encoding="utf-8")
    assert "Chỉ tiêu: ≥ 1.234.567 nghìn đồng" in unit
    assert "| 31/03/2022 | Đang thực hiện | 6,8 nghìn đồng |" in unit
    assert "1.234.567,5/1.234.567 nghìn đồng" in unit
    assert_no_machine_number(unit)
    html = (out_dir / "don-vi" / "duc-bac.html").read_text(encoding="utf-8")
    assert "6,8 nghìn đồng" in html and "1.234.567,5" in html


def test_diff_honours_the_repository_templates(repo: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    write(repo, {"templates/diff.md.j2":
                 "Riêng: {% for a in amended %}{{ a.ref }} {{ a.fields[0].after }}{% endfor %}\n"})
    code, out = run(capsys, "--root", str(repo), "diff", "HEAD")
    assert (code, out) == (0, "Riêng: 2022/duc-bac/01 ≥ 1.234.567 nghìn đồng\n")


def test_one_environment_per_root_its_templates_compiled_once(tmp_path: Path) -> None:
    first = environment(tmp_path, "md")
    assert environment(tmp_path, "md") is first
    assert environment(tmp_path, "html") is not first
    assert first.get_template("diff.md.j2") is first.get_template("diff.md.j2")
    (tmp_path / "templates").mkdir()
    assert environment(tmp_path, "md") is not first  # the repository's templates/ came in
