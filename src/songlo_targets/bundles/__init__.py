"""Bundles for the province: a commune's year as Parquet + a data package, and their roll-up."""
