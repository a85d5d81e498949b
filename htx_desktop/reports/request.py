"""What the officer asks for: the kind of report, its plan, unit, dates, and the free texts.

The kinds are those of CLI.md's `report` command. A training is named by its id in any form
`uuid.UUID` reads (with or without hyphens or braces, upper or lower case), as
`htx-cli list trainings --json` prints it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr

KINDS = ("progress", "review", "cooperatives", "managers", "signin")
FORMATS = ("pdf", "xlsx")

MESSAGES.update(
    {
        "reports.unknown_kind": (
            "Không có loại báo cáo “{kind}”. Các loại: {kinds}.",
            "There is no report kind “{kind}”. Kinds: {kinds}.",
        ),
        "reports.unknown_format": (
            "Không có định dạng “{format}”: chọn pdf hoặc xlsx.",
            "There is no format “{format}”: choose pdf or xlsx.",
        ),
        "reports.training_required": (
            "Danh sách ký tên cần mã khóa học: thêm --training MÃ (xem htx-cli list trainings).",
            "A sign-in sheet needs a training id: add --training ID (see htx-cli list trainings).",
        ),
        "reports.bad_training": (
            "“{value}” không phải mã khóa học (mã có dạng 8-4-4-4-12 chữ số hệ 16, xem htx-cli list trainings).",
            "“{value}” is not a training id (ids look like 8-4-4-4-12 hex digits, see htx-cli list trainings).",
        ),
    }
)


def training_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except (ValueError, AttributeError):
        raise HtxError(tr("reports.bad_training", value=text)) from None


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    format: str = "pdf"
    plan: str | None = None  # id or code; None: the default plan
    unit_code: str | None = None  # None: the installation's unit
    start: date | None = None
    end: date | None = None
    phase_code: str | None = None
    training: uuid.UUID | None = None
    texts: dict[str, str] | None = None  # None: the texts saved last time
    number: str = ""  # the document's number, when the office has given one
    issuer_kind: str | None = None  # None: the saved issuer
    day: date | None = None  # the document's date; None: today

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise HtxError(tr("reports.unknown_kind", kind=self.kind, kinds=", ".join(KINDS)))
        if self.format not in FORMATS:
            raise HtxError(tr("reports.unknown_format", format=self.format))
        if self.kind == "signin" and self.training is None:
            raise HtxError(tr("reports.training_required"))
