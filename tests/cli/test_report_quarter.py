"""`targets report YEAR --quarter N` on a copy of the example commune: the quarter's two
documents (tong-hop, danh-gia) in md, html and docx, in reports/2026/quy-1/."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from support.writing_support import Run

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "xa-song-lo"
ARGS = ("--format", "md,html,docx", "--number", "12", "--date", "10/04/2026")


from cli.test_quarters import _json  # noqa: E402


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def test_the_quarter_documents_are_written_and_checked(commune: Path, write_run: Run) -> None:
    code, _, err = write_run("--root", str(commune), "report", "2026", "--quarter", "1", *ARGS)
    assert code == 0, err
    folder = commune / "reports" / "2026" / "quy-1"
    names = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
    assert names == {f"{d}.{e}" for d in ("tong-hop", "danh-gia") for e in ("md", "html", "docx")}
    totals = _json(write_run, commune, "progress", "--year", "2026", "--quarter", "1")["totals"]
    summary = (folder / "tong-hop.md").read_text(encoding="utf-8")
    html = (folder / "tong-hop.html").read_text(encoding="utf-8")
    word = _docx_text(folder / "tong-hop.docx")
    for text in (summary, html, word):
        assert "Số 12-BC/ĐU" in text
        assert "ĐẢNG ỦY XÃ SÔNG LÔ" in text
        assert "Sông Lô, ngày 10 tháng 4 năm 2026" in text
        assert "Kết quả thực hiện nhiệm vụ quý I năm 2026" in text
    assert f"Tổng số {totals['total']} sản phẩm; đã hoàn thành " \
           f"{totals['done_on_time'] + totals['done_late']}," in summary
    assert (f"| | **Tổng cộng** | **{totals['total']}** | **{totals['done_on_time']}** | "
            f"**{totals['done_late']}** | **{totals['open']}** | **{totals['overdue']}** |"
            in summary), summary
    assert "don-vi/" not in summary and "don-vi/" not in html and "index.html" not in html
    assert "SẢN PHẨM ĐẾN HẠN QUÝ II NĂM 2026" in summary

    rated = _json(write_run, commune, "evaluate", "2026", "--quarter", "1")
    unit = next(u for u in rated["units"] if u["score"]["criteria"] is not None)
    score = unit["score"]

    def num(x: float) -> str:
        return f"{x:.1f}".rstrip("0").rstrip(".").replace(".", ",")

    parts = f"{num(score['results'])} + {num(score['criteria'])} = {num(score['total'])}"
    rating = (folder / "danh-gia.md").read_text(encoding="utf-8")
    assert "Số 12-BC/ĐU" in rating and "quý I năm 2026" in rating
    assert parts in rating, rating
    assert parts in (folder / "danh-gia.html").read_text(encoding="utf-8")
    assert parts in _docx_text(folder / "danh-gia.docx")

    code, out, err = write_run("--root", str(commune), "report", "2026", "--quarter", "1",
                               *ARGS, "--check")
    assert code == 0, (out, err)
    (folder / "tong-hop.md").write_text("edited\n", encoding="utf-8")
    code, out, err = write_run("--root", str(commune), "report", "2026", "--quarter", "1",
                               *ARGS, "--check")
    assert code == 1 and "`targets report 2026 --quarter 1`" in err, err  # the quarter's


def test_the_quarterly_decision_is_the_quarters(commune: Path, write_run: Run) -> None:
    unit = commune / "units/ubnd-xa.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(
        "  2026:\n", "  2026:\n    final: tot\n    decision: 99-QĐ/ĐU\n    date: 2027-01-10\n"
        "    note: năm\n", 1), encoding="utf-8")
    code, _, err = write_run("--root", str(commune), "rate", "2026", "ubnd-xa", "--quarter",
                             "1", "--final", "tot", "--decision", "15-QĐ/ĐU", "--date",
                             "10/04/2026", "--note", "xét sản phẩm quý I")
    assert code == 0, err
    code, _, err = write_run("--root", str(commune), "report", "2026", "--quarter", "1",
                             "--format", "md")
    assert code == 0, err
    text = (commune / "reports/2026/quy-1/danh-gia.md").read_text(encoding="utf-8")
    assert "15-QĐ/ĐU" in text and "99-QĐ/ĐU" not in text, text


def test_the_years_danh_gia_shows_its_quarters(commune: Path, write_run: Run) -> None:
    code, _, err = write_run("--root", str(commune), "report", "2026", "--format", "md,html")
    assert code == 0, err
    text = (commune / "reports/2026/danh-gia.md").read_text(encoding="utf-8")
    assert "| Quý I | Quý II | Quý III | Quý IV | Điểm |" in text, text
    row = next(line for line in text.splitlines() if "| Ủy ban nhân dân xã Sông Lô |" in line)
    assert "| 73,7 | 90,2 | 80 | — | 81,3 |" in row, row
    html = (commune / "reports/2026/danh-gia.html").read_text(encoding="utf-8")
    assert "<th>Quý IV</th>" in html
    heads = text.split("| STT | Chức danh, đơn vị |", 1)[1]
    assert heads.startswith(" Số nhiệm vụ | Hoàn thành | Đúng hạn | Vượt yêu cầu | Quý I | Quý II"
                            " | Quý III | Quý IV | Điểm |"), heads[:200]
    chair = next(line for line in heads.splitlines() if "Chủ tịch UBND xã (Lê Thị Lan)" in line)
    assert "| 96 | 90,2 | — | — | 93,1 |" in chair, chair  # her quarters, then her year
    assert html.count("<th>Quý IV</th>") == 2  # units and heads


def test_the_fourth_quarter_looks_ahead_to_the_next_years_first(commune: Path,
                                                                write_run: Run) -> None:
    """Q4's "due next quarter" is the first quarter of the next year: from its records once it
    is assigned, else the report says it is not yet."""
    code, _, err = write_run("--root", str(commune), "report", "2026", "--quarter", "4", *ARGS)
    assert code == 0, err
    summary = (commune / "reports/2026/quy-4/tong-hop.md").read_text(encoding="utf-8")
    assert "SẢN PHẨM ĐẾN HẠN QUÝ I NĂM 2027 (0)" in summary
    assert "Chưa có chỉ tiêu, nhiệm vụ năm 2027 trong hồ sơ." in summary
    folder = commune / "targets" / "2027"
    folder.mkdir()
    (folder / "mttq-xa.yaml").write_text(
        "tasks:\n  - id: '01'\n    title: Vận động Quỹ Vì người nghèo năm 2027\n"
        "    deadline: 2027-03-31\n  - id: '02'\n    title: Tổng kết năm 2027\n"
        "    deadline: 2027-12-31\n", encoding="utf-8")
    code, _, err = write_run("--root", str(commune), "report", "2026", "--quarter", "4", *ARGS)
    assert code == 0, err
    summary = (commune / "reports/2026/quy-4/tong-hop.md").read_text(encoding="utf-8")
    assert "SẢN PHẨM ĐẾN HẠN QUÝ I NĂM 2027 (1)" in summary, summary
    assert "Vận động Quỹ Vì người nghèo năm 2027" in summary
    assert "Tổng kết năm 2027" not in summary
