"""JSON Schemas of the four file kinds (SPEC §6.7 `targets schema`), for editors.

Generated from the pydantic models (by alias: the keys as written in the files), so they cannot
drift from what `targets check` accepts: closed mappings (`additionalProperties: false`), the
key and id patterns, the bounds of numbers (all of them pydantic's own constraints). Draft 2020-12.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from songlo_targets.records.model import Config, Model, Person, Tasks, Unit, YearMeta

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = "schema"


class _Generator(GenerateJsonSchema):
    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        found = super().dict_schema(schema)
        keys = schema.get("keys_schema")
        if keys is not None and keys.get("type") == "int":  # years: `2021:` in YAML
            found["propertyNames"] = {"pattern": "^[0-9]{4}$"}
        return found

    def dataclass_schema(self, schema: core_schema.DataclassSchema) -> JsonSchemaValue:
        """A slotted record (``records.model.Nested``) with its keys in the order of its
        fields, as a model's are."""
        found = super().dataclass_schema(schema)
        properties = found.get("properties")
        if isinstance(properties, dict):
            order = {name: index for index, name in enumerate(schema["cls"].__pydantic_fields__)}
            found["properties"] = dict(sorted(properties.items(),
                                              key=lambda item: order.get(item[0], len(order))))
        return found


# file name -> (model, title, the record files it describes)
KINDS: dict[str, tuple[type[Model], str, str]] = {
    "targets.schema.json": (Config, "targets.yaml", "targets.yaml"),
    "unit.schema.json": (Unit, "units/<unit>.yaml", "units/*.yaml"),
    "year.schema.json": (YearMeta, "targets/<year>/_year.yaml", "targets/*/_year.yaml"),
    "tasks.schema.json": (Tasks, "targets/<year>/<unit>.yaml", "targets/*/[a-z0-9]*.yaml"),
    "person.schema.json": (Person, "people/<person>.yaml", "people/*.yaml"),
}


def schema_of(kind: type[Model], title: str) -> dict[str, Any]:
    generated = kind.model_json_schema(by_alias=True, schema_generator=_Generator)
    return {"$schema": DIALECT, **generated, "title": title}


def documents() -> dict[str, str]:
    """Every schema file: name -> its text (deterministic)."""
    return {name: json.dumps(schema_of(kind, title), ensure_ascii=False, indent=2) + "\n"
            for name, (kind, title, _glob) in KINDS.items()}


def stale(folder: Path) -> list[str]:
    """Names of the schema files in ``folder`` that are missing or differ."""
    return [name for name, text in documents().items()
            if not (folder / name).is_file()
            or (folder / name).read_text(encoding="utf-8") != text]


def write(folder: Path, root: Path | None = None) -> list[str]:
    """Write the schema files that changed; returns their names. ``root``: the repository
    ``folder`` lies in (nothing is written through a symlink below it)."""
    from songlo_targets.store.atomic import refuse_links, write_text

    if root is not None:
        refuse_links(root, folder)
    changed = stale(folder)
    folder.mkdir(parents=True, exist_ok=True)
    texts = documents()
    for name in changed:
        write_text(folder / name, texts[name], root)
    return changed
