"""Helpers of the test suite: repositories built from inline YAML, git, Chromium, golden files."""
