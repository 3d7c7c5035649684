"""`targets check --against REF` (SPEC §7): the usual checks plus `frozen-changed`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from songlo_targets.check import CheckResult, check_records
from songlo_targets.diagnostics import Diagnostic, Severity
from songlo_targets.gitrev import files_at
from songlo_targets.loader import load, load_files
from songlo_targets.records import Records
from songlo_targets.rules.frozen import frozen_changed


def load_revision(root: Path, ref: str) -> tuple[Records, list[Diagnostic]]:
    """The records of the data repository at ``root`` as they were at the git revision ``ref``."""
    return load_files(root, files_at(root, ref))


def unreadable_paths(*diagnostics: list[Diagnostic]) -> set[str]:
    """Files with a load error: some of their records are missing from what was loaded."""
    return {d.path for found in diagnostics for d in found if d.severity is Severity.ERROR}


def check_against(root: Path, ref: str, today: dt.date | None = None,
                  year: int | None = None) -> CheckResult:
    base, base_loaded = load_revision(root, ref)  # first: an unknown REF fails before the rest
    records, loaded = load(root)
    frozen = list(frozen_changed(records, base, unreadable_paths(loaded, base_loaded)))
    return check_records(records, loaded + frozen, today=today, year=year)
