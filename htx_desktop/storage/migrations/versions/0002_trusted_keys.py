"""trusted keys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('trusted_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('signing_public', sa.LargeBinary(), nullable=False),
    sa.Column('encryption_public', sa.LargeBinary(), nullable=False),
    sa.Column('fingerprint', sa.String(length=48), nullable=False),
    sa.Column('trusted_at', sa.DateTime(), nullable=False),
    sa.Column('trusted_by', sa.String(length=60), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('replaced_by_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['trusted_keys.id'], name=op.f('fk_trusted_keys_replaced_by_id_trusted_keys')),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_trusted_keys_unit_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trusted_keys'))
    )
    with op.batch_alter_table('trusted_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trusted_keys_site_id'), ['site_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('trusted_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trusted_keys_site_id'))

    op.drop_table('trusted_keys')
