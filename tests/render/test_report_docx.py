"""`targets report --format docx` on the bundled 2022 records, read back as an office would.

The documents are opened with python-docx (letterhead, number, date, signer, recipients, page
size and orientation, repeated header rows, page numbers from page 2) and converted to PDF by
LibreOffice (``soffice --headless --convert-to pdf``, a private profile): a real office suite
lays them out, and the page count and page numbers of what it prints are checked. With ``CI``
set, a missing LibreOffice is a failure, not a skip. Set ``TARGETS_SCREENSHOTS=DIR`` to keep
the converted PDFs.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from pypdf import PdfReader

from songlo_targets.render.report import Prepared, prepare

ROOT = Path(__file__).resolve().parents[2]  # this repository holds the bundled records
NUMBER, DATE = "30", "2023-01-10"


@pytest.fixture(scope="module")
def prepared() -> Prepared:
    import datetime as dt
    made = prepare(ROOT, 2022, formats=("html", "docx"), number=NUMBER,
                   date=dt.date(2023, 1, 10))
    assert made.errors == []
    return made


def opened(prepared: Prepared, name: str) -> Any:
    data = prepared.files[name]
    assert isinstance(data, bytes)
    return Document(io.BytesIO(data))


def cell_text(cell: Any) -> str:
    return "\n".join(p.text for p in cell.paragraphs)


def test_every_document_has_a_word_file_and_nothing_else(prepared: Prepared) -> None:
    names = {name for name in prepared.files if name.endswith(".docx")}
    assert names == {name[:-5] + ".docx" for name in prepared.files
                     if name.endswith(".html") and name != "index.html"}
    assert {"tong-hop.docx", "danh-gia.docx", "quyet-dinh/hai-luu.docx",
            "don-vi/hai-luu.docx"} <= names
    assert len(names) == 2 + 2 * 41  # two reports, two appendices for each of the 41 units


def test_the_report_is_numbered_dated_signed_and_addressed(prepared: Prepared) -> None:
    doc = opened(prepared, "tong-hop.docx")
    letterhead = doc.tables[0]
    issuer, party = (cell_text(c) for c in letterhead.rows[0].cells)
    assert issuer.split("\n") == ["ĐẢNG BỘ TỈNH VĨNH PHÚC", "HUYỆN ỦY SÔNG LÔ", "*",
                                  "Số 30-BC/HU"]
    assert party.split("\n") == ["ĐẢNG CỘNG SẢN VIỆT NAM",
                                 "Sông Lô, ngày 10 tháng 01 năm 2023"]
    assert letterhead.rows[0].cells[1].paragraphs[1].runs[0].italic
    assert all(not cell._tc.xpath(".//w:tcBorders") for cell in letterhead.rows[0].cells)
    texts = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in texts
    receivers, signer = (cell_text(c) for c in doc.tables[-1].rows[0].cells)
    assert receivers.split("\n") == [
        "Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (để báo cáo),",
        "- Các đồng chí Ủy viên Ban Thường vụ Huyện ủy,", "- Các cơ quan, đơn vị, địa phương,",
        "- Lưu Văn phòng Huyện ủy."]
    assert [line for line in signer.split("\n") if line] == [
        "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Đăng Tâm"]
    first = doc.tables[-1].rows[0].cells[0].paragraphs[0]
    assert first.runs[0].underline and not first.runs[0].bold  # the Party's "Nơi nhận:"


def test_pages_are_a4_with_the_party_margins_and_numbered_from_page_2(prepared: Prepared
                                                                     ) -> None:
    for name, landscape in (("tong-hop.docx", False), ("danh-gia.docx", False),
                            ("don-vi/duc-bac.docx", False), ("quyet-dinh/hai-luu.docx", True)):
        section = opened(prepared, name).sections[0]
        size = (section.page_width.mm, section.page_height.mm)
        margins = (section.top_margin.mm, section.bottom_margin.mm, section.left_margin.mm,
                   section.right_margin.mm)
        if landscape:
            assert section.orientation == WD_ORIENT.LANDSCAPE, name
            assert size == pytest.approx((297, 210), abs=0.1), name
        else:
            assert section.orientation == WD_ORIENT.PORTRAIT, name
            assert size == pytest.approx((210, 297), abs=0.1), name
            assert margins == pytest.approx((20, 20, 30, 15), abs=0.1), name
        assert section.different_first_page_header_footer, name
        assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()
        assert " PAGE " in section.header._element.xml, name


def test_tables_repeat_their_header_rows_and_use_times_new_roman(prepared: Prepared) -> None:
    doc = opened(prepared, "danh-gia.docx")
    assert doc.styles["Normal"].font.name == "Times New Roman"
    data_tables = doc.tables[1:-1]
    assert data_tables
    for table in data_tables:
        assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader"), table.rows[0].cells[0].text
        assert not table.rows[1]._tr.xpath("./w:trPr/w:tblHeader")


def test_the_appendix_lists_the_tasks_as_assigned_and_the_changes_apart(prepared: Prepared
                                                                        ) -> None:
    doc = opened(prepared, "quyet-dinh/hai-luu.docx")
    issuer = cell_text(doc.tables[0].rows[0].cells[0])
    assert issuer.endswith("Số 125-QĐ/HU")
    sub = next(p.text for p in doc.paragraphs if p.text.startswith("(Kèm theo"))
    assert sub == ("(Kèm theo Quyết định số 125-QĐ/HU ngày 24/01/2022 của Ban Thường vụ "
                   "Huyện ủy Sông Lô)")
    tasks, changes = doc.tables[1], doc.tables[2]
    first = [cell.text for cell in tasks.rows[1].cells]
    assert first[0] == "1" and first[4] == "30/06/2022"  # the deadline of 125-QĐ/HU
    assert len(tasks.rows) == 1 + 5
    change = [cell.text for cell in changes.rows[1].cells]
    assert change[2].startswith("Thời hạn: 30/06/2022 → 30/09/2022")
    assert change[3].replace("\n", " ") == "168-QĐ/HU ngày 20/06/2022"


def test_the_same_records_give_the_same_bytes(prepared: Prepared) -> None:
    import datetime as dt

    from songlo_targets.render.report_docx import to_docx
    for name in ("tong-hop.docx", "quyet-dinh/hai-luu.docx"):
        html = prepared.files[name[:-5] + ".html"]
        assert isinstance(html, str)
        assert to_docx(html, dt.date(2023, 1, 10)) == prepared.files[name], name
        data = prepared.files[name]
        assert isinstance(data, bytes)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
            core = archive.read("docProps/core.xml").decode()
            assert "2023-01-10T00:00:00Z" in core and "python-docx" not in core


# LibreOffice --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None or shutil.which("pdftotext") is None:
        message = ("LibreOffice or poppler is missing: apt-get install -y "
                   "libreoffice-writer-nogui poppler-utils")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def converted(soffice: str, prepared: Prepared, tmp_path_factory: pytest.TempPathFactory
              ) -> dict[str, list[Page]]:
    kept = os.environ.get("TARGETS_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("office")
    folder.mkdir(parents=True, exist_ok=True)
    names = {"tong-hop.docx": "tong-hop", "danh-gia.docx": "danh-gia",
             "quyet-dinh/hai-luu.docx": "quyet-dinh-hai-luu",
             "quyet-dinh/duc-bac.docx": "quyet-dinh-duc-bac"}
    sources = []
    for name, stem in names.items():
        data = prepared.files[name]
        assert isinstance(data, bytes)
        (folder / f"{stem}.docx").write_bytes(data)
        sources.append(str(folder / f"{stem}.docx"))
    profile = tmp_path_factory.mktemp("office-profile")
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *sources],
                   check=True, capture_output=True, timeout=180)
    return {name: pages(folder / f"{stem}.pdf") for name, stem in names.items()}


@dataclass
class Page:
    width: float
    height: float
    text: str  # as poppler reads it (pypdf splits LibreOffice's Vietnamese accents apart)


def pages(pdf: Path) -> list[Page]:
    out = []
    for number, page in enumerate(PdfReader(pdf).pages, start=1):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf),
                               "-"], check=True, capture_output=True, text=True).stdout
        out.append(Page(float(page.mediabox.width), float(page.mediabox.height),
                        unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())))
    return out


def test_libreoffice_prints_the_appendix_of_five_tasks_on_one_landscape_page(
        converted: dict[str, list[Page]]) -> None:
    (page,) = converted["quyet-dinh/hai-luu.docx"]  # five tasks and an amendment
    assert page.width > page.height
    assert "Chỉ tiêu, nhiệm vụ năm 2022 giao cho Xã Hải Lựu" in page.text
    assert "Điều chỉnh sau khi giao" in page.text and "168-QĐ/" in page.text
    assert len(converted["quyet-dinh/duc-bac.docx"]) == 1


def test_libreoffice_numbers_the_pages_from_page_2(converted: dict[str, list[Page]]) -> None:
    for name in ("tong-hop.docx", "danh-gia.docx"):
        printed = converted[name]
        assert len(printed) >= 3, name
        assert "Số 30-BC/HU" in printed[0].text[:200], name
        assert not re.match(r"\d", printed[0].text), name  # no number on the first page
        for number, page in enumerate(printed[1:], start=2):
            assert page.width < page.height, name
            assert page.text.startswith(f"{number} "), (name, number, page.text[:40])
        last = printed[-1].text
        assert "Nơi nhận:" in last and "Lê Đăng Tâm" in last, name


# Wide tables: a year rated by quarters, a cadre's record ------------------------------------

EXAMPLE = ROOT / "examples" / "xa-song-lo"  # a commune rating by quarters, with its people


def _header_words(document: Any) -> set[str]:
    """The words of the tables' header rows found nowhere else in the document (a justified
    paragraph can print with a space inside a word, which poppler reads as two)."""
    headers = {word for table in document.tables for cell in table.rows[0].cells
               for word in cell_text(cell).split() if len(word) >= 3}
    elsewhere = {word for paragraph in document.paragraphs for word in paragraph.text.split()}
    elsewhere |= {word for table in document.tables for row in table.rows[1:]
                  for cell in row.cells for word in cell_text(cell).split()}
    return headers - elsewhere


def _broken(words: set[str], text: str) -> list[str]:
    """The words printed in two pieces, the second on the next line of the cell."""
    tokens = text.split()
    pairs = set(zip(tokens, tokens[1:], strict=False))
    return sorted(w for w in words for k in range(1, len(w)) if (w[:k], w[k:]) in pairs)


@pytest.fixture(scope="module")
def wide(soffice: str, tmp_path_factory: pytest.TempPathFactory
         ) -> dict[str, tuple[Any, list[Page]]]:
    import datetime as dt

    from songlo_targets.derive.person import person_record
    from songlo_targets.read.loader import load
    from songlo_targets.render import person

    day = dt.date(2026, 12, 7)
    made = prepare(EXAMPLE, 2026, formats=("html", "docx"), date=day)
    assert made.errors == []
    records, _ = load(EXAMPLE)
    documents = {"danh-gia.docx": made.files["danh-gia.docx"],
                 "can-bo.docx": person.docx(records, person_record(records, "le-thi-lan"), day)}
    folder = tmp_path_factory.mktemp("wide")
    for name, data in documents.items():
        assert isinstance(data, bytes)
        (folder / name).write_bytes(data)
    profile = tmp_path_factory.mktemp("office-profile")
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder),
                    *(str(folder / name) for name in documents)],
                   check=True, capture_output=True, timeout=180)
    return {name: (Document(io.BytesIO(data)), pages(folder / name.replace(".docx", ".pdf")))
            for name, data in documents.items() if isinstance(data, bytes)}


@pytest.mark.parametrize("name", ["danh-gia.docx", "can-bo.docx"])
def test_wide_tables_lie_across_the_page_and_break_no_header_word(
        wide: dict[str, tuple[Any, list[Page]]], name: str) -> None:
    document, printed = wide[name]
    assert document.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert max(len(t.columns) for t in document.tables) >= 12
    words = _header_words(document)
    assert len(words) >= 3 and ("Trong" if name == "can-bo.docx" else "Quý") in words
    for page in printed:
        assert page.width > page.height
        assert _broken(words, page.text) == [], (name, page.text[:300])
