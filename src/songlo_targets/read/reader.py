"""Reading the record files of a repository into records: fast where it can, cached.

Each file is read by the fast path (:mod:`songlo_targets.read.fast`) when it can, else by the
reference path (:mod:`songlo_targets.read.yaml_tree` and :mod:`songlo_targets.read.validate`,
ruamel.yaml round-trip); both hand the records model the same JSON text, so both give the same
records. What reading a file gave (its diagnostics and that JSON) is kept in the cache
(:mod:`songlo_targets.read.cache`) under a digest of its bytes: a warm run validates the JSON
again and skips everything else. Positions are not computed while reading: each file's records
are noted in a :class:`~songlo_targets.records.source.FilePlaces`, which finds a position in the
file's reference reading when a diagnostic asks for one.
"""

from __future__ import annotations

import os
import time
from codecs import BOM_UTF8
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from songlo_targets.diagnostics import Diagnostic, unsafe_file
from songlo_targets.i18n import N_
from songlo_targets.paths import (
    CONFIG,
    PERSON,
    TASKS,
    UNIT,
    YEAR,
    FileTooLarge,
    RecordFile,
    UnsafeFile,
    read_bytes,
    record_files,
    scan,
)
from songlo_targets.read import cache as cache_module
from songlo_targets.read.collector import no_collector
from songlo_targets.read.yaml_tree import MAX_BYTES, FilePositions, decode, read, too_large
from songlo_targets.records.texts import Texts, visible

# The model of each file kind's document (task files: Tasks, or their tasks one by one).
READ_ONLY = "read-only"


def _models() -> dict[str, Any]:
    from songlo_targets.records.model import Config, Person, Tasks, Unit, YearMeta

    return {CONFIG: Config, UNIT: Unit, YEAR: YearMeta, TASKS: Tasks, PERSON: Person}


@dataclass
class Outcome:
    """What reading one file gave: diagnostics, and its valid records as JSON (see
    :class:`songlo_targets.read.cache.Entry`), with the records themselves when just read."""

    diagnostics: list[Diagnostic]
    document: bytes | None
    indices: list[int] | None = None
    records: Any = None  # a model, or a task file's list of tasks; None: build from document
    tree: Any = None  # the reference reading, when there was one (for positions)
    kept: Any = None  # the cache's entry, whose document this is (read.cache.Entry)
    digest: bytes | None = None  # of the bytes read, for a file given to the helper


def _fast(kind: str, text: str, raw: bytes | None) -> Outcome | None:
    """The records of one file by the fast path, or None: read it with the reference path
    (``raw``: the text's UTF-8, when at hand)."""
    from songlo_targets.read import fast as fastread

    document = fastread.parse(text, raw)
    return None if document is None else _validated(kind, document)


def _validated(kind: str, document: bytes) -> Outcome | None:
    """The records of the fast path's JSON of a file, or None when they do not validate."""
    from pydantic import ValidationError

    try:
        record = _models()[kind].model_validate_json(document)
    except ValidationError:
        return None
    return Outcome([], document, None, record)


def fast_json(rel: str, data: bytes) -> bytes | None:
    """What the fast path makes of a file's bytes before validating them: its JSON, or None
    (a diagnostic to give, or the reference must read it). Pure work on text (the helper of
    :mod:`songlo_targets.read.parallel` does it)."""
    from songlo_targets.read import fast as fastread

    if len(data) > MAX_BYTES:
        return None
    text, diagnostics = decode(rel, data)
    if text is None or diagnostics:
        return None
    return fastread.parse(text, _utf8_of(data))


def _utf8_of(data: bytes) -> bytes | None:
    """``data`` if it is the UTF-8 of the text :func:`decode` gave of it without a
    diagnostic, else None: decode drops a BOM (and makes text NFC, with a diagnostic)."""
    return None if data.startswith(BOM_UTF8) else data


def _reference(kind: str, rel: str, data: bytes, year: int, unit: str) -> Outcome:
    """The records and problems of one file by the reference path (ruamel round-trip); a
    record with faults is read around them (:func:`songlo_targets.read.validate.validate`)."""
    from songlo_targets.read.validate import validate, validate_data
    from songlo_targets.records.model import Task, TaskFile

    result = read(rel, data)
    tree = result.tree
    if kind == READ_ONLY or not result.ok:
        return Outcome(result.diagnostics, None, tree=tree)
    if kind != TASKS:
        record, plain, problems = validate_data(_models()[kind], tree, rel)
        document = _json(plain) if record is not None else None
        return Outcome(result.diagnostics + problems, document, None, record, tree)
    envelope, problems = validate(TaskFile, tree, rel)
    if envelope is None:
        return Outcome(result.diagnostics + problems, None, tree=tree)
    kept, indices, nodes = [], [], []
    raw = tree.get("tasks") if isinstance(tree, dict) else None  # the tree's own nodes
    for index, node in enumerate(raw if isinstance(raw, list) else []):
        ref_id = node.get("id") if isinstance(node, dict) else None
        ref = f"{year}/{unit}/{visible(ref_id)}" if isinstance(ref_id, str) else None
        task, plain, found = validate_data(Task, node, rel, root=tree, prefix=("tasks", index),
                                           task=ref)
        problems += found
        if task is not None:
            kept.append(task)
            indices.append(index)
            nodes.append(plain)
    in_order = indices == list(range(len(envelope.tasks)))
    return Outcome(result.diagnostics + problems, _json({"tasks": nodes}),
                   None if in_order else indices, kept, tree)


def _json(data: Any) -> bytes:
    import json

    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def read_file(kind: str, rel: str, data: bytes, year: int = 0, unit: str = "",
              fast: bool = True, parsed: bytes | None = None) -> Outcome:
    """What one file gives: the fast path if it can, else the reference. ``parsed``: the
    file's JSON as :func:`fast_json` made it already (by the helper)."""
    if fast and kind != READ_ONLY and len(data) <= MAX_BYTES:
        if parsed is not None:
            return _validated(kind, parsed) or _reference(kind, rel, data, year, unit)
        text, diagnostics = decode(rel, data)
        if text is not None:
            found = _fast(kind, text, None if diagnostics else _utf8_of(data))
            if found is not None:
                found.diagnostics = diagnostics
                return found
    return _reference(kind, rel, data, year, unit)


def _build(kind: str, outcome: Outcome) -> Any:
    """The records of a file from the JSON its reading gave (what a warm run does)."""
    if outcome.records is not None or outcome.document is None or kind == READ_ONLY:
        return outcome.records
    return _models()[kind].model_validate_json(outcome.document)


def show_text(rel: str, data: bytes) -> str | None:
    """A file's text as shown with its diagnostics (an undecodable one as best we can)."""
    if len(data) > MAX_BYTES:
        return None
    text = decode(rel, data)[0]
    return text if text is not None else data.decode("utf-8", errors="replace")


def plain_diagnostic(d: Diagnostic) -> list[Any] | None:
    """A diagnostic as the cache keeps it, or None when it cannot keep it exactly."""
    values = cache_module.plain_values(d.values)
    if values is None:
        return None
    return [d.code, d.path, d.line, d.col, d.message, values, d.task, d.hint, d.year]


def from_plain(found: list[Any]) -> Diagnostic:
    code, path, line, col, message, values, task, hint, year = found
    return Diagnostic(code, path, line, col, message, values, task, hint, year)


class Loader:
    """Reads a repository: :meth:`scan` reads the files' bytes, :meth:`build` the records."""

    def __init__(self, root: Path, cache: bool | None = None, fast: bool = True) -> None:
        self.root = root
        self.fast = fast
        self.texts = Texts()
        self.cache: cache_module.Cache | None = None
        if cache_module.enabled(cache):
            self.cache = cache_module.Cache(root)
        # file, its bytes, their digest; or no bytes and why (`unsafe-file`, `file-too-large`)
        self.files: list[tuple[RecordFile, bytes | None, bytes]] = []
        self.refused: dict[str, Diagnostic] = {}
        self.unsafe_folders: dict[str, str] = {}
        self._scanned = False
        self._record_files: list[RecordFile] | None = None
        self.helper: Any = None  # a forked helper parsing files (read.parallel), or None
        self._started = False  # (the helper is started once: by :meth:`start`)
        self.shared_fields: dict[frozenset[str], set[str]] = {}  # (model.share_given_fields)
        self.statuses: dict[str, list[int] | None] = {}  # path -> its status before reading

    def data(self, rel: str) -> bytes:
        """The bytes of the record file ``rel``, read safely: never through a link, size known
        first."""
        return read_bytes(self.root, rel, MAX_BYTES)

    def status(self, rel: str, now_ns: int) -> list[int] | None:
        """What says the record file is the one the cache read (taken before it is read):
        :func:`songlo_targets.read.cache.signature`; None when it cannot tell."""
        found = self._lstat(rel)
        return None if found is None else cache_module.signature(found, now_ns)

    def size(self, rel: str) -> int | None:
        """The size of a record file as it stands (None: not there)."""
        found = self._lstat(rel)
        return None if found is None else found.st_size

    def _lstat(self, rel: str) -> os.stat_result | None:
        try:  # (joined as text: pathlib's join costs more than the call, for every file)
            return os.lstat(os.path.join(self.root, rel))  # noqa: PTH118
        except OSError:
            return None

    def paths(self) -> list[str]:
        """The relative paths that may be record files (folders that are not safe aside)."""
        found = scan(self.root)
        self.unsafe_folders = found.unsafe
        return found.files

    def record_files(self) -> list[RecordFile]:
        """The record files, in reading order (the folders are walked once)."""
        if self._record_files is None:
            self._record_files = record_files(self.paths())
        return self._record_files

    def scan(self) -> None:
        """Read every record file and its digest (for the cache) before building anything;
        the bytes of a file the cache holds are not kept (a warm run keeps none)."""
        if not self._scanned:
            for _ in self._each(keep=True):
                pass

    def _each(self, keep: bool) -> Iterator[tuple[RecordFile, bytes | None, bytes | None]]:
        """Every record file: (file, its bytes or None, digest), noted in ``self.files``
        (with the bytes only if ``keep`` and the cache does not hold them). A file the
        helper reads (:meth:`_start_helper`) is not read here: its digest is None, and
        :meth:`_outcome` gives it with what the helper made of its bytes."""
        self._scanned = True
        now = time.time_ns()
        for file in self.record_files():
            if not keep and self.helper is not None and file.path in self.helper:
                self.texts.keep(file.path, self._text_of(file.path))
                self.files.append((file, None, b""))  # (its digest: once it is read)
                yield file, None, None
                continue
            if self.cache is not None:  # the very file the cache read: not read again
                status = (self.statuses[file.path] if file.path in self.statuses
                          else self.status(file.path, now))  # (the helper's start took it)
                self.statuses[file.path] = status
                known = self.cache.unchanged(file.path, status)
                if known is not None:
                    self.texts.keep(file.path, self._text_of(file.path))
                    self.files.append((file, None, known.digest))
                    yield file, None, known.digest
                    continue
            data, digest = self._read(file)
            held = keep and data is not None and not (
                self.cache is not None and self.cache.holds(file.path, digest))
            self.files.append((file, data if held else None, digest))
            yield file, data, digest

    def _read(self, file: RecordFile) -> tuple[bytes | None, bytes]:
        """A record file's bytes and their digest (for the cache); no bytes when it may not
        be read (`unsafe-file`, `file-too-large`: noted in ``self.refused``)."""
        try:
            data: bytes | None = self.data(file.path)
        except UnsafeFile as exc:
            self.refused[file.path] = unsafe_file(file.path, exc.kind)
            data = None
        except FileTooLarge as exc:
            self.refused[file.path] = too_large(file.path, exc.size)
            data = None
        if data is None:
            refused = self.refused[file.path]
            return None, f"{refused.code}:{refused.values}".encode()
        self.texts.keep(file.path, self._text_of(file.path))
        return data, cache_module.digest(data) if self.cache is not None else b""

    def _text_of(self, rel: str) -> Any:
        def text() -> str | None:
            try:
                return show_text(rel, self.data(rel))
            except (OSError, UnsafeFile, FileTooLarge):  # gone or changed since: no lines
                return None

        return text

    def manifest(self) -> bytes:
        """One digest of the record files read and their bytes."""
        self.scan()
        unsafe = [(visible(rel), f"unsafe:{kind}".encode())
                  for rel, kind in self.unsafe_folders.items()]
        return cache_module.manifest(
            [(file.path, digest) for file, _, digest in self.files] + unsafe)

    def _outcome(self, file: RecordFile, kind: str, data: bytes | None,
                 digest: bytes | None) -> Outcome:
        """What reading ``file`` gives: from the cache when it holds these bytes; a digest of
        None: the helper read the file (:meth:`_each`), or else it is read now."""
        if digest is None:
            answer = self.helper.take(file.path) if self.helper is not None else None
            found = _validated(kind, answer[1]) if answer is not None and kind != READ_ONLY \
                else None
            if answer is not None and found is not None:
                found.digest = answer[0] if self.cache is not None else b""
                self._keep(file, found.digest, found, sealed=answer[2])
                return found
            data, digest = self._read(file)  # (the helper could not: this process reads it)
            found = self._outcome(file, kind, data, digest)
            found.digest = digest
            return found
        if file.path in self.refused:  # not read at all: `unsafe-file` or `file-too-large`
            return Outcome([self.refused[file.path]], None)
        year, unit = file.year or 0, file.unit or ""
        hit = (self.cache.get(file.path, digest, self.statuses.get(file.path))
               if self.cache is not None else None)
        if hit is not None:
            # (its JSON is copied out of the cache only if its year is looked at)
            return Outcome([from_plain(d) for d in hit.diagnostics], None, hit.indices,
                           kept=hit)
        assert data is not None
        parsed = None
        if self.helper is not None and kind != READ_ONLY and file.path in self.helper:
            answer = self.helper.take(file.path)  # (the helper read the bytes this process
            if answer is not None and answer[0] == (digest or cache_module.digest(data)):
                parsed = answer[1]  # holds: used if they are the same bytes)
        found = read_file(kind, file.path, data, year, unit, self.fast, parsed)
        self._keep(file, digest, found)
        return found

    def _keep(self, file: RecordFile, digest: bytes, found: Outcome,
              sealed: bytes | None = None) -> None:
        """Keep in the cache what reading the bytes of ``digest`` gave (``sealed``: the seal
        of its document, when the helper made it)."""
        if self.cache is None:
            return
        plain = [plain_diagnostic(d) for d in found.diagnostics]
        if all(d is not None for d in plain):
            self.cache.put(file.path, cache_module.Entry(
                digest, plain, found.document, found.indices,
                stat=self.statuses.get(file.path), sealed=sealed))

    def build(self) -> tuple[Any, list[Diagnostic]]:
        """The records and the diagnostics of reading them.

        The files of a year are placed in it when the year is first looked at
        (:class:`~songlo_targets.records.collection.Years`): the JSON the cache kept is
        validated then, so a view of one year builds that year alone. Their diagnostics are
        known now (the cache keeps them)."""
        # (the helper first: it starts on the files while this process imports the model;
        # a loader read ahead (:func:`reading_ahead`) started it before the command was parsed)
        self.start()
        from songlo_targets.records.collection import Records, Years
        from songlo_targets.records.model import KEY_RE

        records = Records(root=self.root, texts=self.texts)
        pending: dict[int, list[tuple[RecordFile, Outcome]]] = {}
        records.years = Years(partial(self._build_year, records, pending),
                              partial(self._build_part, records, pending))
        diagnostics: list[Diagnostic] = []
        for file, data, digest in self._kept() if self._scanned else self._each(False):
            records.files += 1
            if data is None and digest is not None and file.path not in self.refused and not (
                    self.cache is not None and self.cache.holds(file.path, digest)):
                data = self.data(file.path)  # (not kept by the scan)
            # a file whose name is no id: read (for its lines and its problems as a file),
            # then refused
            misnamed = file.kind in (UNIT, TASKS, PERSON) and not KEY_RE.fullmatch(
                file.unit or "")
            outcome = self._outcome(file, READ_ONLY if misnamed else file.kind, data, digest)
            if digest is None:  # read by now (by the helper, or here): its digest noted
                self.files[-1] = (file, None, outcome.digest or b"")
            diagnostics += outcome.diagnostics
            if misnamed:
                diagnostics.append(_bad_file_name(file.path))
                continue
            if file.year is None:
                self._place(records, file, outcome)
            else:  # placed in the order of the files when the year is first looked at
                records.years.add(file.year)
                records.years.defer(file.year)
                if outcome.records is not None:  # read now: its JSON is no longer needed here
                    outcome.document = None
                pending.setdefault(file.year, []).append((file, outcome))
        self.close()
        diagnostics += [unsafe_file(visible(rel), kind)
                        for rel, kind in self.unsafe_folders.items()]
        return records, diagnostics

    def start(self) -> None:
        """Start the helper on the files this run must read, unless it is started (or this
        loader reads in one process: ``fast=False``)."""
        if self.fast and not self._started:
            self._started = True
            self.helper = self._start_helper()

    def close(self) -> None:
        """Stop the helper, if it is still at work (what it would answer is not wanted)."""
        if self.helper is not None:
            self.helper.close()
            self.helper = None

    def _kept(self) -> Iterator[tuple[RecordFile, bytes | None, bytes]]:
        """The files the scan kept, each let go of its bytes once read (a province: 127
        MiB of them)."""
        for number in range(len(self.files)):
            file, data, digest = self.files[number]
            self.files[number] = (file, None, digest)
            yield file, data, digest
            del data

    def _start_helper(self) -> Any:
        """A helper for the files this run must read (those the cache does not know), when
        there are enough of them (:mod:`songlo_targets.read.parallel`)."""
        from songlo_targets.read import parallel

        if not parallel.available():
            return None
        held = {file.path: data for file, data, _ in self.files if data is not None}
        known = self.cache.old if self.cache is not None else {}
        todo: list[tuple[str, int]] = []
        now = time.time_ns()
        for file in self.record_files():
            if file.path in known or file.path in self.refused:
                continue
            if self._scanned:
                if file.path in held:
                    todo.append((file.path, len(held[file.path])))
                continue
            if self.cache is None:
                size = self.size(file.path)
            else:  # its status taken before the helper reads it (one lstat for both)
                found = self._lstat(file.path)
                size = None if found is None else found.st_size
                self.statuses[file.path] = (None if found is None else
                                            cache_module.signature(found, now))
            if size is not None:
                todo.append((file.path, size))

        def work(rel: str) -> tuple[bytes, bytes, bytes] | None:
            data = held.get(rel)
            if data is None:
                data = self.data(rel)
            parsed = fast_json(rel, data)
            return None if parsed is None else (cache_module.digest(data), parsed,
                                                cache_module.seal(parsed))

        return parallel.start(todo, work)

    def _build_year(self, records: Any, pending: dict[int, list[tuple[RecordFile, Outcome]]],
                    year: Any) -> None:
        """Validate the kept files of ``year`` (a :class:`Year`) into it."""
        with no_collector():
            for file, outcome in pending.pop(year.year, []):
                self._place(records, file, outcome, year)

    def _build_part(self, records: Any, pending: dict[int, list[tuple[RecordFile, Outcome]]],
                    part: Any, units: Any) -> None:
        """Validate into ``part`` (a :class:`Year` of its own) the ``_year.yaml`` of its year
        and the task files of ``units``, leaving every file pending for the whole year."""
        with no_collector():
            for file, outcome in pending.get(part.year, []):
                if file.kind == YEAR or file.unit in units:
                    self._place(records, file, outcome, part)

    def _at_hand(self, file: RecordFile, outcome: Outcome) -> Outcome:
        """The outcome with its JSON at hand: the document the cache kept, read (and
        verified against the signed header) now; one the cache file no longer holds as it
        was signed (damaged since) is made again from the record file."""
        kept = outcome.kept
        if outcome.records is not None or kept is None or not kept.has_document:
            return outcome
        document = kept.document
        if document is not None:
            return Outcome(outcome.diagnostics, document, outcome.indices, tree=outcome.tree)
        if self.cache is not None:  # the cache written again without it (rare: right away)
            self.cache.forget(file.path)
            self.cache.save()
        try:
            data = self.data(file.path)
        except (OSError, UnsafeFile, FileTooLarge):  # gone meanwhile: no records (the next
            return Outcome(outcome.diagnostics, None)  # run reports it)
        return read_file(file.kind, file.path, data, file.year or 0, file.unit or "",
                         self.fast)

    def _place(self, records: Any, file: RecordFile, outcome: Outcome, year: Any = None
               ) -> None:
        """Put the records of one file where they belong in ``records``."""
        from songlo_targets.records.model import share_given_fields
        from songlo_targets.records.source import FilePlaces

        outcome = self._at_hand(file, outcome)
        value = _build(file.kind, outcome)
        rel = file.path
        positions = FilePositions(rel, partial(records.texts.get, rel), outcome.tree)
        places = FilePlaces(rel, positions.source)
        if file.kind == CONFIG:
            records.config = value
            if value is not None:
                places.add(value)
            return
        if file.kind == UNIT:
            unit_id = file.unit or ""
            records.unit_files.add(unit_id)
            if value is not None:
                value.name_as(unit_id)
                places.add(value)
                records.units[unit_id] = value
            return
        if file.kind == PERSON:
            if value is not None:
                value.name_as(file.unit or "")
                places.add(value)
                records.people[file.unit or ""] = value
            return
        assert file.year is not None and year is not None
        if file.kind == YEAR:
            year.meta_path = rel
            year.meta = value
            if value is not None:
                places.add(value)
            return
        unit = file.unit or ""
        year.task_paths[unit] = rel
        if value is None:
            return
        tasks = value if isinstance(value, list) else (value.tasks or [])
        share_given_fields(tasks, self.shared_fields)
        indices = outcome.indices or range(len(tasks))
        for index, task in zip(indices, tasks, strict=False):
            task.file_as(file.year, unit)
            places.add(task, ("tasks", index))
        year.tasks.setdefault(unit, []).extend(tasks)

    def finish(self) -> None:
        """Keep what this run read in the cache."""
        if self.cache is not None:
            self.cache.save()

    def run(self) -> tuple[Any, list[Diagnostic]]:
        found = self.build()
        self.finish()
        return found


_AHEAD: list[Loader] = []  # the loader :func:`reading_ahead` started, until a run takes it


@contextmanager
def reading_ahead(root: Path, cache: bool | None = None) -> Iterator[None]:
    """Start reading the repository at ``root`` now, while a command is still being parsed
    (the command line knows the repository and that its command reads it before it has
    parsed the command: 0.1 s, then the records model is imported). The first loader of a
    run that asks for ``root``, read as asked here (:func:`loader_for`), is this one; what is
    left of it when the block ends is stopped.

    A fresh read's helper thus starts before the command is parsed; a warm one has opened
    its cache. Nothing is written: the cache is written by the run that takes the loader."""
    ahead = Loader(root, cache)
    ahead.start()
    _AHEAD.append(ahead)
    try:
        yield
    finally:
        if ahead in _AHEAD:
            _AHEAD.remove(ahead)
        ahead.close()


def loader_for(root: Path, cache: bool | None = None, fast: bool = True) -> Loader:
    """A loader of the repository at ``root``: the one read ahead for it when it reads as
    asked (same cache setting, fast path), else a new one."""
    for ahead in _AHEAD:
        if ahead.root == root and ahead.fast == fast and (
                ahead.cache is not None) == cache_module.enabled(cache):
            _AHEAD.remove(ahead)
            return ahead
    return Loader(root, cache, fast)


def _bad_file_name(rel: str) -> Diagnostic:
    """A unit, task or person file whose name is no id."""
    name = rel.rsplit("/", 1)[-1]
    return Diagnostic(
        "invalid-value", rel, 1, 1,
        N_("the file name `{name}` is not a unit id: use lowercase letters, digits and "
           "single hyphens, like `duc-bac.yaml`"), {"name": visible(name), "field": ""})


class FilesLoader(Loader):
    """The same loading, from a mapping of path -> bytes (a git revision) instead of the disk."""

    def __init__(self, root: Path, files: Mapping[str, bytes], fast: bool = True) -> None:
        super().__init__(root, cache=False, fast=fast)
        self.mapping = files

    def data(self, rel: str) -> bytes:
        data = self.mapping[rel]
        if len(data) > MAX_BYTES:
            raise FileTooLarge(rel, len(data))
        return data

    def size(self, rel: str) -> int | None:
        data = self.mapping.get(rel)
        return None if data is None else len(data)

    def paths(self) -> list[str]:
        return list(self.mapping)
