"""`targets rollup BUNDLE...`: many communes' bundles in one view, read by DuckDB embedded.

Every bundle is untrusted: it is checked first (its data package and its Parquet files
against the tool's schema, its meta against the schema version and the year), and one that
fails is listed with its reason and left out. The counts are one SQL query over the Parquet
files of the bundles kept; nothing is ever written into a bundle.

The last checkpoint (docs/tong-hop-tinh.md): the last day of the last quarter that ended
before today, within the year (31 December once the year is over); a commune whose data is
dated before it is flagged as not updated.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from songlo_targets import dates
from songlo_targets.bundles.export import META, PACKAGE
from songlo_targets.bundles.schema import RESOURCES, SCHEMA_VERSION, table_type
from songlo_targets.i18n import N_, _

MAX_JSON_BYTES = 4 * 1024 * 1024
COUNTS = ("tasks", "done_on_time", "done_late", "open", "overdue", "stale")


@dataclass
class Rejected:
    bundle: str
    reason: str


@dataclass
class Source:
    path: Path
    meta: dict[str, Any]
    files: dict[str, str] = field(default_factory=dict)  # resource -> its Parquet file

    def __post_init__(self) -> None:
        folder = str(self.path)
        self.files = {r: os.path.join(folder, f"{r}.parquet")  # noqa: PTH118 (3,300 bundles)
                      for r in RESOURCES}


@dataclass
class CommuneRow:
    commune: str
    as_of: dt.date
    counts: dict[str, int]
    ratings: dict[str, int]
    quota_ok: bool | None
    period: int | None  # the quarter of the ratings shown; None for the year
    outdated: bool
    bundle: str = ""

    @property
    def done_share(self) -> float | None:
        total = self.counts["tasks"]
        return (self.counts["done_on_time"] + self.counts["done_late"]) / total if total else None


@dataclass
class Rollup:
    year: int | None
    checkpoint: dt.date | None
    communes: list[CommuneRow]
    totals: dict[str, int]
    categories: list[tuple[str, dict[str, int]]]  # (category name, counts)
    levels: list[tuple[str, str]]  # (key, name) of the rating levels seen, in policy order
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def done_share(self) -> float | None:
        total = self.totals["tasks"]
        return (self.totals["done_on_time"] + self.totals["done_late"]) / total if total else None


def last_checkpoint(year: int, today: dt.date) -> dt.date | None:
    """The last day of the last quarter of ``year`` that ended before ``today``."""
    ended = [dates.quarter_end(year, q) for q in range(1, 5) if dates.quarter_end(year, q) < today]
    return ended[-1] if ended else None


# finding and checking the bundles ------------------------------------------------------------


def expand(arguments: list[str]) -> tuple[list[Path], list[Rejected]]:
    """Paths and globs → the bundle folders, in order, each once; what matched nothing."""
    found: list[Path] = []
    rejected = []
    for argument in arguments:
        if glob.has_magic(argument):
            matches = sorted(glob.glob(argument))  # noqa: PTH207 (absolute patterns too)
            if not matches:
                rejected.append(Rejected(argument, _(N_("no bundle matches this pattern"))))
            found += [Path(m) for m in matches]
        elif not Path(argument).exists():
            rejected.append(Rejected(argument, _(N_("this path does not exist"))))
        else:
            found.append(Path(argument))
    seen: set[str] = set()
    unique = []
    for path in found:
        key = os.path.normpath(os.path.abspath(path))  # noqa: PTH100 (no stat per path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique, rejected


class Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _read_json(folder: str, name: str) -> Any:
    try:  # (a descriptor on a file of its own: a province's 6,600 small files)
        fd = os.open(os.path.join(folder, name), os.O_RDONLY)  # noqa: PTH118
    except (FileNotFoundError, NotADirectoryError):
        raise Refused(_(N_("{name} is missing"), name=name)) from None
    try:
        size = os.fstat(fd).st_size
        data = os.read(fd, min(size, MAX_JSON_BYTES) + 1)  # one more: the file grew
        if size > MAX_JSON_BYTES or len(data) > MAX_JSON_BYTES:
            raise Refused(_(N_("{name} is too large"), name=name))
    except IsADirectoryError:
        raise Refused(_(N_("{name} is missing"), name=name)) from None
    finally:
        os.close(fd)
    try:
        return json.loads(data.decode("utf-8"))  # (not json.loads(bytes): UTF-16, a BOM)
    except (UnicodeDecodeError, ValueError):
        raise Refused(_(N_("{name} is not valid JSON"), name=name)) from None


_EXPECTED = {(resource, kind): [(name, table_type(t) if kind == "table" else t)
                                for name, t in columns]
             for resource, columns in RESOURCES.items() for kind in ("table", "parquet")}


def _check_fields(resource: str, fields: list[tuple[str, str]], kind: str) -> None:
    """``fields`` ((name, type) in the bundle) against the tool's columns of ``resource``."""
    expected = _EXPECTED[(resource, kind)]
    if fields == expected:
        return
    names = [name for name, _type in fields]
    wanted = [name for name, _type in expected]
    file = f"{resource}.parquet" if kind == "parquet" else PACKAGE
    missing = [n for n in wanted if n not in names]
    if missing:
        raise Refused(_(N_("{file}: {resource} lacks the column {column}"), file=file,
                        resource=resource, column=", ".join(missing)))
    extra = [n for n in names if n not in wanted]
    if extra:
        raise Refused(_(N_("{file}: {resource} has a column the schema does not know: "
                           "{column}"), file=file, resource=resource, column=", ".join(extra)))
    for (name, got), (_name, want) in zip(sorted(fields), sorted(expected), strict=True):
        if got != want:
            raise Refused(_(N_("{file}: column {column} of {resource} is {got}, the schema "
                               "says {want}"), file=file, column=name, resource=resource,
                            got=got, want=want))
    if names != wanted:
        raise Refused(_(N_("{file}: the columns of {resource} are not in the schema's order"),
                        file=file, resource=resource))


def check_package(path: Path, year: int | None) -> Source:
    """The meta and the data package of a bundle against the tool's schema (not the data)."""
    if not os.path.isdir(path):  # noqa: PTH112
        raise Refused(_(N_("not a bundle folder")))
    meta = _read_json(str(path), META)
    if not isinstance(meta, dict):
        raise Refused(_(N_("{name} is not valid JSON"), name=META))
    version = meta.get("schema_version")
    if version != SCHEMA_VERSION:
        raise Refused(_(N_("schema version {found}, this tool reads version {version}"),
                        found=version, version=SCHEMA_VERSION))
    if not isinstance(meta.get("year"), int) or (year is not None and meta["year"] != year):
        raise Refused(_(N_("a bundle of the year {found}, not of {year}"),
                        found=meta.get("year"), year=year))
    try:
        dt.date.fromisoformat(str(meta.get("as_of")))
    except ValueError:
        raise Refused(_(N_("{name} has no valid as-of date"), name=META)) from None
    descriptor = _read_json(str(path), PACKAGE)
    try:
        resources = {r["name"]: r for r in descriptor["resources"]}
        for resource in RESOURCES:
            if resource not in resources:
                raise Refused(_(N_("{file} has no resource {resource}"), file=PACKAGE,
                                resource=resource))
            fields = [(f["name"], f["type"]) for f in resources[resource]["schema"]["fields"]]
            _check_fields(resource, fields, "table")
            if not isinstance(resources[resource].get("rows"), int):
                raise Refused(_(N_("{file}: {resource} does not give its row count"),
                                file=PACKAGE, resource=resource))
            if resources[resource].get("path") != f"{resource}.parquet":
                raise Refused(_(N_("{file}: {resource} is not at {resource}.parquet"),
                                file=PACKAGE, resource=resource))
    except (KeyError, TypeError):
        raise Refused(_(N_("{file} is not a data package of this tool"), file=PACKAGE)) from None
    meta["_rows"] = {name: resources[name]["rows"] for name in RESOURCES}
    return Source(path, meta)


def _footers(con: Any, files: list[str]) -> dict[tuple[tuple[str, str], ...], list[str]]:
    """The files by their columns ((name, the type DuckDB reads it as), in the file's order),
    from their footers only, in one query: a province's 9,900 files have three or four
    kinds, and only the kinds come back to Python. Raises duckdb.Error if one is unreadable."""
    found: dict[tuple[tuple[str, str], ...], list[str]] = {}
    for columns, names in con.execute(
            "SELECT columns, list(file_name) FROM ("
            " SELECT file_name, list([name, coalesce(duckdb_type, type, '')] ORDER BY column_id)"
            "  FILTER (WHERE column_id > 0) AS columns"
            " FROM parquet_schema(?) GROUP BY file_name) GROUP BY columns",
            [files]).fetchall():
        found[tuple((name, kind) for name, kind in columns or [])] = names
    return found


def _check_footers(footers: dict[tuple[tuple[str, str], ...], list[str]],
                   resource_of: dict[str, str]) -> dict[str, str]:
    """Each kind of footer against the columns of its resource: the files refused, with the
    reason (a kind is worked out once, whichever number of files have it)."""
    refused: dict[str, str] = {}
    for columns, files in footers.items():
        for resource in sorted({resource_of[f] for f in files}):
            try:
                _check_fields(resource, list(columns), "parquet")
            except Refused as exc:
                refused.update((f, exc.reason) for f in files if resource_of[f] == resource)
    return refused


def check_parquet(con: Any, sources: list[Source]) -> tuple[list[Source], list[Rejected]]:
    """Each Parquet file of each bundle: readable, the tool's columns and types (the row
    counts are checked as the data is loaded, :func:`load`). All the footers are read at
    once; only when one of them cannot be, bundle by bundle, then file by file, to name it."""
    import duckdb

    rejected: list[Rejected] = []
    resource_of = {s.files[r]: r for s in sources for r in RESOURCES}
    try:
        groups = [(sources, _footers(con, list(resource_of)))] if sources else []
    except duckdb.Error:
        groups = []
        for source in sources:
            missing = [r for r in RESOURCES if not (source.path / f"{r}.parquet").is_file()]
            if missing:
                rejected.append(Rejected(str(source.path), _(N_("{name} is missing"),
                                                             name=f"{missing[0]}.parquet")))
                continue
            try:
                groups.append(([source], _footers(con, list(source.files.values()))))
            except duckdb.Error:
                bad = next(r for r in RESOURCES if not _readable(con, source, r))
                rejected.append(Rejected(str(source.path), _(N_(
                    "{name} is not a readable Parquet file (truncated or damaged)"),
                    name=f"{bad}.parquet")))
    kept: list[Source] = []
    for group, footers in groups:
        refused = _check_footers(footers, resource_of)
        for source in group:
            reason = next((refused[f] for f in source.files.values() if f in refused), None)
            if reason is None:
                kept.append(source)
            else:
                rejected.append(Rejected(str(source.path), reason))
    return kept, rejected


def _readable(con: Any, source: Source, resource: str) -> bool:
    import duckdb

    try:
        _footers(con, [source.files[resource]])
    except duckdb.Error:
        return False
    return True


def _unreadable(source: Source) -> Rejected:
    return Rejected(str(source.path), _(N_("a Parquet file of the bundle cannot be read "
                                           "(truncated or damaged)")))


_LOAD = {"tasks": "kind, bucket, stale, categories, category_names",
         "ratings": "quarter, role, final, computed, quota_ok"}


def load(con: Any, sources: list[Source]) -> tuple[list[Source], list[Rejected]]:
    """The bundles' tasks and ratings into two tables of the connection, each file read once;
    a bundle whose rows are not those its data package counts is taken out again."""
    import duckdb

    rejected: list[Rejected] = []
    if not sources:
        return [], []
    try:
        _load(con, sources)
    except duckdb.Error:  # a damaged page behind a good footer: find the bundle, bundle by bundle
        readable = []
        for source in sources:
            try:
                _load(con, [source])
                readable.append(source)
            except duckdb.Error:
                rejected.append(_unreadable(source))
        sources = readable
        if not sources:
            return [], rejected
        _load(con, sources)
    counted = {resource: dict(con.execute(f"SELECT filename, sum(n)::BIGINT FROM {resource} "
                                          "GROUP BY filename").fetchall())
               for resource in _LOAD}
    counted["units"] = dict(con.execute(
        "SELECT file_name, num_rows FROM parquet_file_metadata(?)",
        [[s.files["units"] for s in sources]]).fetchall()) if sources else {}
    kept, dropped = [], []
    for source in sources:
        wrong = next(((r, counted[r].get(source.files[r], 0)) for r in RESOURCES
                      if counted[r].get(source.files[r], 0) != source.meta["_rows"][r]), None)
        if wrong is None:
            kept.append(source)
            continue
        resource, found = wrong
        rejected.append(Rejected(str(source.path), _(N_(
            "{name} holds {found} rows, {file} says {rows}"), name=f"{resource}.parquet",
            found=found, file=PACKAGE, rows=source.meta["_rows"][resource])))
        dropped += [source.files[r] for r in _LOAD]
    if dropped:
        for resource in _LOAD:
            con.execute(f"DELETE FROM {resource} WHERE filename IN (SELECT unnest(?))",
                        [dropped])
    return kept, rejected


def _load(con: Any, sources: list[Source]) -> None:
    """One scan of each resource's files into a table of its rows grouped by what the
    roll-up counts (``n`` rows each): a few dozen rows a bundle, where keeping every row cost
    four times the scan."""
    for resource, columns in _LOAD.items():
        files = [s.files[resource] for s in sources]
        con.execute(f"CREATE OR REPLACE TEMP TABLE {resource} AS SELECT filename, {columns}, "
                    "count(*) AS n FROM read_parquet(?, filename = true) GROUP BY ALL", [files])


# the roll-up --------------------------------------------------------------------------------


def _year(sources: list[Source]) -> int | None:
    """The year most bundles are of (the latest on a tie): the year without --year."""
    found = Counter(s.meta["year"] for s in sources)
    return max(found, key=lambda y: (found[y], y)) if found else None


_BUCKETS = """coalesce(sum(n) FILTER (WHERE bucket IS NOT NULL), 0)::BIGINT AS tasks,
 coalesce(sum(n) FILTER (WHERE bucket = 'done-on-time'), 0)::BIGINT AS done_on_time,
 coalesce(sum(n) FILTER (WHERE bucket = 'done-late'), 0)::BIGINT AS done_late,
 coalesce(sum(n) FILTER (WHERE bucket = 'open'), 0)::BIGINT AS open,
 coalesce(sum(n) FILTER (WHERE bucket = 'overdue'), 0)::BIGINT AS overdue,
 coalesce(sum(n) FILTER (WHERE bucket IS NOT NULL AND stale), 0)::BIGINT AS stale"""


def rollup(arguments: list[str], year: int | None = None,
           today: dt.date | None = None) -> Rollup:
    """Check every bundle, then count the kept ones' tasks, ratings and categories in SQL."""
    import duckdb

    paths, rejected = expand(arguments)
    sources: list[Source] = []
    for path in paths:
        try:
            sources.append(check_package(path, year))
        except Refused as exc:
            rejected.append(Rejected(str(path), exc.reason))
    year = year if year is not None else _year(sources)
    of_year = []
    for source in sources:
        if source.meta["year"] != year:
            rejected.append(Rejected(str(source.path), _(N_(
                "a bundle of the year {found}, not of {year}"), found=source.meta["year"],
                year=year)))
        else:
            of_year.append(source)
    # (DuckDB's cache of Parquet footers between the check and the scans was measured: its
    # filling and freeing cost what it saves.)
    con = duckdb.connect()
    try:
        kept, refused = check_parquet(con, of_year)
        rejected += refused
        kept, refused = load(con, kept)
        rejected += refused
        return _aggregate(con, kept, year, rejected, today or dates.today())
    finally:
        con.close()


def _aggregate(con: Any, kept: list[Source], year: int | None, rejected: list[Rejected],
               today: dt.date) -> Rollup:
    checkpoint = last_checkpoint(year, today) if year is not None else None
    empty = dict.fromkeys(COUNTS, 0)
    if not kept:
        return Rollup(year, checkpoint, [], empty, [], [], rejected)
    index = {s.files["tasks"]: i for i, s in enumerate(kept)}
    rindex = {s.files["ratings"]: i for i, s in enumerate(kept)}
    tasks = "tasks"
    by_file = {row[0]: row[1:] for row in con.execute(
        f"SELECT filename, {_BUCKETS} FROM {tasks} WHERE kind = 'task' GROUP BY filename"
    ).fetchall()}
    categories = con.execute(
        f"""SELECT coalesce(name, key) AS category, {_BUCKETS} FROM (
              SELECT unnest(string_split(categories, '; ')) AS key,
                     unnest(string_split(category_names, '; ')) AS name, bucket, stale, n
              FROM {tasks} WHERE kind = 'task' AND categories IS NOT NULL)
            GROUP BY ALL ORDER BY category""").fetchall()
    ratings = "ratings"
    rated = con.execute(
        f"""WITH u AS (SELECT filename, coalesce(quarter, 5) AS period,
                              coalesce(final, computed) AS level, final IS NOT NULL AS decided,
                              quota_ok, n
                       FROM {ratings} WHERE role IS NULL),
                 last AS (SELECT filename, coalesce(max(period) FILTER (WHERE decided), 5) AS p
                          FROM u GROUP BY filename)
            SELECT u.filename, u.period, u.level, sum(u.n)::BIGINT, bool_and(u.quota_ok)
            FROM u JOIN last ON u.filename = last.filename AND u.period = last.p
            GROUP BY ALL ORDER BY ALL""").fetchall()
    levels_of: dict[int, dict[str, int]] = {}
    quota: dict[int, bool | None] = {}
    period: dict[int, int | None] = {}
    for file, p, level, count, ok in rated:
        i = rindex[file]
        levels_of.setdefault(i, {})[level] = count
        quota[i] = ok if quota.get(i, True) is not False else False
        period[i] = None if p == 5 else p
    communes = []
    for file, i in index.items():
        source = kept[i]
        as_of = dt.date.fromisoformat(source.meta["as_of"])
        counts = dict(zip(COUNTS, by_file.get(file, (0,) * len(COUNTS)), strict=True))
        name = (source.meta.get("organization") or {}).get("name") or source.path.name
        communes.append(CommuneRow(str(name), as_of, counts, levels_of.get(i, {}),
                                   quota.get(i), period.get(i),
                                   checkpoint is not None and as_of < checkpoint,
                                   str(source.path)))
    communes.sort(key=lambda c: (c.commune, c.bundle))
    totals = {key: sum(c.counts[key] for c in communes) for key in COUNTS}
    levels: dict[str, str] = {}
    for source in kept:
        for level in source.meta.get("levels") or []:
            if isinstance(level, dict) and isinstance(level.get("key"), str):
                levels.setdefault(level["key"], str(level.get("name") or level["key"]))
    return Rollup(year, checkpoint, communes, totals,
                  [(row[0], dict(zip(COUNTS, row[1:], strict=True))) for row in categories],
                  list(levels.items()), rejected)


def as_json(result: Rollup) -> dict[str, Any]:
    """The JSON of `targets rollup --format json`."""
    def share(value: float | None) -> float | None:
        return round(value, 4) if value is not None else None

    return {
        "year": result.year,
        "communes": [{"commune": c.commune, "as_of": c.as_of.isoformat(), **c.counts,
                      "done_share": share(c.done_share), "ratings": c.ratings,
                      "quarter": c.period, "quota_ok": c.quota_ok, "outdated": c.outdated,
                      "bundle": c.bundle}
                     for c in result.communes],
        "totals": {**result.totals, "done_share": share(result.done_share)},
        "categories": [{"category": name, **counts} for name, counts in result.categories],
        "checkpoint": result.checkpoint.isoformat() if result.checkpoint else None,
        "rejected": [{"bundle": r.bundle, "reason": r.reason} for r in result.rejected],
    }
