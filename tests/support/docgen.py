"""Generate docs/diagnostics.md from the diagnostic cases of the tests: `make docs`.

Each entry shows the case's offending lines and what `targets check` prints for them, so the
documentation cannot drift from the tool (test_docs.py regenerates it and compares).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from songlo_targets import i18n  # noqa: E402
from songlo_targets.check import check  # noqa: E402
from songlo_targets.diagnostics import CODES  # noqa: E402
from songlo_targets.render import diagnostics as output

from conftest import BASE, write_repo  # noqa: E402
from support.diagnostic_cases import CASES, TODAY  # noqa: E402

DOC = Path(__file__).parents[2] / "docs" / "diagnostics.md"

WHEN = {
    "not-utf8": "The file is not UTF-8. Files typed years ago with the TCVN3 (ABC) or VNI "
                "fonts store Vietnamese in a legacy encoding.",
    "yaml-syntax": "The YAML does not parse. The position is the parser's.",
    "duplicate-key": "A mapping repeats a key; YAML would silently keep one of them.",
    "yaml-feature": "Anchors (`&a`), aliases (`*a`), tags other than the standard ones, or "
                    "several documents in one file. They are refused from the event stream, "
                    "before anything is built, so an alias bomb costs nothing.",
    "file-too-large": "The file is over 2 MiB. It is refused before parsing.",
    "unsafe-file": "A symlink, a named pipe (FIFO), a device or a folder where a record, "
                   "template or evidence file is expected (or a symlink where a folder of the "
                   "layout is). It is never followed nor opened: a pull request cannot make "
                   "the tool read or write outside the repository.",
    "missing-field": "A required key is absent. The position is the start of the mapping that "
                     "lacks it.",
    "unknown-field": "A key the format does not know: a typo must never be ignored. The help "
                     "line suggests the closest known key. A person file (`people/`) holds a "
                     "name and positions only: a birth date, an identity number, an address "
                     "or a phone is refused here.",
    "invalid-value": "A value of the wrong type, an impossible date, a bad id or key, an empty "
                     "title, a negative target, a percentage outside 0–100, a number that is "
                     "not finite or too long, a text holding a control character (even as an "
                     "escape such as `\"\\0\"`), a `value` on a plain task or a `percent` "
                     "on a target, two heads with one role, a reviewer that is not a git "
                     "handle; in a person file, a position that ends before it starts, starts "
                     "before its unit existed or comes before the one above it, and two "
                     "holders of one role on one date (or two positions of one role without "
                     "`until`).",
    "unknown-unit": "A task file, a supervisor, a successor, a `carried_from` or a person's "
                    "position names a unit that has no file in `units/`.",
    "unknown-group": "A unit's `group` is not listed in `targets.yaml`.",
    "unknown-owner": "A task's `owner` (or a head's rating, or a person's position) is not a "
                     "`role` of the unit's `heads`.",
    "unknown-category": "A category key is not listed in `targets.yaml`.",
    "unknown-basis": "A task's `basis` or `goal` is not listed in the year's `_year.yaml`.",
    "unknown-supervisor": "A task's `supervisor` is not among the year's supervisors.",
    "duplicate-id": "Two tasks of one unit and year share an id.",
    "bad-carry": "`carried_from` names no task, a task of the same or a later year, or a task "
                 "that was done (or dropped) by the end of its year.",
    "carried-twice": "Two tasks carry the same task of an earlier year.",
    "inactive-unit": "Tasks are assigned to a unit in a year outside its `active` period.",
    "measure-mismatch": "A `type: target` without `measure`, or a plain task with one.",
    "progress-order": "Progress entries out of date order, or two on one date.",
    "progress-date": "A progress entry dated before 1 January of the task's year, or after "
                     "today.",
    "evidence-missing": "A `done` entry without `result`, without `evidence`, or with an "
                        "evidence item that names no document (number and date), file or link "
                        "(docs/records.md).",
    "evidence-file": "An evidence `file` that does not exist inside the repository, or a `url` "
                     "that is not http or https.",
    "target-not-reached": "A target marked done whose `value` is missing or does not reach the "
                          "target (at least it for `direction: up`, at most it for `down`).",
    "rating-unknown": "A recorded rating (`computed` or `final`) names no level of the year's "
                      "rating policy, nor `review`.",
    "rating-quota": "Within a group, more units have the quota's level as their final rating "
                    "than the quota allows (by default: `xuat-sac` at most 20%, rounded down, "
                    "of the units rated `tot` or better). Only `final` ratings count: a "
                    "computed rating is a proposal, shown against the quota by `targets "
                    "evaluate`.",
    "frozen-changed": "With `targets check --against REF`: in an assigned year, a task was "
                      "added or removed, or its title, type, owner, deadline, categories, basis, "
                      "goal or measure changed, without a new `amendments` entry. A year is "
                      "assigned when its `_year.yaml` has `assigned` at REF (the change that "
                      "first assigns a year is free); removing `assigned` is reported too. The "
                      "position is the changed key, the `id` of an added task, or the `tasks:` "
                      "key of a file that lost a task. Progress, evidence, notes and `dropped` "
                      "stay free.",
    "no-supervisor": "A unit with tasks in a year is in no supervisor's `units` (warning).",
    "status-regress": "A task goes from done back to not done (warning).",
    "rating-override": "A final rating differs from the computed one without a `note` "
                       "(warning).",
    "head-name": "A unit file names a head (`heads.name`) other than the person a file of "
                 "`people/` says holds the role (today, or on the unit's last day). The person "
                 "file is what the reports show.",
    "not-nfc": "Text not in Unicode NFC: letters and their accents stored apart, as some "
               "editors and macOS do. It is read as NFC; `targets fmt` rewrites it (warning).",
}



def frozen_example() -> str:
    """A unit moves a deadline of its assigned year in a pull request, without an amendment."""
    from songlo_targets.check import check_against

    from support.gitrepo import commit, git

    assigned = "    assigned: {decision: 125-QĐ/HU, date: 2022-01-24}\n" + BASE[
        "targets/2022/_year.yaml"]
    with tempfile.TemporaryDirectory() as folder:
        root = write_repo(Path(folder), {**BASE, "targets/2022/_year.yaml": assigned})
        git(root, "init", "-q", "-b", "main")
        commit(root, "records")
        tasks = BASE["targets/2022/duc-bac.yaml"].replace("deadline: 2022-09-30",
                                                           "deadline: 2022-12-31")
        write_repo(root, {"targets/2022/duc-bac.yaml": tasks})
        result = check_against(root, "main", today=TODAY)
        found = [d for d in result.diagnostics if d.code == "frozen-changed"]
        block = output.text_block(found[0], result.records.texts)
    return f"```console\n$ targets check --against main\n{block}\n```"

HEADER = """\
# Diagnostics of `targets check`

Every problem `targets check` finds has a stable code. Tools may rely on the codes; the
messages are for people and come in Vietnamese (default) or English (`--lang en`). Errors make
`targets check` exit with 1; warnings do too with `--strict`.

Each entry says when the code is reported and shows an example: the lines of a record and what
`targets check --lang en` prints for them. This file is generated from the test cases
(`make docs`); a test fails when it is out of date.
"""


def example(code: str) -> str:
    files, path, line, _col = CASES[code]
    with tempfile.TemporaryDirectory() as folder:
        root = write_repo(Path(folder), {**BASE, **files})
        result = check(root, today=TODAY)
        found = [d for d in result.diagnostics if d.code == code and d.path == path
                 and d.line == line]
        block = output.text_block(found[0], result.records.texts)
    return f"```console\n$ targets check\n{block}\n```"


def render() -> str:
    i18n.set_language("en")
    parts = [HEADER]
    for code, info in CODES.items():
        parts.append(f"## `{code}`\n\n{info.severity.value}. {WHEN[code]}\n")
        parts.append(f"Fix: {i18n._(info.help)}.\n")
        parts.append(frozen_example() if code == "frozen-changed" else example(code))
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":
    assert dt.date.today() >= TODAY
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")
