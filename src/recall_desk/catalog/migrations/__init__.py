"""The catalog's alembic environment: ``env.py`` and the revisions in ``versions/``.

Run by :mod:`recall_desk.catalog.migrate` from ``open_engine`` (no alembic.ini); see that module.
"""
