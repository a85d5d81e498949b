"""What a Sync screen (or the CLI) calls: export, preview, import of a file or a folder, history,
conflicts, peers. Qt-free; every function opens its own transaction and returns plain records.

Slow calls (`export_file`, `import_file`, `import_files`, `import_folder`) accept
`progress(phase, done, total)`; run them off the GUI thread. Importing many files, `done` and
`total` count files and the phase names the file being imported (`FILE_PHASE` + its name).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.errors import HtxError
from htx_desktop.security import access
from htx_desktop.security.access import Actor, Permission
from htx_desktop.services import units
from htx_desktop.storage.database import Database, bulk_cache
from htx_desktop.storage.models import SyncFile
from htx_desktop.sync import downkeys, trust
from htx_desktop.sync.apply import ChunkWriter, record_received
from htx_desktop.sync.errors import Refusal, SyncRefused, printable, refused
from htx_desktop.sync.export import ExportResult, export_changes, receiver
from htx_desktop.sync.format import SYNC_SUFFIX
from htx_desktop.sync.merge import Merge
from htx_desktop.sync.payload import KEYS_SECTION, Section
from htx_desktop.sync.reader import OpenedFile, open_sync_file, read_manifest

Progress = Callable[[str, int, int], None]
FILE_PHASE = "file "  # + the name of the file being imported, when many are

__all__ = ["ExportResult", "ImportReport", "FolderItem", "HistoryEntry", "export_check", "export_file", "preview_file",
           "import_file", "import_files", "import_folder", "outcomes", "sync_files_in", "history", "FILE_PHASE"]


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, for a preview, would do)."""

    file_name: str
    status: str  # preview, imported, already_imported
    sender_unit: str
    sender_name: str
    sender_site: str
    sequence: int
    direction: str
    created_at: str
    #: table -> {"new", "changed", "unchanged", "rejected", "conflicts"}
    tables: dict[str, dict[str, int]] = field(default_factory=dict)

    def total(self, what: str) -> int:
        return sum(counts.get(what, 0) for counts in self.tables.values())

    @property
    def written(self) -> int:
        return self.total("new") + self.total("changed")


@dataclass(frozen=True)
class FolderItem:
    """One file of a many-file import: its report, or why it was refused."""

    path: Path
    report: ImportReport | None = None
    error: HtxError | None = None

    @property
    def outcome(self) -> str:
        """refused, nothing_new (already imported, or nothing in it changed anything), imported or preview."""
        if self.error is not None or self.report is None:
            return "refused"
        if self.report.status == "already_imported" or (self.report.status == "imported" and not self.report.written):
            return "nothing_new"
        return self.report.status


def outcomes(items: list[FolderItem]) -> dict[str, int]:
    """How many files were imported, had nothing new, were refused (and, for a preview, previewed)."""
    counts = dict.fromkeys(("imported", "nothing_new", "refused", "preview"), 0)
    for item in items:
        counts[item.outcome] += 1
    return counts


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    direction: str  # sent, received
    kind: str  # changes, receipt
    peer_unit: str
    peer_site: str
    sequence: int
    file_name: str
    counts: dict[str, object]
    username: str


def export_check(database: Database, *, actor: Actor, down_to: str | None = None) -> str:
    """What `export_file` checks before it writes anything, without writing: raises `SyncError`
    (no upstream unit, no trusted key card of the receiver...) so a screen can say so before it
    asks for a folder. Returns the receiving unit as "Tỉnh Lạng Sơn (20)"."""
    with database.read() as session:
        access.authorise(session, actor, Permission.SYNC)
        _direction, key = receiver(session, trust.installation(session), down_to)
        return units.describe_code(session, key.unit_code)


def export_file(database: Database, target: Path, *, actor: Actor, down_to: str | None = None,
                progress: Progress | None = None) -> ExportResult:
    """Write the next sync file for the upstream unit (or, with `down_to`, reference data for a
    unit below). `target` may be a folder: the file gets a name telling unit, date and sequence."""
    return export_changes(database, Path(target), actor=actor, down_to=down_to, progress=progress)


def _report(opened: OpenedFile, status: str, tables: dict[str, dict[str, int]]) -> ImportReport:
    manifest = opened.manifest
    return ImportReport(printable(opened.path.name), status, manifest.sender.unit_code, printable(opened.sender_name),
                        manifest.sender.site_id, manifest.sequence, manifest.direction, manifest.created_at, tables)


def _nothing_new(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """The counts of a file imported before as they are now: every record of it unchanged."""
    return {name: {"new": 0, "changed": 0, "unchanged": sum(table.get(what, 0) for what in ("new", "changed", "unchanged")),
                   "rejected": 0, "conflicts": 0} for name, table in counts.items()}


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while a file is merged: it would walk the many rows alive at
    once again and again (a quarter of an import's time), and merging makes no cycles to collect.
    Reference counting frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _merge(session: Session, path: Path, *, write: bool, username: str, progress: Progress | None) -> ImportReport:
    with _without_cycle_collection():
        return _merge_file(session, path, write=write, username=username, progress=progress)


def _merge_file(session: Session, path: Path, *, write: bool, username: str,
                progress: Progress | None) -> ImportReport:
    if progress:
        progress("check", 0, 1)
    opened = open_sync_file(session, path)
    if opened.already is not None:
        return _report(opened, "already_imported", _nothing_new(json.loads(opened.already.counts or "{}")))
    merge = Merge(session, opened)
    writer = ChunkWriter(session, opened, username) if write else None
    key_section: Section | None = None
    total, done = sum(opened.manifest.counts.values()), 0
    for chunk in opened.chunks():  # a refusal in any chunk undoes the chunks written before it
        if chunk.name == KEYS_SECTION:
            key_section = chunk
        else:
            planned = merge.plan(chunk)
            if writer is not None:
                writer.write(planned)
        done += len(chunk.rows)
        if progress:
            progress("write" if write else "check", done, total)
    tables = {name: counts.as_dict() for name, counts in merge.counts.items()}
    actions: list[downkeys.KeyAction] = []
    if key_section is not None and opened.manifest.direction == "down":
        actions, key_counts = downkeys.plan_keys(session, key_section, trust.installation(session).site_id)
        tables[KEYS_SECTION] = key_counts.as_dict()
    if writer is None:
        return _report(opened, "preview", tables)
    writer.finish(merge.max_version)
    downkeys.apply_keys(session, actions, opened.sender_name)
    record_received(session, opened, tables, username)
    return _report(opened, "imported", tables)


def preview_file(database: Database, path: Path, progress: Progress | None = None, *,
                 actor: Actor) -> ImportReport:
    """Every check, and per table what an import would do; writes nothing. Only for those who may
    import."""
    path = Path(path)
    with database.read() as session:
        access.authorise(session, actor, Permission.SYNC)  # the preview opens the file
        try:
            return _merge(session, path, write=False, username="", progress=progress)
        except Refusal as refusal:
            raise refused(path.name, refusal) from None


def import_file(database: Database, path: Path, *, actor: Actor, progress: Progress | None = None,
                dry_run: bool = False) -> ImportReport:
    """Check a sync file and merge it in one transaction; refused files raise `SyncRefused`."""
    if dry_run:
        return preview_file(database, path, progress, actor=actor)
    path = Path(path)
    try:
        with database.transaction(actor, Permission.SYNC) as session, bulk_cache(session):
            return _merge(session, path, write=True, username=actor.username, progress=progress)
    except Refusal as refusal:
        raise refused(path.name, refusal) from None


def _order(paths: list[Path]) -> list[Path]:
    """Files of one sender in sequence order (unreadable files last, to report them)."""
    def key(path: Path) -> tuple[int, str, int, str]:
        try:
            manifest = read_manifest(path)
        except Refusal:
            return (1, "", 0, path.name)
        return (0, manifest.sender.site_id, manifest.sequence, path.name)

    return sorted(paths, key=key)


def sync_files_in(folder: Path) -> list[Path]:
    """The sync files directly in a folder (other files are left alone)."""
    return [path for path in Path(folder).iterdir() if path.suffix == SYNC_SUFFIX and path.is_file()]


def import_files(database: Database, paths: list[Path], *, actor: Actor, progress: Progress | None = None,
                 dry_run: bool = False) -> list[FolderItem]:
    """Import many sync files (an aggregator's hundred communes), each in its own transaction,
    oldest first per sender. A refused file does not stop the others; each item says what happened."""
    with database.read() as session:
        access.authorise(session, actor, Permission.SYNC)  # refused before any file is read
    paths = _order([Path(path) for path in dict.fromkeys(paths)])
    items: list[FolderItem] = []
    for index, path in enumerate(paths):
        if progress:
            progress(FILE_PHASE + str(printable(path.name)), index, len(paths))
        try:
            items.append(FolderItem(path, report=import_file(database, path, actor=actor, dry_run=dry_run)))
        except SyncRefused as error:
            items.append(FolderItem(path, error=error))
    if progress:
        progress(FILE_PHASE, len(paths), len(paths))
    return items


def import_folder(database: Database, folder: Path, *, actor: Actor, progress: Progress | None = None,
                  dry_run: bool = False) -> list[FolderItem]:
    """Import every sync file in a folder, as `import_files` does."""
    return import_files(database, sync_files_in(folder), actor=actor, progress=progress, dry_run=dry_run)


def history(database: Database, limit: int = 200) -> list[HistoryEntry]:
    """Files sent and received (sync files and receipts), newest first."""
    with database.read() as session:
        rows = session.scalars(select(SyncFile).order_by(SyncFile.at.desc(), SyncFile.id.desc()).limit(limit))
        return [HistoryEntry(row.at, row.direction, row.kind, row.peer_unit, row.peer_site, row.sequence,
                             printable(row.file_name), json.loads(row.counts or "{}"), row.username) for row in rows]
