"""Tables drawn as plain text where the output is piped (render/plain_table.py): byte for byte
what rich writes, on random tables of the subset the tool builds and on the tool's own tables;
taken when piped, never on a terminal."""

from __future__ import annotations

import io
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from songlo_targets.cli import main
from songlo_targets.render import plain_table
from songlo_targets.render.common import console as tool_console
from songlo_targets.render.plain_table import _narrow

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

WORDS = ["Xã", "Đức", "Bác", "Thường", "trực", "HĐND", "huyện", "Hoàn", "thành", "xuất", "sắc",
         "nhiệm", "vụ", "giải", "phóng", "mặt", "bằng", "đường", "tỉnh", "307", "Nghị", "quyết",
         "Đại", "hội", "lần", "thứ", "III", "Ủy", "ban", "Mặt", "trận", "Tổ", "quốc", "Việt",
         "Nam", "12/2022", "2022/duc-bac/01", "→", "·", "–", "50%", "██████░░░░", "100", "7,5",
         "chuyển-đổi-số-trong-giải-quyết-thủ-tục-hành-chính", "Kiện", "toàn", "tổ", "chức",
         "Nhạo", "Sơn", "Như", "Thụy", "Yên", "Thạch", "ha", "hộ", "đảng", "viên",
         # combining marks (NFD) and wide characters: cell widths 0 and 2
         unicodedata.normalize("NFD", "Phường"), unicodedata.normalize("NFD", "Lựu"),
         "漢字", "越南語"]

words = st.lists(st.sampled_from(WORDS), min_size=0, max_size=9).map(" ".join)
styles = st.sampled_from([None, "bold", "red", "green", "dim", "yellow"])


@st.composite
def cells(draw: st.DrawFn) -> Any:
    kind = draw(st.sampled_from(["str", "text", "lines", "padding", "empty", "none"]))
    if kind == "str":
        return draw(words)
    if kind == "text":
        return Text(draw(words), style=draw(styles) or "")
    if kind == "lines":  # a title with a dim line below it, as in the task lists
        cell = Text(draw(words))
        cell.append("\n" + draw(words), style="dim")
        if draw(st.booleans()):
            cell.append(" " + draw(words), style=draw(styles))
        return cell
    if kind == "padding":  # layout.indented
        return Padding(Text(draw(words)), (0, 0, 0, draw(st.integers(0, 4))))
    return "" if kind == "empty" else None


@st.composite
def tables(draw: st.DrawFn, width: int = 200) -> Table:
    """A table of the tool's kind: one of its two frames, about as many columns as fit."""
    title = draw(st.one_of(st.none(), words))
    if draw(st.booleans()):
        table = Table(title=title, title_justify="left")
    else:
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                      pad_edge=False, padding=(0, 0))
    for _ in range(draw(st.integers(1, max(2, min(9, width // 12))))):
        table.add_column(
            draw(words), ratio=draw(st.sampled_from([None, 1])),
            min_width=draw(st.sampled_from([None, None, None, 1, 5, 12, 20, 30])),
            max_width=draw(st.one_of(st.none(), st.integers(3, 24))),
            no_wrap=draw(st.booleans()),
            overflow=draw(st.sampled_from(["fold", "fold", "ellipsis", "crop"])),
            justify=draw(st.sampled_from(["left", "right", "center"])))
    for _ in range(draw(st.integers(0, 12))):
        row = draw(st.lists(cells(), max_size=len(table.columns)))
        table.add_row(*row, style=draw(styles), end_section=draw(st.booleans()))
        if draw(st.integers(0, 4)) == 0:
            table.add_section()
    return table


def piped(width: int) -> Console:
    """The tool's console when piped (render/common.console), at a given width."""
    return Console(width=width, file=io.StringIO(), color_system=None, highlight=False,
                   soft_wrap=False)


def by_rich(table: Table, width: int) -> str:
    out = piped(width)
    out.print(table)
    file = out.file
    assert isinstance(file, io.StringIO)
    return file.getvalue()


@pytest.fixture(autouse=True)
def _piped_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


def test_random_tables_are_drawn_as_rich_draws_them() -> None:
    drawn = {"plain": 0, "rich": 0}

    @settings(max_examples=250, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(sized=st.integers(40, 200).flatmap(
        lambda width: st.tuples(st.just(width), tables(width))))
    def same(sized: tuple[int, Table]) -> None:
        width, table = sized
        plain = plain_table.table_text(piped(width), table)
        drawn["plain" if plain is not None else "rich"] += 1
        if plain is not None:
            assert plain == by_rich(table, width)

    same()
    # most of them drawn here (the others: wider than the console at their minimum widths)
    assert drawn["plain"] >= 3 * drawn["rich"], drawn


@pytest.mark.parametrize("cell", ["[bold]markup[/]", "a :smile: b", "tab\there", "cr\rhere",
                                  "zwj 👩\u200d💻", Text("x", justify="right"),
                                  Text("x", no_wrap=True)])
def test_outside_the_subset_rich_draws(cell: Any) -> None:
    table = Table()
    table.add_column("A")
    table.add_row(cell)
    assert plain_table.table_text(piped(80), table) is None


def test_wider_than_the_console_cropped_as_rich_crops() -> None:
    table = Table(title="Tiến độ " * 20, title_justify="left")
    table.add_column("A", min_width=60)
    table.add_column("B", min_width=60)
    table.add_row("x", "漢字" * 40)
    assert plain_table.table_text(piped(81), table) == by_rich(table, 81)
    # a combining mark after the cut: rich's segments decide, so rich draws it
    table.add_row("x", "a" * 59 + unicodedata.normalize("NFD", "ố"))
    assert plain_table.table_text(piped(81), table) is None


def test_a_bad_style_fails_as_in_rich() -> None:
    from rich.errors import MissingStyle

    table = Table()
    table.add_column("A")
    table.add_row("x", style="bold on")
    with pytest.raises(MissingStyle):
        by_rich(table, 80)
    with pytest.raises(MissingStyle):
        plain_table.table_text(piped(80), table)


# -- the tool's own tables ------------------------------------------------------------------


@pytest.fixture
def rich_forbidden(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Fails the test if rich draws a table; counts the tables drawn here."""
    drawn: list[int] = []
    original = plain_table.table_text

    def counted(console: Any, table: Any) -> str | None:
        text = original(console, table)
        drawn.append(text is not None)
        return text

    def refuse(self: Table, *args: Any) -> Any:
        raise AssertionError("rich drew a table where the output is piped")

    monkeypatch.setattr(Table, "__rich_console__", refuse)
    monkeypatch.setattr(plain_table, "table_text", counted)
    return drawn


def run(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> bytes:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "vi", *args])
    assert exit_.value.code in (0, None)
    out, _err = capsysbinary.readouterr()
    return out


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated") / "repo"
    generate(300, root)
    return root


BUNDLED = [["progress", "--year", "2022"], ["progress", "--year", "2022", "--unit", "duc-bac"],
           ["progress", "--year", "2022", "--as-of", "2022-10-01", "--overdue"],
           ["evaluate", "2022"], ["--lang", "en", "evaluate", "2021"],
           ["carry", "2022", "2023", "--dry-run"]]
GENERATED = [["progress", "--year", "2016"], ["progress", "--year", "2016", "--overdue"],
             ["progress", "--year", "2016", "--unit", "don-vi-0003"], ["evaluate", "2016"],
             ["carry", "2015", "2016", "--dry-run"]]


@pytest.mark.parametrize("columns", [80, 100, 120, 160])
@pytest.mark.parametrize("args", BUNDLED, ids=" ".join)
def test_bundled_tables_as_rich(capsysbinary: pytest.CaptureFixture[bytes],
                                monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
                                columns: int, args: list[str]) -> None:
    """The whole output of the command, drawn here and by rich."""
    monkeypatch.setenv("COLUMNS", str(columns))
    args = ["--root", str(ROOT), *args]
    with monkeypatch.context() as patch:
        patch.setattr(plain_table, "writes_plain", lambda console: False)
        expected = run(capsysbinary, *args)
    drawn = request.getfixturevalue("rich_forbidden")
    assert run(capsysbinary, *args) == expected
    assert drawn and all(drawn), "every table drawn as plain text"


@pytest.mark.parametrize("columns", [80, 100, 120, 160])
@pytest.mark.parametrize("args", GENERATED, ids=" ".join)
def test_generated_tables_as_rich(capsysbinary: pytest.CaptureFixture[bytes],
                                  monkeypatch: pytest.MonkeyPatch, generated: Path,
                                  columns: int, args: list[str]) -> None:
    """Each table the command prints, drawn here and by rich (one run: carry is slow)."""
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("XDG_CACHE_HOME", str(generated.parent / "xdg"))
    original = plain_table.table_text
    compared: list[str] = []

    def both(console: Any, table: Any) -> str | None:
        text = original(console, table)
        assert text is not None, "drawn as plain text"
        assert text == by_rich(table, console.width)
        compared.append(text)
        return text

    monkeypatch.setattr(plain_table, "table_text", both)
    out = run(capsysbinary, "--root", str(generated), *args).decode()
    assert compared and all(text in out for text in compared)


# -- which path ----------------------------------------------------------------------------


def small_table() -> Table:
    table = Table(title="Tiến độ", title_justify="left")
    table.add_column("Đơn vị")
    table.add_row("Xã Đức Bác")
    return table


def spy_rich(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original: Callable[..., Any] = Table.__rich_console__

    def spied(self: Table, *args: Any) -> Any:
        calls.append(1)
        return original(self, *args)

    monkeypatch.setattr(Table, "__rich_console__", spied)
    return calls


def test_piped_the_tool_console_writes_plain() -> None:
    assert plain_table.writes_plain(tool_console()), "rich 15 is verified; a new major " \
        "version: run this file and add it to plain_table.VERIFIED_RICH"


def test_the_version_of_rich_is_read_as_its_metadata_says() -> None:
    from importlib.metadata import version

    assert plain_table.rich_major() == int(version("rich").split(".")[0])


def test_piped_rich_does_not_draw(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = spy_rich(monkeypatch)
    out = piped(80)
    plain_table.print_table(out, small_table())
    assert calls == []
    assert isinstance(out.file, io.StringIO)
    assert "Xã Đức Bác" in out.file.getvalue()


@pytest.mark.parametrize("console", [
    lambda: Console(file=io.StringIO(), force_terminal=True, width=80),
    lambda: Console(file=io.StringIO(), color_system=None, force_terminal=True, width=80),
    lambda: Console(file=io.StringIO(), width=80, record=True),
    lambda: Console(file=io.StringIO(), width=80, soft_wrap=True),
], ids=["terminal", "terminal-no-colour", "recorded", "soft-wrap"])
def test_on_a_terminal_rich_draws(monkeypatch: pytest.MonkeyPatch,
                                  console: Callable[[], Console]) -> None:
    calls = spy_rich(monkeypatch)
    plain_table.print_table(console(), small_table())
    assert calls == [1]


@pytest.mark.parametrize("variable", ["FORCE_COLOR", "TTY_COMPATIBLE"])
def test_forced_colour_rich_draws(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    monkeypatch.setenv(variable, "1")
    calls = spy_rich(monkeypatch)
    assert not plain_table.writes_plain(tool_console())
    plain_table.print_table(tool_console(), small_table())
    assert calls == [1]


def test_captured_rich_draws(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = spy_rich(monkeypatch)
    out = piped(80)
    with out.capture() as capture:
        plain_table.print_table(out, small_table())
    assert calls == [1] and "Xã Đức Bác" in capture.get()


def test_the_characters_of_no_width_and_of_one_cell_are_richs() -> None:
    """The crop of a line wider than the console cuts a line of one-cell characters as a
    string and leaves to rich a line with a character of no width; both sets are rich's,
    character by character."""
    from rich.cells import get_character_cell_size

    from songlo_targets.render.plain_table import _zero_width

    zero, narrow = _zero_width(), _narrow()
    differ = [hex(code) for code in range(0x30000)
              if (get_character_cell_size(chr(code)) == 0) != (chr(code) in zero)
              or (chr(code) in narrow) != (0x20 <= code < 0x2E80
                                           and get_character_cell_size(chr(code)) == 1)]
    assert differ == []


@given(st.text(alphabet=st.sampled_from(sorted(_narrow())), min_size=1),
       st.integers(min_value=1, max_value=40))
def test_a_line_of_one_cell_characters_is_cut_as_rich_cuts_it(text: str, width: int) -> None:
    from rich.cells import cell_len, set_cell_size

    from songlo_targets.render.plain_table import _crop

    expected = text + "\n" if cell_len(text) <= width else set_cell_size(text, width) + "\n"
    assert _crop(text + "\n", width) == expected


@given(st.text())
def test_a_texts_cells_are_counted_as_rich_counts_them(text: str) -> None:
    from rich.cells import cell_len

    assert plain_table.cell_len(text) == cell_len(text)
