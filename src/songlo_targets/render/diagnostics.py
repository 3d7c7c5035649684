"""Showing diagnostics: text for people (with the line and a caret), JSON, GitHub commands."""

from __future__ import annotations

from collections.abc import Mapping

from songlo_targets.diagnostics import Diagnostic, Severity
from songlo_targets.i18n import N_, _, _n
from songlo_targets.read.yaml_tree import lines as yaml_lines
from songlo_targets.records.texts import NOT_PRINTABLE, visible
from songlo_targets.render.common import json_text

RED, YELLOW, BOLD, BLUE, RESET = "\033[31m", "\033[33m", "\033[1m", "\033[34m", "\033[0m"


def severity_word(severity: Severity) -> str:
    return _(N_("error")) if severity is Severity.ERROR else _(N_("warning"))


def count_line(errors: int, warnings: int, files: int) -> str:
    return _(N_("{errors}, {warnings} in {files}"),
             errors=_n("{n} error", "{n} errors", errors),
             warnings=_n("{n} warning", "{n} warnings", warnings),
             files=_n("{n} file", "{n} files", files))


def shown(line: str) -> str:
    """A line of a file as the excerpt prints it: a control character (an escape sequence
    would drive the terminal) becomes U+FFFD, one character for one, so the caret stays put."""
    return NOT_PRINTABLE.sub("\ufffd", line).translate(_BREAKS)


_BREAKS = str.maketrans({"\x85": "\ufffd", "\u2028": "\ufffd", "\u2029": "\ufffd"})


def text_block(diagnostic: Diagnostic, texts: Mapping[str, str], color: bool = False) -> str:
    d = diagnostic
    paint = (lambda code, s: f"{code}{s}{RESET}") if color else (lambda code, s: s)
    tone = RED if d.severity is Severity.ERROR else YELLOW
    head = (f"{visible(d.path)}:{d.line}:{d.col}: "
            f"{paint(tone + BOLD, f'{severity_word(d.severity)}[{d.code}]')}: "
            f"{visible(d.text())}")
    lines = yaml_lines(texts.get(d.path, ""))
    out = [head]
    if 1 <= d.line <= len(lines):
        number = str(d.line)
        gutter = " " * len(number)
        out += [f"{gutter} {paint(BLUE, '|')}",
                f"{paint(BLUE, number)} {paint(BLUE, '|')} {shown(lines[d.line - 1])}",
                f"{gutter} {paint(BLUE, '|')} {' ' * (d.col - 1)}{paint(tone, '^')}"]
        out.append(f"{gutter} {paint(BLUE, '=')} {_(N_('help'))}: {d.help()}")
    else:
        out.append(f"  = {_(N_('help'))}: {d.help()}")
    return "\n".join(out)


def written_lines(before: str | None, after: str) -> set[int]:
    """The 1-based lines of ``after`` that a change adds or rewrites (all of a new file)."""
    import difflib

    new = after.splitlines()
    if before is None:
        return set(range(1, len(new) + 1))
    found: set[int] = set()
    matcher = difflib.SequenceMatcher(None, before.splitlines(), new, autojunk=False)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "insert"):
            found.update(range(j1 + 1, j2 + 1))
    return found


def refusal_block(diagnostic: Diagnostic, after: Mapping[str, str],
                  before: Mapping[str, str], color: bool = False) -> str:
    """A diagnostic that a writing command refuses: its position is in the file *as the
    command would write it*, so say so where that line is one the command would write, with
    the lines around it, marked `+` (the file on disk is left as it is)."""
    d = diagnostic
    text = after.get(d.path)
    if text is None:
        return text_block(d, after, color)
    old = before.get(d.path)
    new_lines = written_lines(old, text)
    if d.line not in new_lines:
        return text_block(d, after, color)
    lines = text.splitlines()
    shown = [n for n in range(max(1, d.line - 2), min(len(lines), d.line + 2) + 1)
             if n in new_lines or n == d.line]
    width = len(str(shown[-1]))
    out = [text_block(d, {}, color).splitlines()[0], f"{' ' * width} |"]
    for number in shown:
        out.append(f"{number:>{width}} + {lines[number - 1]}")
        if number == d.line:
            out.append(f"{' ' * width} | {' ' * (d.col - 1)}^")
    count = len(old.splitlines()) if old is not None else 0
    note = (_(N_("line {line} is one this command would write: {path} has {count} lines on "
                 "disk and was left as it is"), line=d.line, path=d.path, count=count)
            if old is not None else
            _(N_("{path} would be a new file; it was not created"), path=d.path))
    out.append(f"{' ' * width} = {_(N_('note'))}: {note}")
    out.append(f"{' ' * width} = {_(N_('help'))}: {d.help()}")
    return "\n".join(out)


def refusal_text(diagnostics: list[Diagnostic], after: Mapping[str, str],
                 before: Mapping[str, str], color: bool = False) -> str:
    """Every refused diagnostic; those at one position share its excerpt (two problems of
    one new line show that line once)."""
    out: list[str] = []
    index = 0
    while index < len(diagnostics):
        first = diagnostics[index]
        group = [first]
        while (index + len(group) < len(diagnostics) and
               diagnostics[index + len(group)].sort_key()[:3] == first.sort_key()[:3]):
            group.append(diagnostics[index + len(group)])
        lines = refusal_block(first, after, before, color).splitlines()
        heads = [text_block(d, {}, color).splitlines()[0] for d in group[1:]]
        gutter = lines[1].split("|")[0] if len(lines) > 1 else "  "
        helps = [f"{gutter}= {_(N_('help'))}: {d.help()}" for d in group[1:]
                 if d.help() != first.help()]
        out += [lines[0], *heads, *lines[1:], *helps]
        index += len(group)
    return "\n".join(out)


def as_text(diagnostics: list[Diagnostic], texts: Mapping[str, str], files: int,
            color: bool = False) -> str:
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    blocks = [text_block(d, texts, color) for d in diagnostics]
    return "\n".join([*blocks, count_line(errors, len(diagnostics) - errors, files)]) + "\n"


def as_json(diagnostics: list[Diagnostic], files: int) -> str:
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    payload = {
        "errors": errors,
        "warnings": len(diagnostics) - errors,
        "files": files,
        "diagnostics": [
            {"code": d.code, "severity": d.severity.value, "path": visible(d.path),
             "line": d.line, "col": d.col, "message": visible(d.text()), "task": d.task}
            for d in diagnostics
        ],
    }
    return json_text(payload)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def as_github(diagnostics: list[Diagnostic]) -> str:
    """GitHub Actions workflow commands: annotations on the lines of a pull request."""
    lines = []
    for d in diagnostics:
        kind = "error" if d.severity is Severity.ERROR else "warning"
        lines.append(f"::{kind} file={_escape_property(visible(d.path))},line={d.line},"
                     f"col={d.col},title={_escape_property(d.code)}::"
                     f"{_escape_data(visible(d.text()))}")
    return "".join(line + "\n" for line in lines)
