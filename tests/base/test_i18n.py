"""The message catalog: complete, compiled, NFC, and chosen as SPEC §6 says."""

from __future__ import annotations

import gettext
import io
import unicodedata
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo

from songlo_targets import i18n
from songlo_targets.cli import main
from songlo_targets.i18n_tools import audit, read_catalogs

from conftest import RepoFactory


def test_every_message_of_the_code_is_translated() -> None:
    result = audit("vi")
    assert result.missing == []
    assert result.untranslated == []


@pytest.mark.parametrize("po", sorted(read_catalogs("vi")), ids=lambda p: p.name)
def test_compiled_catalog_matches_its_source(po: Path) -> None:
    catalog = read_catalogs("vi")[po]
    fresh = io.BytesIO()
    write_mo(fresh, catalog)
    fresh.seek(0)
    with po.with_suffix(".mo").open("rb") as handle:
        committed = gettext.GNUTranslations(handle)
    assert committed._catalog == gettext.GNUTranslations(fresh)._catalog, "run `make messages`"
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            assert unicodedata.is_normalized("NFC", text)


BROKEN_UNIT = "name: Xã Đức Bác\ngroup: xa-thi-tran\ncolor: red\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def test_language_comes_from_targets_yaml_then_env_then_option(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from conftest import CONFIG

    root = make_repo({"units/duc-bac.yaml": BROKEN_UNIT,
                      "targets.yaml": CONFIG.replace("language: en", "language: vi")})
    code, out, _ = run(["check", "--root", str(root)], capsys)
    assert code == 1 and "khóa không hợp lệ `color`" in out and "2 lỗi" in out
    monkeypatch.setenv("TARGETS_LANG", "en")
    code, out, _ = run(["check", "--root", str(root)], capsys)
    assert "unknown key `color`" in out and "2 errors," in out
    code, out, _ = run(["--lang", "vi", "check", "--root", str(root)], capsys)
    assert "khóa không hợp lệ" in out
    assert i18n.language() == "vi"


def test_json_keys_and_codes_do_not_depend_on_the_language(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    root = make_repo({"units/duc-bac.yaml": BROKEN_UNIT})
    outputs = []
    for lang in ("vi", "en"):
        _, out, _ = run(["check", "--root", str(root), "--format", "json", "--lang", lang],
                        capsys)
        data = json.loads(out)
        outputs.append((sorted(data), [(d["code"], d["line"]) for d in data["diagnostics"]]))
    assert outputs[0] == outputs[1]
