"""A number where text belongs: the fix never shows the value altered (08854 is not 8.854)."""

from __future__ import annotations

from pathlib import Path

import pytest

from songlo_targets.cli import main

from conftest import RepoFactory


@pytest.mark.parametrize("written", ["08854", "0e0", "1234567"])
def test_the_quote_hint_keeps_the_value_as_written(make_repo: RepoFactory, written: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    root: Path = make_repo({"units/duc-bac.yaml": f"name: Xã Đức Bác\ngroup: xa-thi-tran\n"
                                                  f"code: {written}\n"})
    with pytest.raises(SystemExit) as exit_:
        main(["--root", str(root), "--lang", "vi", "check", "--no-cache"])
    assert exit_.value.code == 1
    err = capsys.readouterr().out
    assert "code: '…'" in err and "mất các chữ số 0 ở đầu" in err
    assert "'8.854'" not in err and "'1.234.567'" not in err
