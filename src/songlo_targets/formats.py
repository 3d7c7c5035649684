"""Numbers, percentages and dates for people: the one formatter of the tool.

Every text a person reads shows numbers through this module; numbers written *into* files
stay in the machine format (``store/edits``). The forms follow the active language
(:func:`songlo_targets.i18n.language`), or the ``language`` a caller fixes (the reports and
the pull-request summary are Vietnamese whatever the user's language):

=========== =============== ===============
what        Vietnamese      English
=========== =============== ===============
number      ``1.234.567``   ``1,234,567``
decimal     ``6,8``         ``6.8``
percentage  ``82,5%``       ``82.5%``
date        ``31/12/2022``  ``31/12/2022``
=========== =============== ===============

* a percentage is written without a space before ``%``, in both languages;
* dates are ``DD/MM/YYYY`` in both languages (the records are Vietnamese; a day-first date
  is what every reader of them expects);
* the place-and-date line of a Party document (Hướng dẫn 36-HD/VPTW): ``Sông Lô, ngày 24
  tháng 01 năm 2022`` — a day below 10 and the months 1 and 2 take a leading zero, so that
  nothing can be written in front of them later.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from typing import Protocol

from songlo_targets import i18n

EXACT = None
"""``decimals=EXACT``: every digit the value has (for a value a person typed and compares)."""

# (thousands separator, decimal mark) of each language.
_MARKS = {"vi": (".", ","), "en": (",", ".")}


class MeasureLike(Protocol):
    @property
    def unit(self) -> str: ...
    @property
    def target(self) -> float: ...
    @property
    def baseline(self) -> float | None: ...
    @property
    def direction(self) -> str: ...


def _marks(language: str | None) -> tuple[str, str]:
    return _MARKS.get(language or i18n.language(), _MARKS["vi"])


def number(value: float | int | None, decimals: int | None = 2,
           language: str | None = None) -> str:
    """``1250`` → ``1.250``, ``172.5`` → ``172,5``, ``3.0`` → ``3``; None → empty.

    At most ``decimals`` decimals (trailing zeros dropped), or every digit with
    ``decimals=EXACT``; English groups with ``,`` and marks decimals with ``.``.
    """
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}"
    else:
        if decimals is None:  # the shortest digits that read back as the same float
            exponent = decimal.Decimal(repr(float(value))).as_tuple().exponent
            places = max(0, -exponent) if isinstance(exponent, int) else 0
        else:
            places = decimals
        rounded = round(float(value), places)
        if rounded == 0:
            rounded = 0.0  # no "-0"
        text = f"{rounded:,.{places}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    thousands, mark = _marks(language)
    return text.replace(",", "\0").replace(".", mark).replace("\0", thousands)


def percent(share: float | None, decimals: int = 1, language: str | None = None) -> str:
    """A share 0..1 as a percentage: ``0.857`` → ``85,7%`` (no space before ``%``)."""
    if share is None:
        return ""
    return number(share * 100, decimals, language) + "%"


def percent_value(value: float | None, decimals: int | None = 2,
                  language: str | None = None) -> str:
    """A percentage already 0..100 (a task's ``percent``): ``82.5`` → ``82,5%``."""
    if value is None:
        return ""
    return number(value, decimals, language) + "%"


def date(day: dt.date | None) -> str:
    """``DD/MM/YYYY``, as tables and messages show dates; None → empty."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if day else ""


def long_date(day: dt.date) -> str:
    """``ngày 24 tháng 01 năm 2022``: leading zero for days 1–9 and for months 1 and 2."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date(place: str | None, day: dt.date) -> str:
    """The italic line under ĐẢNG CỘNG SẢN VIỆT NAM: ``Sông Lô, ngày 24 tháng 01 năm 2022``."""
    line = long_date(day)
    return f"{place}, {line}" if place else line[0].upper() + line[1:]


def upper(text: str | None) -> str:
    """Upper case for document headers (Python knows the Vietnamese letters: ủy → ỦY)."""
    return (text or "").upper()


def with_unit(amount: str, unit: str) -> str:
    """An amount and its unit of measure: ``12,5 ha``; a percent sign sticks: ``2,2%``."""
    return f"{amount}{unit}" if unit == "%" else f"{amount} {unit}"


def measure(m: MeasureLike, language: str | None = None, decimals: int | None = 2) -> str:
    """The product a target requires: ``≥ 12,5 ha``, ``≤ 2 vụ (đầu kỳ 5)``, ``≤ 2,2%``.

    A baseline of 0 says nothing and is left out.
    """
    sign = "≤" if m.direction == "down" else "≥"
    text = f"{sign} {with_unit(number(m.target, decimals, language), m.unit)}"
    if not m.baseline:
        return text
    baseline = i18n.translate(i18n.N_("baseline {value}"), language,
                              value=number(m.baseline, decimals, language))
    return f"{text} ({baseline})"


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """Section numbers of Party documents: 1 → I, 4 → IV."""
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def quarter(year: int, n: int, language: str | None = None) -> str:
    """A quarter as people write it: ``quý I năm 2026`` (Vietnamese), ``Q1 2026`` (English)."""
    if (language or i18n.language()) == "vi":
        return f"quý {roman(n)} năm {year}"
    return f"Q{n} {year}"
