"""Sync files travelling commune → district → province, receipts, reference data going down."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select
from sync_helpers import (
    add_cooperative,
    add_person,
    connect,
    dispose,
    make_nodes,
    second_installation,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.domain.enums import UnitKind
from htx_desktop.domain.records import CooperativeData
from htx_desktop.services import cooperatives, people, stats, units
from htx_desktop.storage.models import AuditEntry, Cooperative, Person, Plan, SyncConflict, TrustedKey
from htx_desktop.sync import conflicts, keyring, receipts, service
from actors import ADMIN
from htx_desktop.security.access import Actor


@pytest.fixture
def nodes(tmp_path, sync_templates):  # noqa: F811
    made = make_nodes(tmp_path, sync_templates, "xa", "xa_that_khe", "huyen", "tinh")
    yield made
    dispose(made)


def outbox(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    return folder


def row(node, model, row_id):
    with node.db.read() as session:
        return session.get(model, row_id)


def test_commune_file_reaches_the_province_with_origin_versions_and_an_import_audit(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    cooperative_id = add_cooperative(xa)
    person_id = add_person(xa, national_id="020185001234", priority_groups=["trafficking_survivor"])
    exported = service.export_file(xa.db, outbox(tmp_path), actor=ADMIN)
    assert exported.path.name.startswith("HTX_06046_xa-trang-dinh_gui-20_")
    assert exported.path.name.endswith(f"_so-0001_may-{xa.site_id[:4]}.htxsync")
    assert exported.counts == {"cooperatives": 1, "people": 1}
    assert b"020185001234" not in exported.path.read_bytes()

    report = service.import_file(tinh.db, exported.path, actor=Actor("canbo_tinh", "admin"))

    assert report.status == "imported" and report.total("new") == 2
    original, copy = row(xa, Person, person_id), row(tinh, Person, person_id)
    assert (copy.site_id, copy.version, copy.owner_unit) == (original.site_id, original.version, "06046")
    assert copy.national_id == "020185001234" and copy.updated_at == original.updated_at
    assert row(tinh, Cooperative, cooperative_id).name == "Hợp tác xã Chè Khau Phạ"
    with tinh.db.read() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.row_id == str(person_id))).all()
    assert [(a.action, a.username) for a in audits] == [("import", "canbo_tinh")]
    assert json.loads(audits[0].changes)["file"] == [None, exported.path.name]
    assert tinh.db.installation().clock >= original.version  # the clock moved past what it saw


def test_round_trip_commune_to_district_to_province(nodes, tmp_path):
    xa, huyen, tinh = nodes["xa"], nodes["huyen"], nodes["tinh"]
    connect(xa, huyen)
    connect(huyen, tinh)
    cooperative_id = add_cooperative(xa)
    district_person = add_person(huyen, name="Hoàng Thị Mai")

    up = service.export_file(xa.db, outbox(tmp_path), actor=ADMIN)
    assert up.receiver_unit == "U178"
    service.import_file(huyen.db, up.path, actor=ADMIN)
    onward = service.export_file(huyen.db, outbox(tmp_path), actor=ADMIN)
    assert onward.receiver_unit == "20" and onward.counts["cooperatives"] == 1
    report = service.import_file(tinh.db, onward.path, actor=ADMIN)

    assert report.sender_unit == "U178"
    at_province = row(tinh, Cooperative, cooperative_id)
    assert at_province.site_id == xa.site_id and at_province.owner_unit == "06046"
    assert row(tinh, Person, district_person).owner_unit == "U178"


def test_two_communes_send_into_one_district(nodes, tmp_path):
    xa, that_khe, huyen = nodes["xa"], nodes["xa_that_khe"], nodes["huyen"]
    connect(xa, huyen)
    connect(that_khe, huyen)
    first = add_cooperative(xa, "Hợp tác xã Chè Khau Phạ")
    second = add_cooperative(that_khe, "Hợp tác xã Hồi Thất Khê")
    files = [service.export_file(node.db, outbox(tmp_path), actor=ADMIN).path for node in (that_khe, xa)]

    reports = [service.import_file(huyen.db, path, actor=ADMIN) for path in files]

    assert [r.sender_unit for r in reports] == ["06040", "06046"]
    assert row(huyen, Cooperative, first).owner_unit == "06046"
    assert row(huyen, Cooperative, second).owner_unit == "06040"
    assert keyring.trusted_keys(huyen.db)[0].serves  # the district knows what each commune sends


def test_receipt_makes_the_next_file_carry_only_newer_changes(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    cooperative_id = add_cooperative(xa)
    add_person(xa)
    service.import_file(tinh.db, service.export_file(xa.db, outbox(tmp_path), actor=ADMIN).path, actor=ADMIN)
    receipt = receipts.write_receipt(tinh.db, xa.site_id, outbox(tmp_path), actor=ADMIN)
    assert receipt.path.name.startswith("HTX_bien-nhan_20_cho-06046_")

    outcome = receipts.import_receipt(xa.db, receipt.path, actor=ADMIN)
    again = receipts.import_receipt(xa.db, receipt.path, actor=ADMIN)
    cooperatives.update(xa.db, cooperative_id, CooperativeData(name="HTX Chè Tràng Định", unit_code="06046"), actor=ADMIN)
    next_file = service.export_file(xa.db, outbox(tmp_path), actor=ADMIN)

    assert outcome.status == "imported" and again.status == "already_imported"
    assert next_file.sequence == 2 and next_file.counts == {"cooperatives": 1}
    assert service.import_file(tinh.db, next_file.path, actor=ADMIN).tables["cooperatives"]["changed"] == 1


def test_a_lost_file_costs_nothing_because_the_next_one_carries_its_changes(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    first_person = add_person(xa)
    lost = service.export_file(xa.db, outbox(tmp_path), actor=ADMIN)
    lost.path.unlink()  # the USB stick is lost
    second_person = add_person(xa, name="Nông Thị Hạnh")
    arrived = service.export_file(xa.db, outbox(tmp_path), actor=ADMIN)

    service.import_file(tinh.db, arrived.path, actor=ADMIN)

    assert arrived.sequence == 2
    assert row(tinh, Person, first_person) is not None and row(tinh, Person, second_person) is not None


def test_deletions_travel_as_tombstones(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    person_id = add_person(xa)
    service.import_file(tinh.db, service.export_file(xa.db, outbox(tmp_path), actor=ADMIN).path, actor=ADMIN)
    people.delete(xa.db, person_id, actor=ADMIN)
    service.import_file(tinh.db, service.export_file(xa.db, outbox(tmp_path), actor=ADMIN).path, actor=ADMIN)
    assert row(tinh, Person, person_id).deleted


def test_two_installations_of_one_commune_newer_change_wins_and_loser_is_logged(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    cooperative_id = add_cooperative(xa)
    service.import_file(tinh.db, service.export_file(xa.db, outbox(tmp_path), actor=ADMIN).path, actor=ADMIN)
    second = second_installation(xa, tmp_path / "pc2")  # a second PC set up from a backup
    connect(second, tinh)
    cooperatives.update(xa.db, cooperative_id, CooperativeData(name="HTX Chè (máy 1)", unit_code="06046"), actor=ADMIN)
    cooperatives.update(second.db, cooperative_id, CooperativeData(name="HTX Chè (máy 2)", unit_code="06046"), actor=ADMIN)
    files = [service.export_file(node.db, outbox(tmp_path), actor=ADMIN).path for node in (second, xa)]

    reports = [service.import_file(tinh.db, path, actor=ADMIN) for path in files]

    assert row(tinh, Cooperative, cooperative_id).name == "HTX Chè (máy 2)"  # written last: newer
    assert reports[1].tables["cooperatives"] == {"new": 0, "changed": 0, "unchanged": 1, "rejected": 0,
                                                 "conflicts": 1}
    losers = {c.loser_data["name"]: c for c in conflicts.pending_conflicts(tinh.db)}
    assert losers["HTX Chè (máy 1)"].loser_site == xa.site_id
    assert losers["HTX Chè (máy 1)"].winner_site == second.site_id
    second.db.dispose()


def province_edit_lost_to_the_communes(nodes, tmp_path):  # type: ignore[no-untyped-def]
    """A cooperative the province and then the commune renamed, the commune's file imported at the
    province: the province's name lost, in one pending conflict."""
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    cooperative_id = add_cooperative(xa)
    service.import_file(tinh.db, service.export_file(xa.db, outbox(tmp_path), actor=ADMIN).path, actor=ADMIN)
    cooperatives.update(tinh.db, cooperative_id, CooperativeData(name="HTX Chè (tỉnh sửa)", unit_code="06046"), actor=ADMIN)
    cooperatives.update(xa.db, cooperative_id, CooperativeData(name="HTX Chè (xã sửa)", unit_code="06046"), actor=ADMIN)
    service.import_file(tinh.db, service.export_file(xa.db, outbox(tmp_path), actor=ADMIN).path, actor=ADMIN)
    [conflict] = conflicts.pending_conflicts(tinh.db)
    return tinh, cooperative_id, conflict


def test_officer_can_restore_the_losing_version_of_a_conflict(nodes, tmp_path):
    tinh, cooperative_id, conflict = province_edit_lost_to_the_communes(nodes, tmp_path)
    assert conflict.loser_data["name"] == "HTX Chè (tỉnh sửa)"

    conflicts.resolve_conflict(tinh.db, conflict.id, restore=True, actor=Actor("canbo_tinh", "admin"))

    restored = row(tinh, Cooperative, cooperative_id)
    assert restored.name == "HTX Chè (tỉnh sửa)" and restored.site_id == tinh.site_id
    assert conflicts.pending_conflicts(tinh.db) == []
    assert conflicts.all_conflicts(tinh.db)[0].resolution == "restored"


def test_restoring_the_loser_of_a_conflict_is_refused_once_the_record_changed_again_since(nodes, tmp_path):
    from htx_desktop.errors import ChangedSinceLoaded

    tinh, cooperative_id, conflict = province_edit_lost_to_the_communes(nodes, tmp_path)
    # Before anyone reviews the conflict, an officer of the province corrects the record again.
    shown = cooperatives.load(tinh.db, cooperative_id)
    cooperatives.update(tinh.db, cooperative_id, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"),
                        actor=Actor("lan", "admin"), expected=shown.version)

    with pytest.raises(ChangedSinceLoaded) as refused:
        conflicts.resolve_conflict(tinh.db, conflict.id, restore=True, actor=Actor("canbo_tinh", "admin"))

    assert refused.value.changed_by == "lan"
    assert row(tinh, Cooperative, cooperative_id).name == "HTX Chè Bản Piềng"  # the later change stays
    assert [pending.id for pending in conflicts.pending_conflicts(tinh.db)] == [conflict.id]
    conflicts.resolve_conflict(tinh.db, conflict.id, actor=Actor("canbo_tinh", "admin"))  # kept: still possible
    assert conflicts.pending_conflicts(tinh.db) == []


def test_conflict_log_masks_national_ids_unless_asked(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    person_id = add_person(xa, national_id="020185001234")
    service.import_file(tinh.db, service.export_file(xa.db, outbox(tmp_path), actor=ADMIN).path, actor=ADMIN)
    with tinh.db.system_transaction() as session:
        session.get(Person, person_id).phone = "0912345678"
    with xa.db.system_transaction() as session:
        session.get(Person, person_id).address = "Thôn Nà Lầm"
    service.import_file(tinh.db, service.export_file(xa.db, outbox(tmp_path), actor=ADMIN).path, actor=ADMIN)
    [masked] = conflicts.pending_conflicts(tinh.db)
    [shown] = conflicts.pending_conflicts(tinh.db, show_sensitive=True)
    assert masked.loser_data["national_id"] == "***" and shown.loser_data["national_id"] == "020185001234"


def test_province_sends_plans_units_and_a_revocation_down_to_the_district(nodes, tmp_path):
    xa, huyen, tinh = nodes["xa"], nodes["huyen"], nodes["tinh"]
    connect(huyen, tinh)
    keyring.trust_card_file(tinh.db, xa.card(), actor=ADMIN)  # the province also knows the commune's key
    with tinh.db.system_transaction() as session:
        plan = Plan(code="LS-2030", name="Kế hoạch thực hiện Đề án 01 tỉnh Lạng Sơn", unit_code="20",
                    issued_on=date(2023, 5, 4))
        session.add(plan)
        session.flush()
        plan_id = plan.id
        old_commune = units.add_unit(session, "Xã Đề Thám (cũ)", UnitKind.COMMUNE, parent_code="U178",
                                     current_code="06046", old_code="06052")
    keyring.revoke_key(tinh.db, xa.site_id, "máy tính xã bị mất", actor=ADMIN)

    down = service.export_file(tinh.db, outbox(tmp_path), down_to="U178", actor=ADMIN)
    report = service.import_file(huyen.db, down.path, actor=ADMIN)

    assert down.direction == "down" and report.tables["plans"]["new"] == 1
    assert row(huyen, Plan, plan_id).name.startswith("Kế hoạch")
    assert report.tables["units"]["new"] == 1
    with huyen.db.read() as session:
        assert units.unit_info(session, old_commune.code).current_code == "06046"
    with huyen.db.read() as session:
        passed = session.scalar(select(TrustedKey).where(TrustedKey.site_id == xa.site_id))
    assert passed is None  # a revoked key is never added


def test_down_file_revokes_a_key_the_district_trusted(nodes, tmp_path):
    xa, huyen, tinh = nodes["xa"], nodes["huyen"], nodes["tinh"]
    connect(huyen, tinh)
    card = xa.card()
    keyring.trust_card_file(tinh.db, card, actor=ADMIN)
    keyring.trust_card_file(huyen.db, card, actor=ADMIN)
    keyring.revoke_key(tinh.db, "06046", "máy tính xã bị mất", actor=ADMIN)

    report = service.import_file(huyen.db, service.export_file(tinh.db, outbox(tmp_path), down_to="U178", actor=ADMIN).path, actor=ADMIN)

    assert report.tables["trusted_keys"]["changed"] == 1
    [key] = [k for k in keyring.trusted_keys(huyen.db) if k.site_id == xa.site_id]
    assert key.revoked_at is not None and key.revoked_reason == "máy tính xã bị mất"


def test_history_lists_files_sent_and_received(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    add_person(xa)
    exported = service.export_file(xa.db, outbox(tmp_path), actor=ADMIN)
    service.import_file(tinh.db, exported.path, actor=ADMIN)
    receipts.import_receipt(xa.db, receipts.write_receipt(tinh.db, "06046", outbox(tmp_path), actor=ADMIN).path, actor=ADMIN)
    sent = service.history(xa.db)
    received = service.history(tinh.db)
    assert [(e.direction, e.kind) for e in sent] == [("received", "receipt"), ("sent", "changes")]
    assert [(e.direction, e.kind) for e in received] == [("sent", "receipt"), ("received", "changes")]
    assert received[1].file_name == exported.path.name and received[1].counts["people"]["new"] == 1
    assert [p.unit_code for p in keyring.peers(tinh.db)] == ["06046"]


def test_import_folder_takes_each_senders_files_in_order_and_reports_each(nodes, tmp_path):
    xa, that_khe, tinh = nodes["xa"], nodes["xa_that_khe"], nodes["tinh"]
    connect(xa, tinh)
    connect(that_khe, tinh)
    folder = outbox(tmp_path)
    add_person(xa)
    service.export_file(xa.db, folder, actor=ADMIN)
    add_person(xa, name="Nông Thị Hạnh")
    service.export_file(xa.db, folder, actor=ADMIN)
    add_cooperative(that_khe)
    service.export_file(that_khe.db, folder, actor=ADMIN)
    (folder / "ghi-chu.txt").write_text("không phải tệp đồng bộ")
    steps = []

    items = service.import_folder(tinh.db, folder, progress=lambda phase, done, total: steps.append((done, total)), actor=ADMIN)

    assert [item.error for item in items] == [None, None, None]
    sequences = [(item.report.sender_unit, item.report.sequence) for item in items]
    assert sequences.index(("06046", 1)) < sequences.index(("06046", 2))
    assert steps[-1] == (3, 3)
    with tinh.db.read() as session:
        assert stats.row_counts(session)["people"] == 2


def test_pending_conflicts_start_empty_and_unknown_conflict_is_not_found(nodes):
    from htx_desktop.errors import NotFound

    assert conflicts.pending_conflicts(nodes["tinh"].db) == []
    with pytest.raises(NotFound):
        conflicts.resolve_conflict(nodes["tinh"].db, 42, actor=ADMIN)
    with nodes["tinh"].db.read() as session:
        assert session.scalars(select(SyncConflict)).all() == []
    assert uuid.UUID(nodes["tinh"].site_id)
