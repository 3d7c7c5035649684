"""`targets unit add ID --name NAME --group G [--head ROLE:TITLE]...` (SPEC §6.8): a new unit
file, `units/<ID>.yaml`, in the layout of SPEC §3.2."""

from __future__ import annotations

from dataclasses import dataclass, field

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.paths import unit_file
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import find_key, group_options
from songlo_targets.records.model import KEY_RE
from songlo_targets.store import Outcome, Transaction, edits


@dataclass
class NewUnit:
    id: str
    path: str
    group: str
    heads: list[tuple[str, str]] = field(default_factory=list)
    outcome: Outcome = field(default_factory=Outcome)


def parse_head(text: str) -> tuple[str, str]:
    """``ROLE:TITLE`` (``chu-tich:Chủ tịch UBND xã``) as (role, title)."""
    role, colon, title = text.partition(":")
    role, title = role.strip(), title.strip()
    if not colon or not title:
        raise UsageError(N_("`{text}`: write a head as ROLE:TITLE, like "
                            "\"chu-tich:Chủ tịch UBND xã\""), text=text)
    if not KEY_RE.fullmatch(role):
        raise UsageError(N_("`{role}` is not a role key: lowercase letters without diacritics, "
                            "digits and single hyphens, like chu-tich"), role=role)
    return role, title


def add_unit(records: Records, unit_id: str, name: str, group: str,
             heads: list[str] | None = None, loaded: list[Diagnostic] | None = None) -> NewUnit:
    if not KEY_RE.fullmatch(unit_id):
        raise UsageError(N_("`{id}` is not a unit id: lowercase letters without diacritics, "
                            "digits and single hyphens, like duc-bac"), id=unit_id)
    path = unit_file(unit_id)
    if unit_id in records.unit_files or (records.root / path).exists():
        raise UsageError(N_("{path} already exists"), path=path)
    if not name.strip():
        raise UsageError(N_("give the unit's official name with --name"))
    key = find_key("group", group, group_options(records))
    parsed = [parse_head(h) for h in heads or []]
    roles = [role for role, _title in parsed]
    twice = sorted({role for role in roles if roles.count(role) > 1})
    if twice:
        raise UsageError(N_("two heads with the role {roles}: each role names one head"),
                         roles=", ".join(twice))
    result = NewUnit(unit_id, path, key, parsed)
    transaction = Transaction(records.root, baseline=None if loaded is None
                              else (records, loaded))
    transaction.create(path, edits.mapping([
        ("name", name.strip()), ("group", key),
        ("heads", edits.sequence([edits.mapping([("role", r), ("title", t)], flow=True)
                                  for r, t in parsed]) if parsed else None),
    ]))
    result.outcome = transaction.commit()
    return result
