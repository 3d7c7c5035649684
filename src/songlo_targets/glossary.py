"""The glossary: one label per concept, in Vietnamese and in English.

Every word that names a concept of the tool — a status, a bucket, the ``review`` rating, a task
type, a field of a task or of a rating — is written here once, as an English message within
a context (the kind of concept), and translated in ``locale/vi/LC_MESSAGES/vocabulary.po``.
Renderers, reports, the diff and messages ask :func:`label` (or :func:`short`, for narrow
table columns); nothing else spells these words. Names the records define themselves (groups,
categories, rating levels, head roles) come from the records (``records.collection``).

People may type a label instead of a key: :func:`key_for` reads one back, with or without
Vietnamese diacritics, in either language. ``docs/glossary.md`` is generated from
:func:`terms` (``make docs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from songlo_targets.i18n import LANGUAGES, NP_, _p
from songlo_targets.vietnamese import fold

# kind -> key -> (label, short label or None), each an (English) message within its context.
_Marked = tuple[str, str]
_TABLE: dict[str, dict[str, tuple[_Marked, _Marked | None]]] = {
    "status": {
        "not-started": (NP_("status", "Not started"), None),
        "in-progress": (NP_("status", "In progress"), None),
        "blocked": (NP_("status", "Blocked"), None),
        "done": (NP_("status", "Done"), None),
        "dropped": (NP_("status", "Dropped"), None),
        "handed-over": (NP_("status", "Handed over"), None),
    },
    "bucket": {
        "done-on-time": (NP_("bucket", "Done on time"), NP_("bucket-short", "Done on time")),
        "done-late": (NP_("bucket", "Done late"), NP_("bucket-short", "Done late")),
        "open": (NP_("bucket", "Not done, within the deadline"), NP_("bucket-short", "Open")),
        "overdue": (NP_("bucket", "Overdue, not done"), NP_("bucket-short", "Overdue")),
    },
    "flag": {
        "stale": (NP_("flag", "Stale"), None),
        "exceeded": (NP_("flag", "Exceeded"), None),
        "outdated": (NP_("flag", "Not updated"), None),
    },
    "rating": {
        "review": (NP_("rating", "Standing Committee review"), None),
    },
    "task-type": {
        "task": (NP_("task-type", "Task"), None),
        "target": (NP_("task-type", "Target"), None),
    },
    "field": {
        "title": (NP_("field", "Title"), None),
        "type": (NP_("field", "Type"), None),
        "owner": (NP_("field", "Owner"), None),
        "supervisor": (NP_("field", "Supervisor"), None),
        "deadline": (NP_("field", "Deadline"), None),
        "status": (NP_("field", "Status"), None),
        "categories": (NP_("field", "Categories"), None),
        "basis": (NP_("field", "Basis"), None),
        "goal": (NP_("field", "Goal"), None),
        "measure": (NP_("field", "Product required"), None),
        "baseline": (NP_("field", "Baseline"), None),
        "milestones": (NP_("field", "Milestones"), None),
    },
    "rating-field": {
        "computed": (NP_("rating-field", "Computed rating"), None),
        "final": (NP_("rating-field", "Final rating"), None),
    },
    "subject": {
        "collective": (NP_("subject", "The unit as a whole"), None),
    },
    "direction": {
        "up": (NP_("direction", "Up (at least the target)"), NP_("direction-short", "Up")),
        "down": (NP_("direction", "Down (at most the target)"), NP_("direction-short", "Down")),
    },
    "person": {
        "position": (NP_("person", "Position"), None),
        "from": (NP_("person", "From"), None),
        "until": (NP_("person", "Until"), None),
        "period": (NP_("person", "Period"), None),
        "holder": (NP_("person", "Holder"), None),
    },
}

KINDS = tuple(_TABLE)
"""The kinds of concept the glossary names."""

MEANINGS = {
    "status": "A task's status at a date: that of its last progress entry up to the date, "
              "*not started* if none; *dropped* and *handed over* take it out of every count",
    "bucket": "Where a task that is still counted stands at a date; each such task is in "
              "exactly one bucket",
    "flag": "A mark on a task's state: *stale* when it has no progress entry since the last "
            "checkpoint, *exceeded* when its result went beyond what was required; *not updated*: "
            "a commune whose bundle predates the last checkpoint (`targets rollup`)",
    "rating": "The rating of the tool's own (the levels come from the rating policy): a "
              "subject that meets no level is left to the Standing Committee",
    "task-type": "A task with a concrete result, or a target with a measure",
    "field": "The fields of a task as people read them (in the diff, the reports and the "
             "messages about an assigned year)",
    "rating-field": "The two ratings of a subject: computed from the records, and decided",
    "subject": "Who is rated, or owns a task, when no head role is named",
    "direction": "Whether a target's value must reach it from below or stay under it",
    "person": "A cadre's record (people/): the positions held, from and until a date, the "
              "periods rated, the holder of a role on a date",
}
"""What each kind is, for docs/glossary.md."""


@dataclass(frozen=True)
class Term:
    kind: str
    key: str
    label: _Marked
    short: _Marked | None


def terms() -> Iterator[Term]:
    """Every term, kind by kind, in the glossary's order."""
    for kind, entries in _TABLE.items():
        for key, (marked, short) in entries.items():
            yield Term(kind, key, marked, short)


def keys(kind: str) -> list[str]:
    return list(_TABLE[kind])


def label(kind: str, key: str, language: str | None = None) -> str:
    """The label of ``key`` in the active language (or ``language``); an unknown key as is."""
    entry = _TABLE[kind].get(key)
    return _p(*entry[0], language=language) if entry else key


def short(kind: str, key: str, language: str | None = None) -> str:
    """The label for a narrow column: an abbreviation of :func:`label` where it has one."""
    entry = _TABLE[kind].get(key)
    if entry is None:
        return key
    return _p(*(entry[1] or entry[0]), language=language)


def labels(kind: str, language: str | None = None) -> dict[str, str]:
    """``{key: label}`` of a kind, in the glossary's order."""
    return {key: label(kind, key, language) for key in _TABLE[kind]}


def inline(text: str) -> str:
    """A label inside a sentence: its first letter in lower case (``Chậm cập nhật`` → ``chậm
    cập nhật``), unless the first word is an abbreviation or a name (``HT``, ``Ban``)."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower() and first not in _PROPER:
        return text[0].lower() + text[1:]
    return text


_PROPER = {"Ban", "Standing"}


def key_for(kind: str, text: str) -> str | None:
    """The key a person means by ``text``: the key itself or a label (or short label) in any
    language, with or without diacritics, in any case. None when nothing matches."""
    wanted = fold(text)
    if not wanted:
        return None
    for key in _TABLE[kind]:
        names = {fold(key)}
        for language in LANGUAGES:
            names |= {fold(label(kind, key, language)), fold(short(kind, key, language))}
        if wanted in names:
            return key
    return None
