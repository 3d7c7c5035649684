"""The language line of targets.yaml, read before anything is printed (no YAML parser)."""

from __future__ import annotations

import pytest

from songlo_targets.read.scalar import top_level_scalar

from support.writing_support import Build


@pytest.mark.parametrize(("text", "value"), [
    ("schema: 1\nlanguage: en\n", "en"),
    ("\ufefflanguage: en\r\nschema: 1\r\n", "en"),
    ("language: en   # ngôn ngữ\n", "en"),
    ("language: 'en' # x\n", "en"),
    ('language: "en"\n', "en"),
    ("language: 'it''s'\n", "it's"),
    ('language: "\\u0065n"\n', "en"),
    ("organization:\n  language: en\n", None),  # not top-level
    ("# language: en\n", None),
    ("language: en\nlanguage: vi\n", None),  # written twice: check reports it
    ("language: !!str en\n", None),
    ("language: |\n  en\n", None),
    ("language:\n", None),
    ("language: 'en\n", None),
    ("language: 'en' x\n", None),
    ("languages: en\n", None),
])
def test_top_level_scalar(text: str, value: str | None) -> None:
    assert top_level_scalar(text, "language") == value


def test_the_language_of_targets_yaml_is_read_before_the_help(
        write_build: Build, capsys: pytest.CaptureFixture[str]) -> None:
    from songlo_targets import i18n
    from songlo_targets.cli import main

    repo = write_build({})
    config = repo / "targets.yaml"
    config.write_text("language: 'en'   # ngôn ngữ của thông báo\n" + config.read_text())
    i18n.set_language("vi")
    with pytest.raises(SystemExit):
        main(["--root", str(repo), "year", "-h"])
    assert "The years of the records" in capsys.readouterr().out
