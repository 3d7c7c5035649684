"""The Markdown escaper: its fast form says what the plain rule says, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from songlo_targets.render.markdown import MdSafe, escape

_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def reference(text: str) -> str:
    """The rule, written plainly: entities, then a backslash before each mark, then breaks."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _NEWLINES.sub("<br>", _SPECIAL.sub(r"\\\1", text))


@given(st.text(alphabet=st.sampled_from(list("ab ễ&<>\r\n\\`*_[]|~#"))) | st.text())
def test_escape_is_the_rule(text: str) -> None:
    assert escape(text) == reference(text)


def test_escape_keeps_markdown_and_numbers() -> None:
    assert escape(MdSafe("**x**")) == "**x**"
    assert escape(12.5) == "12.5"
    assert escape("Nguyễn Văn An") == "Nguyễn Văn An"
    assert escape("a\r\n\rb") == "a<br><br>b"
