"""Bundles for the province: three copies of the example commune exported at three dates,
rolled up; the same bundle twice; every kind of bad bundle refused with its reason."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from songlo_targets.bundles.schema import RESOURCES, SCHEMA_VERSION

from support.writing_support import Run

# Three communes (copies of the example, renamed), each exported at its own date; the one at
# 15 July has the task done late (2026/ban-xay-dung-dang/02, done 5 July, due 30 June).
DATES = {"xa-a": "2026-03-20", "xa-b": "2026-07-15", "xa-c": "2026-10-15"}
COUNTS = ("done_on_time", "done_late", "open", "overdue", "stale")


def _sql(query: str) -> list[tuple]:  # type: ignore[type-arg]
    con = duckdb.connect()
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def _json(run: Run, *args: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(*args, "--format", "json")
    assert code in (0, 1), err
    return json.loads(out)  # type: ignore[no-any-return]


def _copy(commune: Path, name: str) -> Path:
    root = commune.parent / name
    shutil.copytree(commune, root)
    config = root / "targets.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "name: Đảng ủy xã Sông Lô", f"name: Đảng ủy {name}"), encoding="utf-8")
    tasks = root / "targets/2026/ban-xay-dung-dang.yaml"  # two quarterly products of a target
    tasks.write_text(tasks.read_text(encoding="utf-8").replace(
        "    measure: {unit: đảng viên, target: 20}\n",
        "    measure: {unit: đảng viên, target: 20}\n"
        "    milestones: [{date: 2026-06-30, target: 8}, {date: 2026-09-30, target: 15}]\n"),
        encoding="utf-8")
    return root


@pytest.fixture
def bundles(commune: Path, write_run: Run, tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, day in DATES.items():
        root = _copy(commune, name)
        if name == "xa-c":  # the Standing Committee has decided the first quarter
            code, _, err = write_run("--root", str(root), "rate", "2026", "ubnd-xa",
                                     "--quarter", "1", "--final", "tot", "--decision",
                                     "5-QĐ/ĐU", "--date", "10/04/2026", "--note", "Xét quý I")
            assert code == 0, err
        out[name] = tmp_path / "bundles" / name
        code, _, err = write_run("--root", str(root), "export", "2026", "--bundle",
                                 str(out[name]), "--as-of", day)
        assert code == 0, err
    return out


def test_rollup_counts_are_each_communes_own_progress(bundles: dict[str, Path],
                                                      commune: Path, write_run: Run) -> None:
    result = _json(write_run, "rollup", str(bundles["xa-a"].parent / "*"))
    assert result["rejected"] == []
    assert result["year"] == 2026
    assert [c["commune"] for c in result["communes"]] == [f"Đảng ủy {n}" for n in DATES]
    late = 0
    for row, (name, day) in zip(result["communes"], DATES.items(), strict=True):
        own = _json(write_run, "--root", str(commune.parent / name), "progress", "--year",
                    "2026", "--as-of", day)["totals"]
        assert row["as_of"] == day
        assert row["tasks"] == own["total"]
        assert {k: row[k] for k in COUNTS} == {k: own[k] for k in COUNTS}
        assert row["done_share"] == own["done_share"]
        assert set(row) >= {"commune", "as_of", "tasks", *COUNTS, "done_share", "ratings"}
        late += row["done_late"]
    assert late > 0
    assert result["communes"][0]["outdated"]  # 20 March is before the checkpoint of 30 September
    assert not result["communes"][2]["outdated"]
    # the last period rated by a decision: quarter 1 for xa-c, the year (computed) elsewhere
    assert [c["quarter"] for c in result["communes"]] == [None, None, 1]
    assert result["communes"][2]["ratings"]["tot"] >= 1  # the final, and computed ones
    for key in ("tasks", *COUNTS):
        assert result["totals"][key] == sum(c[key] for c in result["communes"])
    assert set(result) >= {"year", "communes", "totals", "rejected"}


def test_a_bundle_exported_twice_is_the_same_bytes(bundles: dict[str, Path], commune: Path,
                                                   write_run: Run, tmp_path: Path) -> None:
    again = tmp_path / "again"
    code, _, err = write_run("--root", str(commune.parent / "xa-b"), "export", "2026",
                             "--bundle", str(again), "--as-of", DATES["xa-b"])
    assert code == 0, err
    names = sorted(p.name for p in again.iterdir())
    assert names == ["datapackage.json", "meta.json", "ratings.parquet", "tasks.parquet",
                     "units.parquet"]
    for name in names:
        assert (again / name).read_bytes() == (bundles["xa-b"] / name).read_bytes(), name
    created = _sql(f"SELECT created_by FROM parquet_file_metadata('{again}/tasks.parquet')"
                         )[0]
    # the writer's version and build only: no date, no path, no key-value metadata
    assert re.fullmatch(r"DuckDB version v[0-9.]+ \(build [0-9a-f]+\)", created[0]), created
    for name in ("tasks", "units", "ratings"):
        assert _sql(f"SELECT count(*) FROM parquet_kv_metadata('{again}/{name}.parquet')"
                    ) == [(0,)]


def test_the_bundle_holds_tasks_milestones_units_ratings_and_meta(
        bundles: dict[str, Path]) -> None:
    folder = bundles["xa-c"]
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta["organization"] == {"name": "Đảng ủy xa-c", "superior": "Đảng bộ tỉnh Phú Thọ",
                                    "symbol": "ĐU"}
    assert (meta["year"], meta["as_of"], meta["schema_version"]) == (2026, "2026-10-15",
                                                                     SCHEMA_VERSION)
    kinds = dict(_sql(f"SELECT kind, count(*) FROM '{folder}/tasks.parquet' GROUP BY 1"
                            ))
    assert kinds["task"] > 0 and kinds["milestone"] == 2
    milestones = _sql(f"SELECT milestone, bucket FROM '{folder}/tasks.parquet' WHERE kind = "
                      "'milestone' ORDER BY milestone")
    assert [str(m) for m, _b in milestones] == ["2026-06-30", "2026-09-30"]
    assert [b for _m, b in milestones] == ["done-on-time", "overdue"]
    periods = {q for (q,) in _sql(
        f"SELECT DISTINCT quarter FROM '{folder}/ratings.parquet'")}
    assert periods == {1, 2, 3, None}  # the quarters ended by 15 October, and the year
    finals = _sql(f"SELECT count(*) FROM '{folder}/ratings.parquet' WHERE final IS NOT "
                        "NULL")[0]
    assert finals is not None and finals[0] == 1


def test_names_only_with_names(bundles: dict[str, Path], commune: Path, write_run: Run,
                               tmp_path: Path) -> None:
    name = "Vũ Thị Mai"  # the head of ban-xay-dung-dang in units/
    for file in bundles["xa-c"].iterdir():
        assert name.encode("utf-8") not in file.read_bytes(), file.name
    named = tmp_path / "named"
    code, _, err = write_run("--root", str(commune.parent / "xa-c"), "export", "2026",
                             "--bundle", str(named), "--as-of", "2026-10-15", "--with-names")
    assert code == 0, err
    names = {n for (n,) in _sql(f"SELECT name FROM '{named}/ratings.parquet' WHERE name "
                                      "IS NOT NULL")}
    assert name in names
    code, _, err = write_run("--root", str(commune), "export", "2026", "--with-names")
    assert code == 2 and "--bundle" in err


def _rewrite(folder: Path, resource: str, select: str) -> None:
    """Write ``resource`` again through a DuckDB query over it (and its row count)."""
    path = folder / f"{resource}.parquet"
    tmp = folder / "tmp.parquet"
    _sql(f"COPY (SELECT {select} FROM '{path}') TO '{tmp}' (FORMAT parquet)")
    tmp.replace(path)


def _package(folder: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = folder / "datapackage.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _fields(data: dict, resource: str) -> list:  # type: ignore[type-arg]
    return next(r for r in data["resources"] if r["name"] == resource)["schema"]["fields"]


def test_bad_bundles_are_rejected_with_their_reasons(bundles: dict[str, Path],
                                                     write_run: Run, tmp_path: Path) -> None:
    good = bundles["xa-c"]
    bad: dict[str, Path] = {}

    def copy(kind: str) -> Path:
        bad[kind] = tmp_path / "bad" / kind
        shutil.copytree(good, bad[kind])
        return bad[kind]

    _rewrite(copy("missing-column"), "tasks", "* EXCLUDE (stale)")
    _rewrite(copy("extra-column"), "units", "*, 1 AS extra")
    _package(copy("package-column"), lambda d: _fields(d, "tasks").pop(13))
    _rewrite(copy("wrong-type"), "tasks", "* REPLACE (CAST(value AS VARCHAR) AS value)")
    _package(copy("package-type"), lambda d: _fields(d, "tasks")[11].update(type="string"))
    _package(copy("row-count"), lambda d: d["resources"][0].update(rows=999))
    meta = copy("other-year") / "meta.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace('"year": 2026', '"year": 2025'),
                    encoding="utf-8")
    meta = copy("other-version") / "meta.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace('"schema_version": 1',
                                                            '"schema_version": 99'),
                    encoding="utf-8")
    (copy("missing-file") / "units.parquet").unlink()
    tasks = copy("truncated") / "tasks.parquet"
    tasks.write_bytes(tasks.read_bytes()[:200])
    before = {p: p.read_bytes() for p in (tmp_path / "bad").rglob("*") if p.is_file()}

    result = _json(write_run, "rollup", "--year", "2026", str(bundles["xa-a"]),
                   str(bundles["xa-b"]), *[str(p) for p in bad.values()],
                   str(tmp_path / "nowhere"), str(tmp_path / "none-*"))
    reasons = {Path(r["bundle"]).name: r["reason"] for r in result["rejected"]}
    assert reasons["missing-column"] == "tasks.parquet: tasks lacks the column stale"
    assert reasons["package-column"] == ("datapackage.json: tasks lacks the column stale")
    assert reasons["extra-column"] == ("units.parquet: units has a column the schema does not "
                                       "know: extra")
    assert reasons["wrong-type"] == ("tasks.parquet: column value of tasks is VARCHAR, the "
                                     "schema says DOUBLE")
    assert reasons["package-type"] == ("datapackage.json: column value of tasks is string, "
                                       "the schema says number")
    assert reasons["row-count"].startswith("tasks.parquet holds ")
    assert reasons["row-count"].endswith(", datapackage.json says 999")
    assert reasons["other-year"] == "a bundle of the year 2025, not of 2026"
    assert reasons["other-version"] == "schema version 99, this tool reads version 1"
    assert reasons["truncated"] == ("tasks.parquet is not a readable Parquet file (truncated "
                                    "or damaged)")
    assert reasons["missing-file"] == "units.parquet is missing"
    assert reasons["nowhere"] == "this path does not exist"
    assert reasons["none-*"] == "no bundle matches this pattern"
    assert len(result["rejected"]) == len(bad) + 2
    assert [c["commune"] for c in result["communes"]] == ["Đảng ủy xa-a", "Đảng ủy xa-b"]
    assert result["totals"]["tasks"] == sum(c["tasks"] for c in result["communes"])
    after = {p: p.read_bytes() for p in (tmp_path / "bad").rglob("*") if p.is_file()}
    assert after == before  # rollup never writes into a bundle

    code, out, err = write_run("rollup", str(bundles["xa-a"]), str(bad["truncated"]))
    assert code == 1
    assert "Đảng ủy xa-a" in out
    assert f"{bad['truncated']}: tasks.parquet is not a readable Parquet file" in err


def test_the_data_package_validates_with_frictionless(bundles: dict[str, Path]) -> None:
    """frictionless reads no Parquet natively (its `parquet` extra, fastparquet and pandas,
    is not installed here): the descriptor and each Table Schema are validated by frictionless, and
    the Parquet data is checked against the same schema through DuckDB."""
    from frictionless import Package, Schema, validate

    folder = bundles["xa-c"]
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    report = validate(descriptor, type="package", basepath=str(folder))
    # the data cannot be read without the parquet extra ("Please install
    # frictionless[parquet]"): every other error (the descriptor, the schemas) counts
    errors = [e for e in report.flatten(["type", "note"]) if "frictionless[parquet]" not in e[1]]
    assert not errors, errors
    package = Package(descriptor, basepath=str(folder))
    assert [r.name for r in package.resources] == list(RESOURCES)
    types = {"string": "VARCHAR", "date": "DATE", "number": "DOUBLE", "integer": "INTEGER",
             "boolean": "BOOLEAN"}
    for resource in descriptor["resources"]:
        schema = Schema.from_descriptor(resource["schema"])
        assert Schema.validate_descriptor(resource["schema"]).valid
        described = _sql(f"DESCRIBE SELECT * FROM '{folder}/{resource['path']}'"
                               )
        assert [(d[0], d[1]) for d in described] == [(f.name, types[f.type])
                                                     for f in schema.fields]
        rows = _sql(f"SELECT count(*) FROM '{folder}/{resource['path']}'")[0]
        assert rows is not None and rows[0] == resource["rows"]


def test_rollup_as_a_table_and_csv(bundles: dict[str, Path], write_run: Run) -> None:
    code, out, err = write_run("rollup", str(bundles["xa-a"].parent / "*"))
    assert code == 0, err
    assert "Đảng ủy xa-c" in out and "Province" in out
    code, out, err = write_run("rollup", "--format", "csv", str(bundles["xa-a"].parent / "*"))
    assert code == 0, err
    assert out.splitlines()[0].startswith("commune,as_of,tasks,")
    assert len(out.splitlines()) == 4


@pytest.mark.parametrize("columns", ["80", "160"])
def test_the_rollup_table_shows_the_ratings_at_every_width(
        bundles: dict[str, Path], write_run: Run, monkeypatch: pytest.MonkeyPatch,
        columns: str) -> None:
    """Beside the counts where there is room, in a table of their own where there is not."""
    monkeypatch.setenv("COLUMNS", columns)
    code, out, err = write_run("rollup", str(bundles["xa-a"].parent / "*"))
    assert code == 0, err
    assert "Quota" in out and "%" in out.split("Ratings", 1)[1], out


def test_rollup_documents_head_with_the_organisation(bundles: dict[str, Path], commune: Path,
                                                     write_run: Run, tmp_path: Path) -> None:
    out = tmp_path / "tinh"
    code, _, err = write_run("--root", str(commune), "rollup", str(bundles["xa-a"].parent / "*"),
                             "--format", "md", "--out", str(out))
    assert code == 0, err
    text = (out / "tong-hop-tinh.md").read_text(encoding="utf-8")
    assert "ĐẢNG ỦY XÃ SÔNG LÔ" in text and "Trần Văn Minh" in text
    assert "Đảng ủy xa-a" in text and "chưa cập nhật" in text
    code, _, err = write_run("--root", str(commune), "rollup", str(bundles["xa-a"].parent / "*"),
                             "--format", "docx", "--out", str(out))
    assert code == 0, err
    from docx import Document

    word = Document(str(out / "tong-hop-tinh.docx"))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    assert "Đảng ủy xa-b" in cells


@pytest.mark.browser
def test_rollup_prints_a_pdf(bundles: dict[str, Path], commune: Path, write_run: Run,
                             tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "tinh"
    code, _, err = write_run("--root", str(commune), "rollup", str(bundles["xa-a"].parent / "*"),
                             "--format", "pdf", "--out", str(out))
    assert code == 0, err
    text = "".join(p.extract_text() for p in PdfReader(str(out / "tong-hop-tinh.pdf")).pages)
    assert "xa-c" in text


def test_a_damaged_page_behind_a_good_footer_is_rejected(bundles: dict[str, Path],
                                                         write_run: Run, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged"
    shutil.copytree(bundles["xa-c"], damaged)
    tasks = damaged / "tasks.parquet"
    data = bytearray(tasks.read_bytes())
    data[8:400] = b"\xff" * 392  # the first data pages; the footer at the end is untouched
    tasks.write_bytes(bytes(data))
    result = _json(write_run, "rollup", str(bundles["xa-a"]), str(damaged))
    assert [r["bundle"] for r in result["rejected"]] == [str(damaged)]
    assert result["rejected"][0]["reason"] == ("a Parquet file of the bundle cannot be read "
                                               "(truncated or damaged)")
    assert [c["commune"] for c in result["communes"]] == ["Đảng ủy xa-a"]


def test_a_rollup_document_outside_a_repository_says_who_must_issue_it(
        bundles: dict[str, Path], write_run: Run, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside a data repository there is no organisation to head the document: one line,
    exit 2, nothing written (the table, csv and json still work there)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TARGETS_ROOT", raising=False)
    out = tmp_path / "tinh"
    code, _, err = write_run("rollup", str(bundles["xa-a"].parent / "*"), "--format", "docx",
                             "--out", str(out))
    assert code == 2, err
    assert err.strip().startswith("targets: a roll-up document is issued by an organisation")
    assert len(err.strip().splitlines()) == 1 and not out.exists()
    code, _, err = write_run("rollup", str(bundles["xa-a"].parent / "*"), "--format", "json")
    assert code == 0, err
