"""Reading one record file: bytes in, a YAML tree with positions (or diagnostics) out.

Everything that can be wrong with a file as a file is found here, before the records model
sees it: size (before parsing), encoding, Unicode normalisation, YAML syntax, duplicate keys,
and the YAML features records do not use (anchors, aliases, tags, several documents), which are
refused from the event stream, before anything is built or expanded.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from songlo_targets import formats
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.source import Source
from songlo_targets.records.texts import visible

MAX_BYTES = 2 * 1024 * 1024
STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
BOM = "\ufeff"


@dataclass
class ReadResult:
    tree: Any  # the loaded document (CommentedMap, …), None when empty or unreadable
    text: str | None  # the decoded, NFC-normalised text, for showing lines to the user
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.text is not None and not any(
            d.code != "not-nfc" for d in self.diagnostics
        )


def _yaml() -> Any:
    """A round-trip YAML reader that leaves dates as text, for the model to parse strictly."""
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor

    class Constructor(RoundTripConstructor):
        pass

    Constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str
    )
    yaml = YAML(typ="rt")
    yaml.Constructor = Constructor
    return yaml


_READER: Any = None


def reader() -> Any:
    global _READER
    if _READER is None:
        _READER = _yaml()
    return _READER


def reset() -> None:
    global _READER
    _READER = None


def decode(path: str, data: bytes) -> tuple[str | None, list[Diagnostic]]:
    """UTF-8 (a BOM accepted) to NFC text; a legacy encoding becomes `not-utf8`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8").removeprefix(BOM)
        line, col = line_col(before, len(before))
        return None, [Diagnostic(
            "not-utf8", path, line, col,
            N_("the file is not UTF-8 (byte 0x{byte} at offset {offset}): perhaps a legacy "
               "Vietnamese encoding such as TCVN3 or VNI"),
            {"byte": f"{data[exc.start]:02X}", "offset": exc.start},
        )]
    if text.startswith(BOM):
        text = text[1:]
    diagnostics = []
    if not unicodedata.is_normalized("NFC", text):
        for number, line_text in enumerate(lines(text), start=1):
            if not unicodedata.is_normalized("NFC", line_text):
                col = next(
                    i for i, ch in enumerate(line_text, start=1)
                    if not unicodedata.is_normalized("NFC", line_text[: i + 1])
                    or unicodedata.normalize("NFC", ch) != ch
                )
                diagnostics.append(Diagnostic(
                    "not-nfc", path, number, col,
                    N_("text is not in Unicode NFC (letters and their accents are stored "
                       "apart); it is read as NFC"),
                ))
                break
        text = unicodedata.normalize("NFC", text)
    odd = _ODD_BREAK.search(text) if any(char in text for char in _ODD_BREAKS) else None
    if odd is not None:
        line, col = line_col(text, odd.start())
        diagnostics.append(Diagnostic(
            "yaml-syntax", path, line, col,
            N_("the file holds the character {char}, a line break YAML readers disagree on: "
               "delete it, or start a new line with Enter"),
            {"char": f"U+{ord(odd.group()):04X}"}))
    return text, diagnostics


def _mark(error: Any, text: str) -> tuple[int, int]:
    """The 1-based position of a YAML error; a character the reader refuses (which has no
    mark, only its offset in the text) is placed from that offset."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is not None:
        return mark.line + 1, mark.column + 1
    position = getattr(error, "position", None)
    if isinstance(position, int) and 0 <= position <= len(text):
        return line_col(text, position)
    return 1, 1


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Line breaks of YAML 1.1 that 1.2 reads as text; ruamel.yaml ends a comment at them, folds them
# in a plain text, and counts no line: a record holds none (both readers refuse the file).
_ODD_BREAKS = ("\x85", "\u2028", "\u2029")  # (looked for one by one first: 20 times faster)
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")


def line_col(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of ``offset``; lines end at LF, CRLF or CR,
    as YAML's do (not at the other characters Python's ``splitlines`` breaks at)."""
    line, start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, offset):
        line, start = line + 1, match.end()
    return line, offset - start + 1


def lines(text: str) -> list[str]:
    """The lines of ``text`` as YAML counts them (see :func:`line_col`)."""
    found = _LINE_BREAK.split(text)
    return found[:-1] if found and found[-1] == "" else found


# A plain whole number Python will not turn into an int (its limit on decimal digits).
MAX_DIGITS = 4300
_LONG_INT = re.compile(rf"[-+]?[0-9_]{{{MAX_DIGITS},}}")


def scan_features(path: str, text: str) -> list[Diagnostic]:
    """Refuse anchors, aliases, non-standard tags, merge keys, several documents and numbers
    too long to read, from events only (nothing is built or expanded)."""
    from ruamel.yaml.events import (
        AliasEvent,
        CollectionEndEvent,
        DocumentStartEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceStartEvent,
    )

    found: list[Diagnostic] = []
    documents = 0
    maps: list[bool] = []  # per open collection: whether it is a mapping
    keys: list[bool] = []  # per open collection: whether a mapping's next node is a key
    for event in reader().parse(io.StringIO(text)):
        line, col = event.start_mark.line + 1, event.start_mark.column + 1
        at_key = bool(keys) and keys[-1]
        if isinstance(event, DocumentStartEvent):
            documents += 1
            if documents == 2:
                found.append(Diagnostic("yaml-feature", path, line, col,
                                        N_("a file holds one YAML document, not several")))
        elif isinstance(event, AliasEvent):
            found.append(Diagnostic("yaml-feature", path, line, col,
                                    N_("an alias (`*{name}`) repeats another part of the "
                                       "file"), {"name": visible(str(event.anchor))}))
        else:
            anchor = getattr(event, "anchor", None)
            tag = getattr(event, "tag", None)
            if anchor:
                found.append(Diagnostic("yaml-feature", path, line, col,
                                        N_("an anchor (`&{name}`) is not used in records"),
                                        {"name": visible(str(anchor))}))
            if tag and not str(tag).startswith(STANDARD_TAG_PREFIX):
                found.append(Diagnostic("yaml-feature", path, line, col,
                                        N_("the tag `{tag}` is not used in records"),
                                        {"tag": visible(str(tag))}))
        if isinstance(event, ScalarEvent) and event.style is None and event.tag is None:
            if at_key and event.value == "<<":
                found.append(Diagnostic("yaml-feature", path, line, col,
                                        N_("a merge key (`<<`) copies another mapping into "
                                           "this one; records write every key out")))
            elif _LONG_INT.fullmatch(event.value):
                found.append(Diagnostic("invalid-value", path, line, col,
                                        N_("this number has {digits} digits, more than a "
                                           "record can hold"),
                                        {"digits": len(event.value), "field": ""}))
        if isinstance(event, MappingStartEvent | SequenceStartEvent):
            maps.append(isinstance(event, MappingStartEvent))
            keys.append(isinstance(event, MappingStartEvent))
            continue  # a collection is complete at its end
        if isinstance(event, CollectionEndEvent):
            maps.pop()
            keys.pop()
        if isinstance(event, ScalarEvent | AliasEvent | CollectionEndEvent) and maps \
                and maps[-1]:
            keys[-1] = not keys[-1]  # a key is followed by its value, a value by a key
    return found


def parse(path: str, text: str) -> tuple[Any, list[Diagnostic]]:
    """Scan for refused features, then load. Errors become diagnostics."""
    from ruamel.yaml.constructor import DuplicateKeyError
    from ruamel.yaml.error import YAMLError

    try:
        try:
            features = scan_features(path, text)
            if features:
                return None, features
            return reader().load(text), []
        except BaseException:
            reset()  # a reader stopped half-way keeps its state: the next file gets a new one
            raise
    except DuplicateKeyError as exc:
        line, col = _mark(exc, text)
        key = str(exc.problem).split('"')[1] if '"' in str(exc.problem) else "?"
        return None, [Diagnostic("duplicate-key", path, line, col,
                                 N_("the key `{key}` appears twice in the same mapping"),
                                 {"key": visible(key)})]
    except YAMLError as exc:
        line, col = _mark(exc, text)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        opened = getattr(exc, "context_mark", None)
        if opened is not None and ("end of stream" in str(problem) or
                                   "<stream end>" in str(problem)):
            line, col = opened.line + 1, opened.column + 1  # where the unclosed thing opens
        message, hint, values = syntax_problem(str(problem), str(getattr(exc, "context", "")))
        return None, [Diagnostic("yaml-syntax", path, line, col, message, values, hint=hint)]


# ruamel's English problems, said in the tool's words with the fix: (problem, context) pattern,
# message, hint. The first that matches wins; an unknown one is quoted as ruamel says it.
SYNTAX_PROBLEMS: tuple[tuple[str, str, str, str], ...] = (
    (r"found unexpected end of stream", r"quoted scalar",
     N_("a text in quotes is not closed: the file ends before its closing quote"),
     N_("close the quote on the same line; inside '…' a quote is written twice ('it''s')")),
    (r"found unexpected end of stream", r"",
     N_("the file ends in the middle of a value"),
     N_("finish the value, or remove the unfinished line")),
    (r"expected ',' or '\]', but got (?P<found>.*)", r"",
     N_("a list in brackets `[…]` is not closed"),
     N_("close the list with `]` and separate its items with commas")),
    (r"expected ',' or '\}', but got (?P<found>.*)", r"",
     N_("a mapping in braces `{{…}}` is not closed"),
     N_("close the mapping with `}}` and separate its entries with commas")),
    (r"mapping values are not allowed here", r"",
     N_("a `:` where no key can start: a text with `: ` inside, or a line indented too far"),
     N_("put a text that contains `: ` in quotes, or line the key up with the keys above it")),
    (r"expected <block end>, but found", r"",
     N_("this line does not line up with the lines above it"),
     N_("indent it like the other keys (or `- ` items) of the same level, with spaces")),
    (r"found character '\\t' that cannot start any token", r"",
     N_("a tab character: records are indented with spaces"),
     N_("replace the tab with spaces")),
    (r"found character '(?P<found>.)' that cannot start any token", r"",
     N_("a value cannot start with `{found}`"),
     N_("put the whole value in quotes: '{found}…'")),
    (r"found unknown escape character '(?P<found>.*)'", r"",
     N_("`\\{found}` is not an escape that a text in double quotes knows"),
     N_("write the text in single quotes '…' instead, where `\\` is an ordinary character")),
    (r"could not find expected ':'", r"",
     N_("a line that is neither `key: value` nor a list item `- …`"),
     N_("add the `:` after the key, or indent the line as a continuation of the text above")),
    (r"but found another document", r"",
     N_("a second document (`---`) in the file"),
     N_("keep one document per file: remove the `---` line and what belongs elsewhere")),
)


def syntax_problem(problem: str, context: str) -> tuple[str, str | None, dict[str, str]]:
    """The message id, hint and values for one of ruamel's syntax problems."""
    import re

    for pattern, context_pattern, message, hint in SYNTAX_PROBLEMS:
        match = re.search(pattern, problem)
        if match and re.search(context_pattern, context):
            found = match.groupdict().get("found") or ""
            return message, hint, {"found": found.strip("'").replace("<stream end>", "EOF"),
                                   "problem": problem}
    return N_("the YAML does not parse: {problem}"), None, {"problem": visible(str(problem))}


def too_large(path: str, size: int) -> Diagnostic:
    return Diagnostic("file-too-large", path, 1, 1,
                      N_("the file is {size} MiB; a record file holds at most 2 MiB"),
                      {"size": formats.number(size / 1024 / 1024, 1)})


def read(path: str, data: bytes) -> ReadResult:
    if len(data) > MAX_BYTES:
        return ReadResult(None, None, [too_large(path, len(data))])
    text, diagnostics = decode(path, data)
    if text is None or any(d.code == "yaml-syntax" for d in diagnostics):
        return ReadResult(None, text, diagnostics)
    tree, problems = parse(path, text)
    return ReadResult(tree, text, diagnostics + problems)


_MISSING = object()


def _match_key(mapping: dict[Any, Any], part: int | str) -> Any:
    if part in mapping:
        return part
    for key in mapping:
        if str(key) == str(part):
            return key
    return _MISSING


def _own_position(node: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return 1, 1
    return lc.line + 1, lc.col + 1


def node_source(node: Any, path: str) -> Source:
    """The source of a loaded mapping: its own position and those of its keys."""
    line, col = _own_position(node)
    keys: dict[str, tuple[int, int]] = {}
    lc = getattr(node, "lc", None)
    if isinstance(node, dict) and lc is not None:
        for key in node:
            k_line, k_col = lc.key(key)
            keys[str(key)] = (k_line + 1, k_col + 1)
    return Source(path, line, col, keys)


class FilePositions:
    """The positions of one file, from its reference reading: the tree already read, or the
    text read with ruamel.yaml the first time a position is asked for."""

    def __init__(self, path: str, text: Callable[[], str | None], tree: Any = None) -> None:
        self.path = path
        self._text = text
        self._tree = tree

    def source(self, loc: Sequence[int | str]) -> Source:
        if self._tree is None:
            text = self._text()
            self._tree = reader().load(text) if text is not None else {}
        node = self._tree
        for part in loc:
            if isinstance(node, dict):
                key = _match_key(node, part)
                node = None if key is _MISSING else node[key]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                node = None
        return node_source(node, self.path)
