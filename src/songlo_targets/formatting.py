"""Running `targets fmt` over a repository: which files change, and writing them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from songlo_targets.fmt import canonical
from songlo_targets.loader import YEAR_RE, relative
from songlo_targets.repository import CONFIG_FILE
from songlo_targets.store import Outcome, Transaction


def record_files(root: Path) -> list[Path]:
    """Every YAML file of the records (examples starting with `_` too), in a stable order."""
    files = [root / CONFIG_FILE, *sorted((root / "units").glob("*.yaml"))]
    targets = root / "targets"
    if targets.is_dir():
        for folder in sorted(p for p in targets.iterdir() if p.is_dir()):
            if YEAR_RE.fullmatch(folder.name):
                files += sorted(folder.glob("*.yaml"))
    return [f for f in files if f.is_file()]


@dataclass
class FormatResult:
    changed: list[str] = field(default_factory=list)  # files not in the canonical layout
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    outcome: Outcome = field(default_factory=Outcome)


def format_repository(root: Path, check_only: bool = False) -> FormatResult:
    result = FormatResult()
    transaction = Transaction(root)
    for path in record_files(root):
        rel = relative(root, path)
        data = path.read_bytes()
        try:
            document = canonical(rel, data)
        except Exception as exc:  # a file that does not parse: `targets check` says why
            result.unreadable.append((rel, str(exc).splitlines()[0] if str(exc) else ""))
            continue
        transaction.put(document)
    result.changed = sorted(transaction.rendered())
    if not check_only:
        result.outcome = transaction.commit(allow_existing=True)
    return result
