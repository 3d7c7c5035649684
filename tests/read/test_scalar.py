"""The language line of targets.yaml, read before anything is printed (no YAML parser)."""

from __future__ import annotations

import pytest

from songlo_targets.read.scalar import top_level_scalar


@pytest.mark.parametrize(("text", "value"), [
    ("schema: 1\nlanguage: en\n", "en"),
    ("\ufefflanguage: en\r\nschema: 1\r\n", "en"),
    ("language: en   # ngôn ngữ\n", "en"),
    ("language: 'en' # x\n", "en"),
    ('language: "en"\n', "en"),
    ("language: 'it''s'\n", "it's"),
    ('language: "\\u0065n"\n', "en"),
    ("organization:\n  language: en\n", None),  # not top-level
    ("# language: en\n", None),
    ("language: en\nlanguage: vi\n", None),  # written twice: check reports it
    ("language: !!str en\n", None),
    ("language: |\n  en\n", None),
    ("language:\n", None),
    ("language: 'en\n", None),
    ("language: 'en' x\n", None),
    ("languages: en\n", None),
])
def test_top_level_scalar(text: str, value: str | None) -> None:
    assert top_level_scalar(text, "language") == value
