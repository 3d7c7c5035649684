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
from pydantic_core import ErrorDetails

from songlo_targets import formats
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.read.yaml_tree import _MISSING, _match_key, _own_position
from songlo_targets.records.model import Model, Wording, is_record_type, record_fields
from songlo_targets.records.texts import NOT_PRINTABLE, visible
from songlo_targets.vietnamese import slug

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
    "finite": N_("`{field}` must be a finite number, not `{value}`"),
    "printable": N_("`{field}` holds the character {char}, which a record may not hold (a "
                    "control character, or half of a character): delete it"),
    "greater_than_equal": N_("`{field}` must be at least {ge}, not {value}"),
    "less_than_equal": N_("`{field}` must be at most {le}, not {value}"),
    "literal_error": N_("`{field}` must be one of {expected}, not `{value}`"),
    "bool_type": N_("`{field}` must be true or false, not `{value}`"),
    "int_type": N_("`{field}` must be a whole number, not `{value}`"),
    "int_parsing": N_("`{field}` must be a whole number, not `{value}`"),
    "int_from_float": N_("`{field}` must be a whole number, not `{value}`"),
    "float_type": N_("`{field}` must be a number, not `{value}`"),
    "float_parsing": N_("`{field}` must be a number, not `{value}`"),
    "finite_number": N_("`{field}` must be a finite number, not `{value}`"),
    "bool_parsing": N_("`{field}` must be true or false, not `{value}`"),
    "date_from_datetime_parsing": N_("`{field}` must be a real date written YYYY-MM-DD, not "
                                     "`{value}`"),
    "date_parsing": N_("`{field}` must be a real date written YYYY-MM-DD, not `{value}`"),
    "date_type": N_("`{field}` must be a real date written YYYY-MM-DD, not `{value}`"),
    "enum": N_("`{field}` must be one of {expected}, not `{value}`"),
    "string_type": N_("`{field}` must be text, not `{value}`"),
    "list_type": N_("`{field}` must be a list (items starting with `- `)"),
    "too_short": N_("`{field}` must not be empty"),
}
FALLBACK = N_("`{field}` has an invalid value: `{value}`")


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


def _model_at(model: type[BaseModel], loc: Sequence[int | str]) -> Any:
    """The model class that the mapping at ``loc`` is validated as (for spelling hints)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        if is_record_type(current):
            field = next((f for n, f in record_fields(current).items()
                          if (f.alias or n) == part), None)
            current = _unwrap(field.annotation) if field else None
        elif isinstance(current, dict):
            current = None
    if is_record_type(current):
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
            if is_record_type(found):
                return found
        return None
    return annotation


def _field_names(model: Any) -> list[str]:
    if model is None:
        return []
    return [f.alias or n for n, f in record_fields(model).items()]


def error_diagnostics(
    exc: ValidationError, model: type[BaseModel], tree: Any, path: str,
    prefix: Sequence[int | str] = (), task: str | None = None,
) -> list[Diagnostic]:
    found = []
    errors = exc.errors(include_url=False)
    missing = {tuple(str(p) for p in e["loc"]) for e in errors if e["type"] == "missing"}
    misspelt = set()  # missing keys that a misspelt key stands for: one problem, said once
    for error in errors:
        if error["type"] == "extra_forbidden":
            parent = [str(p) for p in error["loc"][:-1]]
            close = difflib.get_close_matches(str(error["loc"][-1]),
                                              _field_names(_model_at(model, error["loc"][:-1])),
                                              n=1)
            if close and (*parent, close[0]) in missing:
                misspelt.add((*parent, close[0]))
    for error in errors:
        loc = [*prefix, *error["loc"]]
        kind = error["type"]
        line, col, _ = locate(tree, loc)
        field = str(next((p for p in reversed(loc) if isinstance(p, str)), "")) or "?"
        if kind == "missing":
            if tuple(str(p) for p in error["loc"]) in misspelt:
                continue
            found.append(Diagnostic("missing-field", path, line, col,
                                    N_("the required key `{field}` is missing"),
                                    {"field": field}, task,
                                    hint=N_("add `{field}:` and its value to this mapping")))
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
        elif kind in MAPPING_TYPES:
            found.append(_not_a_mapping(error, model, path, line, col, task, prefix))
        else:
            ours = _kind(error, model)
            message, values = value_message({**error, "type": ours}, field)
            if ours == "printable":
                values["char"] = error["input"][_UNPRINTABLE]
            found.append(Diagnostic("invalid-value", path, line, col, message, values, task,
                                    hint=_value_hint(ours, error, values)))
    return found


def _value_hint(kind: str, error: ErrorDetails, values: dict[str, str]) -> str | None:
    """The fix for a bad value: the value as it should be written, where it can be told."""
    given = error.get("input")
    if kind in ("date", "date_type", "date_parsing", "date_from_datetime_parsing") and (
            isinstance(given, str)):
        from songlo_targets.dates import parse_date
        from songlo_targets.errors import UsageError

        try:
            values["iso"] = parse_date(given).isoformat()  # 31/12/2026 is 2026-12-31
            return N_("write the date as YYYY-MM-DD: `{iso}`")
        except UsageError:
            pass
    if kind == "list_type" and isinstance(given, str | int | float):
        return N_("write it as a list: `{field}: [{value}]`, or one `- ` item per line")
    return VALUE_HINTS.get(kind)


MAPPING_TYPES = ("dict_type", "model_type", "model_attributes_type")


def _not_a_mapping(error: ErrorDetails, model: type[BaseModel], path: str, line: int, col: int,
                   task: str | None, prefix: Sequence[int | str]) -> Diagnostic:
    """A list or a text where a mapping belongs, naming the key (or the file, or the item)."""
    loc = list(error["loc"])
    inner = _model_at(model, loc)
    keys = ", ".join(f"`{k}:`" for k in _field_names(inner)[:4])
    values = {"keys": keys or "`key: value`", "value": _show(error.get("input"))}
    full = [*prefix, *loc]
    if not full:
        message = N_("the file must be a mapping of keys and values, not a list or a text")
    elif isinstance(full[-1], int):
        values |= {"field": str(next((p for p in reversed(full) if isinstance(p, str)), "")),
                   "n": str(full[-1] + 1)}
        message = N_("item {n} of `{field}` must be a mapping of keys and values")
    else:
        values["field"] = str(full[-1])
        message = N_("`{field}` must be a mapping of keys and values")
    return Diagnostic("invalid-value", path, line, col, message, values, task,
                      hint=N_("write it as `key: value` lines ({keys}, …), one per line, or "
                              "as `{{key: value, …}}`"))


# A fix for each kind of bad value (the code's own help is only "correct the value").
VALUE_HINTS: dict[str, str] = {
    "text": N_("put the value in quotes exactly as written on that line (`{field}: '…'`): "
               "unquoted, it is read as a number and loses any leading zeros"),
    "empty": N_("write the text, or remove the key"),
    "key": N_("a key has only lowercase letters a-z, digits and single hyphens, without "
              "diacritics: `{slug}`"),
    "task_id": N_("use letters, digits, `.`, `_` or `-`: `01`, `kt-2`"),
    "id_number": N_("write the id in quotes, with its leading zeros: id: '01'"),
    "task_ref": N_("write the year, the unit id and the task id with `/`: 2021/duc-bac/04"),
    "date": N_("write the date as YYYY-MM-DD: 2022-06-30 for 30 June 2022"),
    "date_parsing": N_("write the date as YYYY-MM-DD: 2022-06-30 for 30 June 2022"),
    "date_type": N_("write the date as YYYY-MM-DD: 2022-06-30 for 30 June 2022"),
    "number": N_("write only the number, with `.` for decimals and no unit: 7.5"),
    "int_type": N_("write a whole number, digits only: 12"),
    "int_parsing": N_("write a whole number, digits only: 12"),
    "float_type": N_("write only the number, with `.` for decimals and no unit: 7.5"),
    "float_parsing": N_("write only the number, with `.` for decimals and no unit: 7.5"),
    "finite_number": N_("write a real number: 7.5"),
    "greater_than_equal": N_("use a value of at least {ge}"),
    "less_than_equal": N_("use a value of at most {le}"),
    "literal_error": N_("use one of {expected}"),
    "enum": N_("use one of {expected}"),
    "bool_type": N_("write true or false"),
    "string_type": N_("put the value in quotes exactly as written on that line (`{field}: "
                      "'…'`): unquoted, it is read as a number and loses any leading zeros"),
    "list_type": N_("write each item on its own line starting with `- `, or as `[a, b]`"),
    "too_short": N_("write at least one item, or remove the key"),
}


def value_message(error: ErrorDetails, field: str) -> tuple[str, dict[str, str]]:
    """The tool's message id and values for a pydantic error of a value, by its ``type`` (the
    records' values and the command line's options alike): never pydantic's English."""
    ctx = {k: _show(v) for k, v in (error.get("ctx") or {}).items()}
    if "expected" in ctx:  # pydantic joins the choices in English: "'a', 'b' or 'c'"
        ctx["expected"] = ctx["expected"].replace("' or '", "', '")
    values = {"field": field, "value": _show(error.get("input")), "detail": error["msg"],
              "ge": "", "le": "", "expected": "", **ctx}
    if error["type"] == "key":
        values["slug"] = slug(values["value"]) or "duc-bac"
    return VALUE_MESSAGES.get(error["type"], FALLBACK), values


def _kind(error: ErrorDetails, model: type[BaseModel]) -> str:
    """Our kind of a pydantic error: a refused text (:func:`as_json`) is `printable`; a pattern
    or a number where text goes is worded by the type (:class:`Wording`)."""
    kind, given = error["type"], error.get("input")
    if isinstance(given, dict) and set(given) == {_UNPRINTABLE}:
        return "printable"
    if kind in ("string_pattern_mismatch", "string_type"):
        wording = _wording(model, error["loc"])
        if wording is not None and kind == "string_pattern_mismatch" and wording.pattern:
            return wording.pattern
        number = isinstance(given, int | float) and (wording is None
                                                     or wording.number != "id_number"
                                                     or type(given) is int)
        if wording is not None and kind == "string_type" and wording.number and number:
            return wording.number
    return kind


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
        if is_record_type(annotation):
            field = next((f for n, f in record_fields(annotation).items()
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
    """A value the file holds, as a message shows it: numbers for people, every digit."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formats.number(value, formats.EXACT)
    if isinstance(value, dict | list):
        return "…"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10 ** 40:
        return f"{str(value)[:12]}… ({len(str(abs(value)))} digits)"
    return visible(str(value))


_UNPRINTABLE = "\0unprintable"  # what a text that a record may not hold becomes in JSON


class Clash(Exception):
    """Two keys of one mapping that JSON cannot tell apart (``1:`` and ``'1':``)."""

    def __init__(self, node: Any, key: Any) -> None:
        super().__init__(key)
        self.node, self.key = node, key


def _json_ready(node: Any) -> Any:
    """A YAML tree as JSON values: keys as text, a text holding a character a record may not
    hold (a control character, half of a character) as a mapping that no field accepts."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            text = visible(key if isinstance(key, str) else str(key))
            if text in out:
                raise Clash(node, key)
            out[text] = _json_ready(value)
        return out
    if isinstance(node, list):
        return [_json_ready(item) for item in node]
    if type(node).__name__ == "TaggedScalar":  # `!!str 01`: the standard tag means text
        return _json_ready(node.value)
    if isinstance(node, str):
        bad = NOT_PRINTABLE.search(node)
        return node if bad is None else {_UNPRINTABLE: f"U+{ord(bad.group()):04X}"}
    if node is None or isinstance(node, int | float):
        return node
    return {"": type(node).__name__}  # `!!binary`, `!!set`...: no record holds one


def as_json(node: Any) -> bytes:
    """A YAML tree (ruamel.yaml's) as the JSON text the records model validates."""
    return json.dumps(_json_ready(node), ensure_ascii=False).encode("utf-8")


def validate(
    model: type[M], node: Any, path: str, *, root: Any = None,
    prefix: Sequence[int | str] = (), task: str | None = None,
) -> tuple[M | None, list[Diagnostic]]:
    """Validate ``node``, found at ``prefix`` in the file's tree ``root`` (default: itself)."""
    record, _data, found = validate_data(model, node, path, root=root, prefix=prefix, task=task)
    return record, found


def validate_data(
    model: type[M], node: Any, path: str, *, root: Any = None,
    prefix: Sequence[int | str] = (), task: str | None = None,
) -> tuple[M | None, Any, list[Diagnostic]]:
    """:func:`validate`, with the data the record was made of (the node, or what was kept of
    it when it was read around its faults), as JSON values."""
    tree = node if root is None else root
    try:
        data = _json_ready({} if node is None else node)
    except Clash as clash:
        line, col = _key_position(clash.node, clash.key)
        return None, None, [Diagnostic(
            "duplicate-key", path, line, col,
            N_("the key `{key}` appears twice in the same mapping"), {"key": str(clash.key)},
            task)]
    try:
        return model.model_validate_json(json.dumps(data, ensure_ascii=False)), data, []
    except ValidationError as exc:
        found = error_diagnostics(exc, model, tree, path, prefix, task)
        around = _read_around(model, data, exc)
        return (None, None, found) if around is None else (around[0], around[1], found)


def _key_position(node: Any, key: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    if lc is None:
        return 1, 1
    line, col = lc.key(key)
    return line + 1, col + 1


def _read_around(model: type[M], data: Any, exc: ValidationError) -> tuple[M, Any] | None:
    """The record read around its faults, so that the rules still see it and report the other
    problems of the file (SPEC §6.1: an unknown key hides nothing): a misspelt key that names a
    missing one is read as that key (`nmae:` as `name:`), another unknown key or a bad optional
    value is left out, a bad list item is dropped. None when a required value is at fault."""
    errors = exc.errors(include_url=False)
    missing = {tuple(str(p) for p in e["loc"]) for e in errors if e["type"] == "missing"}
    data = json.loads(json.dumps(data, ensure_ascii=False))  # a copy to cut into
    order = sorted(errors, reverse=True,
                   key=lambda e: [(0, p, "") if isinstance(p, int) else (1, 0, str(p))
                                  for p in e["loc"]])
    for error in order:
        loc = list(error["loc"])
        if not loc or error["type"] == "missing":
            continue
        parent = _walk(data, loc[:-1])
        last = loc[-1]
        if isinstance(parent, dict) and (key := _match_key(parent, last)) is not _MISSING:
            value = parent.pop(key)
            if error["type"] == "extra_forbidden":
                known = _field_names(_model_at(model, loc[:-1]))
                close = difflib.get_close_matches(str(last), known, n=1)
                if close and (*(str(p) for p in loc[:-1]), close[0]) in missing:
                    parent[close[0]] = value
        elif isinstance(parent, list) and isinstance(last, int) and 0 <= last < len(parent):
            del parent[last]
    try:
        return model.model_validate_json(json.dumps(data, ensure_ascii=False)), data
    except ValidationError:
        return None


def _walk(data: Any, loc: Sequence[int | str]) -> Any:
    for part in loc:
        if isinstance(data, dict) and (key := _match_key(data, part)) is not _MISSING:
            data = data[key]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data
