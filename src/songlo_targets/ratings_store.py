"""Writing computed ratings into `units/<unit>.yaml` (`targets evaluate --write`, SPEC §6.5).

One small, isolated writer, to be replaced by the shared safe-writing layer when it exists:
it edits the loaded ruamel tree in place (never dumps a model over a file), sets only
``evaluations.<year>.computed`` and ``heads.<role>.computed``, never ``final``, keeps every
other byte (comments, quotes, key order, BOM, CRLF), writes only files that change, and
writes each atomically (temporary file in the same folder, flush, fsync, rename). A file
whose layout ruamel could not reproduce byte for byte is refused rather than rewritten, and
so is a file that changed on disk since the records were read.
"""

from __future__ import annotations

import io
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from songlo_targets.errors import TargetsError
from songlo_targets.evaluation import YearEvaluation
from songlo_targets.i18n import N_
from songlo_targets.records import Records

BOM = "\ufeff"
# Indentation layouts tried in turn (mapping, sequence, offset): the first that reproduces the
# file byte for byte is used for the edit.
LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 6, 4), (4, 4, 0))


@dataclass(frozen=True)
class Ratings:
    """What to store for one unit in one year."""

    year: int
    computed: str
    heads: dict[str, str]


def _yaml(layout: tuple[int, int, int]) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    mapping, sequence, offset = layout
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def _dump(yaml: Any, tree: Any) -> str:
    stream = io.StringIO()
    yaml.dump(tree, stream)
    return stream.getvalue()


def _load_faithfully(text: str, path: str) -> tuple[Any, Any]:
    """The tree of ``text`` and a YAML writer that gives the same text back unchanged."""
    for layout in LAYOUTS:
        yaml = _yaml(layout)
        tree = yaml.load(text)
        if tree is not None and _dump(yaml, tree) == text:
            return yaml, tree
    raise TargetsError(N_("{path}: cannot keep this file's layout when writing it; nothing was "
                          "written (write the computed ratings by hand, or lay the file out "
                          "with 2-space indentation)"), path=path)


def _mapping(parent: Any, key: Any, flow: bool = False) -> Any:
    """``parent[key]``, created as an empty mapping when absent or empty."""
    from ruamel.yaml.comments import CommentedMap

    current = parent.get(key)
    if isinstance(current, dict):
        return current
    created = CommentedMap()
    if flow:
        created.fa.set_flow_style()
    parent[key] = created
    return created


def _set(mapping: Any, key: str, value: str) -> None:
    if key in mapping:
        if mapping[key] != value:
            mapping[key] = value
    else:
        mapping.insert(0, key, value)  # `computed` comes first (SPEC §3.2 key order)


def _year_key(evaluations: Any, year: int) -> Any:
    return next((k for k in evaluations if str(k) == str(year)), year)


def with_ratings(text: str, ratings: Ratings, path: str) -> str:
    """The text of a unit file with the computed ratings set; the same text if nothing changes."""
    crlf = "\r\n" in text
    bom = text.startswith(BOM)
    plain = text.removeprefix(BOM).replace("\r\n", "\n")
    yaml, tree = _load_faithfully(plain, path)
    evaluations = _mapping(tree, "evaluations")
    entry = _mapping(evaluations, _year_key(evaluations, ratings.year))
    _set(entry, "computed", ratings.computed)
    if ratings.heads:
        heads = _mapping(entry, "heads")
        for role, computed in ratings.heads.items():
            _set(_mapping(heads, role, flow=True), "computed", computed)
    new = _dump(yaml, tree)
    if new == plain:
        return text
    return (BOM if bom else "") + (new.replace("\n", "\r\n") if crlf else new)


def write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            Path(temporary).chmod(path.stat().st_mode & 0o777)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def ratings_of(evaluation: YearEvaluation) -> dict[str, Ratings]:
    return {u.unit: Ratings(evaluation.year, u.computed, {h.role: h.computed for h in u.heads})
            for u in evaluation.units}


def store_computed(records: Records, evaluation: YearEvaluation) -> list[str]:
    """Store the computed ratings in the units' files; the paths written, relative to the root.

    Every new text is prepared before anything is written, so a refused file leaves every
    file as it was.
    """
    planned: list[tuple[Path, str, bytes]] = []
    for unit_id, ratings in ratings_of(evaluation).items():
        if unit_id not in records.units:
            continue
        rel = f"units/{unit_id}.yaml"
        path = records.root / rel
        data = path.read_bytes()
        text = data.decode("utf-8")
        if unicodedata.normalize("NFC", text.removeprefix(BOM)) != records.texts.get(rel):
            raise TargetsError(N_("{path} changed on disk while it was being read; nothing was "
                                  "written: run the command again"), path=rel)
        new = with_ratings(text, ratings, rel)
        if new != text:
            planned.append((path, rel, new.encode("utf-8")))
    for path, _rel, data in planned:
        write_atomically(path, data)
    return [rel for _path, rel, _data in planned]
