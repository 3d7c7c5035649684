"""The one way records are written: round-trip documents, a checked transaction, atomic files.

Every command that changes the records opens a :class:`Transaction`, edits the trees of its
documents in place (see :mod:`songlo_targets.store.edits`), and calls ``commit``.
"""

from songlo_targets.store.atomic import LOCK_NAME, WriteRefused
from songlo_targets.store.document import Document, KeptNull
from songlo_targets.store.transaction import Outcome, Transaction

__all__ = ["LOCK_NAME", "Document", "KeptNull", "Outcome", "Transaction", "WriteRefused"]
