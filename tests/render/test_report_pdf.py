"""`targets report --format pdf` on the bundled 2022 records: every document printed by Chromium.

Each HTML document is printed (the command's own path: :func:`prepare` with ``pdf``) and its
pages are read back with pypdf: A4, landscape for the decision's appendices (one page each, for
units of up to six tasks), page numbers from page 2 at the top, the number and date given on
the command line. With ``CI`` set, a missing Chromium is a failure, not a skip.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from songlo_targets.cli import main
from songlo_targets.render import report_pdf
from songlo_targets.render.chromium import find_chromium
from songlo_targets.render.report import Prepared, prepare

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
A4 = (595.28, 841.89)  # points, portrait


@pytest.fixture(scope="module")
def printed() -> Prepared:
    if find_chromium() is None:
        message = "headless Chromium is missing: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    made = prepare(ROOT, 2022, formats=("html", "pdf"), number="30", date=dt.date(2023, 1, 10))
    assert made.errors == []
    return made


def text(page: object) -> str:
    raw = page.extract_text()  # type: ignore[attr-defined]
    return unicodedata.normalize("NFC", re.sub(r"\s+", "", raw))


def pages(prepared: Prepared, name: str) -> list[object]:
    data = prepared.files[name]
    assert isinstance(data, bytes) and data.startswith(b"%PDF-")
    return list(PdfReader(io.BytesIO(data)).pages)


def size(page: object) -> tuple[float, float]:
    box = page.mediabox  # type: ignore[attr-defined]
    return float(box.width), float(box.height)


def pdfs(prepared: Prepared) -> list[str]:
    return sorted(name for name in prepared.files if name.endswith(".pdf"))


def test_every_document_is_printed_and_only_documents(printed: Prepared) -> None:
    names = set(pdfs(printed))
    assert {name[:-5] + ".pdf" for name in printed.files
            if name.endswith(".html") and name != "index.html"} == names
    assert "index.pdf" not in names and len(names) == 2 + 2 * 41


def test_every_page_is_a4_and_every_appendix_one_landscape_page(printed: Prepared) -> None:
    for name in pdfs(printed):
        sheets = pages(printed, name)
        landscape = name.startswith("quyet-dinh/")
        for page in sheets:
            expected = A4[::-1] if landscape else A4
            assert size(page) == pytest.approx(expected, abs=1.0), name
        if landscape:
            assert len(sheets) == 1, f"{name} prints on {len(sheets)} pages"


def test_pages_are_numbered_from_page_2(printed: Prepared) -> None:
    long = [name for name in pdfs(printed) if len(pages(printed, name)) > 1]
    assert {"tong-hop.pdf", "danh-gia.pdf"} <= set(long)
    assert sum(name.startswith("don-vi/") for name in long) == 41
    for name in long:
        first, second = (page.extract_text() for page in pages(printed, name)[:2])  # type: ignore[attr-defined]
        assert not re.match(r"\s*\d", first), name
        # the number stands alone on the first line, above the text
        assert second.split("\n", 1)[0].strip() == "2", (name, second[:30])
    sheets = [page.extract_text() for page in pages(printed, "tong-hop.pdf")]  # type: ignore[attr-defined]
    assert [s.split("\n", 1)[0].strip() for s in sheets[1:]] == [
        str(n) for n in range(2, len(sheets) + 1)]


def test_the_report_carries_number_date_signer_and_recipients(printed: Prepared) -> None:
    sheets = [text(page) for page in pages(printed, "tong-hop.pdf")]
    assert "Số30-BC/HU" in sheets[0] and "SôngLô,ngày10tháng01năm2023" in sheets[0]
    assert "Nơinhận:" in sheets[-1] and "T/MBANTHƯỜNGVỤ" in sheets[-1]
    assert "LêĐăngTâm" in sheets[-1] and "-LưuVănphòngHuyệnủy." in sheets[-1]
    appendix = text(pages(printed, "don-vi/hai-luu.pdf")[0])
    assert "PHỤLỤC" in appendix and "KèmtheoBáocáosố30-BC/HUngày10/01/2023" in appendix


def test_printing_twice_gives_the_same_bytes(printed: Prepared) -> None:
    name = "quyet-dinh/hai-luu"
    again = report_pdf.print_pdfs({f"{name}.html": printed.files[f"{name}.html"]},
                                  dt.date(2023, 1, 10))
    assert again == {f"{name}.pdf": printed.files[f"{name}.pdf"]}
    assert b"/CreationDate (D:20230110000000Z)" in again[f"{name}.pdf"]


def test_without_chromium_the_command_says_so_in_one_line(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
        ) -> None:
    monkeypatch.setattr(report_pdf, "find_chromium", lambda: None)
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "--root", str(ROOT), "report", "2022", "--format", "pdf",
              "--out", str(tmp_path / "out")])
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "headless Chromium is not installed" in err
    assert not (tmp_path / "out").exists()
