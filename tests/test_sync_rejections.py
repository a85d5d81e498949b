"""Every reason to refuse a sync file: a clear message naming the file, and the database unchanged."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from databases import sqlite_only
from sync_helpers import (
    add_cooperative,
    add_person,
    connect,
    dispose,
    make_nodes,
    second_installation,
    snapshot,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.domain.records import PostData
from htx_desktop.services import cooperatives
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import Cooperative, SyncPeer
from htx_desktop.sync import container, crypto, keyring, scope, service
from htx_desktop.sync.errors import SyncRefused
from actors import ADMIN


@pytest.fixture
def nodes(tmp_path, sync_templates):  # noqa: F811
    made = make_nodes(tmp_path, sync_templates, "xa", "xa_that_khe", "tinh")
    yield made
    dispose(made)


@pytest.fixture
def linked(nodes):
    connect(nodes["xa"], nodes["tinh"])
    add_cooperative(nodes["xa"])
    add_person(nodes["xa"], national_id="020185001234")
    return nodes


def export(node, tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    return service.export_file(node.db, folder, actor=ADMIN).path


def entries_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def resigned(path: Path, sender, edit) -> Path:  # type: ignore[no-untyped-def]
    """The file with its manifest edited and signed again with the sender's real key."""
    entries = entries_of(path)
    manifest = json.loads(entries["manifest.json"])
    edit(manifest)
    entries["manifest.json"] = json.dumps(manifest).encode("utf-8")
    entries["manifest.sig"] = crypto.sign(sender.db.installation().signing_key, entries["manifest.json"])
    target = path.with_name("forged-" + path.name)
    target.write_bytes(container.pack(entries))
    return target


def refused(node, path: Path, *phrases: str) -> SyncRefused:
    """Import must fail with a message naming the file and each phrase, leaving the database as it was."""
    before = snapshot(node)
    with pytest.raises(SyncRefused) as caught:
        service.import_file(node.db, path, actor=ADMIN)
    with pytest.raises(SyncRefused):
        service.preview_file(node.db, path, actor=ADMIN)
    assert snapshot(node) == before
    message = caught.value.message
    assert path.name in message and message.startswith("Không nhập tệp đồng bộ")
    for phrase in phrases:
        assert phrase in message, message
    return caught.value


def test_import_rejects_file_signed_by_unknown_commune(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    keyring.trust_card_file(xa.db, tinh.card(), actor=ADMIN)  # the commune trusts the province, not the reverse
    add_person(xa)
    error = refused(tinh, export(xa, tmp_path), "Xã Tràng Định (06046)", "chưa được tin cậy", "keys trust")
    assert error.reason == "unknown_sender"


def test_import_rejects_file_of_a_revoked_key(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    path = export(xa, tmp_path)
    keyring.revoke_key(tinh.db, "06046", "máy tính bị mất cắp", actor=ADMIN)
    assert refused(tinh, path, "đã bị thu hồi", "máy tính bị mất cắp").reason == "revoked_sender"


def test_import_rejects_file_whose_manifest_was_altered_after_signing(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    path = export(xa, tmp_path)
    entries = entries_of(path)
    entries["manifest.json"] = entries["manifest.json"].replace(b'"sequence": 1', b'"sequence": 9')
    forged = path.with_name("sua-" + path.name)
    forged.write_bytes(container.pack(entries))
    assert refused(tinh, forged, "chữ ký số không đúng").reason == "bad_signature"


def test_import_rejects_file_made_for_another_installation(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    other_province_pc = second_installation(tinh, tmp_path / "pc2")
    try:
        keyring.trust_card_file(other_province_pc.db, xa.card(), actor=ADMIN)
        path = export(xa, tmp_path)  # encrypted to the first province PC
        error = refused(other_province_pc, path, "gửi cho đơn vị Tỉnh Lạng Sơn (20)", tinh.site_id)
        assert error.reason == "wrong_receiver"
    finally:
        other_province_pc.db.dispose()


def test_import_rejects_an_older_file_after_a_newer_one(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    older = export(xa, tmp_path)
    add_person(xa, name="Nông Thị Hạnh")
    service.import_file(tinh.db, export(xa, tmp_path), actor=ADMIN)
    assert refused(tinh, older, "tệp số 1", "cũ hơn tệp số 2").reason == "older"


@sqlite_only  # a commune restoring a backup: communes are on SQLite
def test_import_rejects_a_different_file_reusing_a_sequence_number(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    backup = xa.db.backup_to(tmp_path / "backup" / "xa.sqlite3")
    service.import_file(tinh.db, export(xa, tmp_path), actor=ADMIN)
    restored = open_database(backup)  # the commune restored an old backup and exported again
    try:
        with restored.system_transaction() as session:
            session.add(Cooperative(name="HTX Mới", name_key="htx moi", unit_code="06046", kind="cooperative"))
        folder = tmp_path / "usb2"
        folder.mkdir()
        reused = service.export_file(restored, folder, actor=ADMIN)
    finally:
        restored.dispose()
    assert reused.sequence == 1
    error = refused(tinh, reused.path, "tệp số 1", "nội dung khác", "dùng lại số thứ tự")
    assert error.reason == "replayed"


def test_importing_the_same_file_twice_is_a_harmless_no_op(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    path = export(xa, tmp_path)
    service.import_file(tinh.db, path, actor=ADMIN)
    before = snapshot(tinh)
    report = service.import_file(tinh.db, path, actor=ADMIN)
    assert report.status == "already_imported" and snapshot(tinh) == before


def test_import_rejects_a_truncated_file(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    path = export(xa, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert refused(tinh, path, "bị cắt cụt").reason == "truncated"


def test_import_rejects_a_file_with_a_damaged_byte(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    path = export(xa, tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert refused(tinh, path, "bị hỏng").reason == "damaged"


def test_import_rejects_a_payload_swapped_for_another(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    path = export(xa, tmp_path)
    entries = entries_of(path)
    entries["payload.bin"] = bytes(len(entries["payload.bin"]))  # valid ZIP, wrong contents
    path.write_bytes(container.pack(entries))
    assert refused(tinh, path, "bị hỏng", "SHA-256").reason == "damaged"


@pytest.mark.parametrize("evil", ["../../payload.bin", "/etc/payload.bin", "C:payload.bin", "sub\\payload.bin"])
def test_import_rejects_path_tricks_inside_the_container(linked, tmp_path, evil):
    xa, tinh = linked["xa"], linked["tinh"]
    entries = entries_of(export(xa, tmp_path))
    entries[evil] = entries.pop("payload.bin")
    path = write_zip(tmp_path / "meo.htxsync", entries)
    assert refused(tinh, path, "tên nguy hiểm").reason == "path_trick"


def test_import_rejects_an_oversized_entry_before_reading_it(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    entries = entries_of(export(xa, tmp_path))
    entries["manifest.json"] = entries["manifest.json"] + b" " * (100 * 1024)
    path = write_zip(tmp_path / "to.htxsync", entries)
    assert refused(tinh, path, "manifest.json", "quá lớn").reason == "oversized"


def test_import_rejects_a_payload_claiming_to_inflate_beyond_the_limit(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    forged = resigned(export(xa, tmp_path), xa, lambda m: m["payload"].update(plain_size=5 * 1024**3))
    assert refused(tinh, forged, "quá lớn").reason == "oversized"


def test_import_rejects_an_extra_entry(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    entries = entries_of(export(xa, tmp_path))
    entries["readme.exe"] = b"MZ"
    path = write_zip(tmp_path / "them.htxsync", entries)
    assert refused(tinh, path, "mục lạ", "readme.exe").reason == "unexpected_entry"


def test_import_rejects_an_unknown_format_version(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    forged = resigned(export(xa, tmp_path), xa, lambda m: m.update(format_version=2))
    assert refused(tinh, forged, "phiên bản 2", "cập nhật chương trình").reason == "format_version"


def test_import_rejects_records_of_a_unit_the_sender_does_not_own(linked, tmp_path, monkeypatch):
    xa, tinh = linked["xa"], linked["tinh"]
    with xa.db.system_transaction() as session:  # a record of Xã Thất Khê slipped into Tràng Định's data
        session.add(Cooperative(name="HTX Thất Khê", name_key="htx that khe", unit_code="06040",
                                             kind="cooperative", owner_unit="06040"))
    real = scope.own_served
    monkeypatch.setattr(scope, "own_served", lambda session, me: real(session, me) | {"06040"})
    path = export(xa, tmp_path)
    assert refused(tinh, path, "“06040”", "Xã Tràng Định không quản lý").reason == "not_owned"


def test_import_rejects_records_pointing_at_records_nobody_sent(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    person_id = add_person(xa, name="Hoàng Thị Mai")
    cooperative_id = add_cooperative(xa, "HTX Rau Nà Lầm")
    export(xa, tmp_path).unlink()  # a file the province never got
    with xa.db.system_transaction() as session:  # as if the province had confirmed both (it lost them since)
        peer = session.query(SyncPeer).one()
        peer.acknowledged = json.dumps({xa.site_id: xa.db.installation().clock})
    cooperatives.add_post(xa.db, PostData(person_id=person_id, cooperative_id=cooperative_id, role="director"), actor=ADMIN)
    path = export(xa, tmp_path)
    assert refused(tinh, path, "Chức vụ quản lý", "không có trong tệp").reason == "missing_reference"


def test_import_rejects_something_that_is_not_a_sync_file(linked, tmp_path):
    path = tmp_path / "bao-cao.htxsync"
    path.write_text("Báo cáo sơ kết", encoding="utf-8")
    assert refused(linked["tinh"], path, "không phải tệp").reason == "not_sync_file"


def test_import_rejects_a_file_this_installation_wrote_itself(linked, tmp_path):
    xa = linked["xa"]
    assert refused(xa, export(xa, tmp_path), "chính cài đặt này").reason == "own_file"


def test_import_rejects_a_missing_file(linked, tmp_path):
    assert refused(linked["tinh"], tmp_path / "khong-co.htxsync", "không tìm thấy").reason == "missing"


def test_refusal_is_in_english_when_asked(linked, tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_LANG", "en")
    path = tmp_path / "x.htxsync"
    path.write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(SyncRefused, match=r"Sync file “x.htxsync” refused: the file is truncated"):
        service.import_file(linked["tinh"].db, path, actor=ADMIN)


def test_import_rejects_a_file_missing_its_last_bytes(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    path = export(xa, tmp_path)
    path.write_bytes(path.read_bytes()[:-10])
    assert refused(tinh, path, "bị cắt cụt").reason == "truncated"


def test_a_receipt_given_as_a_sync_file_is_named_for_what_it_is_not(linked, tmp_path):
    xa, tinh = linked["xa"], linked["tinh"]
    service.import_file(tinh.db, export(xa, tmp_path), actor=ADMIN)
    from htx_desktop.sync import receipts

    receipt = receipts.write_receipt(tinh.db, "06046", tmp_path, actor=ADMIN).path
    assert refused(xa, receipt, "không phải tệp").reason == "not_sync_file"


def test_district_records_refused_until_its_new_card_lists_the_commune(tmp_path, sync_templates):  # noqa: F811
    nodes = make_nodes(tmp_path, sync_templates, "xa", "huyen", "tinh")
    xa, huyen, tinh = nodes["xa"], nodes["huyen"], nodes["tinh"]
    try:
        connect(huyen, tinh)  # the province trusted the district before it had communes
        connect(xa, huyen)
        add_person(xa)
        service.import_file(huyen.db, export(xa, tmp_path), actor=ADMIN)
        onward = export(huyen, tmp_path)
        refused(tinh, onward, "“06046”", "xin thẻ khóa mới")
        keyring.trust_card_file(tinh.db, huyen.card(), actor=ADMIN)  # the district's card now lists Xã Tràng Định
        assert service.import_file(tinh.db, onward, actor=ADMIN).tables["people"]["new"] == 1
    finally:
        dispose(nodes)
