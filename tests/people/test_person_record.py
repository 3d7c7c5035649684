"""`targets person`: a cadre's record across positions, years, quarters and a merger, in the
example commune (examples/xa-song-lo, on 7 December 2026)."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from songlo_targets.render.chromium import find_chromium

from support.writing_support import Run, tree_hashes


def record(write_run: Run, root: Path, who: str, *args: str) -> dict:
    code, out, err = write_run("--root", str(root), "person", who, "--format", "json", *args)
    assert code == 0, err
    return json.loads(out)


def periods(found: dict) -> dict[tuple[int, int | None, str], dict]:
    return {(p["year"], p["quarter"], p["unit"]): p for p in found["periods"]}


def test_the_json_has_the_documented_shape(commune: Path, write_run: Run) -> None:
    found = record(write_run, commune, "le-thi-lan")
    assert list(found) == ["person", "name", "positions", "periods"]
    assert found["positions"] == [
        {"unit": "duc-bac", "role": "chu-tich", "from": "2021-06-25", "until": "2025-06-30"},
        {"unit": "ubnd-xa", "role": "chu-tich", "from": "2025-07-01", "until": None}]
    for period in found["periods"]:
        assert list(period) == ["year", "quarter", "unit", "role", "tasks", "done", "on_time",
                                "exceeded", "score", "computed", "final"]


def test_a_chair_who_moved_to_the_successor_keeps_her_record(commune: Path,
                                                              write_run: Run) -> None:
    found = periods(record(write_run, commune, "Le Thi Lan"))  # typed without diacritics
    # 2025: the old commune until the merger (rated on its last day, 30/6), then the new one
    assert found[(2025, None, "duc-bac")]["computed"] == "tot"
    assert found[(2025, None, "ubnd-xa")]["tasks"] == 5
    # 2026 rated by quarter: the yearly and quarterly ratings are the evaluation's own
    code, out, _ = write_run("--root", str(commune), "evaluate", "2026", "--quarter", "1",
                             "--format", "json")
    head = next(h for u in json.loads(out)["units"] if u["unit"] == "ubnd-xa"
                for h in u["heads"] if h["role"] == "chu-tich")
    q1 = found[(2026, 1, "ubnd-xa")]
    assert (q1["score"], q1["computed"], q1["tasks"]) == (head["score"]["total"],
                                                          head["computed"], head["tasks"])
    assert found[(2026, None, "ubnd-xa")]["computed"] == "xuat-sac"


def test_a_role_that_changed_holder_mid_quarter(commune: Path, write_run: Run) -> None:
    # Phùng Văn Sơn held pho-chu-tich until 14/8/2026; Nguyễn Thị Hạnh from 15/8/2026
    son = periods(record(write_run, commune, "phung-van-son"))
    hanh = periods(record(write_run, commune, "nguyen-thi-hanh-b"))
    # Q2 is his; Q3's rating belongs to who held the role on 30/9, the year's on 31/12
    assert son[(2026, 2, "ubnd-xa")]["computed"] == "review"
    assert son[(2026, 3, "ubnd-xa")]["computed"] is None
    assert hanh[(2026, 3, "ubnd-xa")]["computed"] == "review"
    assert son[(2026, None, "ubnd-xa")]["computed"] is None
    assert hanh[(2026, None, "ubnd-xa")]["computed"] is not None
    # the task due 30/9 and not done is hers; the one done 10/4 his
    assert hanh[(2026, 3, "ubnd-xa")]["tasks"] == 1
    assert son[(2026, None, "ubnd-xa")]["tasks"] == 2
    # the change is shown, not hidden
    code, out, _ = write_run("--root", str(commune), "person", "phung-van-son")
    assert code == 0
    assert "Nguyễn Thị Hạnh" in " ".join(out.split()) and "15/08/2026" in out


def test_quarters_and_years_are_bounded(commune: Path, write_run: Run) -> None:
    found = record(write_run, commune, "le-thi-lan", "--from-year", "2026", "--to-year", "2026")
    assert {p["year"] for p in found["periods"]} == {2026}
    assert [p["quarter"] for p in found["periods"]] == [None, 1, 2, 3, 4]


def test_a_shared_name_lists_the_candidates(commune: Path, write_run: Run) -> None:
    for typed in ("Nguyễn Thị Hạnh", "nguyen thi hanh"):
        code, out, err = write_run("--root", str(commune), "person", typed)
        assert code == 2 and out == ""
        assert "nguyen-thi-hanh " in err and "nguyen-thi-hanh-b" in err and "id" in err
    code, _, err = write_run("--root", str(commune), "person", "Trần Văn Không")
    assert code == 2 and "people/" in err


def test_the_evaluation_names_the_holder(commune: Path, write_run: Run) -> None:
    code, out, _ = write_run("--root", str(commune), "evaluate", "2026", "--format", "md")
    assert code == 0 and "Phó Chủ tịch UBND xã (Nguyễn Thị Hạnh)" in out
    assert "(Lê Thị Lan)" in out  # named by her person file (and by the unit file alike)


def test_the_document_is_a_word_file(commune: Path, write_run: Run, tmp_path: Path) -> None:
    out = tmp_path / "lan.docx"
    code, _, err = write_run("--root", str(commune), "person", "le-thi-lan", "--format",
                             "docx", "--out", str(out))
    assert code == 0, err
    text = zipfile.ZipFile(io.BytesIO(out.read_bytes())).read("word/document.xml").decode()
    assert "Tổng hợp kết quả đánh giá cán bộ bằng sản phẩm" in text
    assert "Lê Thị Lan" in text and "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "Trần Văn Minh" in text  # the signer of targets.yaml


def test_a_folder_given_to_out_gets_the_document_named_by_the_id(
        commune: Path, write_run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "ho-so"
    folder.mkdir()
    for fmt, name in (("docx", "le-thi-lan.docx"), ("table", "le-thi-lan.md")):
        code, _, err = write_run("--root", str(commune), "person", "le-thi-lan", "--format",
                                 fmt, "--out", str(folder))
        assert code == 0, err
        assert (folder / name).is_file() and str(folder / name) in err
    assert sorted(p.name for p in folder.iterdir()) == ["le-thi-lan.docx", "le-thi-lan.md"]


@pytest.mark.browser
def test_the_document_prints_as_pdf(commune: Path, write_run: Run, tmp_path: Path) -> None:
    if find_chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("headless Chromium is missing")
        pytest.skip("headless Chromium is missing")
    out = tmp_path / "lan.pdf"
    code, _, err = write_run("--root", str(commune), "person", "le-thi-lan", "--format", "pdf",
                             "--out", str(out))
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")


def test_add_and_move_write_the_file_keeping_comments(commune: Path, write_run: Run) -> None:
    code, _, err = write_run("--root", str(commune), "person", "add", "do-van-binh", "--name",
                             "Đỗ Văn Bình", "--position", "tu-yen:bi-thu:2020-10-15:2025-06-30",
                             "--position", "van-phong-dang-uy:chanh-van-phong:2025-07-01")
    assert code == 0, err
    path = commune / "people" / "do-van-binh.yaml"
    assert path.read_text(encoding="utf-8") == (
        "name: Đỗ Văn Bình\npositions:\n"
        "  - {unit: tu-yen, role: bi-thu, from: 2020-10-15, until: 2025-06-30}\n"
        "  - {unit: van-phong-dang-uy, role: chanh-van-phong, from: 2025-07-01}\n")
    son = commune / "people" / "le-thi-lan.yaml"
    before = son.read_text(encoding="utf-8")
    code, _, err = write_run("--root", str(commune), "person", "move", "Đỗ Văn Bình", "--to",
                             "ban-xay-dung-dang:truong-ban", "--date", "01/10/2026",
                             "--decision", "50-QĐ/ĐU")
    # Vũ Thị Mai has no person file: the role is free on the records' side
    assert code == 0, err
    text = path.read_text(encoding="utf-8")
    assert "chanh-van-phong, from: 2025-07-01, until: 2026-09-30}" in text
    assert text.endswith("  - {unit: ban-xay-dung-dang, role: truong-ban, from: 2026-10-01, "
                         "decision: 50-QĐ/ĐU}\n")
    assert son.read_text(encoding="utf-8") == before
    assert write_run("--root", str(commune), "check")[0] == 0
    # the comment of an example file survives a move
    code, _, err = write_run("--root", str(commune), "person", "move", "le-thi-lan", "--to",
                             "mttq-xa:chu-tich", "--date", "2026-11-01")
    assert code == 2 and "nguyen-thi-hanh" in err  # Nguyễn Thị Hạnh holds it


@pytest.mark.parametrize("args", [
    ("move", "le-thi-lan", "--to", "ubnd-xa:bi-thu", "--date", "2026-11-01"),  # no such role
    ("move", "khong-co", "--to", "ubnd-xa:chu-tich", "--date", "2026-11-01"),  # unknown id
    ("move", "phung-van-son", "--to", "ubnd-xa:pho-chu-tich", "--date", "2026-08-20"),  # held
    ("move", "phung-van-son", "--to", "mttq-xa", "--date", "2026-11-01"),  # not UNIT:ROLE
    ("move", "le-thi-lan", "--to", "ubnd-xa:chu-tich", "--date", "2025-01-01"),  # before start
    ("move", "le-thi-lan", "--to", "ubnd-xa:pho-chu-tich", "--date", "2026-01-01"),  # Hạnh later
    ("add", "vu-thi-mai", "--name", "Vũ Thị Mai", "--position",
     "ubnd-xa:pho-chu-tich:2026-08-01:2026-08-20"),  # overlaps both holders
    ("add", "vu-thi-mai", "--name", "Vũ Thị Mai", "--position",
     "ban-xay-dung-dang:truong-ban:2025-01-01"),  # before the unit existed
    ("add", "le-thi-lan", "--name", "Lê Thị Lan"),  # exists
    ("add", "Vu_Mai", "--name", "Vũ Thị Mai"),  # not an id
    ("add", "vu-thi-mai", "--name", "Vũ Thị Mai", "--position", "ubnd-xa:chu-tich:2026-01-01"),
    ("add", "vu-thi-mai", "--name", "Vũ Thị Mai", "--position", "ubnd-xa:chu-tich"),
])
def test_bad_input_is_one_line_and_writes_nothing(commune: Path, write_run: Run,
                                                  args: tuple[str, ...]) -> None:
    before = tree_hashes(commune)
    code, out, err = write_run("--root", str(commune), "person", *args)
    assert code in (1, 2), err
    assert len(err.strip().splitlines()) == 1, err
    assert tree_hashes(commune) == before


def test_the_cache_keys_person_files(commune: Path, write_run: Run,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    first = record(write_run, commune, "le-thi-lan")
    assert (commune / ".targets-cache").is_dir()
    assert record(write_run, commune, "le-thi-lan") == first  # warm: from the cache
    path = commune / "people" / "le-thi-lan.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Lê Thị Lan",
                                                            "name: Lê Thị Lan Anh"),
                    encoding="utf-8")
    assert record(write_run, commune, "le-thi-lan")["name"] == "Lê Thị Lan Anh"
    monkeypatch.setenv("TARGETS_NO_CACHE", "1")
    assert record(write_run, commune, "le-thi-lan")["name"] == "Lê Thị Lan Anh"


def test_nothing_of_a_person_is_written_outside_the_repository(
        commune: Path, write_run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    for name in ("HOME", "TMPDIR", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home))
    out = commune / "lan.docx"
    for args in (("--format", "json"), ("--format", "md"), ("--format", "docx", "--out",
                                                              str(out))):
        assert write_run("--root", str(commune), "person", "le-thi-lan", *args)[0] == 0
    assert list(home.rglob("*")) == []


def test_the_markdown_record_of_a_cadre_who_handed_over_mid_quarter(commune: Path,
                                                                   write_run: Run) -> None:
    from support.golden import assert_golden

    code, out, _ = write_run("--root", str(commune), "--lang", "vi", "person", "phung-van-son",
                             "--format", "md")
    assert code == 0
    assert_golden("example-person-phung-van-son.md", out)


def test_the_holder_of_a_role_and_the_day_a_rating_belongs_to(commune: Path) -> None:
    import datetime as dt

    from songlo_targets.check import check
    from songlo_targets.people.holders import holder, named, rating_day

    records = check(commune, today=dt.date(2026, 12, 7)).records
    assert holder(records, "ubnd-xa", "pho-chu-tich", dt.date(2026, 8, 14)).id == "phung-van-son"
    assert holder(records, "ubnd-xa", "pho-chu-tich", dt.date(2026, 8, 15)).id == \
        "nguyen-thi-hanh-b"
    # a unit merged away: its year's rating belongs to the holder on its last day
    assert rating_day(records, "duc-bac", dt.date(2025, 12, 31), dt.date(2026, 1, 1)) == \
        dt.date(2025, 6, 30)
    assert holder(records, "duc-bac", "chu-tich", dt.date(2025, 6, 30)).id == "le-thi-lan"
    # no person file: the unit file's heads.name
    assert named(records, "yen-thach", "bi-thu", dt.date(2025, 6, 30)) == "Vũ Thị Mai"
    assert holder(records, "yen-thach", "bi-thu", dt.date(2025, 6, 30)) is None


def test_a_record_reads_only_the_units_it_concerns(tmp_path: Path) -> None:
    """A cadre's record in a province validates the files of the units held (and merged with
    them) alone, and says what it says when every year is built whole."""
    import sys

    from songlo_targets.derive.person import person_record
    from songlo_targets.read.loader import load
    from songlo_targets.render.person import as_json, as_markdown

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from generate import generate, person_id

    root = tmp_path / "province"
    generate(2000, root)
    who = person_id("bi-thu", 0)
    records, _ = load(root, cache=False)
    alone = person_record(records, who)
    shown = as_markdown(records, alone)
    assert records.years.built == []  # type: ignore[attr-defined]
    whole, _ = load(root, cache=False)
    for year in list(whole.years):
        whole.years[year]
    every = person_record(whole, who)
    assert as_json(alone) == as_json(every) and shown == as_markdown(whole, every)
    assert json.loads(as_json(alone))["periods"]


def test_a_units_page_names_the_holder_of_each_head_role(commune: Path, write_run: Run,
                                                         tmp_path: Path) -> None:
    """The unit file of ubnd-xa names no Phó Chủ tịch (the holder changed on 15/8/2026): the
    person files do, as on the report's date."""
    out = tmp_path / "reports"
    code, _, err = write_run("--root", str(commune), "report", "2026", "--out", str(out))
    assert code == 0, err
    page = (out / "don-vi" / "ubnd-xa.md").read_text(encoding="utf-8")
    assert "Chủ tịch UBND xã: Lê Thị Lan; Phó Chủ tịch UBND xã: Nguyễn Thị Hạnh" in page
    assert "Phùng Văn Sơn" not in page.split("Người đứng đầu", 1)[1].split("\n", 1)[0]


def test_a_refused_position_names_the_title_the_unit_and_the_day(commune: Path,
                                                                 write_run: Run) -> None:
    before = tree_hashes(commune)
    code, _, err = write_run("--root", str(commune), "person", "add", "tran-van-a", "--name",
                             "Trần Văn A", "--position", "ubnd-xa:chu-tich:2026-01-01")
    assert code == 2
    assert ("Lê Thị Lan (people/le-thi-lan.yaml) is Chủ tịch UBND xã, Ủy ban nhân dân xã Sông "
            "Lô, on 01/01/2026: end that position first") in err, err
    assert "ubnd-xa chu-tich" not in err and "2026-01-01" not in err
    assert tree_hashes(commune) == before
