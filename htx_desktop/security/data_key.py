"""The database's data key and its wrappings: one per user, one for the recovery code.

The data key is 256 random bits (SQLCipher's raw key). Each user's copy is wrapped with AES-GCM
under a key derived (HKDF-SHA256) from the scrypt digest of the user's password with the salt and
cost of the user's stored password hash, so one scrypt both checks a password and unlocks the key,
and an administrator who sets a password (the database is open, the key in memory) can wrap the
key for that user at once. The recovery code is 24 characters made at setup, wrapped the same way
with a salt of its own.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from htx_desktop.security import passwords

KEY_BYTES = 32
RECOVERY = "recovery"
#: Crockford's base 32: no I, L, O or U, so a code read from paper is not misread.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_LENGTH, CODE_GROUP = 24, 4


@dataclass(frozen=True)
class Wrapped:
    """The data key wrapped under one secret: the scrypt salt and cost, AES-GCM nonce and output."""

    salt: bytes
    n: int
    r: int
    p: int
    nonce: bytes
    wrapped: bytes

    @property
    def cost(self) -> passwords.StoredHash:
        return passwords.StoredHash(self.salt, self.n, self.r, self.p, b"")

    def as_json(self) -> dict[str, object]:
        b64 = lambda value: base64.b64encode(value).decode()  # noqa: E731
        return {"salt": b64(self.salt), "n": self.n, "r": self.r, "p": self.p,
                "nonce": b64(self.nonce), "wrapped": b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Wrapped:
        b64 = lambda name: base64.b64decode(str(data[name]), validate=True)  # noqa: E731
        return cls(b64("salt"), int(str(data["n"])), int(str(data["r"])), int(str(data["p"])),
                   b64("nonce"), b64("wrapped"))


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _kek(digest: bytes) -> AESGCM:
    return AESGCM(HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=b"htx data key wrap v1").derive(digest))


def _label(name: str) -> bytes:
    return f"htx-data-key-v1|{name}".encode("utf-8")


def wrap(key: bytes, cost: passwords.StoredHash, digest: bytes, name: str) -> Wrapped:
    """`key` wrapped for `name` (a user name or `RECOVERY`) under the scrypt `digest` made with `cost`."""
    nonce = os.urandom(12)
    return Wrapped(cost.salt, cost.n, cost.r, cost.p, nonce, _kek(digest).encrypt(nonce, key, _label(name)))


def wrap_for_hash(key: bytes, stored_hash: str, name: str) -> Wrapped | None:
    """`key` wrapped for a user from their stored password hash (None for a hash of another kind)."""
    parts = passwords.parse_hash(stored_hash)
    return None if parts is None else wrap(key, parts, parts.digest, name)


def unwrap(entry: Wrapped, digest: bytes, name: str) -> bytes | None:
    """The data key, or None when the digest is not that of the right password or code."""
    try:
        key = _kek(digest).decrypt(entry.nonce, entry.wrapped, _label(name))
    except InvalidTag:
        return None
    return key if len(key) == KEY_BYTES else None


def new_recovery_code() -> str:
    """24 characters in six groups of four, about 120 random bits."""
    code = "".join(secrets.choice(_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, CODE_LENGTH, CODE_GROUP))


def normalise_code(text: str) -> str:
    """The code as typed or read from paper: case, spaces and dashes ignored, O read as 0, I and L as 1."""
    return "".join(ch for ch in text.upper().translate(_READ_AS) if ch.isalnum())


def wrap_for_code(key: bytes, code: str) -> Wrapped:
    cost = passwords.StoredHash(os.urandom(16), passwords.N, passwords.R, passwords.P, b"")
    return wrap(key, cost, cost.derive(normalise_code(code)), RECOVERY)


def unwrap_with_code(entry: Wrapped, code: str) -> bytes | None:
    return unwrap(entry, entry.cost.derive(normalise_code(code)), RECOVERY)
