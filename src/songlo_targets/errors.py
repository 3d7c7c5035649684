"""Failures the user cannot fix in the records, mapped to exit codes at the CLI boundary."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from songlo_targets import formats
from songlo_targets.i18n import N_, _

EXIT_OK, EXIT_RECORDS, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3


class TargetsError(Exception):
    """An error with a message for people (an English message id and its values)."""

    exit_code = EXIT_FAILURE

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message)
        self.message = message
        self.values = values

    def text(self) -> str:
        return _(self.message, **self.values)


class UsageError(TargetsError):
    exit_code = EXIT_USAGE


class RepositoryError(TargetsError):
    exit_code = EXIT_FAILURE


# Causes of a refusal by the machine (SPEC §8), by errno: one line, exit 1, never "unexpected".
_CAUSES = {
    errno.EACCES: N_("permission denied (the file or its folder is write-protected)"),
    errno.EPERM: N_("the operation is not permitted (the file is protected)"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk quota is used up"),
    errno.EROFS: N_("the file system is read-only"),
    errno.EIO: N_("the disk reports an input/output error"),
    errno.ETXTBSY: N_("the file is in use by another program"),
    errno.EMFILE: N_("too many files are open"),
    errno.ENAMETOOLONG: N_("the name is too long for the file system"),
}
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?:[0-9]+-[0-9a-f]{16}\.targets-tmp)")


def shown_file(name: str | os.PathLike[str]) -> str:
    """A file as a person names it: a temporary file is shown as the file it stands for, a path
    below the current folder relative to it."""
    path = Path(os.fsdecode(name))
    match = _TEMPORARY.fullmatch(path.name)
    if match is not None:
        path = path.with_name(match.group("name"))
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def machine_refusal(exc: BaseException) -> str | None:
    """The one line for a failure the machine caused (a read-only file, a full disk, a link
    where a file belongs…) in the user's language; None for anything else (a bug)."""
    from songlo_targets.diagnostics import UNSAFE_MESSAGES
    from songlo_targets.paths import FileTooLarge, UnsafeFile

    if isinstance(exc, UnsafeFile):
        return _(UNSAFE_MESSAGES[exc.kind], name=exc.rel)
    if isinstance(exc, FileTooLarge):
        return _(N_("{file}: the file is {size} MiB, more than the tool reads"),
                 file=exc.rel, size=formats.number(exc.size / 1024 / 1024, 1))
    if isinstance(exc, OSError) and exc.errno in _CAUSES:
        cause = _(_CAUSES[exc.errno])
        if exc.filename is None:
            return cause
        return _(N_("{file}: {cause}"), file=shown_file(exc.filename), cause=cause)
    return None
