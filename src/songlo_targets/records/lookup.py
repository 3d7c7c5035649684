"""Finding a unit as a person types it: id, full name, or name without diacritics, any case."""

from __future__ import annotations

import difflib
import unicodedata

from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.vietnamese import fold, sort_key


def _listing(records: Records, ids: list[str]) -> str:
    ordered = sorted(ids, key=lambda i: sort_key(records.units[i].name))
    return "; ".join(f"{i} ({records.units[i].name})" for i in ordered)


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
    folded = {i: (fold(i), fold(u.name)) for i, u in records.units.items()}
    same = [i for i, names in folded.items() if wanted in names]
    if len(same) == 1:
        return same[0]
    if not same:
        padded = f" {wanted} "
        same = [i for i, names in folded.items()
                if any(padded in f" {name} " for name in names)]
        if len(same) == 1:
            return same[0]
    if same:
        raise UsageError(N_("`{text}` matches several units: {candidates}; give the id"),
                         text=text, candidates=_listing(records, same))
    names = {fold(u.name): i for i, u in records.units.items()}
    names.update({fold(i): i for i in records.units})
    close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.6)
    suggestions = sorted({names[c] for c in close})
    if suggestions:
        raise UsageError(N_("no unit matches `{text}`; did you mean: {candidates}"),
                         text=text, candidates=_listing(records, suggestions))
    raise UsageError(N_("no unit matches `{text}`: see the files in units/"), text=text)
