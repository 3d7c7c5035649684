"""What each writing command changes in the records, through one store transaction."""
