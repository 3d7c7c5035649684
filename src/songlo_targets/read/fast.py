"""The fast read path: rapidyaml (C++) parses, positions come later and only when asked for.

The reference reading is :mod:`songlo_targets.read.yaml_tree` (ruamel.yaml round-trip). This module
gives the same records for the files that records are made of, much faster:

* rapidyaml parses the text and emits it as JSON, which the records model validates as it is
  (``model_validate_json``: no Python object is built before the records);
* a text pre-scan sends to the reference reading every file that uses something where the two
  readers could differ (anchors, aliases, tags, directives, several documents, tabs, complex
  or quoted keys, plain scalars or keys that YAML 1.2 could read as something other than text
  or a plain number such as ``01``, ``~``, ``0x1F``, ``1_000``, ``.inf``, ``True``), and any file
  that rapidyaml refuses, that repeats a key, or that does not validate;
* positions are worked out on first use (:class:`~songlo_targets.read.yaml_tree.FilePositions`),
  from the reference reading
  of that one file: rules ask for them only to report a problem, so a clean file is never read
  twice, and the positions are the reference's own.

Every result of this module is therefore either identical to the reference, or ``None``
(meaning: read this file with the reference path). Tests compare both on whole repositories.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Anything in the text that makes the fast path step aside for this file. Conservative: a match
# inside a quoted string or a comment only costs speed, never correctness. Split in simple
# patterns that each start with one character, which the regular expression engine finds
# quickly, because one alternation of them all scans ten times slower.
_PLAIN_END = r"[ \t]*(?:$|[,\]}]|[ \t]#)"
# Numbers rapidyaml emits as the JSON number ruamel.yaml reads: not `0e0` (a string to
# rapidyaml, a float to ruamel), so an exponent needs a fraction or a non-zero whole part.
# (Possessive runs of digits: what follows them is never a digit, so giving one back cannot
# help; the date is tried first, as it is the most common value starting with a digit.)
_SAFE_NUMBER = (r"-?(?:(?:0|[1-9][0-9]*+)\.[0-9]++(?:[eE][-+]?[0-9]++)?"
                r"|[1-9][0-9]*+(?:[eE][-+]?[0-9]++)?|0)")
_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
# A whole plain scalar that YAML 1.2 (as ruamel.yaml reads it) may take for something else
# than rapidyaml's JSON says: `~`, `True`, `NULL`, `.inf`, `01`, `+1`, `0x1F`, `1_000`, `<<`...
_ODD_SCALAR = (r"(?=[~<=TFNniI+.0-9-])"
               r"(?:~|<<|=|True|TRUE|False|FALSE|Null|NULL|[-+]?\.?(?:inf|Inf|INF|nan|NaN|NAN)"
               rf"|(?!(?:{_DATE}|{_SAFE_NUMBER}){_PLAIN_END})[-+.0-9][0-9a-zA-Z_.+-]*+)"
               rf"{_PLAIN_END}")
# A plain key that YAML 1.2 reads as something else than text or a whole number: `1.5:`,
# `01:`, `true:`, `~:`, `<<:`, an empty key. (JSON keys are text: the type would be lost.)
_KEY_END = r"[ \t]*:(?:[ \t\r\n]|$)"
_ODD_KEY = (r"(?=[-+.0-9<=~tfnTFN:])"  # (fails fast on the usual keys)
            rf"(?:(?!(?:0|-?[1-9][0-9]*){_KEY_END})(?:-(?![ \t\r\n])|[+.0-9<=~])[^\n:]*"
            rf"|true|false|null|True|TRUE|False|FALSE|Null|NULL|){_KEY_END}")
_BLOCK_KEY = r"[ \t]*+(?:-[ \t]++)*+" + _ODD_KEY  # (possessive: no backtracking)
_RISKY = [re.compile(pattern, re.MULTILINE) for pattern in (
    r":[ \t]++" + _ODD_SCALAR,  # block values (possessive spaces: no backtracking)
    r"-[ \t]++" + _ODD_SCALAR,  # block items
    r"\[[ \t]*+" + _ODD_SCALAR,  # flow items and values
    r"\{[ \t]*+" + _ODD_SCALAR,
    r",[ \t]*+" + _ODD_SCALAR,
    r"\n" + _BLOCK_KEY,  # keys
    r"\{[ \t]*+" + _ODD_KEY,
    r",[ \t]*+" + _ODD_KEY,
    r"'[ \t]*:[ \t\r\n]",  # quoted keys
    r'"[ \t]*:[ \t\r\n]',
    r"\n(?:%|---|\.\.\.)",  # directives, document markers
)]
_FIRST_KEY = re.compile(_BLOCK_KEY)
_COMPLEX = [re.compile(r"\n[ \t-]*\?[ \t\r\n]"),  # complex keys, block and flow
            re.compile(r"[\[{,][ \t]*\?[ \t]")]
_FEATURE = re.compile(r"[&*!][^ \t\r\n]|[@`]")  # anchors, aliases, tags, reserved indicators
# (each checked in context: only at the start of a token)
_FEATURE_CHARS = ("&", "*", "!", "@", "`")
_ODD_CHARS = ("\t", "\x85", "\u2028", "\u2029")  # tabs, and line breaks other than LF / CRLF
# Characters YAML refuses in a file (the reference reports them; rapidyaml lets them through),
# and the other line breaks of Unicode: looked for in the file's UTF-8, where the C0 controls
# and DEL are single bytes (deleting every other byte leaves them: one pass in C) and the C1
# controls U+0080-U+009F are 0xC2 then 0x80-0x9F; the last few as text. (A regular
# expression of the class scans every character: 60 ms of 13 MiB.) A lone surrogate cannot
# be encoded at all.
_NOT_CONTROL = bytes(b for b in range(256) if b in (0x09, 0x0A, 0x0D) or 0x20 <= b <= 0x7E
                     or b >= 0x80)
_C1 = re.compile(b"\xc2[\x80-\x9f]")
_NOT_CHARACTERS = ("\u2028", "\u2029", "\ufffe", "\uffff")


def unprintable(text: str, raw: bytes) -> bool:
    """Whether ``text`` (whose UTF-8 is ``raw``) holds a character YAML does not print, or a
    line break other than LF and CR LF."""
    return bool(raw.translate(None, _NOT_CONTROL)) or (
        b"\xc2" in raw and _C1.search(raw) is not None) or any(
        char in text for char in _NOT_CHARACTERS)


def risky(text: str, raw: bytes) -> bool:
    """Whether ``text`` (whose UTF-8 is ``raw``) uses anything where rapidyaml and ruamel.yaml
    might read differently."""
    if any(char in text for char in _ODD_CHARS) or text.count("\r") != text.count("\r\n"):
        return True
    if unprintable(text, raw) or ("\\" in text and '"' in text):  # escapes: `"\\0"`, `"\\uD800"`
        return True
    if text.startswith(("%", "---", "...", "?", "- ?", "&", "*", "!", "@", "`")):
        return True
    if _FIRST_KEY.match(text) or any(pattern.search(text) for pattern in _RISKY):
        return True
    if "?" in text and any(pattern.search(text) for pattern in _COMPLEX):
        return True
    return any(char in text for char in _FEATURE_CHARS) and any(
        match.start() == 0 or text[match.start() - 1] in " \t[{,\n"
        for match in _FEATURE.finditer(text))


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence file descriptor 2 (C++ code writes there, not to ``sys.stderr``)."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 2)
        finally:
            os.close(null)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


_BUFFER = [bytearray(1 << 16)]  # where rapidyaml writes its JSON, grown as needed


def _emit_json(ryml: Any, tree: Any) -> bytes:
    """The tree as JSON, written into a buffer of ours: ``ryml.emit_json`` returns a copy of
    a buffer it never frees (as much memory lost as the repository has bytes), and is
    slower."""
    root = tree.root_id()
    buffer = _BUFFER[0]
    failed, size = ryml.emit_json_to_substr(tree, root, buffer)
    if failed:
        buffer = _BUFFER[0] = bytearray(max(size, 2 * len(buffer)))
        failed, size = ryml.emit_json_to_substr(tree, root, buffer)
        if failed:  # pragma: no cover - the size it asked for
            raise ValueError("rapidyaml: JSON buffer too small")
    return bytes(memoryview(buffer)[:size])


def parse(text: str, raw: bytes | None = None) -> bytes | None:
    """The document of ``text`` as JSON text, or None when the reference must read it
    (``raw``: its UTF-8, when at hand)."""
    if raw is None:
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            return None
    if risky(text, raw):
        return None
    try:
        import jiter
        import ryml
    except ImportError:  # pragma: no cover - both are dependencies; stay correct without
        return None
    try:
        with _quiet_stderr():  # rapidyaml prints its parse errors; the reference reports them
            tree = ryml.parse_in_arena(raw)
        document = _emit_json(ryml, tree)
        # A repeated key: the reference reports `duplicate-key` (JSON keeps the last one).
        # (every text cached: the values of a repository repeat, 10% faster than keys only)
        jiter.from_json(document, catch_duplicate_keys=True, cache_mode="all")
    except (ValueError, RuntimeError, ryml.ExceptionBasic):
        return None
    return document if document.startswith(b"{") and document[1:].strip() != b"}" else None
