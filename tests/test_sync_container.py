"""The ZIP rules docs/sync-format.md states (section 3), each enforced: a real sync file re-packed
in a way a plain writer never packs it is refused as damaged, with one line and nothing written."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from sync_helpers import (
    add_person,
    connect,
    dispose,
    make_nodes,
    snapshot,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.sync import container, service
from htx_desktop.sync.errors import SyncRefused
from actors import ADMIN


@pytest.fixture
def exported(tmp_path, sync_templates):  # noqa: F811
    nodes = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    connect(nodes["xa"], nodes["tinh"])
    add_person(nodes["xa"])
    path = service.export_file(nodes["xa"].db, tmp_path, actor=ADMIN).path
    yield path, nodes["tinh"]
    dispose(nodes)


def entries_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


class _Unseekable(io.RawIOBase):
    """A stream zipfile cannot seek back in: it then writes data descriptors after each entry."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, chunk) -> int:  # type: ignore[no-untyped-def]
        self.data += chunk
        return len(chunk)


def _with_data_descriptors(entries: dict[str, bytes]) -> bytes:
    stream = _Unseekable()
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in entries.items():
            with archive.open(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), "w") as entry:
                entry.write(data)
    return bytes(stream.data)


def _with_zip64(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in entries.items():
            with archive.open(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), "w", force_zip64=True) as entry:
                entry.write(data)
    return buffer.getvalue()


def _with_comment(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data)
        archive.comment = b"xin chao"
    return buffer.getvalue()


def _local_header_changed(entries: dict[str, bytes]) -> bytes:
    data = bytearray(container.pack(entries))
    struct.pack_into("<H", data, 10, 0x1234)  # the first entry's time, in its local header only
    return bytes(data)


def _reordered(entries: dict[str, bytes]) -> bytes:
    return container.pack(dict(reversed(list(entries.items()))))


VARIANTS = {
    "bytes before the archive": lambda entries: b"MZ" + b"\0" * 62 + container.pack(entries),
    "bytes after the archive": lambda entries: container.pack(entries) + b"\0" * 16,
    "an archive comment": _with_comment,
    "entries in another order": _reordered,
    "data descriptors": _with_data_descriptors,
    "ZIP64 records": _with_zip64,
    "a local header differing from the directory": _local_header_changed,
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_sync_file_packed_otherwise_than_the_format_says_is_refused(exported, variant):
    path, tinh = exported
    forged = path.with_name("goi-lai.htxsync")
    forged.write_bytes(VARIANTS[variant](entries_of(path)))
    before = snapshot(tinh)
    with pytest.raises(SyncRefused) as caught:
        service.import_file(tinh.db, forged, actor=ADMIN)
    assert snapshot(tinh) == before
    assert caught.value.reason == "damaged", caught.value.message
    assert "ZIP" in caught.value.message or "zip" in caught.value.message.lower(), caught.value.message
    assert "\n" not in caught.value.message


def test_the_same_entries_packed_as_writers_pack_them_are_accepted(exported):
    path, tinh = exported
    repacked = path.with_name("goi-lai.htxsync")
    repacked.write_bytes(container.pack(entries_of(path)))
    assert service.import_file(tinh.db, repacked, actor=ADMIN).tables["people"]["new"] == 1
