"""Alembic environment: runs on the connection handed over by `migrations.upgrade`."""

from alembic import context

from htx_desktop.storage.base import UTCDateTime
from htx_desktop.storage.models import Base


def _render_item(kind, obj, autogen_context):  # type: ignore[no-untyped-def]
    """Write our column types as plain SQLAlchemy ones, so revisions do not import our code."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through htx_desktop.storage.migrations.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
    render_item=_render_item,
)
with context.begin_transaction():
    context.run_migrations()
