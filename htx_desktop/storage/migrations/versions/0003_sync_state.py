"""sync state

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('retired_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=False),
    sa.Column('fingerprint', sa.String(length=48), nullable=False),
    sa.Column('signing_key', sa.LargeBinary(), nullable=False),
    sa.Column('encryption_key', sa.LargeBinary(), nullable=False),
    sa.Column('compromised', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retired_keys'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('winner_site', sa.String(length=36), nullable=False),
    sa.Column('winner_version', sa.BigInteger(), nullable=False),
    sa.Column('loser_site', sa.String(length=36), nullable=False),
    sa.Column('loser_version', sa.BigInteger(), nullable=False),
    sa.Column('loser_data', sa.Text(), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('reviewed_by', sa.String(length=60), nullable=False),
    sa.Column('resolution', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_reviewed_at'), ['reviewed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_row_id'), ['row_id'], unique=False)

    op.create_table('sync_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('peer_site', sa.String(length=36), nullable=False),
    sa.Column('peer_unit', sa.String(length=16), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.String(length=36), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_files'))
    )
    with op.batch_alter_table('sync_files', schema=None) as batch_op:
        batch_op.create_index('ix_sync_files_peer_sequence', ['peer_site', 'kind', 'direction', 'sequence'], unique=False)

    op.create_table('sync_peers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('sent_sequence', sa.Integer(), nullable=False),
    sa.Column('acknowledged', sa.Text(), nullable=False),
    sa.Column('received_sequence', sa.Integer(), nullable=False),
    sa.Column('received', sa.Text(), nullable=False),
    sa.Column('last_sent_at', sa.DateTime(), nullable=True),
    sa.Column('last_received_at', sa.DateTime(), nullable=True),
    sa.Column('last_receipt_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_peers')),
    sa.UniqueConstraint('site_id', name=op.f('uq_sync_peers_site_id'))
    )
    with op.batch_alter_table('trusted_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('role', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('upstream_code', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('serves', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('revoked_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('trusted_keys', schema=None) as batch_op:
        batch_op.drop_column('revoked_reason')
        batch_op.drop_column('serves')
        batch_op.drop_column('upstream_code')
        batch_op.drop_column('role')

    op.drop_table('sync_peers')
    with op.batch_alter_table('sync_files', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_files_peer_sequence')

    op.drop_table('sync_files')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_row_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_reviewed_at'))

    op.drop_table('sync_conflicts')
    op.drop_table('retired_keys')
