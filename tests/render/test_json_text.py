"""The tool's JSON writer makes the bytes of ``json.dumps(…, ensure_ascii=False, indent=2)``."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from songlo_targets.render.common import json_text

SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
           | st.text())
KEYS = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.tuples(inner, inner)
                      | st.dictionaries(KEYS, inner, max_size=4), max_leaves=30)


@settings(max_examples=200)
@given(VALUES)
def test_the_same_bytes_as_the_standard_library(value: object) -> None:
    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_vietnamese_enums_and_special_floats() -> None:
    from enum import IntEnum, StrEnum

    class Level(StrEnum):
        good = "tốt"

    class Quarter(IntEnum):
        third = 3

    value = {"xã": "Đảng ủy xã Sông Lô", Level.good: [Level.good, Quarter.third],
             "n": [math.inf, -math.inf, math.nan, 0.1, -0.0, 10**20, 1e300], "e": {}, "l": []}
    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_what_json_cannot_write_is_refused() -> None:
    import datetime as dt

    with pytest.raises(TypeError):
        json_text({"day": dt.date(2026, 1, 1)})
    with pytest.raises(TypeError):
        json_text({(1, 2): "tuple key"})
