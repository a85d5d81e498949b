"""PostgreSQL: the word lists for one- and two-letter filters, as SQLite has had since 0010, and
a trigram index of each search key without its first letter, for the keys that hold a word
elsewhere than at their start (SQLite unchanged)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from alembic import op

from htx_desktop.storage import search_index

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        search_index.install(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        search_index.uninstall_later(op.get_bind())
        search_index.uninstall_words(op.get_bind())
