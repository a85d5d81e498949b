"""activities fields: outreach kind, platform, audience and a search key of the title; who gave a support; the year of a job
report; to whom a commendation went; funding sources as the plans name them, and a search key of what the money was for

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# Funding sources before this revision, and what each became (the plans name: provincial budget,
# national target programme, sponsorship, credit, other). Central budget reaches a commune through
# a programme we cannot tell from the old code, and union funds are not a source of their own in
# the plans: both become "other".
FUNDING_SOURCES = {
    'central_budget': 'other',
    'local_budget': 'provincial_budget',
    'union': 'other',
    'socialised': 'sponsorship',
}


def upgrade() -> None:
    # Adding nullable columns needs no table rebuild; existing rows are filled below.
    op.add_column('outreach_events', sa.Column('kind', sa.String(length=16), nullable=True))
    op.add_column('outreach_events', sa.Column('platform', sa.String(length=16), nullable=True))
    op.add_column('outreach_events', sa.Column('audience', sa.String(length=200), nullable=True))
    op.add_column('outreach_events', sa.Column('title_key', sa.String(length=300), nullable=True))
    op.create_index(op.f('ix_outreach_events_title_key'), 'outreach_events', ['title_key'], unique=False)
    op.add_column('funding_entries', sa.Column('purpose_key', sa.String(length=300), nullable=True))
    op.create_index(op.f('ix_funding_entries_purpose_key'), 'funding_entries', ['purpose_key'], unique=False)
    op.add_column('support_actions', sa.Column('given_by', sa.String(length=200), nullable=True))
    op.add_column('job_reports', sa.Column('year', sa.Integer(), nullable=True))
    op.add_column('commendations', sa.Column('recipient_kind', sa.String(length=16), nullable=True))

    op.execute("UPDATE outreach_events SET kind = 'meeting' WHERE kind IS NULL")
    op.execute("UPDATE job_reports SET year = CAST(EXTRACT(YEAR FROM reported_on) AS INTEGER)"
               if op.get_bind().dialect.name == 'postgresql' else
               "UPDATE job_reports SET year = CAST(strftime('%Y', reported_on) AS INTEGER)")
    op.execute("UPDATE commendations SET recipient_kind = 'person' WHERE person_id IS NOT NULL")
    op.execute(
        "UPDATE commendations SET recipient_kind = (SELECT CASE WHEN c.kind = 'group' THEN 'group' "
        "ELSE 'cooperative' END FROM cooperatives c WHERE c.id = commendations.cooperative_id) "
        "WHERE person_id IS NULL AND cooperative_id IS NOT NULL"
    )
    op.execute("UPDATE commendations SET recipient_kind = 'union_branch' WHERE recipient_kind IS NULL")
    _fill_search_keys('outreach_events', 'title', 'title_key')
    _fill_search_keys('funding_entries', 'purpose', 'purpose_key')
    for table, column in (('funding_entries', 'source'), ('trainings', 'funding_source')):
        for old, new in FUNDING_SOURCES.items():
            op.execute(sa.text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old").bindparams(old=old, new=new))


def _fill_search_keys(table: str, text: str, key: str) -> None:
    from htx_desktop.text import search_key  # the same key the program writes

    connection = op.get_bind()
    rows = connection.execute(sa.text(f"SELECT id, {text} FROM {table} WHERE {text} IS NOT NULL")).all()
    update = sa.text(f"UPDATE {table} SET {key} = :key WHERE id = :id")
    for row_id, value in rows:
        connection.execute(update, {"key": search_key(value), "id": row_id})


def downgrade() -> None:
    with op.batch_alter_table('commendations', schema=None) as batch_op:
        batch_op.drop_column('recipient_kind')
    with op.batch_alter_table('job_reports', schema=None) as batch_op:
        batch_op.drop_column('year')
    with op.batch_alter_table('funding_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_entries_purpose_key'))
        batch_op.drop_column('purpose_key')
    with op.batch_alter_table('support_actions', schema=None) as batch_op:
        batch_op.drop_column('given_by')
    with op.batch_alter_table('outreach_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outreach_events_title_key'))
        batch_op.drop_column('title_key')
        batch_op.drop_column('audience')
        batch_op.drop_column('platform')
        batch_op.drop_column('kind')
