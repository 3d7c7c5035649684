"""The example workflow a commune copies: it exports the bundle and uploads it on main."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

WORKFLOW = Path(__file__).resolve().parents[2] / "examples" / "ci" / "bundle.yml"


def test_the_workflow_exports_and_uploads_the_bundle_on_main() -> None:
    data = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    assert data["on"]["push"]["branches"] == ["main"]
    steps = data["jobs"]["bundle"]["steps"]
    runs = " ".join(str(s.get("run", "")) for s in steps)
    assert "targets export" in runs and "--bundle bundle" in runs
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "bundle/"
