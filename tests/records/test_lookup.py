"""Units as people type them, and Vietnamese alphabetical order."""

from __future__ import annotations

import pytest

from songlo_targets.errors import UsageError
from songlo_targets.read.loader import load
from songlo_targets.records.lookup import find_key, find_unit, match_key
from songlo_targets.vietnamese import fold, sort_key

from conftest import RepoFactory

UNITS = {
    "units/duc-bac.yaml": "name: Xã Đức Bác\ngroup: xa-thi-tran\n",
    "units/dong-que.yaml": "name: Xã Đồng Quế\ngroup: xa-thi-tran\n",
    "units/dong-thinh.yaml": "name: Xã Đồng Thịnh\ngroup: xa-thi-tran\n",
    "units/tam-son.yaml": "name: Thị trấn Tam Sơn\ngroup: xa-thi-tran\n",
    "units/phong-tai-chinh-ke-hoach.yaml":
        "name: Phòng Tài chính - Kế hoạch\ngroup: xa-thi-tran\n",
    "units/tu-yen.yaml": "name: Xã Tứ Yên\ngroup: xa-thi-tran\n",
    "units/phong-tu-phap.yaml": "name: Phòng Tư pháp\ngroup: xa-thi-tran\n",
    "units/phong-lao-dong-tbxh.yaml":
        "name: Phòng Lao động - Thương binh và Xã hội\ngroup: xa-thi-tran\n",
}


@pytest.mark.parametrize("typed", ["duc-bac", "Xã Đức Bác", "xã đức bác", "duc bac",
                                   "Đức Bác", "DUC-BAC", "  Duc  Bac "])
def test_a_unit_is_found_however_it_is_typed(make_repo: RepoFactory, typed: str) -> None:
    records, _ = load(make_repo(UNITS))
    assert find_unit(records, typed) == "duc-bac"


def test_words_of_a_longer_name(make_repo: RepoFactory) -> None:
    records, _ = load(make_repo(UNITS))
    assert find_unit(records, "tai chinh ke hoach") == "phong-tai-chinh-ke-hoach"
    assert find_unit(records, "Tam Sơn") == "tam-son"


def test_ambiguous_and_unknown_names_list_candidates(make_repo: RepoFactory) -> None:
    records, _ = load(make_repo(UNITS))
    with pytest.raises(UsageError) as ambiguous:
        find_unit(records, "dong")
    assert "dong-que" in ambiguous.value.text() and "dong-thinh" in ambiguous.value.text()
    assert ambiguous.value.exit_code == 2
    with pytest.raises(UsageError) as unknown:
        find_unit(records, "Đức Bắt")
    assert "duc-bac" in unknown.value.text()  # a close match is suggested


def test_vietnamese_alphabetical_order() -> None:
    names = ["Yên Thạch", "Đức Bác", "Đôn Nhân", "Đồng Quế", "Bạch Lưu", "Dục Mỹ", "Ân Thi",
             "An Hải", "Ăn Khê", "Như Thụy", "Nhạo Sơn", "Nhân Đạo", "Zê"]
    assert sorted(names, key=sort_key) == [
        "An Hải", "Ăn Khê", "Ân Thi", "Bạch Lưu", "Dục Mỹ", "Đôn Nhân", "Đồng Quế", "Đức Bác",
        "Nhạo Sơn", "Nhân Đạo", "Như Thụy", "Yên Thạch", "Zê"]


def test_tones_come_after_letters() -> None:
    assert sorted(["má", "ma", "mạ", "mà", "mả", "mã"], key=sort_key) == [
        "ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(["mạ", "mai"], key=sort_key) == ["mạ", "mai"]


def test_fold() -> None:
    assert fold("Xã Đức-Bác") == "xa duc bac"
    assert fold("PHÒNG TÀI CHÍNH - KẾ HOẠCH") == "phong tai chinh ke hoach"


def test_typed_diacritics_prefer_the_exact_names(make_repo: RepoFactory) -> None:
    records, _ = load(make_repo(UNITS))
    assert find_unit(records, "Tứ") == "tu-yen"
    assert find_unit(records, "Tư pháp") == "phong-tu-phap"
    with pytest.raises(UsageError) as both:  # without diacritics both names match
        find_unit(records, "tu")
    assert "tu-yen" in both.value.text() and "phong-tu-phap" in both.value.text()
    with pytest.raises(UsageError) as dong:  # Đồng Quế and Đồng Thịnh, not Lao động
        find_unit(records, "Đồng")
    assert "dong-que" in dong.value.text() and "phong-lao-dong-tbxh" not in dong.value.text()
    assert find_unit(records, "động") == "phong-lao-dong-tbxh"


CATEGORIES = [("viec-kho", "Việc khó"), ("viec-moi", "Việc mới"), ("ton-dong", "Việc tồn đọng")]


@pytest.mark.parametrize(("typed", "key"), [
    ("viec-kho", "viec-kho"), ("Việc khó", "viec-kho"), ("việc khó", "viec-kho"),
    ("viec kho", "viec-kho"), ("VIEC MOI", "viec-moi"), (" Việc tồn đọng ", "ton-dong"),
])
def test_a_key_is_found_by_its_key_or_its_name(typed: str, key: str) -> None:
    assert find_key("category", typed, CATEGORIES) == key


def test_typed_diacritics_choose_between_names_that_fold_alike() -> None:
    options = [("a", "Việc khó"), ("b", "Viếc kho")]
    assert match_key("viec kho", options) == ["a", "b"]
    assert match_key("Viếc kho", options) == ["b"]


def test_an_unknown_name_gets_a_did_you_mean_in_names() -> None:
    with pytest.raises(UsageError) as close:
        find_key("category", "Việc khos", CATEGORIES)
    assert close.value.text().startswith(
        "unknown category `Việc khos`; did you mean: Việc khó")  # the closest first
    with pytest.raises(UsageError) as far:
        find_key("category", "zzz", CATEGORIES)
    assert far.value.text() == ("unknown category `zzz`: use one of Việc khó; Việc mới; "
                                "Việc tồn đọng")
