"""The recall catalog in a database (sqlmodel): tables, loading, and the lookups a check needs. No Qt."""
