"""The name of whoever held a head role: the one lookup bundles make for a person's name.

For now the name is the unit's ``heads.name``; once people have their own records it is the
holder of the role on the date (one function to redirect).
"""

from __future__ import annotations

import datetime as dt

from songlo_targets.records.collection import Records


def head_name(records: Records, unit: str, role: str, date: dt.date) -> str | None:
    """The name of the holder of ``role`` of ``unit`` on ``date``; None when not known."""
    found = records.units.get(unit)
    if found is None:
        return None
    return next((head.name for head in found.heads if head.role == role), None)
