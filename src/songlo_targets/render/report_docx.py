"""`targets report --format docx`: Word documents an office edits, signs and stamps (SPEC §6.4).

A Word document is made from the HTML page of the same document: the templates (built-in or
the repository's own) decide the content once, for the screen, the printer and Word. This module
only knows the few elements those templates write — the Party letterhead, headings, paragraphs,
tables, lists, the signature block — and lays them out as the Party document layout asks:
A4, margins 20/20/30/15 mm (top, bottom, left, right), Times New Roman 14 pt (tables 12 pt), the
letterhead and the signature block as borderless tables, table header rows repeated on every
page, the page number centred in the top margin from page 2 on, landscape where the page is
(the decision's appendix). Bars (SVG) are left out: every table prints its counts.

The bytes are the same for the same records: fixed document properties (dated with the
document's date) and fixed zip entry times.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"
SKIPPED = {"svg", "style", "script", "title", "head"}
VOID = {"br", "meta", "img", "hr", "link", "rect", "path"}
INLINE = {"b", "strong", "i", "em", "u", "span", "a", "sup", "sub", "br", "small"}


# A small tree of the HTML ----------------------------------------------------------------------


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def find(self, tag: str, cls: str | None = None) -> Node | None:
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag and (cls is None or cls in child.classes):
                    return child
                found = child.find(tag, cls)
                if found is not None:
                    return found
        return None

    def text(self) -> str:
        return " ".join("".join(c if isinstance(c, str) else " " + c.text() + " "
                                for c in self.children).split())


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]
        self.style = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if self.stack[-1].tag == "style":
            self.style += data
        self.stack[-1].children.append(data)


def parse(html: str) -> tuple[Node, str]:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.root, parser.style


_WIDTH = re.compile(r"th\.([\w-]+) \{ width: (\d+(?:\.\d+)?)%; \}")


def column_widths(style: str) -> dict[str, float]:
    """``th.CLASS { width: N%; }`` rules of the page's own style sheet: class → share."""
    return {cls: float(pct) / 100 for cls, pct in _WIDTH.findall(style)}


# Writing the document ----------------------------------------------------------------------------


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    superscript: bool = False
    size: float | None = None


def runs_of(node: Node, style: Run | None = None) -> list[Run | None]:
    """The inline content as runs; None is a line break."""
    style = style or Run("")
    out: list[Run | None] = []
    for child in node.children:
        if isinstance(child, str):
            out.append(Run(re.sub(r"\s+", " ", child), style.bold, style.italic,
                           style.underline, style.superscript, style.size))
            continue
        if child.tag in SKIPPED:
            continue
        if child.tag == "br":
            out.append(None)
            continue
        inner = Run("", style.bold or child.tag in ("b", "strong"),
                    style.italic or child.tag in ("i", "em"),
                    style.underline or child.tag == "u", style.superscript or child.tag == "sup",
                    10 if "ref" in child.classes else style.size)
        if child.tag in ("p", "div") and out:
            out.append(None)
        out.extend(runs_of(child, inner))
    return out


class Writer:
    def __init__(self, landscape: bool, widths: dict[str, float]) -> None:
        self.doc: Any = Document()
        self.widths = widths
        self.landscape = landscape
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(14)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(3)
        normal.paragraph_format.space_before = Pt(0)
        section = self.doc.sections[0]
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
            section.top_margin = section.bottom_margin = Mm(15)
            section.left_margin, section.right_margin = Mm(20), Mm(15)
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Mm(210), Mm(297)
            section.top_margin = section.bottom_margin = Mm(20)
            section.left_margin, section.right_margin = Mm(30), Mm(15)
        section.header_distance = Mm(8)
        self.page_numbers(section)

    @property
    def text_width(self) -> Any:
        section = self.doc.sections[0]
        return section.page_width - section.left_margin - section.right_margin

    def page_numbers(self, section: Any) -> None:
        """The page number, centred at the top, from page 2 on (the first page has none)."""
        section.different_first_page_header_footer = True
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run()
        run.font.size = Pt(13)
        for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"),
                           ("end", None)):
            if kind is not None:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)
            elif text == "PAGE":
                code = OxmlElement("w:instrText")
                code.set(qn("xml:space"), "preserve")
                code.text = " PAGE "
                run._r.append(code)
            else:
                shown = OxmlElement("w:t")
                shown.text = text
                run._r.append(shown)

    def paragraph(self, runs: list[Run | None], container: Any = None, align: Any = None,
                  size: float | None = None, keep: bool = False, bold: bool = False,
                  italic: bool = False, space_after: float | None = None,
                  space_before: float | None = None) -> Any:
        paragraph = (container or self.doc).add_paragraph()
        if space_before is not None:
            paragraph.paragraph_format.space_before = Pt(space_before)
        if align is not None:
            paragraph.alignment = align
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        if space_after is not None:
            paragraph.paragraph_format.space_after = Pt(space_after)
        pieces = _trim(runs)
        for piece in pieces:
            if piece is None:
                paragraph.add_run().add_break()
                continue
            run = paragraph.add_run(piece.text)
            run.bold = piece.bold or bold or None
            run.italic = piece.italic or italic or None
            run.underline = piece.underline or None
            if piece.superscript:
                run.font.superscript = True
            if piece.size or size:
                run.font.size = Pt(piece.size or size or 14)
        return paragraph

    # blocks

    def block(self, node: Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                if child.strip():
                    self.paragraph([Run(child.strip())])
                continue
            self.element(child)

    def element(self, node: Node) -> None:
        tag, classes = node.tag, node.classes
        if tag in SKIPPED or classes & {"nav", "legend"}:
            return
        if tag == "header" and "party" in classes:
            self.letterhead(node)
        elif tag == "h1":
            self.paragraph(runs_of(node), align=WD_ALIGN_PARAGRAPH.CENTER, size=15, bold=True,
                           keep=True, space_after=0)
        elif tag in ("h2", "h3"):
            self.paragraph(runs_of(node), keep=True, bold=True, italic=tag == "h3",
                           space_before=9 if tag == "h2" else 6)
        elif tag == "p":
            self.para(node)
        elif tag == "table" and "signature" in classes:
            self.signature(node)
        elif tag == "table":
            self.table(node)
        elif tag == "ul":
            for item in node.children:
                if isinstance(item, Node) and item.tag == "li":
                    self.paragraph([Run("- "), *runs_of(item)])
        else:
            self.block(node)

    def para(self, node: Node) -> None:
        classes = node.classes
        center = WD_ALIGN_PARAGRAPH.CENTER
        if "doc-title" in classes:
            self.paragraph(runs_of(node), align=center, bold=True, keep=True, space_after=0)
        elif "doc-sub" in classes:
            self.paragraph(runs_of(node), align=center, italic=True, keep=True, space_after=0)
        elif "doc-rule" in classes:
            self.paragraph(runs_of(node), align=center, space_after=6)
        else:
            small = bool(classes & {"note", "appendix-note", "legend"})
            self.paragraph(runs_of(node), align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                           size=12 if small else None)

    def borderless(self, widths: list[float]) -> Any:
        table = self.doc.add_table(rows=1, cols=len(widths))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _fix_widths(table, [int(self.text_width * share) for share in widths])
        return table

    def letterhead(self, node: Node) -> None:
        """Issuer and number line top left, ĐẢNG CỘNG SẢN VIỆT NAM and the date top right."""
        table = self.borderless([0.45, 0.55])
        left, right = table.rows[0].cells
        center = WD_ALIGN_PARAGRAPH.CENTER
        first = True
        for part, cell in (("issuer", left), ("party-name", right)):
            box = node.find("div", part)
            for child in box.children if box else []:
                if not isinstance(child, Node):
                    continue
                holder = cell.paragraphs[0] if first else None
                cls = child.classes
                target = holder or cell.add_paragraph()
                target.alignment = center
                target.paragraph_format.space_after = Pt(0)
                run = target.add_run(child.text())
                run.bold = bool(cls & {"body", "dcs"}) or None
                run.underline = "dcs" in cls or None
                run.italic = "place-date" in cls or None
                run.font.size = Pt(15 if "dcs" in cls else 14)
                if "place-date" in cls:
                    target.paragraph_format.space_before = Pt(8)
                first = False
            first = True
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def signature(self, node: Node) -> None:
        """Nơi nhận bottom left (12 pt), the signer bottom right (14 pt, centred)."""
        table = self.borderless([0.5, 0.5])
        left, right = table.rows[0].cells
        cells = [c for c in node.find("tr").children if isinstance(c, Node)]  # type: ignore[union-attr]
        for source, cell in zip(cells, (left, right), strict=False):
            first = True
            for child in source.children:
                if not isinstance(child, Node):
                    continue
                target = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                target.paragraph_format.space_after = Pt(0)
                cls = child.classes
                if "sign-space" in cls:
                    target.paragraph_format.space_before = Pt(48)
                    continue
                if cell is right:
                    target.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = target.add_run(child.text())
                run.bold = bool(cls & {"on-behalf", "signer-name"}) or None
                run.underline = "receivers-title" in cls or None
                run.font.size = Pt(12 if cell is left and "receivers-title" not in cls else 14)
        table.rows[0].cells[0].paragraphs[0].paragraph_format.keep_with_next = True

    def table(self, node: Node) -> None:
        rows: list[tuple[bool, Node]] = []
        for part in node.children:
            if not isinstance(part, Node):
                continue
            if part.tag in ("thead", "tbody", "tfoot"):
                rows += [(part.tag == "thead", tr) for tr in part.children
                         if isinstance(tr, Node) and tr.tag == "tr"]
            elif part.tag == "tr":
                rows.append((False, part))
        if not rows:
            return
        cells_of = [[c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
                    for _, tr in rows]
        columns = max(sum(int(c.attrs.get("colspan", "1")) for c in row) for row in cells_of)
        table = self.doc.add_table(rows=len(rows), cols=columns)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        self.set_widths(table, cells_of[0] if rows[0][0] else [], columns, cells_of)
        for (header, tr), cells, row in zip(rows, cells_of, table.rows, strict=True):
            if header:
                flag = OxmlElement("w:tblHeader")
                row._tr.get_or_add_trPr().append(flag)
            cant_split = OxmlElement("w:cantSplit")
            row._tr.get_or_add_trPr().append(cant_split)
            index = 0
            row_cells = row.cells
            for source in cells:
                span = int(source.attrs.get("colspan", "1"))
                cell = row_cells[index]
                if span > 1:
                    cell = cell.merge(row_cells[index + span - 1])
                index += span
                self.cell(cell, source, header or source.tag == "th",
                          "group" in tr.classes or "total" in tr.classes)

    def set_widths(self, table: Any, header: list[Node], columns: int,
                   rows: list[list[Node]]) -> None:
        """The widths the style sheet gives (``th.CLASS``); the other columns share the rest
        by the length of what they hold. Every column first gets room for its longest word
        (a header's in bold), so that no word is broken letter by letter (Word and
        LibreOffice break a word wider than its cell anywhere); only when those alone are
        wider than the page do they shrink with the rest."""
        shares = [self.widths.get((c.attrs.get("class", "").split() or [""])[0], 0.0)
                  for c in header]
        if len(shares) != columns:
            shares = [0.0] * columns
        weights = [1.0] * columns
        least = [0] * columns
        for row in rows:
            if len(row) != columns:
                continue
            for i, cell in enumerate(row):
                text = cell.text()
                words = text.split()
                bold = cell.tag == "th" or (row is rows[0] and bool(header))
                least[i] = max(least[i], *(word_width(w, bold) for w in words), 0)
                weights[i] = max(weights[i], min(len(text), 45) * 0.6,
                                 max((len(w) for w in words), default=0) + 4.0, 6.0)
        width = self.text_width
        least = [CELL_PADDING + w for w in least]
        if sum(least) > width:  # no room for every word: all shrink alike
            least = [int(w * width / sum(least)) for w in least]
        rest = max(0.0, 1.0 - sum(shares))
        free = sum(w for w, s in zip(weights, shares, strict=True) if not s)
        shares = [s or (rest * w / free if free else 0.0)
                  for w, s in zip(weights, shares, strict=True)]
        wanted = [max(int(width * share), low) for share, low in zip(shares, least, strict=True)]
        over = sum(wanted) - width
        if over > 0:  # the columns above their least give back what the others took
            spare = [w - low for w, low in zip(wanted, least, strict=True)]
            total = sum(spare)
            wanted = [w - (int(over * s / total) if total else 0)
                      for w, s in zip(wanted, spare, strict=True)]
        _fix_widths(table, wanted)

    def cell(self, cell: Any, source: Node, header: bool, strong: bool) -> None:
        classes = source.classes
        align = None
        if header or "c" in classes:
            align = WD_ALIGN_PARAGRAPH.CENTER
        elif "n" in classes:
            align = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        if align is not None:
            paragraph.alignment = align
        for piece in _trim(runs_of(source)):
            if piece is None:
                paragraph.add_run().add_break()
                continue
            run = paragraph.add_run(piece.text)
            run.bold = piece.bold or header or strong or None
            run.italic = piece.italic or None
            if piece.superscript:
                run.font.superscript = True
            run.font.size = Pt(piece.size or 12)
        if header:
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:fill"), "EEEEEE")
            cell._tc.get_or_add_tcPr().append(shading)


# The room a word needs in a table cell, in EMU (914,400 an inch), in Times New Roman 12 pt
# (an em is 152,400 EMU): its letters' widths, roughly as the font has them (a capital about
# 0.72 em, a small letter 0.5, in bold 0.56, m and w 0.83), and the cell's margins with some
# to spare.
EM = 152_400
CELL_PADDING = 158_400  # 4.4 mm


def word_width(word: str, bold: bool) -> int:
    """About how wide ``word`` prints in a table cell (12 pt), in EMU."""
    small = 0.56 if bold else 0.5
    return int(EM * sum(0.94 if c in "MW" else 0.72 if c.isupper() else 0.83 if c in "mw"
                        else 0.3 if c in ".,;:!'()" else small for c in word))


def _fix_widths(table: Any, widths: list[int]) -> None:
    """Column widths that Word and LibreOffice both keep: the grid, every cell, fixed layout."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _trim(runs: list[Run | None]) -> list[Run | None]:
    """Runs without the spaces that only laid out the HTML source."""
    out: list[Run | None] = []
    for piece in runs:
        if piece is not None and not piece.text:
            continue
        out.append(piece)
    while out and out[0] is not None and not out[0].text.strip():
        out.pop(0)
    while out and (out[-1] is None or not out[-1].text.strip()):
        out.pop()
    for i, piece in enumerate(out):
        if piece is None:
            continue
        if i == 0 or out[i - 1] is None:
            piece.text = piece.text.lstrip()
        if i + 1 == len(out) or out[i + 1] is None:
            piece.text = piece.text.rstrip()
    return [p for p in out if p is None or p.text]


def to_docx(html: str, day: dt.date) -> bytes:
    """The Word document of one HTML page; ``day`` dates its properties."""
    root, style = parse(html)
    main = root.find("main")
    if main is None:
        raise ValueError("the page has no <main>")
    writer = Writer("landscape" in main.classes, column_widths(style))
    writer.block(main)
    title = root.find("title")
    core = writer.doc.core_properties
    stamp = dt.datetime(day.year, day.month, day.day)
    core.title = title.text() if title else ""
    core.author = core.last_modified_by = ""
    core.comments = core.keywords = core.subject = core.category = ""
    core.created = core.modified = core.last_printed = stamp
    core.revision = 1
    buffer = io.BytesIO()
    writer.doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same entries in the same order, with fixed times: the same bytes every time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def docx_files(files: dict[str, str | bytes], day: dt.date) -> dict[str, bytes]:
    """``{path.docx: bytes}`` for every HTML document (everything but the index)."""
    return {rel[: -len(".html")] + ".docx": to_docx(text, day)
            for rel, text in sorted(files.items())
            if rel.endswith(".html") and rel != "index.html" and isinstance(text, str)}
