"""Setting up an installation: its database, unit, role, upstream unit, keys and first user."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from htx_desktop.domain.enums import InstallationRole, UnitKind, UserRole
from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.plans import templates
from htx_desktop.security import access, data_key
from htx_desktop.security.keys import KeyPairs, fingerprint
from htx_desktop.storage import data_protection
from htx_desktop.storage.database import Database, open_database, to_url
from htx_desktop.storage.models import Installation, Unit
from htx_desktop.services import units, users

MESSAGES.update(
    {
        "not_demo_database": (
            "“{path}” không phải cơ sở dữ liệu mẫu do chương trình tạo, nên không mở được ở chế độ dữ liệu "
            "mẫu. Hãy mở nó như thường và đăng nhập.",
            "“{path}” is not a demo database made by the program, so it cannot be opened in demo mode. "
            "Open it normally and sign in.",
        ),
    }
)


@dataclass(frozen=True)
class InstallationInfo:
    site_id: str
    unit_code: str
    unit_name: str
    role: str
    upstream_code: str | None
    fingerprint: str
    demo: bool = False  # made by the program as demo data
    #: Made with the first administrator, shown once to be printed and kept; never stored.
    recovery_code: str | None = None


def describe(database: Database) -> InstallationInfo:
    with database.read() as session:
        installation = session.get(Installation, 1)
        if installation is None:
            raise HtxError(tr("db_not_initialised", path=str(database.path or database.url)))
        keys = KeyPairs(installation.signing_key, installation.encryption_key)
        unit = units.get_unit(session, installation.unit_code)
        return InstallationInfo(
            installation.site_id,
            installation.unit_code,
            unit.name,
            installation.role,
            installation.upstream_code,
            fingerprint(keys.signing_public, keys.encryption_public),
            installation.demo,
        )


def _default_upstream(unit: Unit) -> str | None:
    """A commune sends to its receiving unit if one is set, else to its province."""
    return unit.receiving_code or unit.parent_code


def initialise(
    target: str | Path,
    unit_code: str,
    role: InstallationRole,
    upstream_code: str | None = None,
    admin: str | None = None,
    password: str | None = None,
    demo: bool = False,
    full_name: str = "",
) -> InstallationInfo:
    """Create (or complete) the database of a new installation, in one transaction.

    A SQLite file that did not exist before is removed again when the set-up fails.
    """
    new_file = _new_sqlite_file(target)
    database = open_database(target, create=True)
    try:
        with database.system_transaction() as session:
            existing = session.get(Installation, 1)
            if existing is not None:
                raise HtxError(tr("db_exists", path=str(target), unit=existing.unit_code))
            units.load_national_units(session)
            templates.ensure_templates(session)  # the seed plans, same ids everywhere
            unit = units.get_unit(session, unit_code)
            if role == InstallationRole.COMMUNE and unit.kind == UnitKind.PROVINCE:
                raise HtxError(tr("unit_not_commune", code=unit.code, name=unit.name))
            upstream = upstream_code or _default_upstream(unit)
            if upstream is not None:
                if upstream == unit_code:
                    raise HtxError(tr("upstream_same"))
                units.get_unit(session, upstream)
            keys = KeyPairs.generate()
            session.add(
                Installation(
                    id=1,
                    site_id=str(uuid.uuid4()),
                    unit_code=unit_code,
                    role=role.value,
                    upstream_code=upstream,
                    signing_key=keys.signing_private,
                    encryption_key=keys.encryption_private,
                    demo=demo,
                )
            )
            if admin:
                users.add_user(session, admin, password or "", UserRole.ADMIN, full_name)
        if not admin or database.path is None:  # PostgreSQL: the server's disk encryption is the office's job
            return describe(database)
        code = data_key.new_recovery_code()
        data_protection.encrypt_if_users(database, recovery_code=code, backup_first=False)
        return replace(describe(database), recovery_code=code)
    except BaseException:
        database.dispose()
        if new_file is not None:
            remove_sqlite_file(new_file)
        raise
    finally:
        database.dispose()


def require_demo(database: Database) -> InstallationInfo:
    """The installation, if the program made it as demo data and it has no users: only such a
    database may be opened as demo data, without signing in."""
    info = describe(database)
    with database.read() as session:
        protected = access.has_users(session)
    if not info.demo or protected:
        raise HtxError(tr("not_demo_database", path=str(database.path or database.url)))
    return info
def remove_sqlite_file(path: Path) -> None:
    """Remove a SQLite database with its journal files: only for one this set-up has just made
    (a failed set-up, or a first-run wizard the officer went back in or cancelled)."""
    for suffix in ("", "-wal", "-shm", "-journal", ".keys"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _new_sqlite_file(target: str | Path) -> Path | None:
    url = to_url(target)
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url.removeprefix("sqlite:///"))
    return None if path.exists() else path
