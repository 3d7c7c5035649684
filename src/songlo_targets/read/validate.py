"""From a YAML tree to records: pydantic validation, with errors placed on the right line.

Records are validated from JSON (:func:`as_json`: the tree as JSON text), as the fast path
and the cache hand them over, so every reading applies the same checks. A pydantic error's
location (``('tasks', 2, 'deadline')``) is walked through the loaded tree to the key at fault,
or, for a missing key, to the start of the mapping that lacks it; what the error says is worded
by its kind and the :class:`~songlo_targets.records.model.Wording` of the field's type.
"""

from __future__ import annotations

import difflib
import json
import types
import typing
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.model import Model, Wording
from songlo_targets.records.source import Source

M = TypeVar("M", bound=Model)

# How each kind of pydantic error reads to the user (all are `invalid-value`).
VALUE_MESSAGES: dict[str, str] = {
    "text": N_("`{field}` must be text, not the number {value}: write it in quotes"),
    "empty": N_("`{field}` must not be empty"),
    "key": N_("`{field}` must be a key of lowercase letters, digits and single hyphens "
              "(like `duc-bac`), not `{value}`"),
    "task_id": N_("`{field}` must be a task id of letters, digits, `.`, `_` and `-` (at most "
                  "32), not `{value}`"),
    "id_number": N_("`{field}` must be text: write the id in quotes, like '01' (the number "
                    "{value} loses its leading zeros)"),
    "task_ref": N_("`{field}` must be a task reference YEAR/UNIT/ID, like 2021/duc-bac/04, "
                   "not `{value}`"),
    "date": N_("`{field}` must be a real date written YYYY-MM-DD, not `{value}`"),
    "number": N_("`{field}` must be a number, not `{value}`"),
    "greater_than_equal": N_("`{field}` must be at least {ge}, not {value}"),
    "less_than_equal": N_("`{field}` must be at most {le}, not {value}"),
    "literal_error": N_("`{field}` must be one of {expected}, not `{value}`"),
    "bool_type": N_("`{field}` must be true or false, not `{value}`"),
    "int_type": N_("`{field}` must be a whole number, not `{value}`"),
    "string_type": N_("`{field}` must be text, not `{value}`"),
    "list_type": N_("`{field}` must be a list (items starting with `- `)"),
    "dict_type": N_("`{field}` must be a mapping of keys and values"),
    "model_type": N_("`{field}` must be a mapping of keys and values"),
    "model_attributes_type": N_("`{field}` must be a mapping of keys and values"),
    "too_short": N_("`{field}` must not be empty"),
}
FALLBACK = N_("`{field}` has an invalid value: {detail}")
# pydantic's kinds of error that read as one of ours.
_SAME: dict[str, str] = {
    **dict.fromkeys(("date_type", "date_parsing", "date_from_datetime_parsing",
                     "date_from_datetime_inexact"), "date"),
    **dict.fromkeys(("float_type", "float_parsing"), "number"),
    **dict.fromkeys(("int_parsing", "int_from_float"), "int_type"),
}


def locate(tree: Any, loc: Sequence[int | str]) -> tuple[int, int, bool]:
    """Walk ``loc`` through the tree: (line, col) 1-based, and whether the path was found."""
    line, col = _own_position(tree)
    node = tree
    for part in loc:
        lc = getattr(node, "lc", None)
        if isinstance(node, dict):
            key = _match_key(node, part)
            if key is _MISSING:
                return line, col, False
            if lc is not None:
                line, col = lc.key(key)[0] + 1, lc.key(key)[1] + 1
            node = node[key]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            if lc is not None:
                line, col = lc.item(part)[0] + 1, lc.item(part)[1] + 1
            node = node[part]
        else:
            return line, col, False
    return line, col, True


_MISSING = object()


def _match_key(mapping: dict[Any, Any], part: int | str) -> Any:
    if part in mapping:
        return part
    for key in mapping:
        if str(key) == str(part):
            return key
    return _MISSING


def _own_position(node: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return 1, 1
    return lc.line + 1, lc.col + 1


def _model_at(model: type[BaseModel], loc: Sequence[int | str]) -> type[BaseModel] | None:
    """The model class that the mapping at ``loc`` is validated as (for spelling hints)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = next((f for n, f in current.model_fields.items()
                          if (f.alias or n) == part), None)
            current = _unwrap(field.annotation) if field else None
        elif isinstance(current, dict):
            current = None
    if isinstance(current, type) and issubclass(current, BaseModel):
        return current
    return None


def _unwrap(annotation: Any) -> Any:
    """The model inside ``X | None``, ``list[X]`` or ``dict[K, X]``, if any."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (types.UnionType, typing.Union, list, dict):
        for arg in reversed(typing.get_args(annotation)):
            found = _unwrap(arg)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        return None
    return annotation


def _field_names(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [f.alias or n for n, f in model.model_fields.items()]


def error_diagnostics(
    exc: ValidationError, model: type[BaseModel], tree: Any, path: str,
    prefix: Sequence[int | str] = (), task: str | None = None,
) -> list[Diagnostic]:
    found = []
    for error in exc.errors(include_url=False):
        loc = [*prefix, *error["loc"]]
        kind = error["type"]
        line, col, _ = locate(tree, loc)
        field = str(next((p for p in reversed(loc) if isinstance(p, str)), "")) or "?"
        if kind == "missing":
            found.append(Diagnostic("missing-field", path, line, col,
                                    N_("the required key `{field}` is missing"),
                                    {"field": field}, task))
        elif kind == "extra_forbidden":
            known = _field_names(_model_at(model, error["loc"][:-1]))
            close = difflib.get_close_matches(field, known, n=1)
            values = {"field": field, "known": ", ".join(known), "close": close[0] if close
                      else ""}
            if close:
                hint: str | None = N_("did you mean `{close}`?")
            elif error.get("input") is None:  # `{name: Các xã, thị trấn}`: a comma split it
                hint = N_("if `{field}` is the end of a text with a comma, put the whole text "
                          "in quotes: 'Các xã, thị trấn'")
            else:
                hint = N_("the keys known here are: {known}") if known else None
            found.append(Diagnostic("unknown-field", path, line, col,
                                    N_("unknown key `{field}`"), values, task, hint=hint))
        else:
            ctx = {k: _show(v) for k, v in (error.get("ctx") or {}).items()}
            if "expected" in ctx:  # pydantic joins the choices in English: "'a', 'b' or 'c'"
                ctx["expected"] = ctx["expected"].replace("' or '", "', '")
            values = {"field": field, "value": _show(error.get("input")),
                      "detail": error["msg"], "ge": "", "le": "", "expected": "", **ctx}
            message = VALUE_MESSAGES.get(_kind(kind, error.get("input"), model, error["loc"]),
                                         FALLBACK)
            found.append(Diagnostic("invalid-value", path, line, col, message, values, task))
    return found


def _kind(kind: str, given: Any, model: type[BaseModel], loc: Sequence[int | str]) -> str:
    """Our kind of an error: a pattern or a number where text goes is worded per type."""
    if kind in ("string_pattern_mismatch", "string_type"):
        wording = _wording(model, loc)
        if wording is not None and kind == "string_pattern_mismatch" and wording.pattern:
            return wording.pattern
        number = isinstance(given, int | float) and (wording is None
                                                     or wording.number != "id_number"
                                                     or type(given) is int)
        if wording is not None and kind == "string_type" and wording.number and number:
            return wording.number
    return _SAME.get(kind, kind)


def _wording(model: type[BaseModel], loc: Sequence[int | str]) -> Wording | None:
    """The :class:`Wording` of the type validated at ``loc`` in ``model``, if it has one."""
    annotation: Any = model
    parts = list(loc)
    while True:
        annotation, metadata = _bare(annotation)
        if not parts:
            return next((m for m in metadata if isinstance(m, Wording)), None)
        part = parts.pop(0)
        origin = typing.get_origin(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = next((f for n, f in annotation.model_fields.items()
                          if (f.alias or n) == part), None)
            if field is None:
                return None
            annotation = typing.Annotated[(field.annotation, *field.metadata)] \
                if field.metadata else field.annotation
        elif origin is list:
            annotation = typing.get_args(annotation)[0]
        elif origin is dict:
            keys, values = typing.get_args(annotation)
            if parts and parts[0] == "[key]":
                parts.pop(0)
                annotation = keys
            else:
                annotation = values
        else:
            return None


def _bare(annotation: Any) -> tuple[Any, list[Any]]:
    """``annotation`` without ``| None`` and ``Annotated``, and the metadata taken off."""
    metadata: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *extra = typing.get_args(annotation)
            metadata += extra
        elif origin in (types.UnionType, typing.Union):
            kept = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(kept) != 1:
                return annotation, metadata
            annotation = kept[0]
        else:
            return annotation, metadata


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict | list):
        return "…"
    return str(value)


class Clash(Exception):
    """Two keys of one mapping that JSON cannot tell apart (``1:`` and ``'1':``)."""

    def __init__(self, node: Any, key: Any) -> None:
        super().__init__(key)
        self.node, self.key = node, key


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            text = key if isinstance(key, str) else str(key)
            if text in out:
                raise Clash(node, key)
            out[text] = _plain(value)
        return out
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if type(node).__name__ == "TaggedScalar":  # `!!str 01`: the standard tag means text
        return node.value
    if node is None or isinstance(node, str | int | float):
        return node
    return {"": type(node).__name__}  # `!!binary`, `!!set`...: no record holds one


def as_json(node: Any) -> bytes:
    """A YAML tree (ruamel.yaml's) as JSON text: keys as text, as YAML's JSON would have them."""
    return json.dumps(_plain(node), ensure_ascii=False).encode("utf-8")


def validate(
    model: type[M], node: Any, path: str, *, root: Any = None,
    prefix: Sequence[int | str] = (), task: str | None = None,
) -> tuple[M | None, list[Diagnostic]]:
    """Validate ``node``, found at ``prefix`` in the file's tree ``root`` (default: itself)."""
    tree = node if root is None else root
    try:
        return model.model_validate_json(as_json({} if node is None else node)), []
    except ValidationError as exc:
        return None, error_diagnostics(exc, model, tree, path, prefix, task)
    except Clash as clash:
        line, col = _key_position(clash.node, clash.key)
        return None, [Diagnostic("duplicate-key", path, line, col,
                                 N_("the key `{key}` appears twice in the same mapping"),
                                 {"key": str(clash.key)}, task)]


def _key_position(node: Any, key: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    if lc is None:
        return 1, 1
    line, col = lc.key(key)
    return line + 1, col + 1


def node_source(node: Any, path: str) -> Source:
    """The source of a loaded mapping: its own position and those of its keys."""
    line, col = _own_position(node)
    keys: dict[str, tuple[int, int]] = {}
    lc = getattr(node, "lc", None)
    if isinstance(node, dict) and lc is not None:
        for key in node:
            k_line, k_col = lc.key(key)
            keys[str(key)] = (k_line + 1, k_col + 1)
    return Source(path, line, col, keys)
