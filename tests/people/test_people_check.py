"""`targets check` on people/<id>.yaml: every fault of a person file at its line."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from songlo_targets.check import check
from songlo_targets.people.holders import changes, holder, holders

from conftest import UNIT, RepoFactory

TODAY = dt.date(2023, 1, 15)
P = "people/nguyen-van-an.yaml"
SUCCESSOR = "units/song-lo.yaml"


def person(*positions: str, name: str = "Nguyễn Văn An", extra: str = "") -> str:
    lines = [f"name: {name}\n", extra, "positions:\n"]
    lines += [f"  - {{{p}}}\n" for p in positions]
    return "".join(lines)


def merged() -> dict[str, str]:
    return {
        "units/duc-bac.yaml": textwrap.dedent(UNIT)
        + "active: {from: 2008-12-23, until: 2022-06-30, successor: song-lo}\n",
        SUCCESSOR: "name: Xã Sông Lô\ngroup: xa-thi-tran\nactive: {from: 2022-07-01}\nheads:\n"
                   "  - {role: pho-bi-thu, title: Phó Bí thư Đảng ủy xã}\n",
    }


def found(root, code: str) -> list[tuple[str, int, int, str]]:
    return [(d.path, d.line, d.col, d.text()) for d in check(root, today=TODAY).diagnostics
            if d.code == code]


def test_a_clean_person_file_gives_nothing_and_names_the_holder(make_repo: RepoFactory) -> None:
    files = merged() | {P: person("unit: duc-bac, role: chu-tich, from: 2021-01-01, "
                                  "until: 2022-06-30, decision: 12-QĐ/HU",
                                  "unit: song-lo, role: pho-bi-thu, from: 2022-07-01")}
    result = check(make_repo(files), today=TODAY)
    assert [d.code for d in result.diagnostics] == []
    records = result.records
    assert holder(records, "duc-bac", "chu-tich", dt.date(2022, 6, 30)).id == "nguyen-van-an"
    assert holder(records, "duc-bac", "chu-tich", dt.date(2022, 7, 1)) is None
    assert holder(records, "song-lo", "pho-bi-thu", dt.date(2022, 7, 1)).name == "Nguyễn Văn An"
    assert holders(records, "duc-bac", "bi-thu", dt.date(2022, 1, 1)) == []
    assert [(d, p.id) for d, p in changes(records, "duc-bac", "chu-tich", dt.date(2022, 1, 1),
                                          dt.date(2022, 12, 31))] == [
        (dt.date(2022, 1, 1), "nguyen-van-an")]


def test_any_other_field_is_unknown(make_repo: RepoFactory) -> None:
    files = {P: person("unit: duc-bac, role: chu-tich, from: 2021-01-01",
                       extra="birth_date: 1970-01-01\n")}
    assert [f[:3] for f in found(make_repo(files), "unknown-field")] == [(P, 2, 1)]
    files = {P: person("unit: duc-bac, role: chu-tich, from: 2021-01-01, phone: '0912'")}
    assert [f[:3] for f in found(make_repo(files), "unknown-field")] == [(P, 3, 55)]


def test_an_unknown_unit_and_an_unknown_role(make_repo: RepoFactory) -> None:
    files = {P: person("unit: duc-bak, role: chu-tich, from: 2021-01-01",
                       "unit: duc-bac, role: pho-chu-tich, from: 2021-01-01")}
    root = make_repo(files)
    unit = found(root, "unknown-unit")
    assert [f[:3] for f in unit] == [(P, 3, 6)]
    assert "duc-bak" in unit[0][3]
    assert [f[:3] for f in found(root, "unknown-owner")] == [(P, 4, 21)]
    role = next(d for d in check(root, today=TODAY).diagnostics if d.code == "unknown-owner")
    assert role.help() == "did you mean `chu-tich`?"
    far = make_repo({P: person("unit: duc-bac, role: giam-doc, from: 2021-01-01")})
    role = next(d for d in check(far, today=TODAY).diagnostics if d.code == "unknown-owner")
    assert role.help() == "use a `role` listed under `heads:` in units/duc-bac.yaml"  # no `owner`


def test_two_holders_of_one_role_on_one_date(make_repo: RepoFactory) -> None:
    files = {P: person("unit: duc-bac, role: chu-tich, from: 2021-01-01, until: 2022-06-30"),
             "people/tran-thi-binh.yaml": person(
                 "unit: duc-bac, role: chu-tich, from: 2022-06-01", name="Trần Thị Bình")}
    faults = found(make_repo(files), "invalid-value")
    assert [f[:3] for f in faults] == [("people/tran-thi-binh.yaml", 3, 37)]
    assert "Nguyễn Văn An" in faults[0][3] and P in faults[0][3]


def test_two_open_ended_positions_on_one_role(make_repo: RepoFactory) -> None:
    files = {P: person("unit: duc-bac, role: chu-tich, from: 2021-01-01"),
             "people/tran-thi-binh.yaml": person(
                 "unit: duc-bac, role: chu-tich, from: 2022-06-01", name="Trần Thị Bình")}
    faults = found(make_repo(files), "invalid-value")
    assert [f[:3] for f in faults] == [("people/tran-thi-binh.yaml", 3, 5)]
    assert "until" in faults[0][3]


def test_overlapping_positions_of_one_person(make_repo: RepoFactory) -> None:
    files = {P: person("unit: duc-bac, role: chu-tich, from: 2021-01-01, until: 2021-12-31",
                       "unit: duc-bac, role: chu-tich, from: 2021-06-01, until: 2022-12-31")}
    assert [f[:3] for f in found(make_repo(files), "invalid-value")] == [(P, 4, 37)]


@pytest.mark.parametrize(("positions", "where", "word"), [
    (("unit: song-lo, role: pho-bi-thu, from: 2022-01-01",), (P, 3, 39), "2022-07-01"),
    (("unit: duc-bac, role: bi-thu, from: 2022-01-01",
      "unit: duc-bac, role: chu-tich, from: 2021-01-01, until: 2021-12-31"), (P, 4, 37), "above"),
    (("unit: duc-bac, role: chu-tich, from: 2021-06-01, until: 2021-01-01",), (P, 3, 55), "ends"),
])
def test_dates_of_positions(make_repo: RepoFactory, positions: tuple[str, ...],
                            where: tuple[str, int, int], word: str) -> None:
    faults = found(make_repo(merged() | {P: person(*positions)}), "invalid-value")
    assert [f[:3] for f in faults] == [where]
    assert word in faults[0][3]


def test_a_head_named_in_both_files_differently_is_a_warning(make_repo: RepoFactory) -> None:
    unit = textwrap.dedent(UNIT).replace("title: Chủ tịch UBND xã}",
                                         "title: Chủ tịch UBND xã, name: Nguyễn Văn Ân}")
    root = make_repo({"units/duc-bac.yaml": unit,
                      P: person("unit: duc-bac, role: chu-tich, from: 2021-01-01")})
    result = check(root, today=TODAY)
    warning = [d for d in result.diagnostics if d.code == "head-name"]
    assert [(d.path, d.severity) for d in warning] == [("units/duc-bac.yaml", "warning")]
    assert "units/duc-bac.yaml" in warning[0].text() and P in warning[0].text()
    same = make_repo({"units/duc-bac.yaml": unit.replace("Văn Ân", "Văn An"),
                      P: person("unit: duc-bac, role: chu-tich, from: 2021-01-01")})
    assert check(same, today=TODAY).diagnostics == []


def test_a_person_file_named_badly_is_refused(make_repo: RepoFactory) -> None:
    root = make_repo({"people/Nguyen_An.yaml": person("unit: duc-bac, role: chu-tich, "
                                                      "from: 2021-01-01")})
    assert [f[:3] for f in found(root, "invalid-value")] == [("people/Nguyen_An.yaml", 1, 1)]
