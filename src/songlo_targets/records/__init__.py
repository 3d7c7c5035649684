"""The records model (SPEC §3) and its lookups: what was read, where from; no I/O."""
