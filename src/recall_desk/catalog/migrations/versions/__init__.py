"""Schema revisions, oldest first: 0001 (the baseline), 0002, ..."""
