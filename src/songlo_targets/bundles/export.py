"""`targets export YEAR --bundle DIR`: a commune's year as a bundle for the province.

A bundle is a folder: ``tasks.parquet`` (one row per task and per milestone, from the rows of
`targets export`), ``units.parquet``, ``ratings.parquet`` (the year and each ended quarter of a
year rated by quarter; units and heads, computed and final, points), ``meta.json`` and
``datapackage.json`` (a Frictionless Data Package with the Table Schema of each resource, and
each file's rows, bytes and sha256). DuckDB writes the Parquet files (docs/architecture.md
says why), in one thread, rows in order: the same records and date give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from songlo_targets import __version__
from songlo_targets.bundles.schema import PROFILE, RESOURCES, SCHEMA_VERSION, table_schema
from songlo_targets.dates import quarter_end
from songlo_targets.derive.evaluation import YearEvaluation, evaluate, quota_test
from songlo_targets.derive.export import export_rows
from songlo_targets.derive.state import default_as_of
from songlo_targets.records.collection import Records
from songlo_targets.records.ordering import ordered_units

Row = tuple[Any, ...]
META = "meta.json"
PACKAGE = "datapackage.json"


@dataclass(frozen=True)
class Bundle:
    year: int
    as_of: dt.date
    tables: dict[str, list[Row]]  # resource -> rows, in the order of RESOURCES' columns
    meta: dict[str, Any]


def _tasks(records: Records, year: int, as_of: dt.date) -> list[Row]:
    rows = export_rows(records, year, as_of, products=True).rows
    names = {key: records.category_name(key) for key in records.category_keys()}
    out = []
    for row in rows:
        keys = str(row["categories"]).split("; ") if row["categories"] else []
        out.append((row["ref"], row["kind"], row["milestone"], row["unit"], row["group"],
                    row["categories"], "; ".join(names.get(k, k) for k in keys) or None,
                    row["deadline"], row["status"], row["bucket"], row["done_date"],
                    row["value"], row["target"], row["stale"], row["earned"], row["weight"]))
    return out


def _units(records: Records, year: int) -> list[Row]:
    ids = set(records.year(year).tasks) | {u for u, unit in records.units.items()
                                          if unit.active_in(year)}
    out: list[Row] = []
    for unit_id in ordered_units(records, ids):
        unit = records.units.get(unit_id)
        if unit is None:
            out.append((unit_id, unit_id, None, None, None, None, None))
            continue
        active = unit.active
        out.append((unit_id, unit.name, unit.group, records.group_name(unit.group),
                    active.from_ if active else None, active.until if active else None,
                    active.successor if active else None))
    return out


def periods(records: Records, year: int, as_of: dt.date) -> list[YearEvaluation]:
    """The rated periods of a bundle: each ended quarter of a year rated by quarter, then
    the year at the as-of date."""
    found = []
    if records.policy(year).annual == "quarters":
        for quarter in range(1, 5):
            end = quarter_end(year, quarter)
            if end <= as_of:
                found.append(evaluate(records, year, end, quarter))
    found.append(evaluate(records, year, as_of))
    return found


def _ratings(records: Records, year: int, as_of: dt.date, with_names: bool) -> list[Row]:
    out = []
    for period in periods(records, year, as_of):
        groups: dict[str, list[str]] = {}
        for u in period.units:
            groups.setdefault(u.group, []).append(u.final or u.computed)
        quota = {q.group: q.ok for q in quota_test(period.policy, groups)}
        for u in period.units:
            # A head's name is the one the evaluation gives: the holder of the role on the
            # period's rating day (people/), else the unit file's heads.name.
            subjects = [(None, None, None, u)] + [(h.role, h.title, h.name, h) for h in u.heads]
            for role, title, holder_name, s in subjects:
                name = holder_name if with_names else None
                score = s.score
                out.append((period.quarter, u.unit, role, title, name, u.group,
                            s.counts.total, s.computed, s.final,
                            score.results if score else None,
                            score.criteria if score else None,
                            score.total if score else None, quota.get(u.group)))
    return out


def _commit(root: Path | None) -> str | None:
    if root is None:
        return None
    from songlo_targets.errors import RepositoryError
    from songlo_targets.read.gitrev import resolve

    try:
        return resolve(root, "HEAD")
    except RepositoryError:
        return None


def build(records: Records, year: int, as_of: dt.date | None = None, with_names: bool = False,
          root: Path | None = None) -> Bundle:
    """The tables and the meta of a bundle, in memory."""
    as_of = as_of or default_as_of(year)
    config = records.config
    organization = config.organization if config else None
    policy = records.policy(year)
    meta = {
        "schema_version": SCHEMA_VERSION,
        "tool": "songlo-targets",
        "tool_version": __version__,
        "organization": {"name": organization.name if organization else None,
                         "superior": organization.superior if organization else None,
                         "symbol": organization.symbol if organization else None},
        "year": year,
        "as_of": as_of.isoformat(),
        "commit": _commit(root),
        "quarterly": policy.annual == "quarters",
        "levels": [{"key": level.key, "name": records.level_name(year, level.key, "vi")}
                   for level in policy.levels],
        "with_names": with_names,
    }
    tables = {"tasks": _tasks(records, year, as_of), "units": _units(records, year),
              "ratings": _ratings(records, year, as_of, with_names)}
    return Bundle(year, as_of, tables, meta)


def parquet_files(tables: dict[str, list[Row]]) -> dict[str, bytes]:
    """``{name.parquet: bytes}``: each table written by DuckDB's COPY, one thread, in order."""
    import duckdb

    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="targets-bundle-") as folder:
        con = duckdb.connect(config={"threads": 1, "preserve_insertion_order": True})
        try:
            for resource, columns in RESOURCES.items():
                write_table(con, resource, columns, tables[resource],
                            Path(folder) / f"{resource}.parquet")
                out[f"{resource}.parquet"] = (Path(folder) / f"{resource}.parquet").read_bytes()
        finally:
            con.close()
    return out


def write_table(con: Any, name: str, columns: Sequence[tuple[str, str]], rows: list[Row],
                path: Path) -> None:
    """One table into a Parquet file: the columns passed as lists, unnested side by side."""
    values = [[row[i] for row in rows] for i in range(len(columns))]
    select = ", ".join(f'unnest(${i + 1}::{kind}[]) AS "{col}"'
                       for i, (col, kind) in enumerate(columns))
    create = ", ".join(f'"{col}" {kind}' for col, kind in columns)
    con.execute(f'CREATE OR REPLACE TABLE "{name}" ({create})')
    if rows:
        con.execute(f'INSERT INTO "{name}" SELECT {select}', values)
    target = str(path).replace("'", "''")
    con.execute(f"COPY (SELECT * FROM \"{name}\" ORDER BY rowid) TO '{target}' "
                "(FORMAT parquet, COMPRESSION zstd)")


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def package(bundle: Bundle, files: dict[str, bytes]) -> dict[str, Any]:
    """The Data Package descriptor of the bundle's files."""
    organization = bundle.meta["organization"]["name"] or ""
    resources = []
    for resource in RESOURCES:
        data = files[f"{resource}.parquet"]
        resources.append({
            "name": resource, "path": f"{resource}.parquet", "format": "parquet",
            "mediatype": "application/vnd.apache.parquet", "profile": "tabular-data-resource",
            "bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "rows": len(bundle.tables[resource]), "schema": table_schema(resource)})
    return {"profile": PROFILE, "name": f"targets-{bundle.year}",
            "title": f"{organization} {bundle.year}".strip(),
            "version": str(SCHEMA_VERSION),
            "resources": resources}


def bundle_files(bundle: Bundle) -> dict[str, bytes]:
    """Every file of the bundle: the same bundle gives the same bytes."""
    files = parquet_files(bundle.tables)
    files[META] = _json(bundle.meta)
    files[PACKAGE] = _json(package(bundle, files))
    return dict(sorted(files.items()))


def write_bundle(out: Path, files: dict[str, bytes]) -> None:
    """The files into ``out`` (made if needed), each written atomically."""
    from songlo_targets.store.atomic import write_bytes

    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        write_bytes(out / name, data)
