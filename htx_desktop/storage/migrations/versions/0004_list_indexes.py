"""list indexes: people and cooperatives in name order, answered from the index alone

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cooperatives', schema=None) as batch_op:
        batch_op.create_index('ix_cooperatives_list', ['deleted', 'name_key', 'id'], unique=False)

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index('ix_people_list', ['deleted', 'name_key', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index('ix_people_list')

    with op.batch_alter_table('cooperatives', schema=None) as batch_op:
        batch_op.drop_index('ix_cooperatives_list')

