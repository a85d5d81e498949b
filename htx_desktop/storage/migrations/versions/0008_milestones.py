"""milestones: one-off achievements a plan asks for, recorded per unit

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('milestones',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_milestones_unit_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestones')),
    sa.UniqueConstraint('code', 'unit_code', name=op.f('uq_milestones_code_unit_code'))
    )
    with op.batch_alter_table('milestones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestones_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestones_version'), ['version'], unique=False)


def downgrade() -> None:
    op.drop_table('milestones')
