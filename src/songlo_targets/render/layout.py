"""Tables for the terminal that read at 80 columns as well as at 120 and more.

rich gives every column its share of what is left and, when that is too little, squeezes them
all — names broken mid-word (`Thườn`/`g`), columns collapsed to nothing. So the tables of the
tool are laid out here, by the width of the console:

* below :data:`WIDE` columns, a compact frame (a rule under the header, no side borders, one
  space between columns) leaves the text its room;
* the column of names and titles takes what the others leave (``ratio``) and is never narrower
  than its longest word, so it wraps between words only;
* a column may be left out where it does not fit (the bar of a share), and long references go
  below the title they belong to rather than in a column of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from songlo_targets.render.common import console

WIDE = 100  # from this width on, tables are framed in full
TEXT_MIN = 12  # the narrowest a column of names or titles ever gets


def width() -> int:
    return int(console().width)


def is_wide() -> bool:
    return width() >= WIDE


def table(title: str | None = None, *, wide: bool | None = None) -> Any:
    """A rich table framed for the console's width (``wide`` forces one or the other)."""
    from rich import box
    from rich.table import Table

    if is_wide() if wide is None else wide:
        return Table(title=title, title_justify="left")
    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                 pad_edge=False, padding=(0, 0))


def print_table(out: Any, table: Any) -> None:
    """Every table of the tool reaches the console here: drawn as plain text without rich's
    cost where the output is piped (:mod:`songlo_targets.render.plain_table`), by rich
    elsewhere."""
    from songlo_targets.render import plain_table

    plain_table.print_table(out, table)


def longest_word(texts: Iterable[str]) -> int:
    return max((len(word) for text in texts for word in text.split()), default=0)


def text_column(table_: Any, header: str, texts: Iterable[str], **options: Any) -> None:
    """The column that takes the room the others leave, wrapping between words only."""
    texts = list(texts)
    table_.add_column(header, ratio=1, overflow="fold",
                      min_width=max(TEXT_MIN, longest_word([header, *texts])), **options)


def indented(text: str, by: int = 2) -> Any:
    """A name under its group: every line of it indented, the wrapped ones too."""
    from rich.padding import Padding
    from rich.text import Text

    return Padding(Text(text), (0, 0, 0, by))
