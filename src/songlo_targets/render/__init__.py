"""Rendering views for people (rich tables, Markdown) and for programs (CSV, JSON)."""
