"""The one way records are written: round-trip documents, a checked transaction, atomic files.

Every command that changes the records opens a :class:`Transaction`, edits the trees of its
documents in place (see :mod:`songlo_targets.store.edits`), and calls ``commit``.

Documents and transactions are imported when first used: every command completes an
interrupted write first (:func:`songlo_targets.store.atomic.recover`), and a command that only
reads should not build the records model for that.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from songlo_targets.store.atomic import LOCK_NAME, WriteRefused

if TYPE_CHECKING:
    from songlo_targets.store.document import Document, KeptNull
    from songlo_targets.store.transaction import Outcome, Transaction

_LATER = {"Document": "document", "KeptNull": "document", "Outcome": "transaction",
          "Transaction": "transaction"}


def __getattr__(name: str) -> Any:
    if name in _LATER:
        return getattr(import_module(f"songlo_targets.store.{_LATER[name]}"), name)
    raise AttributeError(name)


__all__ = ["LOCK_NAME", "Document", "KeptNull", "Outcome", "Transaction", "WriteRefused"]
