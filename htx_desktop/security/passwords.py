"""Password hashes with scrypt (memory-hard), from the `cryptography` package."""

from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

# 2**15 * 8 * 128 bytes = 32 MiB of memory per guess; about a tenth of a second on an old PC.
N, R, P = 2**15, 8, 1
MIN_LENGTH = 8


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = _derive(password, salt, N, R, P)
    b64 = base64.b64encode
    return f"scrypt${N}${R}${P}${b64(salt).decode()}${b64(digest).decode()}"


@dataclass(frozen=True)
class StoredHash:
    """The parts of a stored hash: the salt and cost give the same digest for the same password."""

    salt: bytes
    n: int
    r: int
    p: int
    digest: bytes

    def derive(self, password: str) -> bytes:
        """The digest of `password` with this salt and cost (one scrypt)."""
        return _derive(password, self.salt, self.n, self.r, self.p)


def parse_hash(stored: str) -> StoredHash | None:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return None
        return StoredHash(base64.b64decode(salt), int(n), int(r), int(p), base64.b64decode(digest))
    except ValueError:
        return None


def verify_password(password: str, stored: str, derived: bytes | None = None) -> bool:
    """Whether `password` has the hash `stored`; `derived`, the digest already computed from it
    with the same salt (a log-in that unlocked the data key), spares a second scrypt."""
    parts = parse_hash(stored)
    if parts is None:
        return False
    actual = derived if derived is not None else parts.derive(password)
    return hmac.compare_digest(actual, parts.digest)
