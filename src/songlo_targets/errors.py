"""Failures the user cannot fix in the records, mapped to exit codes at the CLI boundary."""

from __future__ import annotations

from songlo_targets.i18n import _

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
