"""An imported list is written in bulk: its rows must still carry this installation's stamps (own
versions from the clock, site, owner, times), one audit entry each, and travel in sync files."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sync_helpers import add_person, connect, dispose, make_nodes, sync_templates  # noqa: F401  (fixture)

from actors import ADMIN
from htx_desktop import imports
from htx_desktop.imports import service as import_service, table
from htx_desktop.security.access import Actor
from htx_desktop.services import people
from htx_desktop.domain.records import PersonData
from htx_desktop.storage.models import AuditEntry, Person
from htx_desktop.sync import service
from htx_desktop.text import search_key
from import_files import PEOPLE_HEADERS, workbook

NAMES = ["Hoàng Thị Mai", "Nông Thị Lan", "Vi Thị Hạnh", "Lương Thị Yến", "Triệu Thị Ánh", "Mã Thị Duyên",
         "Đinh Thị Nguyệt"]


@pytest.fixture
def nodes(tmp_path, sync_templates):  # noqa: F811
    made = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    yield made
    dispose(made)


def stored(node) -> dict:
    with node.db.read() as session:
        return {row.id: row for row in session.scalars(select(Person))}


def test_an_imported_list_is_stamped_audited_and_travels_with_its_versions(nodes, tmp_path, monkeypatch):
    monkeypatch.setattr(import_service, "BATCH", 3)  # several batches in the one transaction
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    existing = add_person(xa, "Lộc Thị Hoa", birth_year=1980)
    clock_before = xa.db.installation().clock
    rows = [PEOPLE_HEADERS] + [[n, name, 1980 + n, f"0201{80 + n}{n:06d}", "Nữ", None, None]
                               for n, name in enumerate(NAMES, start=1)]
    rows.append([8, "Lộc Thị Hoa", 1980, None, "Nữ", "Tày", None])  # the person already kept: updated
    kind = imports.kind("people")
    sheet = table.read(workbook(tmp_path / "ds.xlsx", rows), kind)
    result = imports.run(xa.db, ADMIN, kind, sheet, sheet.fields, default_unit="06046", write=True)
    assert (result.count("create"), result.count("update")) == (7, 1)

    found = stored(xa)
    assert sorted(row.full_name for row in found.values()) == sorted(NAMES + ["Lộc Thị Hoa"])
    versions = [row.version for row in found.values()]
    assert len(set(versions)) == 8 and min(versions) > clock_before  # each write its own, newer version
    assert xa.db.installation().clock == max(versions)  # the clock kept for the next write
    assert {(row.site_id, row.owner_unit, row.deleted) for row in found.values()} == {(xa.site_id, "06046", False)}
    assert found[existing].ethnicity == "Tày"
    new = [row for row in found.values() if row.id != existing]
    assert all(row.created_at == row.updated_at and row.name_key == search_key(row.full_name) for row in new)
    with xa.db.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    actions = {row_id: [entry.action for entry in entries if entry.row_id == str(row_id)] for row_id in found}
    assert actions == {row_id: ["insert", "update"] if row_id == existing else ["insert"] for row_id in found}
    audits = {entry.row_id: entry for entry in entries}  # the last entry of each row
    assert {entry.username for entry in audits.values()} == {"admin"}
    first = json.loads(audits[str(new[0].id)].changes)
    assert first["full_name"] == [None, new[0].full_name] and first["national_id"] == [None, "***"]

    exported = service.export_file(xa.db, tmp_path, actor=ADMIN)
    assert exported.counts["people"] == 8
    report = service.import_file(tinh.db, exported.path, actor=Actor("canbo_tinh", "admin"))
    assert report.status == "imported" and report.total("new") == 8
    copies = stored(tinh)
    assert {row_id: (row.version, row.site_id, row.full_name, row.national_id) for row_id, row in copies.items()} == \
        {row_id: (row.version, row.site_id, row.full_name, row.national_id) for row_id, row in found.items()}

    # A form's edit after the import is newer than all of it, so it travels next time.
    people.update(xa.db, new[0].id, PersonData(full_name=new[0].full_name, unit_code="06046", birth_year=1970), ADMIN)
    assert stored(xa)[new[0].id].version > max(versions)
