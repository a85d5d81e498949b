"""Report settings of this installation: who issues its reports, and the free texts last written.

Never synced: each installation issues its own reports under its own heading.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from htx_desktop.storage.base import Base


class ReportSetting(Base):
    """One setting: `issuer.*` (the issuing body and signer) or `text.KIND.PART` (a free text)."""

    __tablename__ = "report_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
