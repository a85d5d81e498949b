"""Sync imports read, decide and write a file a chunk of rows at a time (issue 14): cut into
chunks of two rows, a file imports exactly as in one piece, and a refusal in its last chunk
undoes the chunks written before it."""

from __future__ import annotations

from pathlib import Path

import pytest
import raw_db
from databases import sqlite_only
from sync_helpers import (
    add_cooperative,
    add_person,
    connect,
    dispose,
    forge,
    make_nodes,
    payload_lines,
    section_rows,
    snapshot,
    sync_templates,  # noqa: F401  (fixture)
    synced_rows,
    Node,
)

from htx_desktop.domain.records import PersonData
from htx_desktop.services import people
from htx_desktop.services.list_source import ListFilters
from htx_desktop.services.listing import SOURCES
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import Person
from htx_desktop.sync import apply, conflicts, payload, receipts, service
from htx_desktop.sync.errors import SyncRefused
from actors import ADMIN


@pytest.fixture
def nodes(tmp_path, sync_templates):  # noqa: F811
    made = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    connect(made["xa"], made["tinh"])
    yield made
    dispose(made)


def export(node: Node, tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    return service.export_file(node.db, folder, actor=ADMIN).path


def copy_of(node: Node, name: str) -> Node:
    target = node.db.backup_to(node.path.parent / f"{name}.sqlite3")
    return Node(name, target, open_database(target))


def audit_trail(node: Node) -> list[tuple]:
    connection = raw_db.connect(node.path)
    try:
        return sorted(connection.execute("SELECT username, action, table_name, row_id, changes FROM audit_entries"))
    finally:
        connection.close()


def conflict_log(node: Node) -> list[tuple]:
    return sorted((c.table_name, c.row_id, c.kind, c.winner_site, c.winner_version, c.loser_site, c.loser_version,
                   str(sorted(c.loser_data.items()))) for c in conflicts.all_conflicts(node.db, show_sensitive=True))


def written_chunks(monkeypatch) -> list[tuple[str, int]]:
    """(table, rows) of each chunk the import writes, in order."""
    seen: list[tuple[str, int]] = []
    write = apply.ChunkWriter.write

    def counting(self, plan):  # type: ignore[no-untyped-def]
        seen.append((plan.table.name, len(plan.inserts) + len(plan.updates)))
        return write(self, plan)

    monkeypatch.setattr(apply.ChunkWriter, "write", counting)
    return seen


@sqlite_only  # it compares with a SQLite backup of the province; the chunked merge runs on PostgreSQL below
def test_file_in_chunks_of_two_imports_as_in_one_piece_with_its_conflict_and_tombstone(nodes, tmp_path,
                                                                                       monkeypatch):
    xa, tinh = nodes["xa"], nodes["tinh"]
    first = [add_person(xa, f"Hoàng Thị Mai {n}") for n in range(4)]
    service.import_file(tinh.db, export(xa, tmp_path), actor=ADMIN)
    receipt = receipts.write_receipt(tinh.db, xa.site_id, tmp_path / "usb", actor=ADMIN)
    receipts.import_receipt(xa.db, receipt.path, actor=ADMIN)  # the next file holds only what is new
    # The province corrects one person, the commune too (later: it wins); the commune deletes
    # another and adds three. The file lists rows by version: two new people, then the changed
    # and the deleted one (the second chunk), then the last new person.
    people.update(tinh.db, first[1], PersonData(full_name="Hoàng Thị Mai (tỉnh sửa)", unit_code="06046"), actor=ADMIN)
    added = [add_person(xa, f"Lộc Thị Hoa {n}") for n in range(2)]
    people.update(xa.db, first[1], PersonData(full_name="Hoàng Thị Mai (xã sửa)", unit_code="06046"), actor=ADMIN)
    people.delete(xa.db, first[2], actor=ADMIN)
    added.append(add_person(xa, "Lộc Thị Hoa 2"))
    path = export(xa, tmp_path)
    whole = copy_of(tinh, "tinh-whole")
    try:
        in_one = service.import_file(whole.db, path, actor=ADMIN)

        monkeypatch.setattr(payload, "CHUNK_ROWS", 2)
        chunks = written_chunks(monkeypatch)
        previewed = service.preview_file(tinh.db, path, actor=ADMIN)
        in_chunks = service.import_file(tinh.db, path, actor=ADMIN)

        assert chunks == [("people", 2), ("people", 2), ("people", 1)]
        assert in_chunks.tables == previewed.tables == in_one.tables == {
            "people": {"new": 3, "changed": 2, "unchanged": 0, "rejected": 0, "conflicts": 1}}
        assert synced_rows(tinh) == synced_rows(whole)
        assert audit_trail(tinh) == audit_trail(whole)
        assert conflict_log(tinh) == conflict_log(whole)
        [conflict] = conflicts.pending_conflicts(tinh.db)
        assert conflict.loser_data["full_name"] == "Hoàng Thị Mai (tỉnh sửa)" and conflict.loser_site == tinh.site_id
        with tinh.db.read() as session:  # the search index follows the rows changed in a later part
            assert SOURCES["people"].ids(session, ListFilters("mai xa sua")) == [first[1]]
            assert SOURCES["people"].ids(session, ListFilters("mai tinh sua")) == []
            assert session.get(Person, first[1]).full_name == "Hoàng Thị Mai (xã sửa)"
            assert session.get(Person, first[2]).deleted
            assert all(session.get(Person, person_id) is not None for person_id in added)
    finally:
        whole.db.dispose()


def test_refusal_in_the_last_chunk_undoes_the_chunks_written_before_it(nodes, tmp_path, monkeypatch):
    xa, tinh = nodes["xa"], nodes["tinh"]
    for n in range(7):
        add_person(xa, f"Nông Thị Lan {n}")
    template = export(xa, tmp_path)
    lines = payload_lines(template, tinh)
    columns, rows = section_rows(lines, "people")
    rows[-1][columns.index("owner_unit")] = "06040"  # Xã Thất Khê: not a unit the sender speaks for
    path = forge(template, xa, tinh, lines=lines)
    monkeypatch.setattr(payload, "CHUNK_ROWS", 2)
    chunks = written_chunks(monkeypatch)
    tinh.db.dispose()
    before = snapshot(tinh)

    with pytest.raises(SyncRefused) as caught:
        service.import_file(tinh.db, path, actor=ADMIN)

    assert caught.value.reason == "not_owned"
    assert chunks == [("people", 2), ("people", 2), ("people", 2)]  # written, then undone
    tinh.db.dispose()
    assert snapshot(tinh) == before


def test_tables_out_of_the_documented_order_are_refused(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    add_cooperative(xa)
    add_person(xa)
    template = export(xa, tmp_path)
    lines = payload_lines(template, tinh)
    cooperatives_at = next(i for i, line in enumerate(lines) if isinstance(line, dict) and line.get("table") == "cooperatives")
    people_at = next(i for i, line in enumerate(lines) if isinstance(line, dict) and line.get("table") == "people")
    assert cooperatives_at < people_at
    # people first, then cooperatives
    reordered = [lines[0], *lines[people_at:people_at + 2], *lines[cooperatives_at:cooperatives_at + 2]]
    path = forge(template, xa, tinh, lines=reordered)
    tinh.db.dispose()
    before = snapshot(tinh)

    with pytest.raises(SyncRefused) as caught:
        service.import_file(tinh.db, path, actor=ADMIN)

    assert caught.value.reason == "damaged"
    assert "out of order" in caught.value.message
    tinh.db.dispose()
    assert snapshot(tinh) == before
