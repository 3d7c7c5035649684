"""`targets progress`, `evaluate` and `export` through the command line (SPEC §6.3, 6.5, 6.7)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import textwrap
from pathlib import Path

import pytest

from songlo_targets.cli import main

from conftest import RepoFactory
from support.ratings_repo import CONFIG, UNIT, task

UNIT_FILE = textwrap.dedent(UNIT.format(name="A", group="xa")) + textwrap.dedent("""\
    # ratings decided by the Standing Committee
    evaluations:
      2021:
        computed: tot      # written by targets evaluate
        final: 'tot'
    """)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    code = exit_.value.code
    return (code if isinstance(code, int) else 0), out, err


def build(make_repo: RepoFactory, unit: str = UNIT_FILE) -> Path:
    return make_repo({
        "targets.yaml": CONFIG,
        "units/xa-a.yaml": unit,
        "units/ban-b.yaml": UNIT.format(name="Ban B", group="ban"),
        "targets/2022/xa-a.yaml": "tasks:\n" + task("01", done="2022-05-01", exceeded=True)
        + task("02", owner="bi-thu", done="2022-05-02")
        + task("03", owner="chu-tich").replace("Nhiệm vụ 03", "'=HYPERLINK(\"http://x\")'"),
        "targets/2022/ban-b.yaml": "tasks:\n" + task("01", done="2022-03-01"),
    }, base=False)


def test_progress_json_shape(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    root = build(make_repo)
    code, out, _ = run(capsys, "--root", str(root), "progress", "--format", "json",
                       "--as-of", "31/12/2022")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["year", "as_of", "units", "totals"]
    assert (data["year"], data["as_of"]) == (2022, "2022-12-31")
    assert [u["unit"] for u in data["units"]] == ["xa-a", "ban-b"]
    assert data["units"][0] == {"unit": "xa-a", "name": "Xã A", "group": "xa", "total": 3,
                                "done_on_time": 2, "done_late": 0, "open": 0, "overdue": 1,
                                "in_progress": 0, "stale": 0, "done_share": 0.6667}
    assert data["totals"]["total"] == 4


def test_progress_unit_tasks(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    root = build(make_repo)
    code, out, _ = run(capsys, "--root", str(root), "progress", "show", "--unit", "xa a",
                       "--format", "json", "--as-of", "2022-12-31")
    assert code == 0
    tasks = json.loads(out)["tasks"]
    assert [t["ref"] for t in tasks] == ["2022/xa-a/01", "2022/xa-a/02", "2022/xa-a/03"]
    assert tasks[1] == {"ref": "2022/xa-a/02", "title": "Nhiệm vụ 02", "owner": "bi-thu",
                        "deadline": "2022-06-30", "status": "done", "bucket": "done-on-time",
                        "value": None, "target": None, "percent": None,
                        "last_update": "2022-05-02"}
    code, out, _ = run(capsys, "--root", str(root), "progress", "--unit", "xa-a", "--format",
                       "csv", "--as-of", "2022-12-31")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][0] == "ref" and rows[3][1] == "'=HYPERLINK(\"http://x\")"


def test_progress_overdue_lists_the_tasks(make_repo: RepoFactory,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    root = build(make_repo)
    code, out, _ = run(capsys, "--root", str(root), "progress", "--overdue", "--format", "json",
                       "--as-of", "31/12/2022")
    assert code == 0
    assert [t["ref"] for t in json.loads(out)["tasks"]] == ["2022/xa-a/03"]
    code, out, _ = run(capsys, "--root", str(root), "progress", "--due-before", "30/06/2022",
                       "--as-of", "01/06/2022", "--format", "json")
    assert code == 0
    assert [t["ref"] for t in json.loads(out)["tasks"]] == ["2022/xa-a/03"]
    code, out, _ = run(capsys, "--root", str(root), "progress", "--due-before", "30/06/2022",
                       "--as-of", "01/06/2022")
    assert code == 0
    listing = out.split("Xã A", 1)[1].split("Tổng cộng")[0]  # the unit heads its tasks
    assert "│ 03 │" in listing and "│ 01 │" not in listing


def test_progress_usage_errors(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
                               ) -> None:
    root = build(make_repo)
    for args, word in ((["--as-of", "31-12-2022"], "31-12-2022"), (["--group", "xyz"], "xyz"),
                       (["--year", "2019"], "2019"), (["--unit", "khong co"], "khong co")):
        code, out, err = run(capsys, "--root", str(root), "--lang", "en", "progress", *args)
        assert (code, out) == (2, "")
        assert word in err and err.count("\n") == 1


def test_progress_table_and_markdown(make_repo: RepoFactory,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    root = build(make_repo)
    code, out, _ = run(capsys, "--root", str(root), "--lang", "vi", "progress", "--as-of",
                       "2022-12-31")
    assert code == 0 and "\x1b[" not in out  # no colours outside a terminal
    assert "Các xã" in out and "Tổng cộng" in out and "Xã A" in out
    code, out, _ = run(capsys, "--root", str(root), "--lang", "en", "progress", "--format",
                       "md", "--as-of", "2022-12-31")
    assert "| **Total** | 4 | 3 | 0 | 0 | 1 | 0 | 0 | 75% |" in out


def test_evaluate_json_shape(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    root = build(make_repo)
    code, out, _ = run(capsys, "--root", str(root), "evaluate", "2022", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["year", "quarter", "as_of", "units", "quota"]
    xa = data["units"][0]
    assert xa == {
        "unit": "xa-a", "group": "xa", "tasks": 3, "done": 2, "on_time": 2, "exceeded": 1,
        "score": None, "computed": "review", "reason": "no-level", "final": None,
        "heads": [
            {"role": "bi-thu", "tasks": 2, "done": 2, "on_time": 2, "exceeded": 1,
             "score": None, "computed": "xuat-sac", "reason": None, "final": None},
            {"role": "chu-tich", "tasks": 2, "done": 1, "on_time": 1, "exceeded": 1,
             "score": None, "computed": "review", "reason": "no-level", "final": None},
        ]}
    assert data["quota"] == [
        {"group": "xa", "level": "xuat-sac", "count": 0, "of_count": 0, "allowed": 0, "ok": True,
         "excess": 0},
        {"group": "ban", "level": "xuat-sac", "count": 0, "of_count": 1, "allowed": 0,
         "ok": True, "excess": 0}]
    code, out, _ = run(capsys, "--root", str(root), "evaluate", "2022", "--format", "json",
                       "--group", "ban")
    assert [u["unit"] for u in json.loads(out)["units"]] == ["ban-b"]
    assert [q["group"] for q in json.loads(out)["quota"]] == ["ban"]


def test_evaluate_write_keeps_every_other_byte(make_repo: RepoFactory,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    root = build(make_repo)
    path = root / "units/xa-a.yaml"
    before = path.read_text(encoding="utf-8")
    code, _, err = run(capsys, "--root", str(root), "--lang", "en", "evaluate", "2022",
                       "--write", "--format", "json")
    assert code == 0 and "wrote units/xa-a.yaml" in err
    after = path.read_text(encoding="utf-8")
    assert after == before + ("  2022:\n"
                              "    computed: review\n"
                              "    heads:\n"
                              "      bi-thu: {computed: xuat-sac}\n"
                              "      chu-tich: {computed: review}\n")
    ban = (root / "units/ban-b.yaml").read_text(encoding="utf-8")
    assert ban.endswith("evaluations:\n  2022:\n    computed: tot\n    heads:\n"
                        "      bi-thu: {computed: tot}\n      chu-tich: {computed: tot}\n")
    mtimes = {p: p.stat().st_mtime_ns for p in (root / "units").iterdir()}
    code, _, err = run(capsys, "--root", str(root), "--lang", "en", "evaluate", "2022",
                       "--write", "--format", "json")
    assert code == 0 and "0 unit files changed" in err
    assert {p: p.stat().st_mtime_ns for p in (root / "units").iterdir()} == mtimes
    assert sorted(p.name for p in (root / "units").iterdir()) == ["ban-b.yaml", "xa-a.yaml"]
    code, out, _ = run(capsys, "--root", str(root), "check", "--format", "json")
    assert json.loads(out)["errors"] == 0


def test_evaluate_write_updates_computed_and_never_final(
        make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    unit = UNIT_FILE.replace("\n", "\r\n").replace("2021:", "2022:")
    unit += "    heads: {chu-tich: {final: tot, note: Theo kết luận}}\r\n"
    root = build(make_repo, unit="")
    (root / "units/xa-a.yaml").write_bytes(b"\xef\xbb\xbf" + unit.encode("utf-8"))
    code, _, _ = run(capsys, "--root", str(root), "evaluate", "2022", "--write")
    assert code == 0
    data = (root / "units/xa-a.yaml").read_bytes()
    expected = unit.replace("computed: tot      #", "computed: review   #").replace(
        "{chu-tich: {final: tot,", "{chu-tich: {computed: review, final: tot,").replace(
        "Theo kết luận}}", "Theo kết luận}, bi-thu: {computed: xuat-sac}}")
    assert data.decode("utf-8") == "\ufeff" + expected


def test_evaluate_write_refuses_records_with_errors(
        make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    root = build(make_repo)
    bad = root / "targets/2022/ban-b.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("owner", "owner") +
                   "    owner: pho-chu-tich\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in (root / "units").iterdir()}
    code, out, err = run(capsys, "--root", str(root), "--lang", "en", "evaluate", "2022",
                         "--write")
    assert code == 1 and out == "" and "nothing was written" in err
    assert {p: p.read_bytes() for p in (root / "units").iterdir()} == before


def test_quota_binds_final_ratings_only(make_repo: RepoFactory,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({
        "targets.yaml": CONFIG,
        "units/xa-a.yaml": UNIT.format(name="A", group="xa"),
        "targets/2022/xa-a.yaml": "tasks:\n" + task("01", done="2022-05-01", exceeded=True),
    }, base=False)
    code, out, _ = run(capsys, "--root", str(root), "evaluate", "2022", "--format", "json")
    (quota,) = json.loads(out)["quota"]
    # 1 xuat-sac in a pool of 1 (tot or better): floor(0.2 × 1) = 0 allowed, 1 to move down
    assert (quota["count"], quota["of_count"], quota["allowed"], quota["ok"],
            quota["excess"]) == (1, 1, 0, False, 1)
    run(capsys, "--root", str(root), "evaluate", "2022", "--write")
    code, out, _ = run(capsys, "--root", str(root), "check", "--format", "json")
    assert code == 0 and json.loads(out)["errors"] == 0  # a computed rating is a proposal
    unit = root / "units/xa-a.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(
        "computed: xuat-sac\n", "computed: xuat-sac\n    final: xuat-sac\n", 1),
        encoding="utf-8")
    code, out, _ = run(capsys, "--root", str(root), "--lang", "en", "check", "--format", "json")
    errors = [d for d in json.loads(out)["diagnostics"] if d["severity"] == "error"]
    assert code == 1 and [d["code"] for d in errors] == ["rating-quota"]
    assert "1 rated “Hoàn thành tốt nhiệm vụ” or better" in errors[0]["message"]
    assert "1 must be rated a level lower" in errors[0]["message"]


def test_export_csv_has_a_bom_and_neutralised_formulas(
        make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    root = build(make_repo)
    out_file = root / "export.csv"
    code, _, _ = run(capsys, "--root", str(root), "--lang", "en", "export", "2022",
                     "--format", "csv", "--out", str(out_file))
    assert code == 0
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Reference", "Unit id", "Unit"]
    assert [r[0] for r in rows[1:]] == ["2022/xa-a/01", "2022/xa-a/02", "2022/xa-a/03",
                                        "2022/ban-b/01"]
    assert rows[3][5] == "'=HYPERLINK(\"http://x\")"
    assert rows[1][9] == "2022-06-30"


def test_export_json(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    root = build(make_repo)
    out_file = root / "export.json"
    run(capsys, "--root", str(root), "export", "2022", "--format", "json", "--as-of",
        "2022-06-01", "--out", str(out_file))
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert (data["year"], data["as_of"]) == (2022, "2022-06-01")
    first = data["tasks"][0]
    assert (first["status"], first["bucket"], first["deadline"]) == ("done", "done-on-time",
                                                                     "2022-06-30")
    assert data["tasks"][2]["bucket"] == "open"


def test_export_xlsx_types(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    root = build(make_repo)
    out_file = root / "export.xlsx"
    code, _, _ = run(capsys, "--root", str(root), "--lang", "en", "export", "2022",
                     "--format", "xlsx", "--out", str(out_file), "--as-of", "2022-12-31")
    assert code == 0
    sheet = load_workbook(out_file).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Reference", "Unit id", "Unit"]
    assert sheet.freeze_panes == "B2"
    column = {name: index + 1 for index, name in enumerate(header)}
    title = sheet.cell(row=4, column=column["Task"])
    assert (title.value, title.data_type) == ('=HYPERLINK("http://x")', "s")
    deadline = sheet.cell(row=2, column=column["Deadline"])
    assert deadline.value == dt.datetime(2022, 6, 30) and deadline.is_date
    assert sheet.cell(row=2, column=column["Stale"]).value is False
    assert sheet.cell(row=2, column=column["Id"]).value == "01"
    assert sheet.column_dimensions["F"].width == 60
    assert sheet.max_row == 5
