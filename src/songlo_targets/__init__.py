"""songlo-targets: yearly targets and tasks of the Sông Lô district units, kept as YAML in git."""

__version__ = "0.1.0"
