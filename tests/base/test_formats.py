"""Numbers, percentages and dates for people: Vietnamese and English forms (formats.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from songlo_targets import formats as vnformat
from songlo_targets import i18n


@pytest.mark.parametrize(("value", "shown"), [
    (1250, "1.250"), (172.5, "172,5"), (1180.25, "1.180,25"), (3.0, "3"), (0, "0"),
    (-0.001, "0"), (-1250.5, "-1.250,5"), (1234567, "1.234.567"), (0.125, "0,12"),
    (None, ""),
])
def test_number(value: float | None, shown: str) -> None:
    assert vnformat.number(value, language="vi") == shown


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_number_reads_back(value: float) -> None:
    shown = vnformat.number(value, language="vi")
    assert float(shown.replace(".", "").replace(",", ".")) == pytest.approx(
        round(value, 2), abs=1e-9)
    assert " " not in shown and "e" not in shown


def test_percent() -> None:
    assert vnformat.percent(0.857, language="vi") == "85,7%"
    assert vnformat.percent(1, language="vi") == "100%"
    assert vnformat.percent(2 / 3, language="vi") == "66,7%"
    assert vnformat.percent(None) == ""
    assert vnformat.percent(0.825, language="en") == "82.5%"
    assert vnformat.percent_value(82.5, language="vi") == "82,5%"
    assert vnformat.percent(0.857, 0, language="vi") == "86%"


@pytest.mark.parametrize(("value", "vi", "en"), [
    (1234567, "1.234.567", "1,234,567"), (6.8, "6,8", "6.8"), (1234567.5, "1.234.567,5",
                                                             "1,234,567.5"),
    (0.125, "0,125", "0.125"), (1e-7, "0,0000001", "0.0000001"), (3.0, "3", "3"),
    (1e20, "100.000.000.000.000.000.000", "100,000,000,000,000,000,000"),
])
def test_exact_numbers_keep_every_digit_in_both_languages(value: float, vi: str,
                                                          en: str) -> None:
    assert vnformat.number(value, vnformat.EXACT, "vi") == vi
    assert vnformat.number(value, vnformat.EXACT, "en") == en


def test_the_active_language_chooses_the_form() -> None:
    i18n.set_language("vi")
    assert (vnformat.number(1234567.25), vnformat.percent(0.825)) == ("1.234.567,25", "82,5%")
    i18n.set_language("en")
    assert (vnformat.number(1234567.25), vnformat.percent(0.825)) == ("1,234,567.25", "82.5%")
    assert vnformat.number(6.8, language="vi") == "6,8"  # a fixed language wins


@pytest.mark.parametrize(("day", "line"), [
    (dt.date(2022, 1, 24), "ngày 24 tháng 01 năm 2022"),
    (dt.date(2022, 2, 9), "ngày 09 tháng 02 năm 2022"),
    (dt.date(2022, 3, 5), "ngày 05 tháng 3 năm 2022"),
    (dt.date(2022, 12, 31), "ngày 31 tháng 12 năm 2022"),
    (dt.date(2022, 10, 1), "ngày 01 tháng 10 năm 2022"),
])
def test_long_date_has_leading_zeros_for_days_below_ten_and_months_one_and_two(
        day: dt.date, line: str) -> None:
    assert vnformat.long_date(day) == line


def test_place_date_line() -> None:
    assert vnformat.place_date("Sông Lô", dt.date(2022, 1, 24)) == \
        "Sông Lô, ngày 24 tháng 01 năm 2022"
    assert vnformat.place_date(None, dt.date(2022, 1, 24)) == "Ngày 24 tháng 01 năm 2022"


def test_table_dates_and_upper_case() -> None:
    assert vnformat.date(dt.date(2022, 3, 5)) == "05/03/2022"
    assert vnformat.date(None) == ""
    assert vnformat.upper("Huyện ủy Sông Lô") == "HUYỆN ỦY SÔNG LÔ"
    assert vnformat.upper("Đảng bộ tỉnh Vĩnh Phúc") == "ĐẢNG BỘ TỈNH VĨNH PHÚC"


def test_roman_and_measure() -> None:
    assert [vnformat.roman(n) for n in (1, 4, 5, 9, 14, 40)] == \
        ["I", "IV", "V", "IX", "XIV", "XL"]

    class M:
        unit, target, baseline, direction = "tỷ đồng", 2.0, 5.0, "down"

    assert vnformat.measure(M(), "vi") == "≤ 2 tỷ đồng (giá trị đầu kỳ 5)"
    assert vnformat.measure(M(), "en") == "≤ 2 tỷ đồng (baseline 5)"


def test_province_sized_counts_are_grouped_in_the_tables() -> None:
    """Counts go through formats too: a province has thousands of tasks."""
    from songlo_targets.derive.counts import Counts
    from songlo_targets.render.progress import _count_cells

    i18n.set_language("vi")
    counts = Counts(done_on_time=1200, done_late=34, open=5, overdue=0)
    assert _count_cells(counts)[:2] == ["1.239", "1.200"]
    i18n.set_language("en")
    assert _count_cells(counts)[:2] == ["1,239", "1,200"]
