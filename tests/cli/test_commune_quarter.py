"""A commune's first quarter, end to end, with commands only: `init`, a unit and its tasks (one
with quarterly milestones), progress, the criteria points, the computed ratings, the Standing
Committee's decision, and the signed quarterly documents in Word and PDF."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from songlo_targets.render.chromium import find_chromium

from support.writing_support import Run

pytestmark = pytest.mark.browser


def test_a_commune_runs_its_first_quarter(tmp_path: Path, write_run: Run,
                                          today: Callable[[dt.date], None]) -> None:
    if find_chromium() is None:
        message = "headless Chromium is missing: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    today(dt.date(2026, 4, 12))
    root = tmp_path / "tam-son"

    def run(*args: str) -> str:
        code, out, err = write_run("--root", str(root), *args)
        assert code == 0, (args, err)
        return out

    code, _, err = write_run("init", str(root), "--rules", "qd366-2025", "--organization",
                             "Đảng ủy xã Tam Sơn", "--superior", "Đảng bộ tỉnh Phú Thọ",
                             "--place", "Tam Sơn", "--symbol", "ĐU")
    assert code == 0, err
    # The one edit the clerk makes by hand (the guide says so): the signer's name.
    config = root / "targets.yaml"
    text = config.read_text(encoding="utf-8")
    example = text[text.index("# documents:\n"):]
    config.write_text(text.replace(example, "\n".join(
        line[2:] if line.startswith("# ") else line for line in example.splitlines())
        .replace("Nguyễn Văn A", "Hoàng Văn Bình") + "\n"), encoding="utf-8")
    run("unit", "add", "ubnd-xa", "--name", "Ủy ban nhân dân xã Tam Sơn", "--group",
        "Ủy ban nhân dân xã và các cơ quan chuyên môn", "--head", "chu-tich:Chủ tịch UBND xã")
    road = run("assign", "ubnd-xa", "--year", "2026", "--title", "Làm 3 km đường giao thông",
               "--type", "target", "--measure-unit", "km", "--target", "3", "--owner",
               "Chủ tịch UBND xã", "--milestone", "31/03/2026:1", "--milestone",
               "30/06/2026:2").strip()
    tax = run("assign", "ubnd-xa", "--year", "2026", "--title", "Thu ngân sách quý I",
              "--deadline", "31/03/2026").strip()
    run("progress", "add", road, "--date", "30/03/2026", "--status", "dang thuc hien",
        "--value", "1.2")
    run("progress", "add", tax, "--date", "28/03/2026", "--status", "hoan thanh", "--result",
        "Thu đạt 105% dự toán quý I", "--evidence", "Báo cáo thu ngân sách", "--number",
        "35/BC-UBND", "--evidence-date", "28/03/2026")
    run("rate", "2026", "ubnd-xa", "--quarter", "1", "--criteria", "27")
    run("rate", "2026", "ubnd-xa", "--head", "Chủ tịch UBND xã", "--quarter", "1",
        "--criteria", "26")
    run("evaluate", "2026", "--quarter", "1", "--write")
    quarter = json.loads(run("evaluate", "2026", "--quarter", "1", "--format", "json"))
    (unit,) = quarter["units"]
    assert (unit["tasks"], unit["done"]) == (2, 2)  # the tax task and the road's milestone
    assert unit["score"] == {"results": 70.0, "criteria": 27.0, "total": 97.0}
    run("rate", "2026", "ubnd-xa", "--quarter", "1", "--final", unit["computed"],
        "--decision", "15-QĐ/ĐU", "--date", "10/04/2026")
    code, out, err = write_run("--root", str(root), "check")  # a warning: no supervisor
    assert code == 0, out + err
    run("report", "2026", "--quarter", "1", "--format", "docx,pdf", "--number", "12",
        "--date", "10/04/2026")
    folder = root / "reports/2026/quy-1"
    for name in ("tong-hop", "danh-gia"):
        text = "\n".join(p.text for p in Document(str(folder / f"{name}.docx")).paragraphs)
        for table in Document(str(folder / f"{name}.docx")).tables:
            text += "\n" + "\n".join(c.text for row in table.rows for c in row.cells)
        assert "Số 12-BC/ĐU" in text and "ĐẢNG ỦY XÃ TAM SƠN" in text, name
        assert "Tam Sơn, ngày 10 tháng 4 năm 2026" in text and "quý I năm 2026" in text
        assert "T/M ĐẢNG ỦY" in text and "Hoàng Văn Bình" in text, name
        assert "Ban Thường vụ Tỉnh ủy (để báo cáo)" in text, name
        pdf = PdfReader(str(folder / f"{name}.pdf"))
        printed = "\n".join(page.extract_text() for page in pdf.pages)
        assert "12-BC/ĐU" in printed and "quý I năm 2026" in printed, name
    danh_gia = "\n".join(c.text for t in Document(str(folder / "danh-gia.docx")).tables
                         for row in t.rows for c in row.cells)
    assert re.search(r"70\s*\+\s*27\s*=\s*97", danh_gia), danh_gia
    tong_hop = "\n".join(c.text for t in Document(str(folder / "tong-hop.docx")).tables
                         for row in t.rows for c in row.cells)
    assert "Làm 3 km đường giao thông — mốc ngày 30/06/2026" in tong_hop  # due next quarter
