"""Cadres (people/<id>.yaml): who held a unit's head role on a date, and what is theirs."""
