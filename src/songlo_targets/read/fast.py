"""The fast read path: rapidyaml (C++) parses, positions come later and only when asked for.

The reference reading is :mod:`songlo_targets.read.yaml_tree` (ruamel.yaml round-trip). This module
gives the same records for the files that records are made of, much faster:

* rapidyaml parses the text and emits it as JSON, which ``json.loads`` turns into plain values;
* a text pre-scan sends to the reference reading every file that uses something where the two
  readers could differ (anchors, aliases, tags, directives, several documents, tabs, complex
  or quoted keys, plain scalars that YAML 1.2 could read as something other than text or a
  plain number such as ``01``, ``~``, ``0x1F``, ``1_000``, ``.inf``, ``True``), and any file
  that rapidyaml refuses, that repeats a key, or that does not validate;
* positions (:class:`LazySource`) are worked out on first use, from the reference reading of
  that one file: rules ask for them only to report a problem, so a clean file is never read
  twice, and the positions are the reference's own.

Every result of this module is therefore either identical to the reference, or ``None``
(meaning: read this file with the reference path). Tests compare both on whole repositories.
"""

from __future__ import annotations

import json
import os
import re
import sys
import typing
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel

from songlo_targets.read.validate import _MISSING, _match_key, node_source
from songlo_targets.records.model import Model
from songlo_targets.records.source import Source

# Anything in the text that makes the fast path step aside for this file. Conservative: a match
# inside a quoted string or a comment only costs speed, never correctness. Split in simple
# patterns, because one alternation of them all scans ten times slower.
_PLAIN_END = r"[ \t]*(?:$|[,\]}]|[ \t]#)"
# Numbers rapidyaml emits as the JSON number ruamel.yaml reads: not `0e0` (a string to
# rapidyaml, a float to ruamel), so an exponent needs a fraction or a non-zero whole part.
_SAFE_NUMBER = (r"-?(?:(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][-+]?[0-9]+)?"
                r"|[1-9][0-9]*(?:[eE][-+]?[0-9]+)?|0)")
_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
# A whole plain scalar that YAML 1.2 (as ruamel.yaml reads it) may take for something else
# than rapidyaml's JSON says: `~`, `True`, `NULL`, `.inf`, `01`, `+1`, `0x1F`, `1_000`, `<<`...
_ODD_SCALAR = (r"(?:~|<<|=|True|TRUE|False|FALSE|Null|NULL|[-+]?\.?(?:inf|Inf|INF|nan|NaN|NAN)"
               rf"|(?!(?:{_SAFE_NUMBER}|{_DATE}){_PLAIN_END})[-+.0-9][0-9a-zA-Z_.+-]*)"
               rf"{_PLAIN_END}")
_RISKY = [
    re.compile(r"[:-][ \t]+" + _ODD_SCALAR, re.MULTILINE),  # block values and items
    re.compile(r"[\[{,][ \t]*" + _ODD_SCALAR, re.MULTILINE),  # flow values
    re.compile(r"['\"][ \t]*:[ \t\r\n]"),  # quoted keys
    re.compile(r"\n(?:%|---|\.\.\.)"),  # directives, document markers
    re.compile(r"\n[ \t-]*\?[ \t\r\n]"),  # complex keys
    re.compile(r"[\[{,][ \t]*\?[ \t]"),  # complex keys in flow
]
_FEATURE = re.compile(r"[&*!][^ \t\r\n]|[@`]")  # anchors, aliases, tags, reserved indicators
# (each checked in context: only at the start of a token)
_ODD_CHARS = ("\t", "\x85", "\u2028", "\u2029")  # tabs, and line breaks other than LF / CRLF
# Characters YAML refuses in a file (the reference reports them; rapidyaml lets them through),
# and the other line breaks of Unicode.
_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd"
                          "\U00010000-\U0010ffff]")


def risky(text: str) -> bool:
    """Whether ``text`` uses anything where rapidyaml and ruamel.yaml might read differently."""
    if any(char in text for char in _ODD_CHARS) or text.count("\r") != text.count("\r\n"):
        return True
    if _UNPRINTABLE.search(text) or ("\\" in text and '"' in text):  # escapes: `"\\0"`, `"\\uD800"`
        return True
    if text.startswith(("%", "---", "...", "?", "- ?", "&", "*", "!", "@", "`")):
        return True
    if any(pattern.search(text) for pattern in _RISKY):
        return True
    return any(match.start() == 0 or text[match.start() - 1] in " \t[{,\n"
               for match in _FEATURE.finditer(text))


_SPECIAL_KEYS = frozenset(["", "~", "true", "True", "TRUE", "false", "False", "FALSE", "null",
                           "Null", "NULL"])
_INT_KEY = re.compile(r"-?(?:0|[1-9][0-9]*)")


class StepAside(Exception):
    """This file goes to the reference reading."""


def _mapping(pairs: list[tuple[str, Any]]) -> dict[Any, Any]:
    """A JSON object as ruamel.yaml would have read the mapping (called for every mapping)."""
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise StepAside  # a repeated key: the reference reports `duplicate-key`
    # Keys starting with a letter are text unless they are exactly true/false/null; `min` finds
    # at C speed whether any key starts with a digit, a sign, a dot or another symbol.
    if mapping and (min(mapping)[:1] < "A" or not _SPECIAL_KEYS.isdisjoint(mapping)):
        converted: dict[Any, Any] = {}
        for key, value in pairs:
            if _INT_KEY.fullmatch(key):
                converted[int(key)] = value
            elif key in _SPECIAL_KEYS or key[:1] in "-+.0123456789<=":
                raise StepAside  # a float, a boolean, a null, a merge key...: rare, hand over
            else:
                converted[key] = value
        return converted
    return mapping


_decoder = json.JSONDecoder(object_pairs_hook=_mapping)


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


def parse(text: str) -> dict[Any, Any] | None:
    """The document of ``text`` as plain values, or None when the reference must read it."""
    if risky(text):
        return None
    try:
        import ryml
    except ImportError:  # pragma: no cover - rapidyaml is a dependency; stay correct without
        return None
    try:
        with _quiet_stderr():  # rapidyaml prints its parse errors; the reference reports them
            tree = ryml.parse_in_arena(text.encode("utf-8"))
        emitted = ryml.emit_json(tree)
        if emitted is None:
            return None
        document = _decoder.decode(str(emitted, "utf-8") if not isinstance(emitted, str)
                                   else emitted)
    except (StepAside, ValueError, RuntimeError, ryml.ExceptionBasic):
        return None
    return document if isinstance(document, dict) and document else None


class FilePositions:
    """The positions of one file, taken from its reference reading the first time one is asked."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        self._tree: Any = None

    def source(self, loc: Sequence[int | str]) -> Source:
        from songlo_targets.read.yaml_tree import reader

        if self._tree is None:
            self._tree = reader().load(self.text)
        node = self._tree
        for part in loc:
            if isinstance(node, dict):
                key = _match_key(node, part)
                node = None if key is _MISSING else node[key]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                node = None
        return node_source(node, self.path)


class _Lazy(Source):
    """A :class:`Source` that equals the plain one with the same place."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Source):
            return NotImplemented
        return (self.path, self.line, self.col) == (other.path, other.line, other.col)

    __hash__ = Source.__hash__

    def __setstate__(self, state: dict[str, Any]) -> None:  # for pickle: skip __getattr__
        self.__dict__.update(state)


class LazySource(_Lazy):
    """A :class:`Source` whose line, column and keys are looked up on first use."""

    def __init__(self, positions: FilePositions, loc: tuple[int | str, ...]) -> None:
        self.__dict__.update(path=positions.path, _positions=positions, _loc=loc)

    def __getattr__(self, name: str) -> Any:
        if name not in ("line", "col", "keys"):
            raise AttributeError(name)
        found = self._positions.source(self._loc)
        for field in ("line", "col", "keys"):
            object.__setattr__(self, field, getattr(found, field))
        return getattr(found, name)

    def at(self, key: str | None = None) -> Source:
        return _KeySource(self, key)


class _KeySource(_Lazy):
    """``LazySource.at(key)``: the position of a key, looked up when first read."""

    def __init__(self, parent: LazySource, key: str | None) -> None:
        object.__setattr__(self, "path", parent.path)
        object.__setattr__(self, "_parent", parent)
        object.__setattr__(self, "_key", key)

    def __getattr__(self, name: str) -> Any:
        if name not in ("line", "col", "keys"):
            raise AttributeError(name)
        found = Source.at(self._parent, self._key)
        for field in ("line", "col", "keys"):
            object.__setattr__(self, field, getattr(found, field))
        return getattr(found, name)


_MODEL_FIELDS: dict[type[BaseModel], list[tuple[str, str]]] = {}


def _model_fields(model: type[BaseModel]) -> list[tuple[str, str]]:
    """(attribute, key) of the fields of ``model`` that can hold records."""
    found = _MODEL_FIELDS.get(model)
    if found is None:
        found = [(name, field.alias or name) for name, field in model.model_fields.items()
                 if _holds_model(field.annotation)]
        _MODEL_FIELDS[model] = found
    return found


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(annotation))


def attach_lazy(record: BaseModel, node: Any, positions: FilePositions,
                loc: tuple[int | str, ...] = ()) -> None:
    """Like :func:`validate.attach`, with sources looked up on first use.

    It visits the same records as ``attach`` (fields that hold no record are skipped: they
    cannot), and sets ``_source`` straight in pydantic's private storage, which is what
    ``record._source = ...`` does, without its cost.
    """
    if isinstance(record, Model):
        record.__pydantic_private__["_source"] = LazySource(positions, loc)  # type: ignore[index]
    if not isinstance(node, dict):
        return
    for name, key in _model_fields(type(record)):
        value = getattr(record, name)
        raw = node.get(key)
        if isinstance(value, BaseModel):
            attach_lazy(value, raw, positions, (*loc, key))
        elif isinstance(value, list) and isinstance(raw, list):
            for index, (item, raw_item) in enumerate(zip(value, raw, strict=False)):
                if isinstance(item, BaseModel):
                    attach_lazy(item, raw_item, positions, (*loc, key, index))
        elif isinstance(value, dict) and isinstance(raw, dict):
            for item_key, item in value.items():
                raw_key = _match_key(raw, item_key)
                if isinstance(item, BaseModel) and raw_key is not _MISSING:
                    attach_lazy(item, raw[raw_key], positions, (*loc, key, raw_key))
