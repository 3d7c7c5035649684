"""From a YAML tree to records: pydantic validation, with errors placed on the right line.

A pydantic error's location (``('tasks', 2, 'deadline')``) is walked through the loaded tree
to the key at fault, or, for a missing key, to the start of the mapping that lacks it. The
validated records get their :class:`Source` from the same tree.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.model import NOT_PRINTABLE, Model
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
    "finite": N_("`{field}` must be a finite number, not `{value}`"),
    "printable": N_("`{field}` holds the character {char}, which a record may not hold (a "
                    "control character, or half of a character): delete it"),
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
            message = VALUE_MESSAGES.get(kind, FALLBACK)
            found.append(Diagnostic("invalid-value", path, line, col, message, values, task))
    return found


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict | list):
        return "…"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10 ** 40:
        return f"{str(value)[:12]}… ({len(str(abs(value)))} digits)"
    return visible(str(value))


def visible(text: str) -> str:
    """``text`` safe to print: a character a record may not hold is shown as its escape."""
    return NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def validate(
    model: type[M], node: Any, path: str, *, root: Any = None,
    prefix: Sequence[int | str] = (), task: str | None = None,
) -> tuple[M | None, list[Diagnostic]]:
    """Validate ``node``, found at ``prefix`` in the file's tree ``root`` (default: itself)."""
    try:
        record = model.model_validate({} if node is None else node)
    except ValidationError as exc:
        tree = node if root is None else root
        return None, error_diagnostics(exc, model, tree, path, prefix, task)
    attach(record, node, path)
    return record, []


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


def attach(record: BaseModel, node: Any, path: str) -> None:
    """Give ``record`` and every record inside it the source of its mapping in ``node``."""
    if isinstance(record, Model):
        record._source = node_source(node, path)
    if not isinstance(node, dict):
        return
    for name, field in type(record).model_fields.items():
        value = getattr(record, name)
        raw = node.get(field.alias or name)
        if isinstance(value, BaseModel):
            attach(value, raw, path)
        elif isinstance(value, list) and isinstance(raw, list):
            for item, raw_item in zip(value, raw, strict=False):
                if isinstance(item, BaseModel):
                    attach(item, raw_item, path)
        elif isinstance(value, dict) and isinstance(raw, dict):
            for key, item in value.items():
                raw_key = _match_key(raw, key)
                if isinstance(item, BaseModel) and raw_key is not _MISSING:
                    attach(item, raw[raw_key], path)
