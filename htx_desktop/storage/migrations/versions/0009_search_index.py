"""search index: FTS5 trigram index of the search keys (pg_trgm on PostgreSQL)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from alembic import op

from htx_desktop.storage import search_index

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.install(op.get_bind())


def downgrade() -> None:
    search_index.uninstall(op.get_bind())
