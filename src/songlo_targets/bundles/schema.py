"""The schema of a bundle: its resources, their columns and types, the schema's version.

One table says each column's DuckDB type (what the Parquet files hold) and its Table Schema
type (what ``datapackage.json`` says); export writes them, rollup checks every bundle
against them.
"""

from __future__ import annotations

SCHEMA_VERSION = 1
PROFILE = "tabular-data-package"

# DuckDB type -> Table Schema type
_TABLE_TYPES = {"VARCHAR": "string", "DATE": "date", "DOUBLE": "number", "INTEGER": "integer",
                "BOOLEAN": "boolean"}

RESOURCES: dict[str, tuple[tuple[str, str], ...]] = {
    "tasks": (
        ("ref", "VARCHAR"), ("kind", "VARCHAR"), ("milestone", "DATE"), ("unit", "VARCHAR"),
        ("group", "VARCHAR"), ("categories", "VARCHAR"), ("category_names", "VARCHAR"),
        ("deadline", "DATE"), ("status", "VARCHAR"), ("bucket", "VARCHAR"),
        ("done_date", "DATE"), ("value", "DOUBLE"), ("target", "DOUBLE"),
        ("stale", "BOOLEAN"), ("earned", "DOUBLE"), ("weight", "DOUBLE"),
    ),
    "units": (
        ("unit", "VARCHAR"), ("name", "VARCHAR"), ("group", "VARCHAR"),
        ("group_name", "VARCHAR"), ("active_from", "DATE"), ("active_until", "DATE"),
        ("successor", "VARCHAR"),
    ),
    "ratings": (
        ("quarter", "INTEGER"), ("unit", "VARCHAR"), ("role", "VARCHAR"), ("title", "VARCHAR"),
        ("name", "VARCHAR"), ("group", "VARCHAR"), ("tasks", "INTEGER"),
        ("computed", "VARCHAR"), ("final", "VARCHAR"), ("results", "DOUBLE"),
        ("criteria", "DOUBLE"), ("total", "DOUBLE"), ("quota_ok", "BOOLEAN"),
    ),
}

# What each column holds, for the Table Schema's descriptions.
DESCRIPTIONS = {
    ("tasks", "kind"): "task, or milestone (a quarterly product of the task)",
    ("tasks", "milestone"): "the milestone's date; empty on the row of the task",
    ("tasks", "categories"): "category keys, separated by '; '",
    ("tasks", "bucket"): "done-on-time, done-late, open or overdue; empty when dropped",
    ("tasks", "earned"): "points earned at the as-of date, in units of the task's weight",
    ("ratings", "quarter"): "1 to 4; empty for the year",
    ("ratings", "role"): "the head role; empty for the unit itself",
    ("ratings", "name"): "the head's name, only in a bundle exported --with-names",
    ("ratings", "quota_ok"): "the quota of the unit's group holds in the period",
}


def table_type(duckdb_type: str) -> str:
    return _TABLE_TYPES[duckdb_type]


def table_schema(resource: str) -> dict[str, object]:
    """The Table Schema of a resource, as datapackage.json says it."""
    fields = []
    for name, kind in RESOURCES[resource]:
        field: dict[str, object] = {"name": name, "type": table_type(kind)}
        if (resource, name) in DESCRIPTIONS:
            field["description"] = DESCRIPTIONS[(resource, name)]
        fields.append(field)
    return {"fields": fields}
