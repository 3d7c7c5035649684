"""Finding what a person types: a unit by its id or name, and any key of the records (a group,
a category, a head's role, a basis, a goal, a supervisor, a rating level) by its key or by the
name people read, typed with or without diacritics, in any case.

When the typed text carries diacritics, the names that match *with* those diacritics are
preferred: "Tứ" finds Xã Tứ Yên and not Phòng Tư pháp, "Đồng" not Lao động.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

from songlo_targets import glossary
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_, _
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Unit, YearMeta
from songlo_targets.vietnamese import fold, has_marks, sort_key


def _listing(records: Records, ids: list[str]) -> str:
    ordered = sorted(ids, key=lambda i: sort_key(records.units[i].name))
    return "; ".join(f"{i} ({records.units[i].name})" for i in ordered)


def _words_in(wanted: str, names: Iterable[str]) -> bool:
    padded = f" {wanted} "
    return any(padded in f" {name} " for name in names)


def _prefer_marks(typed: str, candidates: list[str], names: dict[str, list[str]]) -> list[str]:
    """Of ``candidates`` (keys of ``names``), those whose names carry the typed diacritics,
    when the person typed some and at least one candidate has them."""
    if len(candidates) < 2 or not has_marks(typed):
        return candidates
    wanted = fold(typed, marks=True)
    exact = [c for c in candidates
             if _words_in(wanted, (fold(name, marks=True) for name in names[c]))]
    return exact or candidates


def find_unit(records: Records, text: str) -> str:
    """The id of the one unit ``text`` names; a usage error listing candidates otherwise."""
    typed = unicodedata.normalize("NFC", text.strip())
    if typed in records.units:
        return typed
    exact = [i for i, u in records.units.items() if u.name.casefold() == typed.casefold()]
    if len(exact) == 1:
        return exact[0]
    wanted = fold(typed)
    if not wanted:
        raise UsageError(N_("give a unit: its id or its name"))
    names = {i: [i, u.name] for i, u in records.units.items()}
    folded = {i: (fold(i), fold(u.name)) for i, u in records.units.items()}
    same = [i for i, both in folded.items() if wanted in both]
    if not same:
        same = [i for i, both in folded.items() if _words_in(wanted, both)]
    same = _prefer_marks(typed, same, names)
    if len(same) == 1:
        return same[0]
    if same:
        raise UsageError(N_("`{text}` matches several units: {candidates}; give the id"),
                         text=text, candidates=_listing(records, same))
    known = {fold(u.name): i for i, u in records.units.items()}
    known.update({fold(i): i for i in records.units})
    close = difflib.get_close_matches(wanted, list(known), n=5, cutoff=0.6)
    suggestions = sorted({known[c] for c in close})
    if suggestions:
        raise UsageError(N_("no unit matches `{text}`; did you mean: {candidates}"),
                         text=text, candidates=_listing(records, suggestions))
    raise UsageError(N_("no unit matches `{text}`: see the files in units/"), text=text)


# Keys of the records, found by key or by name ------------------------------------------------

KINDS = {
    "group": N_("group"),
    "category": N_("category"),
    "role": N_("head"),
    "basis": N_("basis"),
    "goal": N_("goal"),
    "supervisor": N_("supervisor"),
    "level": N_("rating level"),
}


def match_key(text: str, options: list[tuple[str, str]]) -> list[str]:
    """The keys of ``options`` ((key, name) pairs) that ``text`` names: the key itself, the
    name in any case, or either without diacritics (preferring the typed diacritics)."""
    typed = unicodedata.normalize("NFC", text.strip())
    keys = [key for key, _name in options]
    if typed in keys:
        return [typed]
    exact = [key for key, name in options if name.casefold() == typed.casefold()]
    if exact:
        return list(dict.fromkeys(exact))
    wanted = fold(typed)
    if not wanted:
        return []
    names: dict[str, list[str]] = {}
    for key, name in options:
        names.setdefault(key, [key]).append(name)
    same = [key for key, both in names.items() if wanted in (fold(n) for n in both)]
    return _prefer_marks(typed, same, names)


def find_key(kind: str, text: str, options: list[tuple[str, str]]) -> str:
    """The one key ``text`` names among ``options``; a usage error naming the choices (and the
    closest ones) otherwise. ``kind`` is a key of :data:`KINDS`."""
    found = match_key(text, options)
    if len(found) == 1:
        return found[0]
    choices = "; ".join(name for _key, name in options)
    what = _(KINDS[kind])
    names = dict(options)
    if found:
        raise UsageError(N_("`{text}` names several: {candidates}; give the key"), text=text,
                         candidates="; ".join(f"{names[k]} ({k})" for k in found))
    if not options:
        raise UsageError(N_("`{text}`: there is no {kind} to choose from"), text=text,
                         kind=what)
    by_fold = {fold(name): key for key, name in options} | {fold(key): key for key, _n in options}
    close = list(dict.fromkeys(by_fold[c] for c in difflib.get_close_matches(
        fold(text), list(by_fold), n=3, cutoff=0.6)))  # the closest first
    if close:
        raise UsageError(N_("unknown {kind} `{text}`; did you mean: {candidates}"), kind=what,
                         text=text, candidates="; ".join(names[k] for k in close))
    raise UsageError(N_("unknown {kind} `{text}`: use one of {choices}"), kind=what, text=text,
                     choices=choices or "—")


def find_term(kind: str, text: str, keys: list[str] | None = None) -> str:
    """The key of the glossary's ``kind`` (a status, a task type…) that ``text`` names: the
    key or its label in either language, with or without diacritics; ``keys`` limits the
    choice. A usage error listing the labels otherwise."""
    key = glossary.key_for(kind, text)
    allowed = keys if keys is not None else glossary.keys(kind)
    if key is not None and key in allowed:
        return key
    raise UsageError(N_("unknown {kind} `{text}`: use one of {choices}"),
                     kind=glossary.inline(glossary.label("field", kind))
                     if kind in glossary.keys("field") else _(TERM_KINDS.get(kind, kind)),
                     text=text, choices="; ".join(glossary.label(kind, k) for k in allowed))


TERM_KINDS = {"task-type": N_("type")}  # a status is named by glossary.label("field", "status")


def group_options(records: Records) -> list[tuple[str, str]]:
    return [(g.key, g.name) for g in records.config.groups] if records.config else []


def category_options(records: Records) -> list[tuple[str, str]]:
    return [(c.key, c.name) for c in records.config.categories] if records.config else []


def role_options(unit: Unit | None) -> list[tuple[str, str]]:
    return [(h.role, h.title) for h in unit.heads] if unit is not None else []


def basis_options(meta: YearMeta | None) -> list[tuple[str, str]]:
    return [(b.key, b.name) for b in meta.basis] if meta else []


def goal_options(meta: YearMeta | None) -> list[tuple[str, str]]:
    return [(g.key, g.name) for g in meta.goals] if meta else []


def supervisor_options(meta: YearMeta | None) -> list[tuple[str, str]]:
    return [(s.key, s.name) for s in meta.supervisors] if meta else []


def level_options(records: Records, year: int) -> list[tuple[str, str]]:
    return [(level.key, level.name) for level in records.policy(year).levels]


# People ---------------------------------------------------------------------------------------


def _people_listing(records: Records, ids: list[str]) -> str:
    def last(person_id: str) -> str:
        positions = records.people[person_id].positions
        if not positions:
            return records.people[person_id].name
        latest = max(positions, key=lambda p: p.from_)
        unit = records.units.get(latest.unit)
        return (f"{records.people[person_id].name}, {records.head_title(latest.unit, latest.role)}"
                f", {unit.name if unit else latest.unit}")

    return "; ".join(f"{i} ({last(i)})" for i in sorted(ids))


def find_person(records: Records, text: str) -> str:
    """The id of the one person ``text`` names (the id, or the name typed with or without
    diacritics); a usage error listing the candidates otherwise (a name several share)."""
    typed = unicodedata.normalize("NFC", text.strip())
    if typed in records.people:
        return typed
    wanted = fold(typed)
    if not wanted:
        raise UsageError(N_("give a person: the id (the file name in people/) or the name"))
    exact = [i for i, p in records.people.items() if p.name.casefold() == typed.casefold()]
    same = exact or [i for i, p in records.people.items()
                     if wanted in (fold(i), fold(p.name))]
    if not same:
        same = [i for i, p in records.people.items() if _words_in(wanted, (fold(p.name),))]
    same = _prefer_marks(typed, same, {i: [p.name] for i, p in records.people.items()})
    if len(same) == 1:
        return same[0]
    if same:
        raise UsageError(N_("`{text}` is the name of several people: {candidates}; give the "
                            "id"), text=text, candidates=_people_listing(records, same))
    raise UsageError(N_("no person matches `{text}`: see the files in people/"), text=text)
