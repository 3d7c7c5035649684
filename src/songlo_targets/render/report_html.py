"""Rendering the reports of a year with jinja2: Markdown and self-contained HTML.

The environments (the repository's ``templates/`` first, the sandbox, escaping, the filters
and the glossary's labels) come from :mod:`songlo_targets.render.templates`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, Template, TemplateError

from songlo_targets import formats
from songlo_targets.derive.report import UnitRow, YearReport
from songlo_targets.read.parallel import shared
from songlo_targets.render.markdown import MdSafe
from songlo_targets.render.markdown import escape as md_escape
from songlo_targets.render.templates import environment

__all__ = ["FORMATS", "MdSafe", "RenderError", "md_escape", "render"]

FORMATS = ("md", "html")  # the formats rendered from templates (docx and pdf from the HTML)


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


def environments(root: Path | None) -> tuple[Environment, Environment]:
    """The HTML and the Markdown environments of the reports, with the chart filters."""
    html, md = environment(root, "html"), environment(root, "md")
    for env in (html, md):
        env.filters.update({"barw": _svg_width, "stack": _stack, "unit": formats.with_unit})
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
    if report.quarter is not None:  # a quarter: its two documents, nothing else (§9)
        for name in ["tong-hop"] + (["danh-gia"] if report.rating is not None else []):
            found += [Page(f"{name}.{ext}", f"quy-{name}.{ext}.j2") for ext in formats]
        return found
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


PARALLEL_PAGES = 64  # from this many pages, a second core renders half of them


def render(report: YearReport, formats: tuple[str, ...], root: Path | None) -> dict[str, str]:
    """``{path: text}`` of every page: the same report gives the same text.

    A province's report is hundreds of pages, each rendered on its own from the one view
    model: with a second core, a forked helper renders the second half
    (:func:`songlo_targets.read.parallel.shared`; ``TARGETS_JOBS=1`` renders in one process).
    Every template is loaded before, so that neither process compiles one."""
    html, md = environments(root)
    listed = pages(report, formats)

    def template(page: Page) -> Template:
        env = html if page.path.endswith(".html") else md
        try:
            return env.get_template(page.template)
        except TemplateError as exc:
            raise _render_error(exc, page) from exc

    loaded = {page.template: template(page) for page in listed}

    def one(page: Page) -> str:
        up = "../" if "/" in page.path else ""
        ext = page.path.rsplit(".", 1)[1]
        try:
            text = loaded[page.template].render(
                r=report, unit=page.unit, up=up, ext=ext, formats=formats, page=page.path)
        except TemplateError as exc:
            raise _render_error(exc, page) from exc
        return text if text.endswith("\n") else text + "\n"

    texts = shared(listed, one, least=PARALLEL_PAGES)
    return {page.path: text for page, text in zip(listed, texts, strict=True)}


def _render_error(exc: TemplateError, page: Page) -> RenderError:
    name = getattr(exc, "filename", None) or getattr(exc, "name", None)
    line = getattr(exc, "lineno", None)
    reason = f"{type(exc).__name__}: {exc.message or exc}"
    return RenderError(Path(name).name if name else page.template, line, reason)
