"""Tiny repositories of units with done and open tasks, for the evaluation and progress tests."""

from __future__ import annotations

import textwrap

from songlo_targets.read.loader import load
from songlo_targets.records.collection import Records

from conftest import RepoFactory

EVIDENCE = "evidence: [{title: Biên bản, number: 1/BB, date: 2022-01-10}]"


CONFIG = """\
    schema: 1
    organization: {name: Huyện ủy Thử}
    groups:
      - {key: xa, name: Các xã}
      - {key: ban, name: Các ban}
    """


UNIT = """\
    name: Xã {name}
    group: {group}
    heads:
      - {{role: bi-thu, title: Bí thư}}
      - {{role: chu-tich, title: Chủ tịch}}
    """


def task(id_: str, *, deadline: str = "2022-06-30", owner: str | None = None,
         done: str | None = None, exceeded: bool = False, extra: str = "") -> str:
    lines = [f"  - id: '{id_}'", f"    title: Nhiệm vụ {id_}", f"    deadline: {deadline}"]
    if owner:
        lines.append(f"    owner: {owner}")
    lines += [f"    {line}" for line in textwrap.dedent(extra).splitlines() if line]
    if done:
        lines += ["    progress:",
                  f"      - {{date: {done}, status: done, result: Xong, "
                  f"exceeded: {str(exceeded).lower()}, {EVIDENCE}}}"]
    return "\n".join(lines) + "\n"


def records_of(make_repo: RepoFactory, tasks: dict[str, list[str]],
               extra: dict[str, str | bytes | None] | None = None) -> Records:
    files: dict[str, str | bytes | None] = {"targets.yaml": CONFIG}
    for unit_id, unit_tasks in tasks.items():
        group = "ban" if unit_id.startswith("ban") else "xa"
        files[f"units/{unit_id}.yaml"] = UNIT.format(name=unit_id, group=group)
        files[f"targets/2022/{unit_id}.yaml"] = "tasks:\n" + "".join(unit_tasks) if unit_tasks \
            else "tasks: []\n"
    files.update(extra or {})
    records, diagnostics = load(make_repo(files, base=False))
    assert [d.code for d in diagnostics] == []
    return records
