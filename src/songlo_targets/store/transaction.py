"""A change to the records: open files, edit their trees, then commit all or nothing.

``commit`` renders every edited file, keeps only those whose bytes change, loads the whole
repository *as it would be* (the new texts laid over the disk) and runs the checks. A change
that would bring an error that was not there before — or leave an error in a file it writes —
is refused with those diagnostics, and nothing is written. Otherwise the files are replaced
atomically under the repository lock (:mod:`atomic`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from songlo_targets import dates
from songlo_targets.check import check_records
from songlo_targets.diagnostics import Diagnostic, Severity
from songlo_targets.paths import CONFIG_FILE, read_bytes
from songlo_targets.read.loader import load_files
from songlo_targets.read.yaml_tree import MAX_BYTES
from songlo_targets.records.collection import Records
from songlo_targets.store import atomic, items
from songlo_targets.store.document import Document
from songlo_targets.store.document import load as load_document
from songlo_targets.store.document import new as new_document
from songlo_targets.store.files import snapshot
from songlo_targets.store.items import Items
from songlo_targets.store.layout import CANONICAL, Layout


@dataclass
class Outcome:
    """What a commit did: the files written (or that would be), or why it refused."""

    changed: list[str] = field(default_factory=list)  # relative paths whose bytes change
    refused: list[Diagnostic] = field(default_factory=list)  # the errors the change would bring
    texts: dict[str, str] = field(default_factory=dict)  # texts to show the refused lines
    before: dict[str, str] = field(default_factory=dict)  # the same files as they are on disk
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.refused


def _key(d: Diagnostic) -> tuple[str, str, str | None, str]:
    return d.code, d.path, d.task, d.message


class Transaction:
    """The files one command changes, read once, edited in memory, written together."""

    def __init__(self, root: Path, today: dt.date | None = None,
                 baseline: tuple[Records, list[Diagnostic]] | None = None) -> None:
        """``baseline``: the records as just loaded from disk (and the loading diagnostics),
        to spare loading them again for the comparison."""
        self.root = root
        self.today = today or dates.today()
        self.documents: dict[str, Document | Items] = {}
        self.baseline = baseline

    def open(self, rel: str) -> Document:
        """The round-trip document of an existing file (read once per transaction)."""
        document = self.documents.get(rel)
        if document is None:
            document = load_document(rel, read_bytes(self.root, rel, MAX_BYTES))
        elif isinstance(document, Items):
            document = document.merged()
        self.documents[rel] = document
        return document

    def _items(self, rel: str, key: str) -> Items | None:
        """The file as :class:`Items` of the sequence ``key``, if it can be opened so."""
        document = self.documents.get(rel)
        if document is None:
            data = read_bytes(self.root, rel, MAX_BYTES)
            document = items.opened(rel, data, key) or load_document(rel, data)
            self.documents[rel] = document
        return document if isinstance(document, Items) and document.key == key else None

    def find_item(self, rel: str, key: str, predicate: Callable[[Any], bool]) -> Any | None:
        """The round-trip node of the first item of the file's top-level sequence ``key``
        that ``predicate`` holds for (None if there is none).

        The item is opened alone where the file allows it (:mod:`items`): changing one task
        of a unit's file then costs that task, not the file."""
        document = self._items(rel, key)
        if document is not None:
            try:
                return document.find(predicate)
            except items.Unfit:
                pass
        tree = self.open(rel).tree
        for node in (tree.get(key) if isinstance(tree, dict) else None) or []:
            if predicate(node):
                return node
        return None

    def insert_into_item(self, rel: str, key: str, predicate: Callable[[Any], bool],
                         name: str, node: Any, where: Callable[[list[Any]], int | None]
                         ) -> bool:
        """Put ``node`` into the sequence ``name`` of the item ``predicate`` finds, at the
        position ``where`` gives, as lines written among the item's, without reading the item
        as a tree — if the file and the item allow it (:meth:`items.Items.insert`). False:
        nothing was done; edit the tree (:meth:`find_item`)."""
        document = self._items(rel, key)
        if document is None:
            return False
        index = document.index(predicate)
        return index is not None and document.insert(index, name, node, where)

    def put(self, document: Document) -> None:
        """Take a document built elsewhere (its ``original`` must be the bytes on disk)."""
        self.documents[document.path] = document

    def create_text(self, rel: str, text: str) -> Document:
        """A new file written exactly as ``text`` (for files made of comments)."""
        document = new_document(rel, None, "", CANONICAL)
        document.raw = text.encode("utf-8")
        self.documents[rel] = document
        return document

    def exists(self, rel: str) -> bool:
        return rel in self.documents or (self.root / rel).is_file()

    def create(self, rel: str, tree: Any, header: str = "",
               layout: Layout = CANONICAL) -> Document:
        document = new_document(rel, tree, header, layout)
        self.documents[rel] = document
        return document

    def rendered(self) -> dict[str, bytes]:
        """The new bytes of every file that changes."""
        out = {}
        for rel, document in self.documents.items():
            content = document.render()
            if content != document.original:
                out[rel] = content
        return out

    def verify(self, rendered: dict[str, bytes], allow_existing: bool = False,
               tolerate: frozenset[str] = frozenset()) -> Outcome:
        """Check the repository as it would be; refuse what the change makes worse.

        ``tolerate``: codes a change may bring on purpose (computed ratings that break the
        quota are written all the same: the Standing Committee settles them in ``final``).
        """
        outcome = Outcome(changed=sorted(rendered))
        if not rendered:
            return outcome
        on_disk = snapshot(self.root)
        before: list[Diagnostic] = []
        if CONFIG_FILE in on_disk:  # else: a repository being created
            before_records, before_loaded = self.baseline or load_files(self.root, on_disk)
            before = _errors(check_records(before_records, before_loaded, today=self.today
                                           ).diagnostics)
        after_records, after_loaded = load_files(self.root, {**on_disk, **rendered})
        after = _errors(check_records(after_records, after_loaded, today=self.today
                                      ).diagnostics)
        after = [d for d in after if d.code not in tolerate]
        outcome.refused = _introduced(before, after, set(rendered), allow_existing)
        outcome.texts = dict(after_records.texts)
        outcome.before = {rel: on_disk[rel].decode("utf-8", "replace") for rel in rendered
                          if rel in on_disk}
        return outcome

    def commit(self, dry_run: bool = False, allow_existing: bool = False,
               tolerate: frozenset[str] = frozenset()) -> Outcome:
        rendered = self.rendered()
        outcome = self.verify(rendered, allow_existing, tolerate)
        if outcome.refused or dry_run or not rendered:
            return outcome
        pending = {rel: atomic.Pending(content, atomic.digest(self.documents[rel].original))
                   for rel, content in rendered.items()}
        with atomic.repository_lock(self.root):
            atomic.replace_files(self.root, pending)
        outcome.written = True
        return outcome


def _errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is Severity.ERROR]


def _introduced(before: list[Diagnostic], after: list[Diagnostic], written: set[str],
                allow_existing: bool) -> list[Diagnostic]:
    """Errors after the change that were not there before, and (unless allowed) any error
    left in a file the change writes."""
    remaining = Counter(_key(d) for d in before)
    found = []
    for diagnostic in after:
        key = _key(diagnostic)
        if remaining[key] > 0:
            remaining[key] -= 1
            if allow_existing or diagnostic.path not in written:
                continue
        found.append(diagnostic)
    return found

