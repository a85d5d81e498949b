"""Report files are written atomically: to a temporary file beside the target, flushed to disk,
then renamed over it. A failure half-way leaves the old file (or none), never half a report."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr

MESSAGES.update(
    {
        "reports.cannot_write": (
            "Không ghi được tệp “{path}”: {reason}. Hãy chọn thư mục khác hoặc đóng tệp đang mở trong "
            "chương trình khác.",
            "Could not write “{path}”: {reason}. Choose another folder, or close the file if another program "
            "has it open.",
        ),
        "reports.no_folder": ("thư mục không tồn tại", "the folder does not exist"),
        "reports.no_permission": ("không có quyền ghi vào đó", "no permission to write there"),
        "reports.disk_full": ("ổ đĩa đã đầy", "the disk is full"),
        "reports.read_only": ("ổ đĩa chỉ cho đọc", "the disk is read-only"),
    }
)

_REASONS = {errno.ENOENT: "reports.no_folder", errno.ENOTDIR: "reports.no_folder", errno.EEXIST: "reports.no_folder", errno.EACCES: "reports.no_permission",
            errno.EPERM: "reports.no_permission", errno.ENOSPC: "reports.disk_full", errno.EROFS: "reports.read_only"}


def _refusal(target: Path, error: OSError) -> HtxError:
    key = _REASONS.get(error.errno or 0)
    reason = tr(key) if key else (error.strerror or str(error))
    return HtxError(tr("reports.cannot_write", path=str(target), reason=reason))


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path to write to; on success it replaces `target`."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent)
        os.close(handle)
    except OSError as error:
        raise _refusal(target, error) from None
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        raise _refusal(target, error) from None
    finally:
        temporary.unlink(missing_ok=True)
