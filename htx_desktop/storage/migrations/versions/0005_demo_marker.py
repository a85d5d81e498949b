"""demo marker: the installation row says whether the program made this database as demo data

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Databases made before this revision are not marked: `--demo` refuses them, so a real
    # database can never be opened as demo data by mistake.
    with op.batch_alter_table('installation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('demo', sa.Boolean(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('installation', schema=None) as batch_op:
        batch_op.drop_column('demo')
