"""Diagnostics: what every check and every load reports, and the table of their codes.

A diagnostic keeps its message as an English message id with values, and is translated only
when shown, so the language can be chosen after the records are read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from songlo_targets.i18n import N_, _


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Code:
    severity: Severity
    help: str  # message id of the help line: how to fix it


E, W = Severity.ERROR, Severity.WARNING

# Every code of SPEC §6.1, its severity and the default help line. Stable: tools depend on them.
CODES: Mapping[str, Code] = {
    "not-utf8": Code(E, N_(
        "save the file as UTF-8; files typed with TCVN3 (.VnTime) or VNI fonts must be "
        "converted first, e.g. with Unikey's converter (Công cụ chuyển mã) to Unicode")),
    "yaml-syntax": Code(E, N_("fix the YAML at this position (indentation, a missing `:` or "
                              "quote, an unclosed bracket)")),
    "duplicate-key": Code(E, N_("keep one of the two keys and delete the other")),
    "yaml-feature": Code(E, N_("write the value out in full: records use no anchors, aliases, "
                               "tags or several documents")),
    "file-too-large": Code(E, N_("a record file holds at most 2 MiB: split it or move "
                                 "attachments to evidence/")),
    "unsafe-file": Code(E, N_("records, templates and evidence are plain files of the "
                              "repository: put the file itself there, not a link, a pipe, a "
                              "device or a folder")),
    "missing-field": Code(E, N_("add the missing key")),
    "unknown-field": Code(E, N_("remove the key or correct its spelling")),
    "invalid-value": Code(E, N_("correct the value")),
    "unknown-unit": Code(E, N_("use the id of a file in units/ (its name without .yaml), or "
                               "add that unit")),
    "unknown-group": Code(E, N_("use a group key listed under `groups:` in targets.yaml")),
    "unknown-owner": Code(E, N_("use a `role` listed under the unit's `heads:`, or leave "
                                "`owner` out for the unit as a whole")),
    "unknown-category": Code(E, N_("use a category key listed under `categories:` in "
                                   "targets.yaml")),
    "unknown-basis": Code(E, N_("use a key listed under `basis:` or `goals:` in the year's "
                                "_year.yaml")),
    "unknown-supervisor": Code(E, N_("use a key listed under `supervisors:` in the year's "
                                     "_year.yaml")),
    "duplicate-id": Code(E, N_("give each task of the file its own id")),
    "bad-carry": Code(E, N_("`carried_from` must name an unfinished task of an earlier year "
                            "as YEAR/UNIT/ID")),
    "carried-twice": Code(E, N_("carry a task once: remove one of the two `carried_from`")),
    "inactive-unit": Code(E, N_("assign the tasks to the unit's successor, or correct its "
                                "`active` period")),
    "measure-mismatch": Code(E, N_("a `type: target` needs a `measure` with `unit` and "
                                   "`target`; a plain task has no `measure`")),
    "progress-order": Code(E, N_("keep progress entries in date order, one per date")),
    "progress-date": Code(E, N_("a progress date lies between 1 January of the year and today")),
    "evidence-missing": Code(E, N_("add `result:` and at least one `evidence:` item (document "
                                   "number and date, a file, or a link)")),
    "evidence-file": Code(E, N_("point `file:` at a file of the repository, and `url:` at an "
                                "http or https address")),
    "target-not-reached": Code(E, N_("record the achieved `value`, or keep the status "
                                     "`in-progress` until the target is reached")),
    "rating-unknown": Code(E, N_("use a level key of the rating policy, or `review`")),
    "rating-quota": Code(E, N_("the Standing Committee's quota allows fewer units at this "
                               "level: review the ratings of the group")),
    "frozen-changed": Code(E, N_("record the change in `amendments:` with the decision that "
                                 "allowed it")),
    "no-supervisor": Code(W, N_("add the unit to a supervisor's `units:` in the year's "
                                "_year.yaml")),
    "status-regress": Code(W, N_("a task once done stays done; correct the entry or explain it "
                                 "in `note:`")),
    "rating-override": Code(W, N_("add a `note:` giving the reason for the final rating")),
    "head-name": Code(W, N_("keep the name in the person file (people/) and remove `name:` "
                            "from the unit's `heads:`, or correct the person file")),
    "not-nfc": Code(W, N_("run `targets fmt` to normalise the text to Unicode NFC")),
}


@dataclass(frozen=True)
class Diagnostic:
    code: str
    path: str  # relative to the root, with `/`
    line: int  # 1-based
    col: int  # 1-based
    message: str  # English message id, with `{placeholders}` filled from `values`
    values: Mapping[str, object] = field(default_factory=dict)
    task: str | None = None  # YEAR/UNIT/ID of the task concerned
    hint: str | None = None  # message id of a more precise help line than the code's
    year: int | None = None  # the year a diagnostic of a unit's evaluations concerns

    @property
    def severity(self) -> Severity:
        return CODES[self.code].severity

    def text(self) -> str:
        return _(self.message, **self.values)

    def help(self) -> str:
        return _(self.hint or CODES[self.code].help, **self.values)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.col, self.code)

    def concerns_year(self, year: int) -> bool:
        """Whether the diagnostic belongs to ``year`` (files outside targets/ belong to all)."""
        if self.year is not None:
            return self.year == year
        parts = self.path.split("/")
        return not (len(parts) > 2 and parts[0] == "targets" and parts[1] != str(year))


# What `unsafe-file` says for each kind of path (see :class:`songlo_targets.paths.UnsafeFile`).
UNSAFE_MESSAGES: Mapping[str, str] = {
    "symlink": N_("`{name}` is a symbolic link: links are never followed, so it is not read"),
    "fifo": N_("`{name}` is a named pipe (FIFO), not a file: it is not read"),
    "device": N_("`{name}` is a device, not a file: it is not read"),
    "socket": N_("`{name}` is a socket, not a file: it is not read"),
    "folder": N_("`{name}` is a folder where a file is expected: it is not read"),
    "file": N_("`{name}` is a file where a folder is expected: it is not read"),
    "name": N_("`{name}` has a name that is not UTF-8 text: it is not read"),
}


def unsafe_file(path: str, kind: str, name: str | None = None, line: int = 1, col: int = 1,
                task: str | None = None) -> Diagnostic:
    """`unsafe-file` for ``name`` (default: ``path``), reported at ``path:line:col``."""
    return Diagnostic("unsafe-file", path, line, col, UNSAFE_MESSAGES[kind],
                      {"name": name or path}, task)


def count(diagnostics: list[Diagnostic]) -> tuple[int, int]:
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    return errors, len(diagnostics) - errors
