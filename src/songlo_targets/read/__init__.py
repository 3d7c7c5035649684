"""Bytes to records and diagnostics: finding files, YAML, the fast path, validation, cache."""
