"""The tables of the tool drawn as plain text, without rich's cost, where the output is piped.

Piped into a file, ``less``, a script or a CI log, rich writes no colour and no style: a table
is plain text. rich still measures and wraps every cell several times through its renderables
(a 110-row table of progress takes a third of the command). This module draws the same text
from the same :class:`rich.table.Table` object, byte for byte, with rich's own algorithm —
column widths (:meth:`Table._calculate_column_widths`, ``_collapse_widths``, ``ratio_reduce``),
measurements (:mod:`rich.measure`), wrapping (``Text.wrap``, ``divide_line``), justification
(``Lines.justify``), cell widths (:func:`rich.cells.cell_len`) — on plain strings, reusing
rich's pure functions where they exist.

It draws the subset the tool builds (``render/layout.py``): boxes with or without edges,
padding on the sides, ``pad_edge``, titles, sections; columns with ``min_width``,
``max_width``, ``no_wrap``, ``overflow``, ``justify``; cells that are ``str``,
:class:`~rich.text.Text` or :class:`~rich.padding.Padding` of those. Anything else — another
renderable, markup or an emoji code in a string, control characters, a table wider than the
console, a console that writes control codes, a version of rich it was not verified against —
:func:`table_text` refuses (returns ``None``) and rich draws the table as before.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache
from typing import Any

from rich._ratio import ratio_reduce
from rich._wrap import divide_line
from rich.box import Box
from rich.cells import cell_len as rich_cell_len
from rich.cells import set_cell_size
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

# The major versions of rich whose output tests/render/test_plain_table.py proved identical.
VERIFIED_RICH = (15,)

# In a str cell: markup, an emoji code (``:name:``), control characters (tabs, ``\r``: rich
# strips or expands them), joiners and variation selectors (their width depends on how rich
# splits the line into segments). In a Text cell the same, less markup and emoji codes.
_STR_OUTSIDE = re.compile(r"[\[\x00-\x09\x0b-\x1f\x7f-\x9f\u200d\ufe0e\ufe0f]|:\S*?:")
_TEXT_OUTSIDE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200d\ufe0e\ufe0f]")
_TRAILING_SPACE = re.compile(r"\s+$")  # rich.text._re_whitespace

Measure = tuple[int, int]
Chain = tuple[tuple[int, int, bool], ...]  # paddings around a text, outermost first


class _Outside(Exception):
    """The table uses something drawn here differently from rich, or not at all."""


@cache
def _rich_verified() -> bool:
    """Whether the rich installed is of a version this module was verified against."""
    return rich_major() in VERIFIED_RICH


def rich_major() -> int | None:
    """The major version of the rich imported, from the name of its installed metadata beside
    it (``rich-15.0.0.dist-info``); None if that is not one folder. (``importlib.metadata``
    would say the same, but importing it costs 28 ms of a command that prints a table.)"""
    from pathlib import Path

    import rich

    site = Path(rich.__file__).resolve().parent.parent
    try:
        with os.scandir(site) as entries:
            found = [entry.name for entry in entries if entry.name.startswith("rich-")
                     and entry.name.endswith((".dist-info", ".egg-info"))]
    except OSError:
        return None
    if len(found) != 1:
        return None
    major = found[0][len("rich-"):].split(".")[0]
    return int(major) if major.isdigit() else None


def writes_plain(console: Any) -> bool:
    """Whether rich would write this console's output as bare text: no colour, no style, no
    control code (not a terminal, FORCE_COLOR and TTY_COMPATIBLE unset or off), straight to
    its file (not recorded, captured, live or buffered), on a UTF-8 stream outside Windows."""
    try:
        return bool(
            sys.platform != "win32"
            and not console.is_terminal
            and console.color_system is None
            and not console.is_jupyter
            and not console.legacy_windows
            and not console.record
            and not console.quiet
            and not console.soft_wrap
            and console.encoding.startswith("utf")
            and console._buffer_index == 0
            and not console._render_hooks
            and _rich_verified())
    except AttributeError:  # a console of another make
        return False


def print_table(console: Any, table: Any) -> None:
    """``console.print(table)``, drawn here where the output is plain text."""
    text = table_text(console, table) if writes_plain(console) else None
    if text is None:
        console.print(table)
        return
    try:
        console.file.write(text)
        console.file.flush()
    except BrokenPipeError:
        console.on_broken_pipe()


def table_text(console: Any, table: Any) -> str | None:
    """What ``console.print(table)`` writes on a console that writes plain text, or ``None``
    where the table is outside what is drawn here."""
    try:
        return _Drawing(console, table).text()
    except _Outside:
        return None


class _Cell:
    __slots__ = ("chain", "plain", "measure")

    def __init__(self, chain: Chain, plain: str) -> None:
        self.chain = chain
        self.plain = plain
        self.measure = _text_measure(plain)


class _Drawing:
    """One table on one console: checks the subset, then draws it."""

    def __init__(self, console: Any, table: Any) -> None:
        if type(table) is not Table or not table.columns:
            raise _Outside
        if (table.width is not None or table.min_width is not None or table.expand
                or table.caption or not table.show_header or table.show_footer
                or table.show_lines or table.leading or table.collapse_padding
                or not (table.box is None or type(table.box) is Box)):
            raise _Outside
        top, right, bottom, left = table.padding
        if top or bottom:
            raise _Outside
        self.console = console
        self.table = table
        self.styles: set[Any] = set()
        # Cells alike are one cell, measured and drawn once (a province's table holds the
        # same few numbers in thousands of cells): (chain, text) -> cell, and
        # (cell, width, column) -> its lines.
        self._made: dict[tuple[Chain, str], _Cell] = {}
        self._drawn: dict[tuple[int, int, int], tuple[str, ...]] = {}
        for style in (table.style, table.border_style, table.header_style, *table.row_styles):
            self._style(style or "")
        columns = table.columns
        last = len(columns) - 1
        self.padding = [(0 if index == 0 and not table.pad_edge else left,
                         0 if index == last and not table.pad_edge else right)
                        for index in range(len(columns))]
        self.cells: list[list[_Cell]] = []  # by column: the header, then the rows
        for index, column in enumerate(columns):
            if (column.width is not None or column.vertical != "top"
                    or column.justify not in ("left", "right", "center", "default")
                    or column.overflow not in ("fold", "crop", "ellipsis")):
                raise _Outside
            self._style(column.style or "")
            self._style(column.header_style)
            outer: Chain = ((*self.padding[index], True),) if any(table.padding) else ()
            self.cells.append([self._cell(cell, outer)
                               for cell in (column.header, *column._cells)])
        for row in table.rows:
            if row.style is not None:
                self._style(row.style)
        self.title: str | None = None
        if table.title:
            if table.title_justify not in ("left", "right", "center", "default"):
                raise _Outside
            self.title = self._plain(table.title)

    def _style(self, style: Any) -> None:
        """rich raises on a style it cannot parse: so does this."""
        if style not in self.styles:
            self.console.get_style(style)
            self.styles.add(style)

    def _plain(self, renderable: Any) -> str:
        if type(renderable) is str:
            if _STR_OUTSIDE.search(renderable):
                raise _Outside
            return renderable
        if type(renderable) is Text:
            plain = renderable.plain
            if (renderable.justify is not None or renderable.overflow is not None
                    or renderable.no_wrap is not None or renderable.end != "\n"
                    or _TEXT_OUTSIDE.search(plain)):
                raise _Outside
            return plain
        raise _Outside

    def _cell(self, renderable: Any, chain: Chain) -> _Cell:
        if getattr(renderable, "vertical", None) is not None:
            raise _Outside
        while type(renderable) is Padding:
            if renderable.top or renderable.bottom:
                raise _Outside
            self._style(renderable.style)
            chain = (*chain, (renderable.left, renderable.right, renderable.expand))
            renderable = renderable.renderable
        key = (chain, self._plain(renderable))
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = _Cell(*key)
        return found

    # -- widths (Table._calculate_column_widths, _measure_column) --------------------------

    def _measure_column(self, index: int, max_width: int) -> Measure:
        if max_width < 1:
            return 0, 0
        column = self.table.columns[index]
        padding_width = sum(self.padding[index])
        measures = [_measure(chain, 0, measure, max_width)
                    for chain, measure in {(cell.chain, cell.measure)
                                           for cell in self.cells[index]}]
        minimum = min(max(m[0] for m in measures), max_width)
        maximum = min(max(m[1] for m in measures), max_width)
        if column.min_width is not None:
            least = max(0, column.min_width + padding_width)
            minimum, maximum = max(minimum, least), max(maximum, least)
        if column.max_width is not None:
            most = column.max_width + padding_width
            minimum, maximum = min(minimum, most), min(maximum, most)
        return minimum, maximum

    def _widths(self, max_width: int) -> list[int]:
        max_width = max(0, max_width)
        columns = self.table.columns
        count = len(columns)
        widths = [self._measure_column(i, max_width)[1] or 1 for i in range(count)]
        if sum(widths) > max_width:
            widths = self.table._collapse_widths(
                widths, [column.width is None and not column.no_wrap for column in columns],
                max_width)
            if sum(widths) > max_width:
                widths = ratio_reduce(sum(widths) - max_width, [1] * count, widths, widths)
            widths = [self._measure_column(i, max(0, width))[1] or 0
                      for i, width in enumerate(widths)]
        return widths

    # -- drawing (Table.__rich_console__, Table._render) ------------------------------------

    def text(self) -> str:
        table = self.table
        box = table.box
        columns = table.columns
        extra = (2 if box and table.show_edge else 0) + (len(columns) - 1 if box else 0)
        console_width = self.console.options.max_width
        widths = self._widths(console_width - extra)
        table_width = sum(widths) + extra
        out: list[str] = []
        if self.title is not None and table_width >= 1:  # rich renders nothing in no room
            out += [line + "\n" for line in _wrap(self.title, table_width, table.title_justify,
                                                  "fold", False)]
        rows = list(zip(*self.cells, strict=False))  # as rich: a late column cuts rows
        edge = table.show_edge
        if box:
            sides = [(box.head_left, box.head_right, box.head_vertical),
                     (box.mid_left, box.mid_right, box.mid_vertical),
                     (box.foot_left, box.foot_right, box.foot_vertical)]
            if edge:
                out.append(box.get_top(widths) + "\n")
        last_row = len(rows) - 1
        for index, cells in enumerate(rows):
            drawn = [self._cell_lines(cell, width, column)
                     for cell, width, column in zip(cells, widths, columns, strict=True)]
            height = max(1, *(len(lines) for lines in drawn))
            for lines, width in zip(drawn, widths, strict=True):
                if len(lines) < height:
                    blank = [" " * width] * (height - len(lines))
                    lines[:] = blank + lines if index == 0 else lines + blank
            if box:
                left, right, divider = sides[0 if index == 0 else 2 if index == last_row else 1]
                if not edge:
                    left = right = ""
                out += [left + divider.join(line) + right + "\n"
                        for line in zip(*drawn, strict=True)]
            else:
                out += ["".join(line) + "\n" for line in zip(*drawn, strict=True)]
            if box and index == 0:
                out.append(box.get_row(widths, "head", edge=edge) + "\n")
            elif box and index != last_row and table.rows[index - 1].end_section:
                out.append(box.get_row(widths, "row", edge=edge) + "\n")
        if box and edge:
            out.append(box.get_bottom(widths) + "\n")
        if table_width > console_width:  # at its minimum widths, wider than the console
            out = [_crop(line, console_width) for line in out]
        return "".join(out)

    def _cell_lines(self, cell: _Cell, width: int, column: Any) -> list[str]:
        """console.render_lines of the cell at its column's width: lines of ``width`` cells
        (a new list: the caller pads it)."""
        key = (id(cell), width, id(column))  # (the cells and columns live as long as this)
        found = self._drawn.get(key)
        if found is None:
            found = self._drawn[key] = tuple(self._draw_cell(cell, width, column))
        return list(found)

    def _draw_cell(self, cell: _Cell, width: int, column: Any) -> list[str]:
        def lines(position: int, width: int) -> list[str]:
            if width < 1:
                return []  # Console.render: no room, nothing rendered
            if position == len(cell.chain):
                wrapped = _wrap(cell.plain, width, column.justify, column.overflow,
                                column.no_wrap)
            else:
                left, right, expand = cell.chain[position]
                inner = width if expand else min(
                    _measure(cell.chain, position + 1, cell.measure, width)[1] + left + right,
                    width)
                wrapped = [" " * left + line + " " * right
                           for line in lines(position + 1, inner - left - right)]
            shaped = []
            for line in wrapped:
                size = cell_len(line)
                if size > width:
                    raise _Outside
                shaped.append(line + " " * (width - size))
            return shaped

        return lines(0, width)


# -- rich's measurements and wrapping, on plain strings -------------------------------------


def _text_measure(plain: str) -> Measure:
    """Text.__rich_measure__."""

    lines = plain.splitlines()
    widest = max(cell_len(line) for line in lines) if lines else 0
    words = plain.split()
    return (max(cell_len(word) for word in words) if words else widest), widest


def _normalize(minimum: int, maximum: int) -> Measure:
    """Measurement.normalize."""
    if 0 <= minimum <= maximum:
        return minimum, maximum
    minimum = min(max(0, minimum), maximum)
    return max(0, minimum), max(0, max(minimum, maximum))


def _measure(chain: Chain, position: int, text: Measure, max_width: int) -> Measure:
    """Measurement.get of the renderable at ``position`` in the chain (a Padding, or the text
    at the end of it), within ``max_width``."""
    if max_width < 1:
        return 0, 0
    if position == len(chain):
        minimum, maximum = text
    else:  # Padding.__rich_measure__
        left, right, _expand = chain[position]
        extra = left + right
        if max_width - extra < 1:
            minimum = maximum = max_width
        else:
            inner = _measure(chain, position + 1, text, max_width)
            minimum, maximum = min(inner[0] + extra, max_width), min(inner[1] + extra, max_width)
    minimum, maximum = _normalize(minimum, maximum)
    minimum, maximum = min(minimum, max_width), min(maximum, max_width)
    if maximum < 1:
        return 0, 0
    return _normalize(minimum, maximum)


def _wrap(plain: str, width: int, justify: str, overflow: str, no_wrap: bool) -> list[str]:
    """Text.wrap then Lines.justify and Text.truncate, on the plain text."""

    fold = overflow == "fold"
    out: list[str] = []
    for line in plain.split("\n"):
        if no_wrap or (len(line) <= width and cell_len(line) <= width):
            pieces = [line]  # what fits: divide_line breaks nothing, rstrip_end strips nothing
        else:
            offsets = divide_line(line, width, fold=fold)
            bounds = [0, *offsets, len(line)]
            pieces = [_rstrip_end(line[start:end], width)
                      for start, end in zip(bounds, bounds[1:], strict=False)]
        out += [_truncate(_justify(piece, width, justify, overflow), width, overflow)
                for piece in pieces]
    return out


def _crop(line: str, width: int) -> str:
    """A line of the table (its ``\\n`` last) cropped to the console's width, as
    ``Console.print`` crops it (Segment.adjust_line_length).

    rich crops segment by segment: the same as cropping the whole line, unless a character of
    no width (a combining mark) follows the cut, where its segment decides. Such a line is left
    to rich."""

    text = line[:-1]
    if cell_len(text) <= width:
        return line
    if _narrow().issuperset(text):  # every character one cell: the first ``width`` of them
        return text[:width] + "\n"
    if not _zero_width().isdisjoint(text):
        raise _Outside
    return set_cell_size(text, width) + "\n"


def cell_len(text: str) -> int:
    """:func:`rich.cells.cell_len`, at once for a text of one-cell characters (rich asks
    character by character beyond Latin-1, as for every Vietnamese word)."""
    return len(text) if _narrow().issuperset(text) else rich_cell_len(text)


def _widths() -> list[tuple[int, int, int]]:
    """rich's table of the characters not of one cell ((first, last, width)), with the
    control characters, of no width."""
    from rich._unicode_data import load

    return [(1, 31, 0), (0x7F, 0x9F, 0), *load("auto").widths]


def _characters(ranges: list[tuple[int, int]]) -> frozenset[str]:
    return frozenset(chr(code) for first, last in ranges for code in range(first, last + 1))


@cache
def _zero_width() -> frozenset[str]:
    """The characters rich gives no width (``get_character_cell_size`` 0): a line is looked
    through at once, where asking character by character cost most of a wide table's
    cropping."""
    return _characters([(first, last) for first, last, width in _widths() if width == 0])


@cache
def _narrow() -> frozenset[str]:
    """The characters of one cell below the CJK blocks (Latin with Vietnamese, Greek,
    Cyrillic, punctuation, box drawing and blocks): a line of only these is cut as a
    string is."""
    other = [(first, min(last, _CJK - 1)) for first, last, width in _widths()
             if width != 1 and first < _CJK]
    return _characters([(0x20, _CJK - 1)]) - _characters(other)


_CJK = 0x2E80


def _rstrip_end(text: str, size: int) -> str:
    """Text.rstrip_end: whitespace beyond ``size`` characters (not cells) goes."""
    if len(text) > size:
        found = _TRAILING_SPACE.search(text)
        if found is not None:
            crop = min(len(found.group(0)), len(text) - size)
            if crop:
                text = text[:-crop]
    return text


def _truncate(text: str, width: int, overflow: str, pad: bool = False) -> str:
    """Text.truncate."""

    length = cell_len(text)
    if length > width:
        text = (set_cell_size(text, width - 1) + "…" if overflow == "ellipsis"
                else set_cell_size(text, width))
    if pad and length < width:
        text += " " * (width - length)
    return text


def _justify(text: str, width: int, justify: str, overflow: str) -> str:
    """Lines.justify for one line (``full`` is outside)."""

    if justify == "left":
        return _truncate(text, width, overflow, pad=True)
    if justify == "center":
        text = _truncate(text.rstrip(), width, overflow)
        text = " " * ((width - cell_len(text)) // 2) + text
        return text + " " * (width - cell_len(text))
    if justify == "right":
        text = _truncate(text.rstrip(), width, overflow)
        return " " * (width - cell_len(text)) + text
    return text

