"""`targets fmt` (SPEC §6.7): the canonical layout of a record file, comments kept.

The whole text (comments included) becomes NFC; mappings are indented by 2 and sequence items
by 2 more (`  - `); keys follow the order of SPEC §3 (unknown keys last, for `targets check` to
report); dates are ISO. Line endings and a BOM stay as they were.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
import unicodedata
from dataclasses import replace
from typing import Any

from pydantic import BaseModel

from songlo_targets.records.model import (
    Config,
    Task,
    Unit,
    YearMeta,
    is_record_type,
    record_fields,
)
from songlo_targets.store import edits
from songlo_targets.store.document import Document, parse_text
from songlo_targets.store.layout import CANONICAL

DATE_KEYS = {"date", "deadline", "from", "until"}
_LOOSE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def model_for(path: str) -> type[BaseModel] | None:
    parts = path.split("/")
    if path == "targets.yaml":
        return Config
    if len(parts) == 2 and parts[0] == "units":
        return Unit
    if len(parts) == 3 and parts[0] == "targets":
        return YearMeta if parts[2] == "_year.yaml" else _TaskFile
    return None


class _TaskFile(BaseModel):
    tasks: list[Task] = []


def canonical(path: str, data: bytes) -> Document:
    """The document of ``data`` in the canonical layout (raises if it does not parse)."""
    text = unicodedata.normalize("NFC", data.decode("utf-8"))
    tree, layout = parse_text(text)
    layout = replace(CANONICAL, bom=layout.bom, crlf=layout.crlf)
    model = model_for(path)
    if model is not None:
        arrange(tree, model)
    return Document(path, data, tree, layout)


def _fields(model: Any) -> dict[str, Any]:
    return {field.alias or name: field.annotation for name, field in record_fields(model).items()}


def _inner(annotation: Any) -> tuple[str, Any]:
    """('model' | 'list' | 'dict' | 'date' | '', inner) of a field annotation."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _inner(typing.get_args(annotation)[0])
    if origin in (types.UnionType, typing.Union):
        for arg in typing.get_args(annotation):
            kind, inner = _inner(arg)
            if kind:
                return kind, inner
        return "", None
    if origin is list:
        return "list", typing.get_args(annotation)[0]
    if origin is dict:
        return "dict", typing.get_args(annotation)[1]
    if is_record_type(annotation):
        return "model", annotation
    if annotation is dt.date:
        return "date", None
    return "", None


def arrange(node: Any, model: Any) -> None:
    """Order the keys of ``node`` as ``model`` declares them, recursively; dates to ISO."""
    if not isinstance(node, dict):
        return
    fields = _fields(model)
    order = list(fields)
    keys = list(node)
    wanted = sorted(keys, key=lambda k: order.index(k) if k in order else len(order))
    if wanted != keys:
        _reorder(node, wanted)
    for key in node:
        if key not in fields:
            continue
        _visit(node, key, fields[key])


def _visit(parent: Any, key: Any, annotation: Any) -> None:
    kind, inner = _inner(annotation)
    value = parent[key]
    if kind == "model":
        arrange(value, inner)
    elif kind == "date" or (kind == "" and key in DATE_KEYS):
        parent[key] = _iso(value)
    elif kind == "list" and isinstance(value, list):
        for index in range(len(value)):
            _visit(value, index, inner)
    elif kind == "dict" and isinstance(value, dict):
        for item in list(value):
            _visit(value, item, inner)


def _iso(value: Any) -> Any:
    if isinstance(value, dt.date) or not isinstance(value, str):
        return value
    for pattern, order in ((_LOOSE_ISO, (0, 1, 2)), (_DMY, (2, 1, 0))):
        match = pattern.fullmatch(value.strip())
        if match:
            parts = [int(g) for g in match.groups()]
            try:
                return dt.date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return value
    return value


def _reorder(node: Any, keys: list[Any]) -> None:
    tail = edits.take_tail(node)
    saved = [(key, node[key], node.ca.items.get(key)) for key in keys]
    for key in keys:
        del node[key]
    for key, value, comment in saved:
        node[key] = value
        if comment is not None:
            node.ca.items[key] = comment
    edits.put_tail(node, tail)
