"""This installation's key pairs: Ed25519 to sign sync files, X25519 to receive encrypted ones."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

_RAW = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@dataclass(frozen=True)
class KeyPairs:
    signing_private: bytes
    encryption_private: bytes

    @classmethod
    def generate(cls) -> KeyPairs:
        return cls(
            Ed25519PrivateKey.generate().private_bytes(*_RAW),
            X25519PrivateKey.generate().private_bytes(*_RAW),
        )

    @property
    def signing_public(self) -> bytes:
        key = Ed25519PrivateKey.from_private_bytes(self.signing_private)
        return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def encryption_public(self) -> bytes:
        key = X25519PrivateKey.from_private_bytes(self.encryption_private)
        return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(signing_public: bytes, encryption_public: bytes) -> str:
    """SHA-256 of both public keys, first 128 bits as 8 groups of 4 hex digits, for reading aloud."""
    digest = hashlib.sha256(b"htx-key-v1" + signing_public + encryption_public).hexdigest()[:32]
    return " ".join(digest[i : i + 4].upper() for i in range(0, 32, 4))
