"""Opening a database: any SQLAlchemy URL, SQLite by default; migrated on open after a backup,
which is put back if the upgrade fails.

SQLite gets WAL, foreign keys, a busy timeout and full fsync on commit, so a crash or power cut
leaves a valid database. Write transactions start with BEGIN IMMEDIATE so two writers queue
instead of failing half-way. A SQLite database with users is encrypted (SQLCipher): it opens only
with a key a log-in unlocked (`services.protection`), and a plain one that has users is encrypted
when it is opened (`storage.data_protection`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from htx_desktop import paths, private_files
from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.security import access
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage import backup, sqlcipher, stamping
from htx_desktop.storage.hlc import HybridClock
from htx_desktop.storage.migrations import HEAD_REVISION
from htx_desktop.storage.models import Installation


MESSAGES.update({
    "db_reason.not_plain": (
        "tệp không phải cơ sở dữ liệu, hoặc đã được mã hoá mà thiếu tệp khoá “{keys}” đi kèm (hãy chép lại "
        "tệp này từ nơi có bản sao lưu)",
        "the file is not a database, or it is encrypted and its key file “{keys}” is missing (copy that file "
        "back from where the backup is)",
    ),
    "upgrade_failed_restored": (
        "Không nâng cấp được cơ sở dữ liệu ({reason}); đã khôi phục bản sao lưu “{backup}”, dữ liệu vẫn như "
        "trước (phiên bản {revision}).",
        "The database could not be upgraded ({reason}); the backup “{backup}” was restored and the data is as "
        "it was (version {revision}).",
    ),
})


def to_url(url_or_path: str | Path) -> str:
    """A plain path means SQLite."""
    text_value = str(url_or_path)
    if "://" in text_value:
        return text_value
    return f"sqlite:///{Path(text_value).expanduser().resolve()}"


def _server_engine(url: str) -> Engine:
    """An engine for a database server (PostgreSQL for an aggregating office).

    PostgreSQL's JIT compiler is switched off for our sessions: a province's grouped figures have
    high cost estimates but take milliseconds, so JIT compiles for seconds (`progress --unit 20
    --by-commune` took 5.8 s, of which 2.9 s compiling one query, and 2.3 s without).
    """
    engine = create_engine(url, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, connection_record):  # type: ignore[no-untyped-def]
        if engine.dialect.name == "postgresql" and dbapi_connection.info.server_version >= 110000:  # JIT came in 11
            autocommit = dbapi_connection.autocommit
            dbapi_connection.autocommit = True
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET jit = off")
            dbapi_connection.autocommit = autocommit

    return engine


#: Every SQLite connection's settings (the benchmarks' floors use them too). `temp_store`: no
#: temporary file holds a plain copy of rows (and statement journals stay in memory).
SQLITE_PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=30000",
                  "temp_store=MEMORY")


def _sqlite_engine(url: str) -> tuple[Engine, bytes | None]:
    """A plain SQLite engine, or a SQLCipher one (with its key) for an encrypted file whose key
    this process holds."""
    file = Path(make_url(url).database or "")
    key = None
    if sqlcipher.is_encrypted(file):
        key = sqlcipher.required_key(file)
        engine = create_engine(url, module=sqlcipher.dbapi(),
                               creator=lambda: sqlcipher.connect(file, key, timeout=30, check_same_thread=False))
    else:
        engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, connection_record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine, key


#: SQLite page cache (KiB) for one bulk job: a write's index pages of random keys (UUIDs) stay in
#: memory instead of spilling to the WAL mid-transaction; a province's figures read each index page
#: once instead of again for each indicator (on SQLCipher every page read is decrypted and checked).
BULK_CACHE_KIB = 65_536


@contextmanager
def bulk_cache(session: Session, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A larger page cache for the bulk work inside it (demo data, a sync import, a province's
    figures), then the connection's own again (the pool keeps connections).
    Nothing on other databases."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")


class Database:
    """One open database: its engine, sessions and write transactions."""

    def __init__(self, url: str, engine: Engine, data_key: bytes | None = None) -> None:
        self.url = url
        self.engine = engine
        #: The SQLCipher key of an encrypted SQLite database (None: plain, or not SQLite).
        self.data_key = data_key
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Callable[[], None]] = []
        self._in_use: set[Any] = set()  # DBAPI connections checked out of the pool, for `interrupt`
        self._in_use_lock = threading.Lock()
        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "checkin", self._checked_in)

    def _checked_out(self, connection: Any, record: Any, proxy: Any) -> None:
        with self._in_use_lock:
            self._in_use.add(connection)

    def _checked_in(self, connection: Any, record: Any) -> None:
        with self._in_use_lock:
            self._in_use.discard(connection)

    def interrupt(self) -> None:
        """Stop every statement running on this database now, whatever thread runs it (the program
        is closing and will not wait): each raises in its own thread, and a write being made rolls
        back, as every write is one transaction."""
        with self._in_use_lock:
            connections = list(self._in_use)
        for connection in connections:
            stop = getattr(connection, "interrupt", None) or getattr(connection, "cancel", None)  # SQLite, psycopg
            if stop is not None:
                stop()

    def on_change(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call `listener` after every committed user write (in the writing thread: a screen
        passes it on to its own thread). Returns the function that stops the calls."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self, actor: Actor, permission: Permission) -> Iterator[Session]:
        """One user action: everything in it is committed together or not at all.

        The actor is checked first, in the same transaction (see `security.access`): a refusal
        raises `HtxError` before anything is written.
        """
        with self._write(actor, permission) as session:
            yield session
        for listener in list(self._listeners):
            listener()

    @contextmanager
    def system_transaction(self) -> Iterator[Session]:
        """The program's own bookkeeping, not a user's action: setting up a new database, counting
        failed log-ins, adding the built-in plan templates. A test lists the modules that use it."""
        with self._write(None, None) as session:
            yield session

    @contextmanager
    def _write(self, actor: Actor | None, permission: Permission | None) -> Iterator[Session]:
        with self._sessions() as session:
            session.connection(execution_options={"immediate": True})
            try:
                username = ""
                if actor is not None and permission is not None:
                    username = access.authorise(session, actor, permission).username
                installation = session.get(Installation, 1)
                clock = HybridClock(installation.clock if installation else 0)
                if installation is not None:
                    session.info["write"] = stamping.WriteContext(
                        installation.site_id, installation.unit_code, clock, username
                    )
                yield session
                if installation is not None and installation.clock != clock.last:
                    installation.clock = clock.last
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def installation(self) -> Installation | None:
        with self.read() as session:
            return session.get(Installation, 1)

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def backup_to(self, target: Path) -> Path:
        if self.path is None:
            raise HtxError(tr("backup_failed", reason=tr("backup_reason.not_sqlite_db")))
        return backup.copy_database(self.path, target, key=self.data_key)

    @property
    def is_encrypted(self) -> bool:
        return self.data_key is not None

    def reconnect(self) -> None:
        """New connections after the file was replaced (encrypted, restored)."""
        self.engine.dispose()
        self.engine, self.data_key = _sqlite_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url_or_path: str | Path, *, create: bool = False) -> Database:
    """Open (and with `create`, make) a database, upgrading its schema to the current one.

    An existing database at an older schema is copied to the backups folder before migrating.
    A missing SQLite file is an error unless `create` is set.
    """
    url = to_url(url_or_path)
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite:
        file = Path(parsed.database or "")
        sqlcipher.wipe_leftovers(file)
        if not file.exists() and not create:
            raise HtxError(tr("db_missing", path=str(url_or_path)))
        file.parent.mkdir(parents=True, exist_ok=True)
        if not file.exists():
            file.touch(mode=0o600)  # SQLite gives its WAL and shared-memory files the same mode
        private_files.make_private(file)
        engine, key = _sqlite_engine(url)
    else:
        engine, key = _server_engine(url), None
    database = Database(url, engine, key)
    try:
        current = database.revision()
        if current != HEAD_REVISION:
            _migrate(database, current)
        if is_sqlite and not database.is_encrypted:
            from htx_desktop.storage import data_protection

            data_protection.encrypt_if_users(database)
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        reason = error.orig
        if is_sqlite and key is None and sqlcipher.not_plain(file):  # SQLite says "file is not a database"
            reason = tr("db_reason.not_plain", keys=f"{file.name}.keys")
        raise HtxError(tr("db_unreadable", path=str(url_or_path), reason=reason)) from error
    return database


def _migrate(database: Database, current: str | None) -> None:
    """Upgrade the schema after a safety copy; if the upgrade fails, the copy is put back (the
    upgrade runs in one transaction, but a copy known to be good is the surer way back)."""
    from htx_desktop.storage import migrations

    if current is not None and not migrations.is_known(current):
        raise HtxError(tr("db_newer", path=str(database.path or database.url)))
    if current is None or database.path is None:
        migrations.upgrade(database.engine)
        return
    saved = backup.automatic_backup(database.path, paths.backups_dir(), f"before-{HEAD_REVISION}",
                                    key=database.data_key)
    try:
        migrations.upgrade(database.engine)
    except Exception as error:
        database.engine.dispose()
        backup.restore_database(saved, database.path, database.data_key)
        reason = getattr(error, "orig", None) or error
        raise HtxError(tr("upgrade_failed_restored", revision=current, backup=saved.name, reason=reason)) from error
