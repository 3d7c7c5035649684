"""`targets check` (SPEC §6.1, §7): load the records, run the rules, and sort what they report;
with `--against REF`, the frozen-year checks against the records of a git revision too."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from songlo_targets import dates
from songlo_targets.diagnostics import Diagnostic, Severity, count
from songlo_targets.read.gitrev import load_revision
from songlo_targets.read.loader import load
from songlo_targets.records.collection import Records
from songlo_targets.rules import DEFAULT_RULES, Context, Rule, run
from songlo_targets.rules.frozen import frozen_changed


@dataclass
class CheckResult:
    records: Records
    diagnostics: list[Diagnostic]

    @property
    def errors(self) -> int:
        return count(self.diagnostics)[0]

    @property
    def warnings(self) -> int:
        return count(self.diagnostics)[1]

    def failed(self, strict: bool = False) -> bool:
        return any(d.severity is Severity.ERROR or strict for d in self.diagnostics)


def check_records(records: Records, loaded: list[Diagnostic], today: dt.date | None = None,
                  rules: tuple[Rule, ...] = DEFAULT_RULES, year: int | None = None
                  ) -> CheckResult:
    found = loaded + run(records, Context(today=today or dates.today()), rules)
    if year is not None:
        found = [d for d in found if d.concerns_year(year)]
    return CheckResult(records, sorted(found, key=Diagnostic.sort_key))


def check(root: Path, today: dt.date | None = None, year: int | None = None,
          cache: bool | None = None) -> CheckResult:
    records, loaded = load(root, cache=cache)
    return check_records(records, loaded, today=today, year=year)


def unreadable_paths(*diagnostics: list[Diagnostic]) -> set[str]:
    """Files with a load error: some of their records are missing from what was loaded."""
    return {d.path for found in diagnostics for d in found if d.severity is Severity.ERROR}


def check_against(root: Path, ref: str, today: dt.date | None = None,
                  year: int | None = None, cache: bool | None = None) -> CheckResult:
    base, base_loaded = load_revision(root, ref)  # first: an unknown REF fails before the rest
    records, loaded = load(root, cache=cache)
    frozen = list(frozen_changed(records, base, unreadable_paths(loaded, base_loaded)))
    return check_records(records, loaded + frozen, today=today, year=year)
