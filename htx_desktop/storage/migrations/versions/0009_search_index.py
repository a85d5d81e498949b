"""search index and figure indexes: FTS5 trigram index of the search keys (pg_trgm on PostgreSQL),
and the indexes that let a province's Overview and progress read only what they count

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa

from htx_desktop.storage import search_index

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.install(op.get_bind())
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index('ix_people_cadres', ['unit_code', 'deleted', 'id'], unique=False,
                              sqlite_where=sa.text('cadre_level IS NOT NULL'),
                              postgresql_where=sa.text('cadre_level IS NOT NULL'))
        batch_op.create_index('ix_people_facts', ['id', 'sex', 'deleted', 'unit_code'], unique=False)
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index('ix_posts_held', ['cooperative_id', 'deleted', 'role', 'person_id', 'started_on',
                                                'ended_on'], unique=False)
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.create_index('ix_trainings_completion', ['id', 'deleted', 'topic', 'ends_on', 'starts_on'],
                              unique=False)
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index('ix_attendances_completion', ['person_id', 'completed', 'deleted', 'training_id'],
                              unique=False)
        batch_op.create_index('ix_attendances_completed', ['deleted'], unique=False,
                              sqlite_where=sa.text('completed IS 1'), postgresql_where=sa.text('completed IS true'))


def downgrade() -> None:
    for table, index in (('attendances', 'ix_attendances_completed'), ('attendances', 'ix_attendances_completion'),
                         ('trainings', 'ix_trainings_completion'), ('posts', 'ix_posts_held'), ('people', 'ix_people_facts'),
                         ('people', 'ix_people_cadres')):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)
    search_index.uninstall(op.get_bind())
