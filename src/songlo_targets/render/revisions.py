"""`targets diff REF [REF2]`: load two versions of the records and compare them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from songlo_targets.derive.changes import Changes, compare
from songlo_targets.diagnostics import Diagnostic, count
from songlo_targets.read.gitrev import load_revision
from songlo_targets.read.loader import load
from songlo_targets.records.collection import Records


@dataclass
class RevisionDiff:
    changes: Changes
    before: Records
    after: Records
    before_errors: int  # load errors of each side: the comparison misses their records
    after_errors: int


def _errors(found: list[Diagnostic]) -> int:
    return count(found)[0]


def diff_revisions(root: Path, ref: str, ref2: str | None = None) -> RevisionDiff:
    """Compare the records at ``ref`` with those at ``ref2``, or in the working tree."""
    before, before_loaded = load_revision(root, ref)
    after, after_loaded = load_revision(root, ref2) if ref2 is not None else load(root)
    return RevisionDiff(compare(before, after), before, after, _errors(before_loaded),
                        _errors(after_loaded))
