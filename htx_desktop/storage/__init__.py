"""Storage: SQLAlchemy models, the database lifecycle, migrations and backups. No Qt."""
