"""The ZIP container of sync files and receipts: written atomically, read with every check first.

Only a fixed set of plain names may appear, each once, stored uncompressed, each within its size
limit; anything else (paths, directories, links, compressed or encrypted entries, a file that
does not end in a complete ZIP directory) is refused before a single entry is read.
"""

from __future__ import annotations

import os
import struct
import tempfile
import zipfile
from collections.abc import Mapping
from pathlib import Path

from htx_desktop.sync.errors import Refusal

#: Fixed timestamp in every entry, so equal contents give equal archives.
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def write_atomically(target: Path, data: bytes) -> Path:
    """Write `data` to `target` via a temporary file in the same folder, fsync and rename."""
    return publish(stage(target, data), target)


def stage(target: Path, data: bytes) -> Path:
    """The first half of `write_atomically`: `data` in a hidden temporary file beside `target`,
    on disk (fsync), not yet under its name. `publish` gives it the name; delete it otherwise."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def publish(staged: Path, target: Path) -> Path:
    """The second half: rename the staged file to `target` (atomic), and make the rename durable."""
    try:
        os.replace(staged, target)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)
    return target


def _fsync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):  # Windows: renames are durable without it
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def pack(entries: Mapping[str, bytes]) -> bytes:
    """A ZIP archive holding the entries, in the given order, stored (not compressed)."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _looks_truncated(path: Path) -> bool:
    """A ZIP file ends with its directory; a copy cut short lacks it (or lacks data it points to)."""
    size = path.stat().st_size
    with path.open("rb") as stream:
        head = stream.read(4)
        stream.seek(max(0, size - 65_557))
        tail = stream.read()
    end = tail.rfind(b"PK\x05\x06")  # the end-of-directory record is 22 bytes at least
    return head == b"PK\x03\x04" and (end < 0 or end + 22 > len(tail))


def unpack(path: Path, limits: Mapping[str, int], *, total_limit: int,
           only: tuple[str, ...] | None = None) -> dict[str, bytes]:
    """The entries of the archive at `path`, which must be exactly the names in `limits`
    (all of them checked; with `only`, just those read).

    Raises `Refusal` with the reason: missing file, not an archive, truncated, damaged,
    a path trick, an unexpected or missing entry, or an entry larger than its limit.
    """
    if not path.is_file():
        raise Refusal("missing")
    size = path.stat().st_size
    if size > total_limit:
        raise Refusal("oversized", name=path.name, size=size, limit=total_limit)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise Refusal("truncated" if _looks_truncated(path) else "not_sync_file") from error
    except OSError as error:
        raise Refusal("damaged", detail=str(error)) from error
    except (ValueError, EOFError, NotImplementedError, struct.error) as error:  # a flipped bit in a header
        raise Refusal("damaged", detail=f"ZIP: {error}") from error
    with archive:
        infos = archive.infolist()
        if not any(info.filename in limits for info in infos):
            raise Refusal("not_sync_file")  # another archive, or a receipt given for a sync file
        seen: set[str] = set()
        for info in infos:
            _check_name(info.filename)
            if info.filename not in limits:
                raise Refusal("unexpected_entry", name=info.filename)
            if info.filename in seen:
                raise Refusal("unexpected_entry", name=info.filename)
            seen.add(info.filename)
            if info.is_dir() or info.flag_bits & 0x1 or info.compress_type != zipfile.ZIP_STORED:
                raise Refusal("damaged", detail=f"{info.filename}: not a plain stored entry")
            if info.file_size > limits[info.filename] or info.compress_size > limits[info.filename]:
                raise Refusal("oversized", name=info.filename, size=info.file_size, limit=limits[info.filename])
            if info.header_offset + info.compress_size > size:
                raise Refusal("truncated")
        missing = [name for name in limits if name not in seen]
        if missing:
            raise Refusal("not_sync_file" if len(missing) == len(limits) else "missing_entry", name=missing[0])
        _check_layout(path, size, infos, list(limits))
        entries: dict[str, bytes] = {}
        for name, limit in limits.items():
            if only is not None and name not in only:
                continue
            try:
                with archive.open(name) as stream:
                    data = stream.read(limit + 1)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
                raise Refusal("damaged", detail=f"{name}: {error}") from error
            if len(data) > limit:
                raise Refusal("oversized", name=name, size=len(data), limit=limit)
            entries[name] = data
    return entries


def _check_name(name: str) -> None:
    """Only plain names: no folders, no absolute paths, no drive letters, no '..'."""
    if (
        not name
        or "/" in name
        or "\\" in name
        or ":" in name
        or name in (".", "..")
        or name.startswith(".")
        or any(ord(ch) < 32 for ch in name)
    ):
        raise Refusal("path_trick", name=name)


_LOCAL = struct.Struct("<4sHHHHHIIIHH")  # local file header, 30 bytes
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")  # central directory record, 46 bytes
_END = struct.Struct("<4sHHHHIIH")  # end of central directory, 22 bytes
#: General-purpose flags allowed: only bit 11 (UTF-8 names). No encryption, no data descriptor.
_ALLOWED_FLAGS = 0x0800


def _damaged(detail: str) -> Refusal:
    return Refusal("damaged", detail=f"ZIP: {detail}")


def _check_layout(path: Path, size: int, infos: list[zipfile.ZipInfo], order: list[str]) -> None:
    """The archive exactly as writers make it (docs/sync-format.md, section 3): the entries in
    order from the first byte, each local header agreeing with the central directory, no data
    descriptor, no ZIP64, then the directory and its end record with no comment, then nothing."""
    if [info.filename for info in infos] != order:
        raise _damaged("entries out of order")
    with path.open("rb") as stream:
        stream.seek(size - _END.size)
        end = _END.unpack(stream.read(_END.size))
        signature, disk, start_disk, here, total, directory_size, directory_offset, comment = end
        if (signature != b"PK\x05\x06" or comment or (disk, start_disk) != (0, 0)
                or here != total or total != len(infos)):
            raise _damaged("bytes after the archive, a comment or a split archive")
        if directory_offset + directory_size + _END.size != size:
            raise _damaged("the central directory is not where its end record says")
        stream.seek(directory_offset)
        directory = stream.read(directory_size)
        times = _check_directory(directory, infos)
        offset = 0
        for info in infos:
            if info.header_offset != offset:
                raise _damaged(f"{info.filename}: bytes before or between entries")
            if info.flag_bits & ~_ALLOWED_FLAGS or _has_zip64(info.extra):
                raise _damaged(f"{info.filename}: data descriptor, encryption or ZIP64")
            stream.seek(offset)
            header = stream.read(_LOCAL.size)
            if len(header) != _LOCAL.size:
                raise Refusal("truncated")
            (signature, version, flags, method, time, day, crc, compressed, plain,
             name_length, extra_length) = _LOCAL.unpack(header)
            name = stream.read(name_length)
            extra = stream.read(extra_length)
            if (signature != b"PK\x03\x04" or version != info.extract_version or flags != info.flag_bits
                    or (time, day) != times[info.filename] or method != info.compress_type
                    or (crc, compressed, plain) != (info.CRC, info.compress_size, info.file_size)
                    or name != info.filename.encode("utf-8" if flags & 0x0800 else "cp437")
                    or _has_zip64(extra)):
                raise _damaged(f"{info.filename}: the local header differs from the directory")
            offset += _LOCAL.size + name_length + extra_length + compressed
        if offset != directory_offset:
            raise _damaged("bytes between the entries and the central directory")


def _check_directory(directory: bytes, infos: list[zipfile.ZipInfo]) -> dict[str, tuple[int, int]]:
    """Walk the central directory record by record (zipfile forgives a record running past its
    end): each names its entry exactly, has no comment, and together they fill the directory.
    Returns each entry's (time, date) fields, which the local header must repeat."""
    position = 0
    times: dict[str, tuple[int, int]] = {}
    for info in infos:
        record = directory[position : position + _CENTRAL.size]
        if len(record) != _CENTRAL.size:
            raise _damaged("the central directory is cut short")
        (signature, _made_by, version, flags, method, time, day, crc, compressed, plain, name_length,
         extra_length, comment_length, disk, _internal, _external, offset) = _CENTRAL.unpack(record)
        name_end = position + _CENTRAL.size + name_length
        name = directory[position + _CENTRAL.size : name_end]
        if (signature != b"PK\x01\x02" or name != info.filename.encode("utf-8" if flags & 0x0800 else "cp437")
                or extra_length != len(info.extra) or comment_length or disk or offset != info.header_offset
                or (version, flags, method, crc, compressed, plain)
                != (info.extract_version, info.flag_bits, info.compress_type, info.CRC, info.compress_size,
                    info.file_size)):
            raise _damaged(f"{info.filename}: a damaged central directory record")
        times[info.filename] = (time, day)
        position = name_end + extra_length
    if position != len(directory):
        raise _damaged("the central directory holds more than its entries")
    return times


def _has_zip64(extra: bytes) -> bool:
    """True when an extra field holds a ZIP64 record (header id 1)."""
    position = 0
    while position + 4 <= len(extra):
        header_id, length = struct.unpack_from("<HH", extra, position)
        if header_id == 0x0001:
            return True
        position += 4 + length
    return False
