"""Views: what a command shows, computed from the records (no rendering here)."""
