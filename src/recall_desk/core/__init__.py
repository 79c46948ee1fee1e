"""Pure Python: identifiers, serial rules, the catalog's facts as data, and verdicts.

Nothing in this package imports Qt or touches storage.
"""
