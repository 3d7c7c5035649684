"""`targets report --format pdf`: the HTML documents printed by headless Chromium (SPEC §6.4).

The print style sheet of the HTML gives the pages: A4, the Party margins, page numbers from
page 2 (``@page`` margin boxes), landscape for the decision's appendix. Chromium is found on
PATH; where it is missing the command says so in one line (exit 1).

What is printed is the HTML without its links (a printed page has nowhere to go, and a link
would carry the path of the folder it was printed in), the PDF's dates are the document's
date and its tag ids are numbered from 1, so that the same records give the same bytes with
the same Chromium.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path

from songlo_targets.render.chromium import Browser, find_chromium


class ChromiumMissing(Exception):
    """No headless Chromium on PATH."""


_LINK = re.compile(r'<a href="[^"]*">')
_PDF_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:[0-9]{14}[^)]*\)")
_NODE_ID = re.compile(rb"\(node([0-9]{8})\)")


def printable(html: str) -> str:
    """The page as printed: links become plain text."""
    return _LINK.sub("<a>", html)


def fixed_dates(pdf: bytes, day: dt.date) -> bytes:
    """The PDF's creation and modification dates set to ``day``, at the same byte length."""
    def stamp(match: re.Match[bytes]) -> bytes:
        old = match.group(0)
        new = b"/" + match.group(1) + b" (D:" + day.strftime("%Y%m%d").encode() + b"000000Z)"
        return new.ljust(len(old), b" ") if len(new) <= len(old) else old
    return _PDF_DATE.sub(stamp, pdf)


def fixed_node_ids(pdf: bytes) -> bytes:
    """The tagged PDF's element ids (Chromium's DOM node numbers, which grow from one page to
    the next in a browser) renumbered from 1 in order, at the same byte length."""
    seen: dict[bytes, bytes] = {}

    def renumber(match: re.Match[bytes]) -> bytes:
        new = seen.setdefault(match.group(1), b"%08d" % (len(seen) + 1))
        return b"(node" + new + b")"
    return _NODE_ID.sub(renumber, pdf)


def documents(files: Mapping[str, str | bytes]) -> list[str]:
    """The HTML pages that are documents (everything but the index), in a fixed order."""
    return sorted(p for p, text in files.items()
                  if p.endswith(".html") and p != "index.html" and isinstance(text, str))


def print_pdfs(files: Mapping[str, str | bytes], day: dt.date) -> dict[str, bytes]:
    """``{path.pdf: bytes}`` for every HTML document of ``files``."""
    chromium = find_chromium()
    if chromium is None:
        raise ChromiumMissing
    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="targets-pdf-") as folder, Browser(chromium) as browser:
        for rel in documents(files):
            text = files[rel]
            assert isinstance(text, str)
            page = Path(folder) / rel
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(printable(text), encoding="utf-8")
            browser.load(page)
            pdf = fixed_node_ids(fixed_dates(browser.pdf(), day))
            out[rel[: -len(".html")] + ".pdf"] = pdf
    return out
