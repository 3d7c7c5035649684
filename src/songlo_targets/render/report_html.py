"""Rendering the reports of a year with jinja2: Markdown and self-contained HTML.

Templates are looked up first in the data repository's ``templates/`` folder, then among the
built-in ones (``songlo_targets/templates``), so that a repository overrides a template by
giving its name. Templates run in jinja2's sandbox: a template that arrives in a pull request
can lay out the data, not reach into Python.

Every value is escaped: HTML by jinja2's autoescape, Markdown by a ``finalize`` hook that
escapes everything not marked :class:`MdSafe` (``|``, ``*``, ``<`` ... and line breaks).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    TemplateError,
)
from jinja2.sandbox import SandboxedEnvironment

from songlo_targets import formats as vnformat
from songlo_targets.derive.report import UnitRow, YearReport

FORMATS = ("md", "html")  # the formats rendered from templates
TEMPLATE_DIR = "templates"


class MdSafe(str):
    """Text that is already Markdown: the Markdown finalizer leaves it alone."""

    __slots__ = ()


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def md_escape(value: object) -> str:
    """Plain text as inline Markdown: safe in a paragraph and in a table cell."""
    if value is None:
        return ""
    if isinstance(value, MdSafe):
        return value
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _NEWLINES.sub("<br>", text)


def _html_finalize(value: object) -> object:
    return "" if value is None else value


def _svg_width(share: float | None, width: float = 100.0) -> str:
    """A bar's length, with a fixed number of decimals so the bytes stay the same."""
    value = max(0.0, min(1.0, share or 0.0)) * width
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _stack(counts: Any, width: float = 100.0) -> list[tuple[str, int, str, str]]:
    """Segments of a stacked bar: (bucket, count, x, width) with the widths summing up."""
    total = counts.total
    segments = []
    start = 0
    for bucket, count in counts.buckets():
        end = start + count
        x = _svg_width(start / total if total else 0, width)
        w = _svg_width(count / total if total else 0, width)
        segments.append((bucket, count, x, w))
        start = end
    return segments


def _filters() -> dict[str, Any]:
    return {
        "num": vnformat.number,
        "pct": vnformat.percent,
        "vndate": vnformat.date,
        "longdate": vnformat.long_date,
        "place_date": vnformat.place_date,
        "vnupper": vnformat.upper,
        "unit": vnformat.with_unit,
        "roman": vnformat.roman,
        "barw": _svg_width,
        "stack": _stack,
    }


def environments(root: Path | None) -> tuple[SandboxedEnvironment, SandboxedEnvironment]:
    """The HTML and the Markdown environments, both with the repository's templates first."""
    loaders: list[Any] = []
    if root is not None and (root / TEMPLATE_DIR).is_dir():
        loaders.append(FileSystemLoader(str(root / TEMPLATE_DIR)))
    loaders.append(PackageLoader("songlo_targets", TEMPLATE_DIR))
    common: dict[str, Any] = {
        "loader": ChoiceLoader(loaders), "undefined": StrictUndefined,
        "trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True,
        "auto_reload": False,
    }
    html = SandboxedEnvironment(autoescape=True, finalize=_html_finalize, **common)
    md = SandboxedEnvironment(autoescape=False, finalize=md_escape, **common)
    for env in (html, md):
        env.filters.update(_filters())
    md.filters["md"] = md_escape
    md.filters["raw"] = MdSafe
    return html, md


class RenderError(Exception):
    """A template failed: which one, where, and jinja2's reason."""

    def __init__(self, template: str, line: int | None, reason: str) -> None:
        super().__init__(f"{template}:{line}: {reason}" if line else f"{template}: {reason}")
        self.where = f"{template}:{line}" if line else template
        self.reason = reason


@dataclass(frozen=True)
class Page:
    path: str  # relative to the output folder, with `/`
    template: str
    unit: UnitRow | None = None


def pages(report: YearReport, formats: tuple[str, ...]) -> list[Page]:
    """Every file of the year's reports, in a fixed order."""
    found: list[Page] = []
    if "html" in formats:
        found.append(Page("index.html", "index.html.j2"))
    documents = ["tong-hop"] + (["danh-gia"] if report.rating is not None else [])
    for name in documents:
        found += [Page(f"{name}.{ext}", f"{name}.{ext}.j2") for ext in formats]
    for unit in report.units:
        if not unit.tasks:
            continue
        for folder in ("don-vi", "quyet-dinh"):
            found += [Page(f"{folder}/{unit.id}.{ext}", f"{folder}.{ext}.j2", unit)
                      for ext in formats]
    return found


def relative_root(root: Path, out: Path) -> str:
    """The repository root seen from a unit page (out/don-vi/), for links to evidence files."""
    return Path(os.path.relpath(root.resolve(), (out / "don-vi").resolve())).as_posix()


def render(report: YearReport, formats: tuple[str, ...], root: Path | None) -> dict[str, str]:
    """``{path: text}`` of every page: the same report gives the same text."""
    html, md = environments(root)
    out: dict[str, str] = {}
    for page in pages(report, formats):
        env = html if page.path.endswith(".html") else md
        up = "../" if "/" in page.path else ""
        ext = page.path.rsplit(".", 1)[1]
        try:
            text = env.get_template(page.template).render(
                r=report, unit=page.unit, up=up, ext=ext, formats=formats, page=page.path)
        except TemplateError as exc:
            name = getattr(exc, "filename", None) or getattr(exc, "name", None)
            line = getattr(exc, "lineno", None)
            reason = f"{type(exc).__name__}: {exc.message or exc}"
            raise RenderError(Path(name).name if name else page.template, line, reason) from exc
        out[page.path] = text if text.endswith("\n") else text + "\n"
    return out
