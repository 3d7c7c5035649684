"""Did you mean: the known key closest to one that is not known, for every kind of key.

A key is close when it is spelt nearly the same (`viec-khoo`), or when what was written is the
label of a known key or that label without diacritics (`Việc khó`, `viec kho`).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from songlo_targets.i18n import N_
from songlo_targets.vietnamese import slug as _slug

DID_YOU_MEAN = N_("did you mean `{close}`?")


def closest(value: str, known: Mapping[str, str] | list[str]) -> str | None:
    """The known key meant by ``value`` (keys, or keys and their labels), if one is close."""
    labels = dict(known) if isinstance(known, Mapping) else {key: key for key in known}
    wanted = _slug(value)
    for key, label in labels.items():
        if wanted in (key, _slug(label)):
            return key
    close = difflib.get_close_matches(value, list(labels), n=1, cutoff=0.7)
    if not close:
        close = difflib.get_close_matches(wanted, list(labels), n=1, cutoff=0.7)
    return close[0] if close else None


def hint_values(value: str, known: Mapping[str, str] | list[str]) -> tuple[str | None, str]:
    """The hint (``did you mean``, or None for the code's own help) and the close key."""
    close = closest(value, known)
    return (DID_YOU_MEAN if close else None), close or ""
