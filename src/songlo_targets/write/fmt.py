"""Running `targets fmt` over a repository: which files change, and writing them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from songlo_targets.store import Outcome, Transaction
from songlo_targets.store.files import snapshot
from songlo_targets.write.fmt_layout import canonical


@dataclass
class FormatResult:
    changed: list[str] = field(default_factory=list)  # files not in the canonical layout
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    outcome: Outcome = field(default_factory=Outcome)


def format_repository(root: Path, check_only: bool = False) -> FormatResult:
    result = FormatResult()
    transaction = Transaction(root)
    for rel, data in snapshot(root).items():  # a link or a pipe is not formatted: see `check`
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
