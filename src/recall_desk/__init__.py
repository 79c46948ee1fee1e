"""Recall Desk: an offline recall-check station for store counters and repair benches."""

__version__ = "0.1.0"
