"""What this installation remembers about sync: its peers, the files it sent and received, conflicts.

These rows never leave the installation (they are not `Synced`). JSON columns hold small maps
(origin installation id -> version) and per-table counts; see docs/sync-format.md.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from htx_desktop.messages import MESSAGES
from htx_desktop.storage.base import Base, UTCDateTime, utcnow

# Table labels live with the tables (every table has one; `stats` prints them); the sync package's
# other texts are in `htx_desktop.sync.texts`.
MESSAGES.update(
    {
        "table.sync_peers": ("Đơn vị trao đổi tệp đồng bộ", "Sync peers"),
        "table.sync_files": ("Tệp đồng bộ đã gửi và nhận", "Sync files sent and received"),
        "table.sync_conflicts": ("Xung đột khi đồng bộ", "Sync conflicts"),
        "table.retired_keys": ("Khóa cũ của cài đặt này", "Retired keys of this installation"),
    }
)


class SyncPeer(Base):
    """Another installation this one exchanges files with, in either direction."""

    __tablename__ = "sync_peers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36), unique=True)
    unit_code: Mapped[str] = mapped_column(String(16), default="")
    #: Sequence number of the last file this installation wrote for the peer.
    sent_sequence: Mapped[int] = mapped_column(Integer, default=0)
    #: JSON {origin site: version}: what the peer's receipts confirm it holds of what we sent.
    acknowledged: Mapped[str] = mapped_column(Text, default="{}")
    #: Highest sequence number imported from the peer.
    received_sequence: Mapped[int] = mapped_column(Integer, default=0)
    #: JSON {origin site: version}: what we hold, without gaps, of what the peer sent.
    received: Mapped[str] = mapped_column(Text, default="{}")
    last_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_receipt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncFile(Base):
    """One sync file or receipt written or imported: the history, and the basis of replay checks."""

    __tablename__ = "sync_files"
    __table_args__ = (Index("ix_sync_files_peer_sequence", "peer_site", "kind", "direction", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    direction: Mapped[str] = mapped_column(String(8))  # sent, received
    kind: Mapped[str] = mapped_column(String(8))  # changes, receipt
    peer_site: Mapped[str] = mapped_column(String(36))
    peer_unit: Mapped[str] = mapped_column(String(16), default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    file_id: Mapped[str] = mapped_column(String(36), default="")
    #: SHA-256 of the file's payload (sync files) or of its signed document (receipts).
    digest: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    #: JSON {table: count} of records carried (sent) or {table: {new, changed, ...}} (received).
    counts: Mapped[str] = mapped_column(Text, default="{}")
    username: Mapped[str] = mapped_column(String(60), default="")


class SyncConflict(Base):
    """A version that lost when two installations changed the same record, kept for review."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "older": lost to a newer write; "duplicate": key taken
    winner_site: Mapped[str] = mapped_column(String(36), default="")
    winner_version: Mapped[int] = mapped_column(BigInteger, default=0)
    loser_site: Mapped[str] = mapped_column(String(36), default="")
    loser_version: Mapped[int] = mapped_column(BigInteger, default=0)
    #: JSON of the losing row, columns as in sync files.
    loser_data: Mapped[str] = mapped_column(Text, default="{}")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    reviewed_by: Mapped[str] = mapped_column(String(60), default="")
    resolution: Mapped[str | None] = mapped_column(String(16))  # kept, restored


class RetiredKey(Base):
    """A key pair this installation used before replacing it.

    Kept so that files still on their way to us, encrypted to the old key, can be opened;
    not used at all when it was retired as compromised.
    """

    __tablename__ = "retired_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    retired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    fingerprint: Mapped[str] = mapped_column(String(48))
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_key: Mapped[bytes] = mapped_column(LargeBinary)
    compromised: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
