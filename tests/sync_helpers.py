"""Several installations for sync tests: communes, a district that still aggregates, the province.

Each installation is copied from a database made once per test session, so a test gets fresh
installations in milliseconds. Import the fixture `sync_templates` into a test module to use them.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

import databases
from htx_desktop.domain.enums import InstallationRole, UnitKind
from htx_desktop.domain.records import CooperativeData, PersonData
from htx_desktop.security.keys import KeyPairs
from htx_desktop.services import cooperatives, people, units
from htx_desktop.services.installation import initialise
from htx_desktop.storage.base import synced_tables
from htx_desktop.storage.database import Database, open_database
from htx_desktop.storage.hlc import HybridClock
from htx_desktop.sync import keyring
from htx_desktop.text import search_key
from actors import ADMIN
import raw_db

#: name -> (unit code, role, upstream)
INSTALLATIONS = {
    "xa": ("06046", InstallationRole.COMMUNE, None),  # Xã Tràng Định
    "xa_that_khe": ("06040", InstallationRole.COMMUNE, None),  # Xã Thất Khê
    "huyen": ("U178", InstallationRole.AGGREGATOR, "20"),  # old district of Tràng Định, still aggregating
    "tinh": ("20", InstallationRole.AGGREGATOR, None),  # Tỉnh Lạng Sơn
}


def _make_installation(location: str | Path, code: str, role: InstallationRole, upstream: str | None) -> None:
    if code.startswith("U"):  # a user-added unit must exist before the installation
        database = open_database(location, create=True)
        with database.system_transaction() as session:
            units.load_national_units(session)
            units.add_unit(session, "Huyện Tràng Định", UnitKind.DISTRICT, parent_code="20", old_code="178")
        database.dispose()
    initialise(location, code, role, upstream)


@pytest.fixture(scope="session")
def sync_templates(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """name -> the installation's SQLite file, or (HTX_TEST_DB=postgres) its template database's name."""
    folder = tmp_path_factory.mktemp("sync-templates")
    patch = pytest.MonkeyPatch()
    patch.setenv("HTX_HOME", str(folder / "home"))
    made: dict[str, Path | str] = {}
    try:
        for name, (code, role, upstream) in INSTALLATIONS.items():
            if databases.ON_POSTGRES:
                made[name] = databases.make_template(
                    name, lambda url, c=code, r=role, u=upstream: _make_installation(url, c, r, u))
            else:
                path = folder / f"{name}.sqlite3"
                _make_installation(path, code, role, upstream)
                made[name] = path
    finally:
        patch.undo()
    yield made
    if databases.ON_POSTGRES:
        for template in made.values():
            databases.drop(str(template))


@dataclass
class Node:
    """One installation: `path` is its SQLite file (on PostgreSQL, a file name in its test's folder
    that is never made: cards and outboxes go beside it) and `location` what `--db` takes."""

    name: str
    path: Path
    db: Database
    location: str = ""

    def __post_init__(self) -> None:
        self.location = self.location or str(self.path)

    @property
    def site_id(self) -> str:
        return self.db.installation().site_id

    @property
    def unit_code(self) -> str:
        return self.db.installation().unit_code

    def card(self) -> Path:
        folder = self.path.parent / f"cards-{self.name}"
        folder.mkdir(exist_ok=True)
        return keyring.write_card(self.db, folder).card


def make_nodes(tmp_path: Path, templates: dict[str, Path], *names: str) -> dict[str, Node]:
    nodes = {}
    for name in names:
        template = templates[name.split("#")[0]]
        target = tmp_path / f"{name.replace('#', '-')}.sqlite3"
        if databases.ON_POSTGRES:
            url = databases.copy_of(str(template))
            nodes[name] = Node(name, target, open_database(url), url)
        else:
            shutil.copy(template, target)
            nodes[name] = Node(name, target, open_database(target))
    return nodes


def dispose(nodes: dict[str, Node]) -> None:
    for node in nodes.values():
        node.db.dispose()
        if databases.ON_POSTGRES:
            databases.drop(node.location)


def connect(lower: Node, upper: Node) -> None:
    """Exchange key cards (as after a phone call) and make `upper` the upstream of `lower`."""
    keyring.trust_card_file(lower.db, upper.card(), actor=ADMIN)
    if lower.db.installation().upstream_code != upper.unit_code:
        keyring.set_upstream(lower.db, upper.unit_code, actor=ADMIN)
    keyring.trust_card_file(upper.db, lower.card(), actor=ADMIN)


def second_installation(node: Node, folder: Path) -> Node:
    """Another installation of the same unit, set up from a backup of `node` (new id and keys)."""
    folder.mkdir(parents=True, exist_ok=True)
    keys = KeyPairs.generate()
    change = ("UPDATE installation SET site_id = :site, signing_key = :signing, encryption_key = :encryption",
              {"site": str(uuid.uuid4()), "signing": keys.signing_private, "encryption": keys.encryption_private})
    if databases.ON_POSTGRES:
        node.db.dispose()  # a template database may have no open connection
        url = databases.copy_of(make_url(node.location).database)
        copy = open_database(url)
        with copy.engine.begin() as connection:
            connection.execute(text(change[0]), change[1])
            connection.execute(text("DELETE FROM trusted_keys"))
        return Node(f"{node.name}-2", folder / f"{node.name}-2.sqlite3", copy, url)
    target = node.db.backup_to(folder / f"{node.name}-2.sqlite3")
    connection = raw_db.connect(target)
    connection.execute(change[0], change[1])
    connection.execute("DELETE FROM trusted_keys")
    connection.commit()
    connection.close()
    return Node(f"{node.name}-2", target, open_database(target))


def add_cooperative(node: Node, name: str = "Hợp tác xã Chè Khau Phạ", unit: str | None = None):  # type: ignore[no-untyped-def]
    return cooperatives.create(node.db, CooperativeData(name=name, unit_code=unit or node.unit_code), actor=ADMIN)


def add_person(node: Node, name: str = "Lộc Thị Hoa", **extra):  # type: ignore[no-untyped-def]
    return people.create(node.db, PersonData(full_name=name, unit_code=node.unit_code, **extra), actor=ADMIN)


def snapshot(node: Node) -> str:
    """A digest of everything in the database: equal digests, identical databases. (On SQLite,
    read from the file itself, so it also works on a file no `Database` has open.)"""
    if databases.ON_POSTGRES:
        return databases.digest(node.db.engine)
    connection = raw_db.connect(node.path)
    try:
        digest = hashlib.sha256()
        for line in connection.iterdump():
            digest.update(line.encode("utf-8"))
        return digest.hexdigest()
    finally:
        connection.close()


def synced_rows(node: Node) -> dict[str, list[tuple]]:
    """Every synced row (all columns), sorted: what "the same database" means after sync."""
    connection = raw_db.connect(node.path)
    try:
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in synced_tables()}
    finally:
        connection.close()


# -- files crafted by a trusted sender: signed with its real key, encrypted to the real receiver --

def _encryption_public(node: Node) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(node.db.installation().encryption_key).public_key().public_bytes_raw()


def payload_lines(path: Path, receiver: Node) -> list:
    """The JSON values of a sync file's payload, opened with the receiver's key."""
    import json
    import zipfile
    import zlib

    from htx_desktop.sync import crypto
    from htx_desktop.sync.format import hpke_info

    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        sealed = archive.read("payload.bin")
    info = hpke_info(manifest["sender"]["site_id"], manifest["receiver"]["site_id"], manifest["file_id"],
                     manifest["sequence"])
    plain = zlib.decompress(crypto.open_sealed(receiver.db.installation().encryption_key, sealed, info))
    return [json.loads(line) for line in plain.decode("utf-8").splitlines()]


def encode_lines(lines: list) -> bytes:
    """JSON Lines as the writer makes them (non-ASCII kept, lone surrogates escaped)."""
    import json

    return b"".join(json.dumps(line, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"
                    for line in lines)


def forge(template: Path, sender: Node, receiver: Node, *, lines: list | None = None, plain: bytes | None = None,
          compressed: bytes | None = None, plain_size: int | None = None, edit=None,  # type: ignore[no-untyped-def]
          name: str = "forged.htxsync") -> Path:
    """A sync file like `template` (an export of `sender`), with its payload replaced by `lines`
    (or raw `plain` bytes, or an already `compressed` stream of `plain_size` bytes) and its
    manifest edited by `edit`, then encrypted to `receiver` and signed with `sender`'s real key,
    exactly as a trusted installation running altered code could."""
    import json
    import zipfile
    import zlib
    from collections import Counter

    from htx_desktop.sync import container, crypto
    from htx_desktop.sync.format import hpke_info

    with zipfile.ZipFile(template) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    if lines is not None:
        plain = encode_lines(lines)
        table, counts = None, Counter()
        for line in lines[1:]:
            if isinstance(line, dict):
                table = line.get("table") if isinstance(line.get("table"), str) else None
                counts.setdefault(table, 0)
            else:
                counts[table] += 1
        manifest["counts"] = {name: count for name, count in counts.items() if count and name is not None}
    if compressed is None:
        assert plain is not None
        compressed, plain_size = zlib.compress(plain), len(plain)
    manifest["payload"]["plain_size"] = plain_size
    if edit is not None:
        edit(manifest)
    info = hpke_info(manifest["sender"]["site_id"], manifest["receiver"]["site_id"], manifest["file_id"],
                     manifest["sequence"])
    sealed = crypto.seal(_encryption_public(receiver), compressed, info)
    manifest["payload"]["size"] = len(sealed)
    manifest["payload"]["sha256"] = crypto.sha256_hex(sealed)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    signature = crypto.sign(sender.db.installation().signing_key, manifest_bytes)
    target = template.parent / name
    target.write_bytes(container.pack({"manifest.json": manifest_bytes, "manifest.sig": signature,
                                       "payload.bin": sealed}))
    return target


def section_rows(lines: list, table: str) -> tuple[list[str], list[list]]:
    """The columns and rows (lists, editable in place) of one table in payload `lines`."""
    columns, rows, inside = [], [], False
    for line in lines[1:]:
        if isinstance(line, dict):
            inside = line.get("table") == table
            if inside:
                columns = line["columns"]
        elif inside:
            rows.append(line)
    return columns, rows


# -- many records, written fast; the state of a database file --

FAMILY = ["Nguyễn", "Hoàng", "Nông", "Lộc", "Hà", "Lương", "Vi", "Triệu"]
GIVEN = ["Thị Hoa", "Thị Mai", "Thị Lan", "Thị Hạnh", "Văn Minh", "Thị Thu", "Thị Nga", "Thị Duyên"]


def fill_with_people(node, count: int) -> None:  # type: ignore[no-untyped-def]
    """`count` people of the commune, stamped as this installation would stamp them.

    Written with sqlite3 in SQLAlchemy's storage forms (UUID as 32 hex digits, times as text),
    because going through the ORM would take longer than the test itself.
    """
    me = node.db.installation()
    node.db.dispose()
    clock = HybridClock(me.clock)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    family = [(name, search_key(name)) for name in FAMILY]
    given = [(name, search_key(name)) for name in GIVEN]
    rows = []
    for number in range(count):
        (last, last_key), (first, first_key) = family[number % 8], given[(number // 8) % 8]
        rows.append((uuid.uuid4().hex, me.site_id, me.unit_code, clock.tick(), now, now, 0,
                     f"{last} {first} {number}", f"{last_key} {first_key} {number}", 1950 + number % 55,
                     "female", "Tày", f"020{number:09d}", me.unit_code, "Thôn Nà Lầm",
                     "ethnic_minority" if number % 3 else ""))
    connection = raw_db.connect(node.path)
    with connection:
        connection.executemany(
            "INSERT INTO people (id, site_id, owner_unit, version, created_at, updated_at, deleted, full_name,"
            " name_key, birth_year, sex, ethnicity, national_id, unit_code, address, priority_groups)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.execute("UPDATE installation SET clock = ?", (clock.last,))
    connection.close()


def counts_and_integrity(path) -> tuple[dict[str, int], str]:  # type: ignore[no-untyped-def]
    connection = raw_db.connect(path)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
        return counts, connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def tell(config: pytest.Config, text: str) -> None:
    """A line on the test run's terminal even when output is captured (counts of fuzzing, kills)."""
    capture = config.pluginmanager.get_plugin("capturemanager")
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if capture is None or reporter is None:
        print(text)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(text)
