"""Vietnamese text: alphabetical order and matching without diacritics.

Python's default sort puts `Đ` after `Z` and `ă`, `â` after `z`; Vietnamese dictionaries order
the letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, and the tones after the
letters (a à ả ã á ạ). :func:`sort_key` implements that order (letters, then tones, then
case), :func:`fold` removes every mark for matching what people type (`"duc bac"`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
# Marks that make a letter of its own (ă, â, ê, ô, ơ, ư) and the five tone marks, in order.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_SEPARATORS = re.compile(r"[\s\-_.,/]+")


@functools.lru_cache(maxsize=1024)
def _split(char: str) -> tuple[str, int]:
    """A character as (letter with its letter marks, tone 0-5)."""
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(ch for ch in decomposed if ch not in _TONES)
    tone = next((_TONES[ch] for ch in decomposed if ch in _TONES), 0)
    return unicodedata.normalize("NFC", base), tone


@functools.lru_cache(maxsize=8192)
def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Key for sorted(): Vietnamese alphabetical order, tones second, case third (each text
    worked out once: a province's views sort the same unit names many times)."""
    letters: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    for char in unicodedata.normalize("NFC", text):
        base, tone = _split(char)
        lower = base.lower()
        if lower in _LETTER_RANK:
            letters.append(1000 + _LETTER_RANK[lower])
        elif lower.isdigit():
            letters.append(100 + int(lower) if lower.isascii() else 200)
        elif lower.isspace():
            letters.append(0)
        else:
            letters.append(2000 + ord(lower))
        tones.append(tone)
        cases.append(0 if base == lower else 1)
    return tuple(letters), tuple(tones), tuple(cases)


def fold(text: str, marks: bool = False) -> str:
    """Lowercase, without any mark, with separators as single spaces: `Đức-Bác` → `duc bac`.

    With ``marks``, the diacritics stay (`Đức-Bác` → `đức bác`): to tell what a person typed
    with diacritics from what merely folds to the same letters."""
    if marks:
        return _SEPARATORS.sub(" ", unicodedata.normalize("NFC", text).lower()).strip()
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", plain.lower()).strip()


def has_marks(text: str) -> bool:
    """Whether ``text`` carries Vietnamese diacritics (or đ)."""
    return fold(text, marks=True) != fold(text)


def slug(text: str) -> str:
    """The key a text would have: folded, with hyphens: `Việc khó` → `viec-kho`."""
    return "-".join(fold(text).replace("đ", "d").split()).strip("-")
