"""Numbers and dates as Vietnamese documents write them.

* numbers: `.` groups thousands, `,` marks decimals: ``1.250``, ``172,5``;
* dates in tables: ``DD/MM/YYYY``;
* the place-and-date line of a Party document (Hướng dẫn 36-HD/VPTW): ``Sông Lô, ngày 24
  tháng 01 năm 2022`` — a day below 10 and the months 1 and 2 take a leading zero, so that
  nothing can be written in front of them later.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Protocol


class MeasureLike(Protocol):
    @property
    def unit(self) -> str: ...
    @property
    def target(self) -> float: ...
    @property
    def baseline(self) -> float | None: ...
    @property
    def direction(self) -> str: ...


def number(value: float | int | None, decimals: int = 2) -> str:
    """``1250`` → ``1.250``, ``172.5`` → ``172,5``, ``3.0`` → ``3``; None → empty."""
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    rounded = round(float(value), decimals)
    if rounded == 0:
        rounded = 0.0  # no "-0"
    text = f"{rounded:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent(share: float | None, decimals: int = 1) -> str:
    """A share 0..1 as a percentage: ``0.857`` → ``85,7%``."""
    if share is None:
        return ""
    return number(share * 100, decimals) + "%"


def date(day: dt.date | None) -> str:
    """``DD/MM/YYYY``, as tables show dates; None → empty."""
    return day.strftime("%d/%m/%Y") if day else ""


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


def measure(m: MeasureLike) -> str:
    """The product a target requires: ``≥ 12,5 ha``, ``≤ 2 vụ (đầu kỳ 5)``.

    A baseline of 0 says nothing and is left out.
    """
    sign = "≤" if m.direction == "down" else "≥"
    text = f"{sign} {with_unit(number(m.target), m.unit)}"
    return text + (f" (đầu kỳ {number(m.baseline)})" if m.baseline else "")


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """Section numbers of Party documents: 1 → I, 4 → IV."""
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)
