"""The glossary: one label per concept in each language, read back from what people type."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from songlo_targets import glossary, i18n
from songlo_targets.i18n_tools import read_catalogs
from songlo_targets.vietnamese import fold

PACKAGE = Path(glossary.__file__).parent
TERMS = list(glossary.terms())
LANGUAGES = ("vi", "en")


def test_every_term_has_a_vietnamese_label_of_its_own() -> None:
    for term in TERMS:
        vi = glossary.label(term.kind, term.key, "vi")
        assert vi != term.label[1], f"{term.kind}/{term.key} is not translated"
        assert unicodedata.is_normalized("NFC", vi)
        assert vi[0].isupper(), vi


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_label_names_two_concepts(language: str) -> None:
    """One term per concept: within a kind, and across kinds, no two keys share a label."""
    seen: dict[str, tuple[str, str]] = {}
    for term in TERMS:
        names = {glossary.label(term.kind, term.key, language),
                 glossary.short(term.kind, term.key, language)}
        for name in names:
            other = seen.setdefault(fold(name), (term.kind, term.key))
            assert other == (term.kind, term.key), f"{name!r} names {other} and {term}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_label_typed_by_a_person_reads_back_as_its_key(language: str) -> None:
    for term in TERMS:
        shown = glossary.label(term.kind, term.key, language)
        for typed in (shown, shown.upper(), fold(shown), term.key,
                      glossary.short(term.kind, term.key, language)):
            assert glossary.key_for(term.kind, typed) == term.key, typed


def test_reading_back_examples() -> None:
    assert glossary.key_for("status", "dang thuc hien") == "in-progress"
    assert glossary.key_for("status", "  Đang   thực-hiện ") == "in-progress"
    assert glossary.key_for("bucket", "HT đúng hạn") == "done-on-time"
    assert glossary.key_for("rating", "ban thuong vu xem xet") == "review"
    assert glossary.key_for("status", "xong") is None
    assert glossary.key_for("status", "") is None
    assert glossary.key_for("bucket", "in-progress") is None  # a key of another kind


def test_the_active_language_or_a_fixed_one() -> None:
    i18n.set_language("vi")
    assert glossary.label("flag", "stale") == "Chậm cập nhật"
    assert glossary.label("flag", "stale", "en") == "Stale"
    i18n.set_language("en")
    assert glossary.label("flag", "stale") == "Stale"
    assert glossary.label("flag", "stale", "vi") == "Chậm cập nhật"
    assert glossary.labels("task-type", "vi") == {"task": "Nhiệm vụ", "target": "Chỉ tiêu"}
    assert glossary.label("status", "no-such-status") == "no-such-status"


def test_a_label_inside_a_sentence() -> None:
    assert glossary.inline("Chậm cập nhật") == "chậm cập nhật"
    assert glossary.inline("HT đúng hạn") == "HT đúng hạn"
    assert glossary.inline("Ban Thường vụ xem xét") == "Ban Thường vụ xem xét"
    assert glossary.inline("Standing Committee review") == "Standing Committee review"


def test_owner_and_supervisor_are_two_words() -> None:
    owner, supervisor = (glossary.label("field", k, "vi") for k in ("owner", "supervisor"))
    assert (owner, supervisor) == ("Người phụ trách", "Người giám sát")
    for po, catalog in read_catalogs("vi").items():
        for message in catalog:
            english = message.id if isinstance(message.id, str) else message.id[0]
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if "supervis" in english.lower():
                assert not any("phụ trách" in s for s in strings), (po.name, english)


# The wordings that the glossary replaced: none may come back, in code, templates or catalogs.
RETIRED = ("Chưa thực hiện", "Chậm báo cáo", "chờ xem xét", "Thường trực xem xét",
           "Gặp vướng mắc", "Xong đúng hạn", "Xong quá hạn", "Kết quả tính toán",
           "Xếp loại tính được", "Xếp loại chính thức")


def test_retired_wordings_are_gone() -> None:
    files = [*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.j2"), *PACKAGE.rglob("*.po")]
    for path in files:
        text = path.read_text(encoding="utf-8").lower()
        for wording in RETIRED:
            assert wording.lower() not in text, f"{wording!r} in {path.relative_to(PACKAGE)}"


def test_no_template_spells_a_status_or_bucket_label() -> None:
    """Templates ask the glossary (`label(...)`); a status or bucket label written out in one
    would drift from the CLI."""
    labels = {glossary.label(kind, key, "vi") for kind in ("status", "bucket", "task-type")
              for key in glossary.keys(kind)}
    labels.discard("Hoàn thành")  # also an ordinary word of the reports' prose and headers
    labels -= {"Chỉ tiêu", "Nhiệm vụ"}
    for path in (PACKAGE / "templates").glob("*.j2"):
        text = path.read_text(encoding="utf-8")
        for label in labels:
            assert label not in text, f"{label!r} written out in {path.name}"


def test_the_catalog_audit_tells_a_label_from_the_same_words_elsewhere(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`[status] Done` is untranslated even where a plain `Done` (a table header) is."""
    from babel.messages.catalog import Catalog

    from songlo_targets import i18n_tools

    catalog = Catalog(locale="vi")
    catalog.add("Done", "Xong")
    monkeypatch.setattr(i18n_tools, "read_catalogs", lambda language="vi": {Path("x.po"): catalog})
    monkeypatch.setattr(i18n_tools, "code_messages", lambda: {"Done", "[status] Done"})
    assert i18n_tools.audit().missing == ["[status] Done"]
    catalog.add("Done", "Hoàn thành", context="status")
    assert i18n_tools.audit().missing == []
