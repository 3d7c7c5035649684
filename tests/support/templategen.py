"""Compile the tool's own templates to Python (src/songlo_targets/render/compiled): `make docs`.

A test compiles them again and compares, and the tool uses a module only while the digest of
its template's source holds, so an edited template is never shown from a stale module.
"""

from __future__ import annotations

from pathlib import Path

from songlo_targets.render.report_html import environments
from songlo_targets.render.templates import compiled_sources

FOLDER = Path(__file__).parents[2] / "src" / "songlo_targets" / "render" / "compiled"


def write() -> None:
    html, md = environments(None)
    sources = compiled_sources({"html": html, "md": md})
    for old in FOLDER.glob("*.py"):
        if old.stem not in sources:
            old.unlink()
    for name, text in sources.items():
        path = FOLDER / f"{name}.py"
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write()
