"""`targets check` (SPEC §6.1, §7): load the records, run the rules, and sort what they report;
with `--against REF`, the frozen-year checks against the records of a git revision too.

The result of the rules is kept in the cache with what it depends on: the digests of every
record file, the date (staleness depends on today), and what the rules saw outside the records
(whether each evidence file exists). When all of that is as it was, a warm `targets check`
shows the kept result without building the records at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from songlo_targets import dates
from songlo_targets.diagnostics import Diagnostic, Severity, count

if TYPE_CHECKING:
    from songlo_targets.read.reader import Loader
    from songlo_targets.records.collection import Records
    from songlo_targets.rules import Rule


@dataclass
class CheckResult:
    diagnostics: list[Diagnostic]
    files: int  # record files read
    texts: Mapping[str, str]  # path -> text, for showing lines
    _records: Records | None = field(default=None, repr=False)
    _loader: Loader | None = field(default=None, repr=False)

    @property
    def records(self) -> Records:
        """The records checked (built now if the result came from the cache)."""
        if self._records is None:
            assert self._loader is not None
            from songlo_targets.read.collector import no_collector

            with no_collector():
                self._records = self._loader.build()[0]
        return self._records

    @property
    def errors(self) -> int:
        return count(self.diagnostics)[0]

    @property
    def warnings(self) -> int:
        return count(self.diagnostics)[1]

    def failed(self, strict: bool = False) -> bool:
        return any(d.severity is Severity.ERROR or strict for d in self.diagnostics)


def _found(records: Records, loaded: list[Diagnostic], today: dt.date,
           rules: tuple[Rule, ...] | None, seen: dict[str, Any] | None = None
           ) -> list[Diagnostic]:
    from songlo_targets.rules import DEFAULT_RULES, Context, run

    context = Context(today=today, seen=seen if seen is not None else {})
    found = loaded + run(records, context, DEFAULT_RULES if rules is None else rules)
    return sorted(found, key=Diagnostic.sort_key)


def _only_year(found: list[Diagnostic], year: int | None) -> list[Diagnostic]:
    return found if year is None else [d for d in found if d.concerns_year(year)]


def check_records(records: Records, loaded: list[Diagnostic], today: dt.date | None = None,
                  rules: tuple[Rule, ...] | None = None, year: int | None = None
                  ) -> CheckResult:
    found = _found(records, loaded, today or dates.today(), rules)
    return CheckResult(_only_year(found, year), records.files, records.texts, records)


def _inputs(loader: Loader, today: dt.date, seen: Mapping[str, Any]) -> list[Any]:
    return [loader.manifest(), today.isoformat(), sorted(seen.items())]


def _still(root: Path, seen: list[Any]) -> bool:
    """Whether what the rules saw outside the records is still so."""
    from songlo_targets.paths import look

    return all(look(root, key) == value for key, value in seen)


def check(root: Path, today: dt.date | None = None, year: int | None = None,
          cache: bool | None = None) -> CheckResult:
    from songlo_targets.read.collector import no_collector
    from songlo_targets.read.reader import from_plain, loader_for, plain_diagnostic

    today = today or dates.today()
    loader = loader_for(root, cache)
    kept = loader.cache.last_check() if loader.cache is not None else None
    if kept is not None:  # (else read and build in one pass: no file's bytes kept)
        with no_collector():
            loader.scan()
        if (kept is not None and kept[0][:2] == _inputs(loader, today, {})[:2]
                and _still(root, kept[0][2])):
            found = [from_plain(d) for d in kept[1]]
            return CheckResult(_only_year(found, year), len(loader.files), loader.texts,
                               _loader=loader)
    with no_collector():
        records, loaded = loader.build()
    seen: dict[str, Any] = {}
    found = _found(records, loaded, today, None, seen)
    if loader.cache is not None:
        plain = [plain_diagnostic(d) for d in found]
        if all(d is not None for d in plain):
            loader.cache.put_check(_inputs(loader, today, seen), plain)
    loader.finish()
    return CheckResult(_only_year(found, year), records.files, records.texts, records)


def unreadable_paths(*diagnostics: list[Diagnostic]) -> set[str]:
    """Files with a load error: some of their records are missing from what was loaded."""
    return {d.path for found in diagnostics for d in found if d.severity is Severity.ERROR}


def check_against(root: Path, ref: str, today: dt.date | None = None,
                  year: int | None = None, cache: bool | None = None) -> CheckResult:
    from songlo_targets.read.gitrev import load_revision
    from songlo_targets.read.loader import load
    from songlo_targets.rules.frozen import frozen_changed

    base, base_loaded = load_revision(root, ref)  # first: an unknown REF fails before the rest
    records, loaded = load(root, cache=cache)
    frozen = list(frozen_changed(records, base, unreadable_paths(loaded, base_loaded),
                                 today))
    return check_records(records, loaded + frozen, today=today, year=year)
