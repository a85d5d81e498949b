"""Key cards: written, printed, trusted after a phone call, replaced and revoked, all recorded."""

from __future__ import annotations

import json

import pytest
from sync_helpers import (
    add_person,
    connect,
    dispose,
    make_nodes,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.errors import HtxError
from htx_desktop.services import installation
from htx_desktop.sync import keyring, service
from htx_desktop.sync.errors import SyncRefused
from actors import ADMIN
from htx_desktop.security.access import Actor


@pytest.fixture
def nodes(tmp_path, sync_templates):  # noqa: F811
    made = make_nodes(tmp_path, sync_templates, "xa", "huyen", "tinh")
    yield made
    dispose(made)


def test_key_card_holds_public_keys_unit_and_fingerprint_and_no_secret(nodes, tmp_path):
    xa = nodes["xa"]
    files = keyring.write_card(xa.db, tmp_path)
    card = json.loads(files.card.read_text(encoding="utf-8"))
    me = xa.db.installation()
    assert files.card.name.startswith("HTX_the-khoa_06046_xa-trang-dinh_") and files.card.suffix == ".htxkey"
    assert card["unit_code"] == "06046" and card["site_id"] == me.site_id and card["role"] == "commune"
    assert card["fingerprint"] == installation.describe(xa.db).fingerprint == files.fingerprint
    assert card["serves"] == ["06046"] and card["upstream_code"] == "20"
    text = files.card.read_text(encoding="utf-8")
    from htx_desktop.sync.crypto import b64

    assert b64(me.signing_key) not in text and b64(me.encryption_key) not in text


def test_printable_page_shows_fingerprint_in_groups_and_a_qr_code(nodes, tmp_path):
    files = keyring.write_card(nodes["xa"].db, tmp_path / "the.htxkey")
    page = files.page.read_text(encoding="utf-8")
    assert files.page.name == "the.html"
    for group in files.fingerprint.split():
        assert f"<td>{group}</td>" in page
    assert "<svg" in page and "Xã Tràng Định (06046)" in page and "gọi điện" in page


def test_trusting_a_card_prints_its_fingerprint_and_records_who_and_when(nodes):
    xa, tinh = nodes["xa"], nodes["tinh"]
    outcome = keyring.trust_card_file(tinh.db, xa.card(), actor=Actor("canbo_tinh", "admin"))
    again = keyring.trust_card_file(tinh.db, xa.card(), actor=ADMIN)
    [key] = keyring.trusted_keys(tinh.db)
    assert outcome.kind == "new" and outcome.fingerprint == installation.describe(xa.db).fingerprint
    assert again.kind == "unchanged"
    assert (key.unit_code, key.trusted_by, key.revoked_at) == ("06046", "canbo_tinh", None)


def test_trusting_a_district_card_adds_the_district_unit_it_names(nodes):
    huyen, xa = nodes["huyen"], nodes["xa"]
    keyring.trust_card_file(xa.db, huyen.card(), actor=ADMIN)
    assert keyring.set_upstream(xa.db, "U178", actor=ADMIN) == "Huyện Tràng Định"
    assert xa.db.installation().upstream_code == "U178"


def test_aggregator_card_lists_the_communes_that_send_to_it(nodes):
    xa, huyen = nodes["xa"], nodes["huyen"]
    connect(xa, huyen)
    card = json.loads(huyen.card().read_text(encoding="utf-8"))
    assert card["serves"] == ["06046", "U178"]


def test_a_tampered_card_is_refused(nodes, tmp_path):
    path = nodes["xa"].card()
    card = json.loads(path.read_text(encoding="utf-8"))
    card["unit_code"] = "06040"
    path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(SyncRefused, match="chữ ký của thẻ không đúng") as caught:
        keyring.trust_card_file(nodes["tinh"].db, path, actor=ADMIN)
    assert path.name in caught.value.message
    assert keyring.trusted_keys(nodes["tinh"].db) == []


def test_a_card_whose_fingerprint_was_edited_is_refused(nodes):
    path = nodes["xa"].card()
    card = json.loads(path.read_text(encoding="utf-8"))
    card["fingerprint"] = "0000 0000 0000 0000 0000 0000 0000 0000"
    path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(SyncRefused, match="dấu vân tay ghi trên thẻ không khớp"):
        keyring.trust_card_file(nodes["tinh"].db, path, actor=ADMIN)


def test_own_card_cannot_be_trusted(nodes):
    with pytest.raises(SyncRefused, match="chính cài đặt này"):
        keyring.trust_card_file(nodes["xa"].db, nodes["xa"].card(), actor=ADMIN)


def test_replaced_key_is_accepted_when_signed_by_the_old_one_and_recorded(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    add_person(xa)
    in_transit = service.export_file(xa.db, tmp_path, actor=ADMIN)  # made with the old key
    old_fingerprint = installation.describe(xa.db).fingerprint

    new_card = keyring.replace_own_keys(xa.db, tmp_path / "moi.htxkey", "định kỳ thay khóa", actor=ADMIN)
    outcome = keyring.trust_card_file(tinh.db, new_card.card, actor=ADMIN)

    assert new_card.fingerprint != old_fingerprint == outcome.replaced_fingerprint
    assert outcome.kind == "replaced"
    old, new = sorted(keyring.trusted_keys(tinh.db), key=lambda k: k.trusted_at)
    assert old.revoked_at is not None and new_card.fingerprint in old.revoked_reason
    assert new.revoked_at is None and new.fingerprint == new_card.fingerprint
    with pytest.raises(SyncRefused, match="đã bị thu hồi"):  # signed with the replaced key
        service.import_file(tinh.db, in_transit.path, actor=ADMIN)
    assert service.import_file(tinh.db, service.export_file(xa.db, tmp_path, actor=ADMIN).path, actor=ADMIN).status == "imported"


def test_files_encrypted_to_our_replaced_key_can_still_be_opened(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    add_person(xa)
    in_transit = service.export_file(xa.db, tmp_path, actor=ADMIN)  # encrypted to the province's old key
    keyring.replace_own_keys(tinh.db, tmp_path / "tinh-moi.htxkey", "thay khóa", actor=ADMIN)
    assert service.import_file(tinh.db, in_transit.path, actor=ADMIN).status == "imported"


def test_a_compromised_key_opens_nothing_any_more(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    add_person(xa)
    in_transit = service.export_file(xa.db, tmp_path, actor=ADMIN)
    card = keyring.replace_own_keys(tinh.db, tmp_path / "tinh-moi.htxkey", "lộ khóa", compromised=True, actor=ADMIN)
    assert json.loads(card.card.read_text(encoding="utf-8"))["replaces"] is None
    with pytest.raises(SyncRefused, match="không phải khóa hiện dùng"):
        service.import_file(tinh.db, in_transit.path, actor=ADMIN)


def test_a_new_key_for_a_trusted_installation_without_the_old_signature_is_refused(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    keyring.trust_card_file(tinh.db, xa.card(), actor=ADMIN)
    keyring.replace_own_keys(xa.db, tmp_path / "lo.htxkey", "lộ khóa", compromised=True, actor=ADMIN)
    with pytest.raises(SyncRefused, match="keys revoke"):
        keyring.trust_card_file(tinh.db, xa.card(), actor=ADMIN)


def test_revoking_a_lost_key_records_time_and_reason_and_its_card_cannot_come_back(nodes):
    xa, tinh = nodes["xa"], nodes["tinh"]
    card = xa.card()
    keyring.trust_card_file(tinh.db, card, actor=ADMIN)
    revoked = keyring.revoke_key(tinh.db, installation.describe(xa.db).fingerprint, "máy tính xã bị mất", actor=ADMIN)
    assert revoked.revoked_at is not None and revoked.revoked_reason == "máy tính xã bị mất"
    with pytest.raises(SyncRefused, match="đã bị thu hồi"):
        keyring.trust_card_file(tinh.db, card, actor=ADMIN)


def test_revoking_needs_a_reason_and_a_matching_key(nodes):
    tinh = nodes["tinh"]
    keyring.trust_card_file(tinh.db, nodes["xa"].card(), actor=ADMIN)
    with pytest.raises(HtxError, match="lý do"):
        keyring.revoke_key(tinh.db, "06046", " ", actor=ADMIN)
    with pytest.raises(HtxError, match="Không có khóa tin cậy nào khớp"):
        keyring.revoke_key(tinh.db, "06040", "mất máy", actor=ADMIN)


def test_export_needs_the_upstream_card(nodes, tmp_path):
    with pytest.raises(HtxError, match=r"Chưa tin cậy thẻ khóa nào của Tỉnh Lạng Sơn \(20\)"):
        service.export_file(nodes["xa"].db, tmp_path, actor=ADMIN)


def test_export_check_refuses_before_writing_worded_for_the_screen_and_for_the_command_line(nodes, tmp_path):
    from htx_desktop.sync.errors import SyncError

    with pytest.raises(SyncError) as caught:
        service.export_check(nodes["xa"].db, actor=ADMIN)
    assert "“keys trust”" in caught.value.message
    gui = caught.value.worded("gui")
    assert "bấm “Tin cậy thẻ khóa…”" in gui and "Tỉnh Lạng Sơn (20)" in gui and "keys trust" not in gui
    keyring.trust_card_file(nodes["xa"].db, nodes["tinh"].card(), ADMIN)
    assert service.export_check(nodes["xa"].db, actor=ADMIN) == "Tỉnh Lạng Sơn (20)"
    assert service.history(nodes["xa"].db) == []  # a check, not an export
