"""A real browser on the rendered reports of the bundled 2022 records (headless Chromium).

Every page loads with no console error and no request leaving the page; screenshots are
taken; tong-hop.html prints on A4 pages whose long tables repeat their header rows.
Set ``TARGETS_SCREENSHOTS=DIR`` to keep the screenshots and the PDF. With ``CI`` set, a
missing Chromium is a failure, not a skip.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from songlo_targets.render import report_files
from songlo_targets.render.chromium import Browser, find_chromium
from songlo_targets.render.report import prepare

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]  # this repository holds the bundled records
A4 = (595.28, 841.89)  # points
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def chromium() -> str:
    found = find_chromium()
    if found is None:
        message = "headless Chromium is missing: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Browser]:
    with Browser(chromium) as opened:
        yield opened


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports") / "2022"
    prepared = prepare(ROOT, 2022, out=out)
    assert prepared.errors == []
    report_files.write(out, prepared.files, prepared.formats)
    return out


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    kept = os.environ.get("TARGETS_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_every_page_loads_cleanly(browser: Browser, reports: Path, shots: Path) -> None:
    pages = sorted(reports.rglob("*.html"))
    assert len(pages) > 80  # index, tong-hop, danh-gia and two pages per unit
    for page in pages:
        load = browser.load(page)
        assert load.errors == [], (page, load.errors)
        assert load.requests == [load.url], (page, load.requests)
        if "/" not in page.relative_to(reports).as_posix() or page.stem == "duc-bac":
            name = page.relative_to(reports).as_posix().replace("/", "_")
            shot = browser.screenshot(shots / f"{name}.png")
            data = shot.read_bytes()
            assert data.startswith(PNG) and len(data) > 20_000, shot


def test_the_harness_sees_console_errors_and_outside_requests(browser: Browser,
                                                              tmp_path: Path) -> None:
    # A page breaking the rules must fail the test above: check that the harness sees it.
    source = ROOT / "reports/2022/index.html"
    bad = tmp_path / "bad.html"
    text = source.read_text(encoding="utf-8") if source.is_file() else "<html><head></head>"
    bad.write_text(text.replace(
        "</head>", '<link rel="stylesheet" href="https://fonts.example/x.css"></head>', 1),
        encoding="utf-8")
    load = browser.load(bad)
    assert any("Content Security Policy" in error for error in load.errors) or \
        "https://fonts.example/x.css" in load.requests
    assert load.requests != [load.url]


def test_tong_hop_prints_on_a4_with_repeated_table_headers(browser: Browser, reports: Path,
                                                           shots: Path) -> None:
    browser.load(reports / "tong-hop.html")
    pdf = browser.print_pdf(shots / "tong-hop.pdf")
    pages = PdfReader(pdf).pages
    assert len(pages) >= 3
    for page in pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4, abs=1.0), size
    texts = [re.sub(r"\s+", "", page.extract_text()) for page in pages]
    # Pages from 2 on open with their number (the top margin box): what follows is the text.
    for number, text in enumerate(texts[1:], start=2):
        assert text.startswith(str(number)), (number, text[:20])
    texts = texts[:1] + [text[len(str(n)):] for n, text in enumerate(texts[1:], start=2)]
    assert "ĐẢNGCỘNGSẢNVIỆTNAM" in unicodedata.normalize("NFC", texts[0])
    # A page that begins inside a table begins with the table's header row (thead repeated).
    continued = [t for t in texts[1:] if t.startswith("STT")]
    assert continued, "no table breaks across pages: the test data is too small"
    for text in texts[1:]:
        assert not re.match(r"\d+(?![\d.])", text), "a table row opens a page without header"
