"""The characters a record may not hold are YAML 1.2's non-printable ones, every code point."""

from __future__ import annotations

from songlo_targets.read.fast import unprintable
from songlo_targets.records.texts import NOT_PRINTABLE


def c_printable(code: int) -> bool:
    """YAML 1.2, production [1] c-printable."""
    return (code in (0x9, 0xA, 0xD, 0x85) or 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF
            or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF)


def test_not_printable_is_what_yaml_does_not_print() -> None:
    differ = [hex(c) for c in range(0x110000)
              if bool(NOT_PRINTABLE.match(chr(c))) == c_printable(c)]
    assert differ == []


def _steps_aside(char: str) -> bool:
    try:
        raw = char.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the fast path steps aside (parse)
        return True
    return unprintable(f"a{char}b", b"a" + raw + b"b")


def test_the_fast_path_steps_aside_for_those_and_for_unicodes_other_line_breaks() -> None:
    others = {0x85, 0x2028, 0x2029}
    differ = [hex(c) for c in range(0x110000)
              if _steps_aside(chr(c)) != (not c_printable(c) or c in others)]
    assert differ == []
