"""Pure functions from records to facts: state at a date, counts, evaluation, views, plans."""
