"""Alembic environment: runs on the connection handed over by `migrations.upgrade`."""

from alembic import context

from htx_desktop.storage.base import UTCDateTime
from htx_desktop.storage.models import Base
from htx_desktop.storage.search_index import is_index_table


def _render_item(kind, obj, autogen_context):  # type: ignore[no-untyped-def]
    """Write our column types as plain SQLAlchemy ones, so revisions do not import our code."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    """The search index is made by `storage.search_index`, not by the models: leave it be."""
    return not is_index_table(name)


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through htx_desktop.storage.migrations.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
    render_item=_render_item,
    include_name=_include_name,
)
with context.begin_transaction():
    context.run_migrations()
