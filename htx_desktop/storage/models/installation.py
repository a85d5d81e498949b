"""Rows that never leave this installation: its identity and keys, its users, its audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from htx_desktop.storage.base import Base, UTCDateTime, utcnow


class Installation(Base):
    """The one row that says who this installation is."""

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36), unique=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    role: Mapped[str] = mapped_column(String(16))  # InstallationRole
    upstream_code: Mapped[str | None] = mapped_column(ForeignKey("units.code"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Highest hybrid-logical-clock version issued or seen, so versions survive restarts.
    clock: Mapped[int] = mapped_column(BigInteger, default=0)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519 private key, raw 32 bytes
    encryption_key: Mapped[bytes] = mapped_column(LargeBinary)  # X25519 private key, raw 32 bytes
    #: Made by the program as demo data (`htx-desktop --demo`, `htx-cli demo` on a new file): only such
    #: a database, and only while it has no users, may be opened with `--demo` without signing in.
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16))  # UserRole
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEntry(Base):
    """One change to one row: who, when, what. Written in the same transaction as the change."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(16))  # insert, update, delete, import
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    #: JSON of changed fields {field: [old, new]}; sensitive fields are masked.
    changes: Mapped[str] = mapped_column(Text, default="{}")


class TrustedKey(Base):
    """Another installation's public keys, trusted after its fingerprint was read over the phone.

    A replaced or lost key is not deleted: `revoked_at` is set and, for a replacement,
    `replaced_by_id` points to the new key, so old files can still be told apart.
    """

    __tablename__ = "trusted_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36), index=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(48))
    trusted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    trusted_by: Mapped[str] = mapped_column(String(60), default="")
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("trusted_keys.id"))
    note: Mapped[str | None] = mapped_column(Text)
    #: From the key card: the installation's role and the unit it sends its files to.
    role: Mapped[str | None] = mapped_column(String(16))
    upstream_code: Mapped[str | None] = mapped_column(String(16))
    #: Comma-separated codes of the units whose records this installation may send (its own unit,
    #: and for an aggregator the units that send to it), as read from its key card.
    serves: Mapped[str] = mapped_column(Text, default="", server_default="")
    revoked_reason: Mapped[str | None] = mapped_column(Text)
