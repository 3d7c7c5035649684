"""The tool's own templates come compiled; what they render is what their sources render."""

from __future__ import annotations

from pathlib import Path

import pytest

from songlo_targets.render import templates
from songlo_targets.render.report_html import environments
from songlo_targets.render.templates import CompiledLoader, compiled_sources

from support import templategen


def test_the_compiled_templates_are_those_of_the_sources() -> None:
    html, md = environments(None)
    made = compiled_sources({"html": html, "md": md})
    kept = {p.stem: p.read_text(encoding="utf-8") for p in templategen.FOLDER.glob("*.py")}
    assert kept == made, "run `make docs`"


def test_the_report_environment_loads_compiled_templates() -> None:
    html, md = environments(None)
    assert isinstance(html.loader.loaders[-1], CompiledLoader)  # type: ignore[union-attr]
    template = md.get_template("don-vi.md.j2")
    assert template.filename is not None and template.filename.endswith("don-vi.md.j2")


def test_a_stale_module_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A template edited after it was compiled is compiled from its source again."""
    html, _ = environments(None)
    source, _, _ = CompiledLoader("html").get_source(html, "index.html.j2")
    loaded: list[str] = []
    real = templates._compiled_code

    def spy(module: str) -> object:
        loaded.append(module)
        return real(module)

    monkeypatch.setattr(templates, "_compiled_code", spy)
    monkeypatch.setattr(templates, "_compiled_digests",
                        lambda: {"html_index_html": "0" * 32})
    loader = CompiledLoader("html")
    template = loader.load(html, "index.html.j2")
    assert loaded == []  # the digest differs: never read
    assert template.filename is not None and Path(template.filename).name == "index.html.j2"
    monkeypatch.setattr(templates, "_compiled_digests",
                        lambda: {"html_index_html": templates.source_digest(source)})
    loader.load(html, "index.html.j2")
    assert loaded == ["songlo_targets.render.compiled.html_index_html"]


def test_compiled_and_source_templates_render_the_same() -> None:
    """Every page of the bundled 2022 report, from the compiled modules and from the sources."""
    import datetime as dt

    from songlo_targets.derive.report import build_report
    from songlo_targets.read.loader import load
    from songlo_targets.render.report_html import render

    root = Path(__file__).parents[2]
    records, _ = load(root)
    report = build_report(records, 2022, dt.date(2022, 12, 31))
    compiled = render(report, ("md", "html"), None)
    digests = templates._compiled_digests
    try:
        templates._compiled_digests = lambda: {}  # type: ignore[assignment]
        templates._environment.cache_clear()
        from_source = render(report, ("md", "html"), None)
    finally:
        templates._compiled_digests = digests  # type: ignore[assignment]
        templates._environment.cache_clear()
    assert compiled == from_source
    assert len(compiled) > 50
