"""The one Markdown escaper: plain text made safe in a paragraph, a list line or a table cell.

Everything a Markdown output shows of the records goes through :func:`escape` (the report
and diff templates call it on every value, :func:`~songlo_targets.render.tabular.md_table` on
every cell). Text that is already Markdown is marked :class:`MdSafe` and left alone.
"""

from __future__ import annotations

import re

# What escape() changes: one search finds whether a text needs it (most do not), one
# translate does it (``\r\n`` made ``\n`` first, so that it is one line break).
_NEEDS_ESCAPE = re.compile(r"[&<>\r\n\\`*_\[\]|~]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": "<br>", "\r": "<br>",
                          **{mark: "\\" + mark for mark in "\\`*_[]|~"}})
_NEWLINES = re.compile(r"\r\n|\r|\n")
_TICKS = re.compile(r"`+")


class MdSafe(str):
    """Text that is already Markdown: :func:`escape` leaves it alone."""

    __slots__ = ()


def escape(value: object) -> str:
    """Plain text as inline Markdown: ``|``, ``*``, ``_``, `````, ``[``, ``]``, ``~`` and ``\\``
    escaped, ``&``, ``<``, ``>`` as entities (no HTML gets through), line breaks as ``<br>``;
    None → empty."""
    if value is None:
        return ""
    if isinstance(value, MdSafe):
        return value
    text = str(value)
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return text.translate(_ESCAPES)


def code(value: object) -> MdSafe:
    """Text as an inline code span, whatever backticks it holds (``a`b`` → ````` ``a`b`` `````)."""
    text = " ".join(_NEWLINES.split("" if value is None else str(value)))
    longest = max((len(run) for run in _TICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return MdSafe(f"{fence}{pad}{text}{pad}{fence}")


def strong(value: object) -> MdSafe:
    """Plain text in bold: ``**text**`` with the text escaped."""
    return MdSafe(f"**{escape(value)}**")
