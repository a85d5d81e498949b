"""docs/sync-format.md is precise enough to write a reader: here is one, from the document alone.

It uses the standard library and cryptography's primitives only (HMAC, HKDF-Expand, X25519,
ChaCha20-Poly1305, Ed25519), not `htx_desktop.sync`, and follows RFC 9180 step by step.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import string
import zipfile
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sync_helpers import (
    add_person,
    connect,
    dispose,
    make_nodes,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.messages import MESSAGES
from htx_desktop.sync import service
from actors import ADMIN

KEM_SUITE = b"KEM" + (0x0020).to_bytes(2, "big")
HPKE_SUITE = b"HPKE" + (0x0020).to_bytes(2, "big") + (0x0001).to_bytes(2, "big") + (0x0003).to_bytes(2, "big")


def _extract(salt: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt, ikm, hashlib.sha256).digest()


def _expand(prk: bytes, info: bytes, length: int) -> bytes:
    return HKDFExpand(hashes.SHA256(), length, info).derive(prk)


def _labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return _extract(salt, b"HPKE-v1" + suite + label + ikm)


def _labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    return _expand(prk, length.to_bytes(2, "big") + b"HPKE-v1" + suite + label + info, length)


def hpke_open_base(private_key: bytes, sealed: bytes, info: bytes) -> bytes:
    """RFC 9180 §4.1, §5.1, §5.2 and §4.1 DHKEM(X25519, HKDF-SHA256), base mode, sequence 0, empty AAD."""
    enc, ciphertext = sealed[:32], sealed[32:]
    receiver = X25519PrivateKey.from_private_bytes(private_key)
    dh = receiver.exchange(X25519PublicKey.from_public_bytes(enc))
    public = receiver.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    eae_prk = _labeled_extract(KEM_SUITE, b"", b"eae_prk", dh)
    shared_secret = _labeled_expand(KEM_SUITE, eae_prk, b"shared_secret", enc + public, 32)
    psk_id_hash = _labeled_extract(HPKE_SUITE, b"", b"psk_id_hash", b"")
    info_hash = _labeled_extract(HPKE_SUITE, b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash
    secret = _labeled_extract(HPKE_SUITE, shared_secret, b"secret", b"")
    key = _labeled_expand(HPKE_SUITE, secret, b"key", context, 32)
    nonce = _labeled_expand(HPKE_SUITE, secret, b"base_nonce", context, 12)
    return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, b"")


def read_sync_file(path: Path, sender_signing_public: bytes, receiver_private: bytes) -> tuple[dict, dict]:
    with zipfile.ZipFile(path) as archive:
        assert [info.filename for info in archive.infolist()] == ["manifest.json", "manifest.sig", "payload.bin"]
        assert all(info.compress_type == zipfile.ZIP_STORED for info in archive.infolist())
        manifest_bytes, signature, payload = (archive.read(name) for name in archive.namelist())
    Ed25519PublicKey.from_public_bytes(sender_signing_public).verify(signature, manifest_bytes)
    manifest = json.loads(manifest_bytes)
    assert (manifest["format"], manifest["format_version"]) == ("htx-sync", 1)
    assert len(payload) == manifest["payload"]["size"]
    assert hashlib.sha256(payload).hexdigest() == manifest["payload"]["sha256"]
    info = "\n".join(["HTX-SYNC/1", manifest["sender"]["site_id"], manifest["receiver"]["site_id"],
                      manifest["file_id"], str(manifest["sequence"])]).encode("ascii")
    plain = zlib.decompress(hpke_open_base(receiver_private, payload, info))
    assert len(plain) == manifest["payload"]["plain_size"]
    lines = [json.loads(line) for line in plain.decode("utf-8").split("\n")[:-1]]
    assert lines[0] == {"format": "htx-sync-payload", "format_version": 1, "file_id": manifest["file_id"]}
    tables: dict[str, list[dict]] = {}
    columns: list[str] = []
    for value in lines[1:]:
        if isinstance(value, dict):
            columns = value["columns"]
            tables[value["table"]] = []
        else:
            tables[list(tables)[-1]].append(dict(zip(columns, value)))
    return manifest, tables


@pytest.fixture
def nodes(tmp_path, sync_templates):  # noqa: F811
    made = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    yield made
    dispose(made)


def test_a_reader_written_from_the_document_opens_a_sync_file(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    person_id = add_person(xa, name="Lộc Thị Hoa", national_id="020185001234")
    exported = service.export_file(xa.db, tmp_path, actor=ADMIN)
    from htx_desktop.security.keys import KeyPairs

    sender = xa.db.installation()
    manifest, tables = read_sync_file(exported.path, KeyPairs(sender.signing_key, sender.encryption_key).signing_public,
                                      tinh.db.installation().encryption_key)

    assert manifest["sender"]["site_id"] == sender.site_id and manifest["direction"] == "up"
    assert manifest["counts"] == {"people": 1}
    [person] = tables["people"]
    assert person["id"] == str(person_id) and person["national_id"] == "020185001234"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", person["created_at"])
    assert person["version"] == manifest["covers"][sender.site_id]["through"]


def test_every_refusal_reason_has_a_message_with_the_same_placeholders_in_both_languages():
    import htx_desktop.sync  # noqa: F401  (registers the messages)

    sources = "".join(path.read_text(encoding="utf-8")
                      for path in Path(htx_desktop.sync.__file__).parent.glob("*.py"))
    reasons = set(re.findall(r'Refusal\(\s*"([a-z_]+)"', sources))
    assert {"unknown_sender", "bad_signature", "wrong_receiver", "replayed", "older", "truncated",
            "damaged", "path_trick", "oversized", "format_version", "not_owned"} <= reasons
    fields = string.Formatter()
    for key, pair in MESSAGES.items():
        if key.startswith(("sync.", "keys.", "card.")):
            vi, en = ({name for _, name, _, _ in fields.parse(text) if name} for text in pair)
            assert vi == en, key
    for reason in reasons:
        assert f"sync.reason.{reason}" in MESSAGES, reason
