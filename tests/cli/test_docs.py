"""Docs that cannot drift: the generated diagnostics reference matches the tool."""

from __future__ import annotations

from support.docgen import DOC, render


def test_diagnostics_doc_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), "run `make docs`"


def test_cli_doc_is_up_to_date() -> None:
    from support import cligen

    assert cligen.DOC.read_text(encoding="utf-8") == cligen.render(), "run `make docs`"


def test_glossary_doc_is_up_to_date() -> None:
    from support import glossarygen

    assert glossarygen.DOC.read_text(encoding="utf-8") == glossarygen.render(), "run `make docs`"
