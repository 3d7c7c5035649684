"""A cache of read and validated record files in ``.targets-cache/`` at the root, like beancount's.

An entry is keyed by a digest of the file's path and bytes (and of this tool's and pydantic's
versions), so an edited file simply misses. Entries are pickles signed with HMAC-SHA256 under a
key kept outside the repository (``$XDG_CACHE_HOME/songlo-targets/key``, created on first use):
a corrupt, truncated, foreign or planted entry fails the signature and is ignored and rebuilt,
and reading records never unpickles anything this user's own runs did not write (SPEC §8).
Entries are written to a temporary file and renamed into place, so two runs at once never see
half an entry. Anything that goes wrong with the cache only costs speed.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import pickle
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

FOLDER = ".targets-cache"
FORMAT = b"songlo-targets cache 1"
_SIGNATURE = 32


def enabled(requested: bool | None) -> bool:
    """``requested`` if given, else on unless ``TARGETS_NO_CACHE`` is set to a true value."""
    if requested is not None:
        return requested
    return os.environ.get("TARGETS_NO_CACHE", "").strip().lower() in ("", "0", "false", "no")


def _key_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "songlo-targets" / "key"


def _secret() -> bytes | None:
    path = _key_file()
    try:
        data = path.read_bytes()
        if len(data) == 32:
            return data
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, secrets.token_bytes(32), mode=0o600)
        data = path.read_bytes()  # another run may have won the race: use what is there
        return data if len(data) == 32 else None
    except OSError:
        return None


def _write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _salt() -> bytes:
    import pydantic

    from songlo_targets import __version__

    return b"\0".join([FORMAT, __version__.encode(), pydantic.VERSION.encode()])


class Cache:
    """Entries of one repository; ``get``/``put`` by the path and bytes of a record file."""

    def __init__(self, root: Path) -> None:
        self.folder = root / FOLDER
        self.secret = _secret()
        self.salt = _salt()
        self.used: set[str] = set()
        self.written = 0

    def digest(self, path: str, data: bytes) -> str:
        h = hashlib.blake2b(self.salt, digest_size=20)
        h.update(b"\0" + path.encode() + b"\0")
        h.update(data)
        return h.hexdigest()

    def get(self, name: str, persistent: Callable[[Any], Any]) -> Any:
        """The entry ``name``, or None when absent, unsigned, corrupt or foreign."""
        if self.secret is None:
            return None
        try:
            blob = (self.folder / name).read_bytes()
        except OSError:
            return None
        signature, body = blob[:_SIGNATURE], blob[_SIGNATURE:]
        expected = hmac.new(self.secret, name.encode() + body, hashlib.sha256).digest()
        if not hmac.compare_digest(signature, expected):
            return None
        try:
            unpickler = pickle.Unpickler(io.BytesIO(body))
            unpickler.persistent_load = persistent  # type: ignore[method-assign]
            value = unpickler.load()
        except Exception:  # a signed entry that still does not load: rebuild it
            return None
        self.used.add(name)
        return value

    def put(self, name: str, value: Any, persistent: Callable[[Any], Any]) -> None:
        if self.secret is None:
            return
        try:
            buffer = io.BytesIO()
            pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.persistent_id = persistent  # type: ignore[method-assign]
            pickler.dump(value)
            body = buffer.getvalue()
            signature = hmac.new(self.secret, name.encode() + body, hashlib.sha256).digest()
            self.folder.mkdir(exist_ok=True)
            _write_atomic(self.folder / name, signature + body)
            self.used.add(name)
            self.written += 1
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            return

    def prune(self) -> None:
        """Remove the entries of files that no longer exist in this form."""
        if not self.written:
            return
        try:
            for entry in self.folder.iterdir():
                if entry.name not in self.used and not entry.name.startswith(".tmp-"):
                    entry.unlink(missing_ok=True)
        except OSError:
            return
