"""Signatures (Ed25519), encryption (HPKE, RFC 9180) and bounded compression for sync files."""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from collections.abc import Iterator
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from htx_desktop.sync.errors import Refusal

#: Named in manifests; a reader refuses any other value.
SUITE_NAME = "HPKE-Base/X25519/HKDF-SHA256/ChaCha20-Poly1305"
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)
SIGNATURE_SIZE = 64


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise Refusal("damaged", detail="base64 value expected")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as error:
        raise Refusal("damaged", detail="bad base64") from error
    if size is not None and len(data) != size:
        raise Refusal("damaged", detail="key of the wrong length")
    return data


def canonical(value: Any) -> bytes:
    """The bytes signed for a JSON object: sorted keys, no spaces, ASCII only (documented)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sign(signing_private: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(signing_private).sign(data)


def verify(signing_public: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def seal(encryption_public: bytes, plaintext: bytes, info: bytes) -> bytes:
    """HPKE base mode, single shot: the 32-byte encapsulated key, then the AEAD ciphertext."""
    return _SUITE.encrypt(plaintext, X25519PublicKey.from_public_bytes(encryption_public), info=info)


def open_sealed(encryption_private: bytes, ciphertext: bytes, info: bytes) -> bytes | None:
    """The plaintext, or None when the ciphertext was not made for this key and info."""
    try:
        return _SUITE.decrypt(ciphertext, X25519PrivateKey.from_private_bytes(encryption_private), info=info)
    except (InvalidTag, ValueError):
        return None


class Compressor:
    """zlib (RFC 1950) stream of the payload, fed line by line, compressed in blocks."""

    BLOCK = 1 << 20

    def __init__(self) -> None:
        self._zlib = zlib.compressobj(6)
        self._parts: list[bytes] = []
        self._pending: list[bytes] = []
        self._pending_size = 0
        self.plain_size = 0

    def write(self, data: bytes) -> None:
        self.plain_size += len(data)
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size >= self.BLOCK:
            self._flush_pending()

    def _flush_pending(self) -> None:
        self._parts.append(self._zlib.compress(b"".join(self._pending)))
        self._pending, self._pending_size = [], 0

    def finish(self) -> bytes:
        self._flush_pending()
        self._parts.append(self._zlib.flush())
        return b"".join(self._parts)


def inflate(data: bytes, expected_size: int, block: int = 1 << 20) -> Iterator[bytes]:
    """Inflate in blocks of at most `block` bytes, never producing more than `expected_size` in
    all (a zip bomb stops here, and nothing holds the whole plaintext); the stream must end
    exactly there."""
    inflater = zlib.decompressobj()
    produced = 0
    pending = data
    try:
        while not inflater.eof:
            chunk = inflater.decompress(pending, block)
            pending = inflater.unconsumed_tail
            produced += len(chunk)
            if not chunk or produced > expected_size:  # cut short, or more than announced
                break
            yield chunk
    except zlib.error as error:
        raise Refusal("damaged", detail=f"compressed data: {error}") from error
    if produced != expected_size or not inflater.eof or inflater.unconsumed_tail or inflater.unused_data:
        raise Refusal("damaged", detail="the payload size differs from the manifest")
