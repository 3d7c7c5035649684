"""Plain tables as text: CSV (formula cells neutralised) and Markdown (cells escaped)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from songlo_targets.render.markdown import escape

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
Cell = str | int | float | None


def neutralise(text: str) -> str:
    """A text a spreadsheet would run as a formula, made plain by a leading quote."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Cell]], bom: bool = False) -> str:
    """CSV with CRLF rows; texts that look like formulas are neutralised, numbers are kept."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow(["" if c is None else neutralise(c) if isinstance(c, str) else c
                         for c in row])
    return (BOM if bom else "") + buffer.getvalue()


def md_table(header: Sequence[str], rows: Iterable[Sequence[Cell]],
             right: Sequence[bool] | None = None) -> str:
    """A Markdown table; ``right`` marks the columns aligned right (numbers). Every cell is
    escaped, but those marked :class:`~songlo_targets.render.markdown.MdSafe`."""
    right = right or [False] * len(header)
    lines = ["| " + " | ".join(escape(h) for h in header) + " |",
             "|" + "|".join("---:" if r else "---" for r in right) + "|"]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
