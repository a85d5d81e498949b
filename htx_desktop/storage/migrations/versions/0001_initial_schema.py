"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_row_id'), ['row_id'], unique=False)

    op.create_table('units',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('name_key', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('division_type', sa.String(length=24), nullable=False),
    sa.Column('parent_code', sa.String(length=16), nullable=True),
    sa.Column('current_code', sa.String(length=16), nullable=True),
    sa.Column('national', sa.Boolean(), nullable=False),
    sa.Column('receiving_code', sa.String(length=16), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['current_code'], ['units.code'], name=op.f('fk_units_current_code_units')),
    sa.ForeignKeyConstraint(['parent_code'], ['units.code'], name=op.f('fk_units_parent_code_units')),
    sa.ForeignKeyConstraint(['receiving_code'], ['units.code'], name=op.f('fk_units_receiving_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('code', name=op.f('uq_units_code'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_parent_code'), ['parent_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_version'), ['version'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('cooperatives',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('registration_no', sa.String(length=40), nullable=True),
    sa.Column('tax_code', sa.String(length=14), nullable=True),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('sector', sa.String(length=80), nullable=True),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('union_supported', sa.Boolean(), nullable=False),
    sa.Column('union_support_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('dissolved_on', sa.Date(), nullable=True),
    sa.Column('charter_capital', sa.BigInteger(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('ecommerce', sa.Boolean(), nullable=False),
    sa.Column('digital_tools', sa.Boolean(), nullable=False),
    sa.Column('value_chain', sa.Boolean(), nullable=False),
    sa.Column('traditional_craft', sa.Boolean(), nullable=False),
    sa.Column('trademark', sa.Boolean(), nullable=False),
    sa.Column('traceability', sa.Boolean(), nullable=False),
    sa.Column('growing_area_code', sa.String(length=40), nullable=True),
    sa.Column('agri_insurance', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_cooperatives_unit_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cooperatives'))
    )
    with op.batch_alter_table('cooperatives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cooperatives_founded_on'), ['founded_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_cooperatives_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_cooperatives_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_cooperatives_tax_code'), ['tax_code'], unique=False)
        batch_op.create_index('ix_cooperatives_unit_kind_status', ['unit_code', 'kind', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_cooperatives_version'), ['version'], unique=False)

    op.create_table('installation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('upstream_code', sa.String(length=16), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('clock', sa.BigInteger(), nullable=False),
    sa.Column('signing_key', sa.LargeBinary(), nullable=False),
    sa.Column('encryption_key', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_installation_unit_code_units')),
    sa.ForeignKeyConstraint(['upstream_code'], ['units.code'], name=op.f('fk_installation_upstream_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_installation')),
    sa.UniqueConstraint('site_id', name=op.f('uq_installation_site_id'))
    )
    op.create_table('outreach_events',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.Column('female_participants', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_outreach_events_unit_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outreach_events'))
    )
    with op.batch_alter_table('outreach_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outreach_events_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index('ix_outreach_events_unit_held', ['unit_code', 'held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_outreach_events_version'), ['version'], unique=False)

    op.create_table('people',
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('name_key', sa.String(length=120), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('sex', sa.String(length=8), nullable=False),
    sa.Column('ethnicity', sa.String(length=40), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('national_id', sa.String(length=12), nullable=True),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('cadre_level', sa.String(length=16), nullable=True),
    sa.Column('priority_groups', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_people_unit_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_national_id'), ['national_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index('ix_people_unit_name', ['unit_code', 'name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_version'), ['version'], unique=False)

    op.create_table('plans',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('decision_no', sa.String(length=60), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('is_template', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_plans_unit_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans')),
    sa.UniqueConstraint('code', name=op.f('uq_plans_code'))
    )
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plans_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_plans_unit_code'), ['unit_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_plans_version'), ['version'], unique=False)

    op.create_table('trainings',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('title_key', sa.String(length=300), nullable=False),
    sa.Column('topic', sa.String(length=16), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('organiser', sa.String(length=200), nullable=True),
    sa.Column('funding_source', sa.String(length=32), nullable=True),
    sa.Column('target_group', sa.String(length=24), nullable=True),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_trainings_unit_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainings'))
    )
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trainings_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainings_title_key'), ['title_key'], unique=False)
        batch_op.create_index('ix_trainings_unit_starts', ['unit_code', 'starts_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainings_version'), ['version'], unique=False)

    op.create_table('attendances',
    sa.Column('training_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('completed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_attendances_person_id_people')),
    sa.ForeignKeyConstraint(['training_id'], ['trainings.id'], name=op.f('fk_attendances_training_id_trainings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendances')),
    sa.UniqueConstraint('training_id', 'person_id', name=op.f('uq_attendances_training_id_person_id'))
    )
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendances_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendances_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendances_version'), ['version'], unique=False)

    op.create_table('commendations',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('decision_no', sa.String(length=60), nullable=True),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('cooperative_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_commendations_cooperative_id_cooperatives')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_commendations_person_id_people')),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_commendations_unit_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commendations'))
    )
    with op.batch_alter_table('commendations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commendations_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_commendations_unit_code'), ['unit_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_commendations_version'), ['version'], unique=False)

    op.create_table('cooperative_years',
    sa.Column('cooperative_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('members', sa.Integer(), nullable=True),
    sa.Column('female_members', sa.Integer(), nullable=True),
    sa.Column('workers', sa.Integer(), nullable=True),
    sa.Column('female_workers', sa.Integer(), nullable=True),
    sa.Column('revenue', sa.BigInteger(), nullable=True),
    sa.Column('profit', sa.BigInteger(), nullable=True),
    sa.Column('classification', sa.String(length=16), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_cooperative_years_cooperative_id_cooperatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cooperative_years')),
    sa.UniqueConstraint('cooperative_id', 'year', name=op.f('uq_cooperative_years_cooperative_id_year'))
    )
    with op.batch_alter_table('cooperative_years', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cooperative_years_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_cooperative_years_version'), ['version'], unique=False)

    op.create_table('funding_entries',
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('purpose', sa.String(length=300), nullable=True),
    sa.Column('training_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['training_id'], ['trainings.id'], name=op.f('fk_funding_entries_training_id_trainings')),
    sa.ForeignKeyConstraint(['unit_code'], ['units.code'], name=op.f('fk_funding_entries_unit_code_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding_entries'))
    )
    with op.batch_alter_table('funding_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funding_entries_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index('ix_funding_entries_unit_spent', ['unit_code', 'spent_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_funding_entries_version'), ['version'], unique=False)

    op.create_table('indicators',
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('measure', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_indicators_plan_id_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators')),
    sa.UniqueConstraint('plan_id', 'code', name=op.f('uq_indicators_plan_id_code'))
    )
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicators_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicators_version'), ['version'], unique=False)

    op.create_table('job_reports',
    sa.Column('cooperative_id', sa.Uuid(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('new_female_jobs', sa.Integer(), nullable=False),
    sa.Column('stable_female_jobs', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_job_reports_cooperative_id_cooperatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_reports'))
    )
    with op.batch_alter_table('job_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_reports_cooperative_id'), ['cooperative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_reports_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_reports_reported_on'), ['reported_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_reports_version'), ['version'], unique=False)

    op.create_table('ocop_products',
    sa.Column('cooperative_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('stars', sa.Integer(), nullable=False),
    sa.Column('certified_on', sa.Date(), nullable=True),
    sa.Column('decision_no', sa.String(length=60), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_ocop_products_cooperative_id_cooperatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ocop_products'))
    )
    with op.batch_alter_table('ocop_products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ocop_products_cooperative_id'), ['cooperative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ocop_products_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_ocop_products_version'), ['version'], unique=False)

    op.create_table('plan_phases',
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_phases_plan_id_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_phases')),
    sa.UniqueConstraint('plan_id', 'code', name=op.f('uq_plan_phases_plan_id_code'))
    )
    with op.batch_alter_table('plan_phases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_phases_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_phases_version'), ['version'], unique=False)

    op.create_table('posts',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('cooperative_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=24), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_posts_cooperative_id_cooperatives')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_posts_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_posts'))
    )
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_posts_cooperative_id'), ['cooperative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_posts_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_posts_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_posts_version'), ['version'], unique=False)

    op.create_table('support_actions',
    sa.Column('cooperative_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('loan_source', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['cooperative_id'], ['cooperatives.id'], name=op.f('fk_support_actions_cooperative_id_cooperatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_actions'))
    )
    with op.batch_alter_table('support_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_actions_cooperative_id'), ['cooperative_id'], unique=False)
        batch_op.create_index('ix_support_actions_kind_given', ['kind', 'given_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_actions_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_actions_version'), ['version'], unique=False)

    op.create_table('indicator_targets',
    sa.Column('indicator_id', sa.Uuid(), nullable=False),
    sa.Column('phase_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('low', sa.Numeric(precision=14, scale=2, asdecimal=False), nullable=True),
    sa.Column('high', sa.Numeric(precision=14, scale=2, asdecimal=False), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_indicator_targets_indicator_id_indicators')),
    sa.ForeignKeyConstraint(['phase_id'], ['plan_phases.id'], name=op.f('fk_indicator_targets_phase_id_plan_phases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_targets')),
    sa.UniqueConstraint('indicator_id', 'phase_id', name=op.f('uq_indicator_targets_indicator_id_phase_id'))
    )
    with op.batch_alter_table('indicator_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_targets_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_targets_version'), ['version'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('indicator_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_targets_version'))
        batch_op.drop_index(batch_op.f('ix_indicator_targets_owner_unit'))

    op.drop_table('indicator_targets')
    with op.batch_alter_table('support_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_actions_version'))
        batch_op.drop_index(batch_op.f('ix_support_actions_owner_unit'))
        batch_op.drop_index('ix_support_actions_kind_given')
        batch_op.drop_index(batch_op.f('ix_support_actions_cooperative_id'))

    op.drop_table('support_actions')
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_posts_version'))
        batch_op.drop_index(batch_op.f('ix_posts_person_id'))
        batch_op.drop_index(batch_op.f('ix_posts_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_posts_cooperative_id'))

    op.drop_table('posts')
    with op.batch_alter_table('plan_phases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_phases_version'))
        batch_op.drop_index(batch_op.f('ix_plan_phases_owner_unit'))

    op.drop_table('plan_phases')
    with op.batch_alter_table('ocop_products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ocop_products_version'))
        batch_op.drop_index(batch_op.f('ix_ocop_products_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_ocop_products_cooperative_id'))

    op.drop_table('ocop_products')
    with op.batch_alter_table('job_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_reports_version'))
        batch_op.drop_index(batch_op.f('ix_job_reports_reported_on'))
        batch_op.drop_index(batch_op.f('ix_job_reports_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_job_reports_cooperative_id'))

    op.drop_table('job_reports')
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicators_version'))
        batch_op.drop_index(batch_op.f('ix_indicators_owner_unit'))

    op.drop_table('indicators')
    with op.batch_alter_table('funding_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_entries_version'))
        batch_op.drop_index('ix_funding_entries_unit_spent')
        batch_op.drop_index(batch_op.f('ix_funding_entries_owner_unit'))

    op.drop_table('funding_entries')
    with op.batch_alter_table('cooperative_years', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cooperative_years_version'))
        batch_op.drop_index(batch_op.f('ix_cooperative_years_owner_unit'))

    op.drop_table('cooperative_years')
    with op.batch_alter_table('commendations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commendations_version'))
        batch_op.drop_index(batch_op.f('ix_commendations_unit_code'))
        batch_op.drop_index(batch_op.f('ix_commendations_owner_unit'))

    op.drop_table('commendations')
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendances_version'))
        batch_op.drop_index(batch_op.f('ix_attendances_person_id'))
        batch_op.drop_index(batch_op.f('ix_attendances_owner_unit'))

    op.drop_table('attendances')
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trainings_version'))
        batch_op.drop_index('ix_trainings_unit_starts')
        batch_op.drop_index(batch_op.f('ix_trainings_title_key'))
        batch_op.drop_index(batch_op.f('ix_trainings_owner_unit'))

    op.drop_table('trainings')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plans_version'))
        batch_op.drop_index(batch_op.f('ix_plans_unit_code'))
        batch_op.drop_index(batch_op.f('ix_plans_owner_unit'))

    op.drop_table('plans')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_version'))
        batch_op.drop_index('ix_people_unit_name')
        batch_op.drop_index(batch_op.f('ix_people_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_people_national_id'))
        batch_op.drop_index(batch_op.f('ix_people_name_key'))

    op.drop_table('people')
    with op.batch_alter_table('outreach_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outreach_events_version'))
        batch_op.drop_index('ix_outreach_events_unit_held')
        batch_op.drop_index(batch_op.f('ix_outreach_events_owner_unit'))

    op.drop_table('outreach_events')
    op.drop_table('installation')
    with op.batch_alter_table('cooperatives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cooperatives_version'))
        batch_op.drop_index('ix_cooperatives_unit_kind_status')
        batch_op.drop_index(batch_op.f('ix_cooperatives_tax_code'))
        batch_op.drop_index(batch_op.f('ix_cooperatives_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_cooperatives_name_key'))
        batch_op.drop_index(batch_op.f('ix_cooperatives_founded_on'))

    op.drop_table('cooperatives')
    op.drop_table('users')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_version'))
        batch_op.drop_index(batch_op.f('ix_units_parent_code'))
        batch_op.drop_index(batch_op.f('ix_units_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_units_name_key'))

    op.drop_table('units')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entries_row_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_at'))

    op.drop_table('audit_entries')
