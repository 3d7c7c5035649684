"""`targets report`: golden Markdown, determinism, --check, template overrides, failures.

Regenerate the golden files after an intended change with ``UPDATE_GOLDEN=1 pytest
tests/render/test_report.py`` and review the diff.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError

from songlo_targets.cli import main
from songlo_targets.derive.report import build_report
from songlo_targets.read.loader import load
from songlo_targets.render.report_files import MANIFEST
from songlo_targets.render.report_html import RenderError, md_escape, render

from support.golden import assert_golden_tree
from support.report_repo import make_report_repo

GOLDEN = Path(__file__).parents[1] / "golden" / "report"
AS_OF = "2022-10-15"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        main(["--lang", "en", *args])
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_report_repo(tmp_path / "repo")


def rendered(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST}


def test_markdown_matches_the_golden_files(repo: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    code, out, err = run(capsys, "--root", str(repo), "report", "2022", "--as-of", AS_OF,
                         "--format", "md")
    assert code == 0, err
    made = rendered(repo / "reports" / "2022")
    assert "index.html" not in made and all(p.endswith(".md") for p in made)
    assert_golden_tree("report", made)


def test_every_document_is_written_and_index_path_printed(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--root", str(repo), "report", "--as-of", AS_OF)
    assert code == 0, err
    folder = repo / "reports" / "2022"
    assert out.strip().endswith("reports/2022/index.html")
    assert set(rendered(folder)) == {
        "index.html", "tong-hop.md", "tong-hop.html", "danh-gia.md", "danh-gia.html",
        *(f"{d}/{u}.{e}" for d in ("don-vi", "quyet-dinh")
          for u in ("duc-bac", "tam-son", "tai-chinh") for e in ("md", "html")),
    }
    assert "17 files written" in err


def test_output_is_deterministic_and_rewrites_nothing(
        repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert run(capsys, "--root", str(repo), "report", "2022", "--out", str(out))[0] == 0
    first = rendered(out)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    code, _, err = run(capsys, "--root", str(repo), "report", "2022", "--out", str(out))
    assert code == 0 and "0 files written" in err
    assert rendered(out) == first
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == stamps
    # The default as-of date of a past year is its 31 December, nothing later.
    code, _, _ = run(capsys, "--root", str(repo), "report", "2022", "--out", str(out),
                     "--as-of", "31/12/2022", "--check")
    assert code == 0
    assert "31 tháng 12 năm 2022" in first["tong-hop.md"].decode()


def test_check_lists_changed_missing_and_stale_files(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--root", str(repo), "report", "2022", "--as-of", AS_OF)[0] == 0
    code, out, err = run(capsys, "--root", str(repo), "report", "2022", "--as-of", AS_OF,
                         "--check")
    assert (code, out) == (0, "")
    folder = repo / "reports" / "2022"
    (folder / "tong-hop.md").write_text("sửa tay\n", encoding="utf-8")
    (folder / "don-vi" / "tam-son.html").unlink()
    (folder / "don-vi" / "cu.md").write_text("old\n", encoding="utf-8")  # written by the tool
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"]["don-vi/cu.md"] = hashlib.sha256(b"old\n").hexdigest()
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (folder / "don-vi" / "tay.md").write_text("viết tay\n", encoding="utf-8")  # by a person
    before = rendered(folder)
    code, out, err = run(capsys, "--root", str(repo), "report", "2022", "--as-of", AS_OF,
                         "--check")
    assert code == 1
    listed = [line.rsplit("reports/2022/", 1)[1] for line in out.splitlines()]
    assert listed == ["don-vi/cu.md", "don-vi/tam-son.html", "tong-hop.md"]
    assert "3 report files are out of date" in err
    assert rendered(folder) == before  # --check writes nothing
    # A later as-of date changes the documents: --check sees it.
    code, out, _ = run(capsys, "--root", str(repo), "report", "2022", "--check")
    assert code == 1 and "tong-hop.html" in out
    # Writing repairs everything and removes what is no longer reported.
    assert run(capsys, "--root", str(repo), "report", "2022", "--as-of", AS_OF)[0] == 0
    assert not (folder / "don-vi" / "cu.md").exists()
    assert (folder / "don-vi" / "tay.md").exists()  # the tool deletes only what it wrote
    assert run(capsys, "--root", str(repo), "report", "2022", "--as-of", AS_OF,
               "--check")[0] == 0


def test_repository_templates_override_the_built_in_ones(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "templates").mkdir()
    (repo / "templates" / "tong-hop.md.j2").write_text(
        "Riêng: {{ r.totals.total }} nhiệm vụ, {{ r.organization.name ~ ' | ' ~ r.year }}\n",
        encoding="utf-8")
    (repo / "templates" / "_header.md.j2").write_text(
        "Đầu trang riêng của {{ r.organization.name }}\n", encoding="utf-8")
    assert run(capsys, "--root", str(repo), "report", "2022", "--as-of", AS_OF)[0] == 0
    folder = repo / "reports" / "2022"
    assert (folder / "tong-hop.md").read_text(encoding="utf-8") == \
        "Riêng: 5 nhiệm vụ, Huyện ủy Sông Lô \\| 2022\n"
    unit_page = (folder / "don-vi" / "duc-bac.md").read_text(encoding="utf-8")
    assert "Đầu trang riêng của Huyện ủy Sông Lô" in unit_page  # an included template too


def test_templates_run_in_a_sandbox(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "templates").mkdir()
    (repo / "templates" / "tong-hop.md.j2").write_text(
        "{{ r.__class__.__init__.__globals__ }}\n", encoding="utf-8")
    code, _, err = run(capsys, "--root", str(repo), "report", "2022")
    assert code == 3
    assert "tong-hop.md.j2" in err and "SecurityError" in err
    records, _ = load(repo)
    report = build_report(records, 2022, __import__("datetime").date(2022, 10, 15))
    with pytest.raises(RenderError) as caught:
        render(report, ("md",), repo)
    assert isinstance(caught.value.__cause__, SecurityError)


def test_records_with_errors_are_not_reported(repo: Path, capsys: pytest.CaptureFixture[str]
                                              ) -> None:
    (repo / "targets/2022/tam-son.yaml").write_text(
        "tasks:\n  - {id: '01', title: x, deadline: 2022-01-01, categories: [khong-co]}\n",
        encoding="utf-8")
    code, out, err = run(capsys, "--root", str(repo), "report", "2022")
    assert code == 1
    assert "the records of 2022 have 1 error: run `targets check --year 2022`" in err
    assert not (repo / "reports").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["report", "2022", "--format", "odt"], "unknown report format `odt`"),
    (["report", "2030"], "there are no records of 2030"),
    (["report", "2022", "--as-of", "32/01/2022"], "is not a date"),
])
def test_usage_errors(repo: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                      message: str) -> None:
    code, _, err = run(capsys, "--root", str(repo), *args)
    assert code == 2
    assert message in err


def test_vietnamese_messages(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        main(["--root", str(repo), "--lang", "vi", "report", "2022"])
    except SystemExit as exc:
        assert exc.code in (None, 0)
    assert "đã ghi 17 tệp vào" in capsys.readouterr().err


def test_markdown_escaping() -> None:
    assert md_escape("a|b\r\nc <script>*x*_y_ [l](u) & `c`") == \
        "a\\|b<br>c &lt;script&gt;\\*x\\*\\_y\\_ \\[l\\](u) &amp; \\`c\\`"
    assert md_escape(None) == ""


def test_markdown_tables_escape_values(repo: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    assert run(capsys, "--root", str(repo), "report", "2022", "--format", "md")[0] == 0
    page = (repo / "reports/2022/don-vi/duc-bac.md").read_text(encoding="utf-8")
    assert "Hoàn thành GPMB đường tỉnh 307 \\| đoạn qua xã" in page
    assert "Chờ vốn \\| ngân sách<br>đợt 2" in page
    for line in page.splitlines():
        if line.startswith("| "):  # a table row: every unescaped `|` is a cell border
            assert line.rstrip().endswith("|")
