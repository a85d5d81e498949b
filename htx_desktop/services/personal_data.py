"""A person's rights over her data (Decree 13/2023/NĐ-CP, Law on Personal Data Protection 2025):
export everything held about her, and erasure. Correction is the person form (audited as every
change is). Only an administrator may export or erase; both are recorded in the audit trail.

Erasure blanks every personal field of the person row and marks it deleted, so it travels by sync
as a tombstone carrying the blanked columns and the receiver ends with the same blank row. Kept:
- `sex`, `unit_code` and `cadre_level`: required columns (sex, unit) or a category (cadre level)
  that alone identify no one; they are the only person columns the plan indicators read;
- her posts, attendances and commendations: they hold no personal text, only links to the blank
  row, and the trainings' attendee counts, the cooperatives' managers and the commendations
  indicator are made of them.
Her earlier audit entries lose their values (every value masked), so the trail still says who
changed what and when, but not to what. Backups made before the erasure still hold her data until
they rotate out.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop import private_files
from htx_desktop.errors import HtxError, NotFound
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.reports.files import atomic_path
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.base import utcnow
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import (
    Attendance,
    AuditEntry,
    Commendation,
    Cooperative,
    Person,
    Post,
    Training,
    Unit,
)
from htx_desktop.text import search_key

FORMAT = "htx-personal-data/1"
#: Every column of a person that says who she is; erasure empties them all.
PERSONAL_FIELDS = ("full_name", "birth_year", "ethnicity", "phone", "national_id", "address",
                   "priority_groups", "notes")

MESSAGES.update(
    {
        "personal.erased_name": ("Đã xóa theo yêu cầu", "Erased on request"),
        "personal.already_erased": (
            "Dữ liệu của người này đã được xóa theo yêu cầu trước đây.",
            "This person's data was already erased on request.",
        ),
        "personal.sheet.person": ("Thông tin", "Person"),
        "personal.sheet.posts": ("Chức vụ", "Posts"),
        "personal.sheet.attendances": ("Tập huấn", "Trainings"),
        "personal.sheet.commendations": ("Khen thưởng", "Commendations"),
        "personal.sheet.audit": ("Lịch sử thay đổi", "History of changes"),
        "personal.column.field": ("Trường", "Field"),
        "personal.column.value": ("Giá trị", "Value"),
        "personal.title": (
            "Dữ liệu cá nhân của {name} (xuất ngày {day} theo Nghị định 13/2023/NĐ-CP)",
            "Personal data of {name} (exported on {day} under Decree 13/2023/NĐ-CP)",
        ),
    }
)


@dataclass(frozen=True)
class ExportedFiles:
    json_path: Path
    xlsx_path: Path


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _row(obj: Any) -> dict[str, Any]:
    return {column.key: _plain(getattr(obj, column.key)) for column in obj.__mapper__.column_attrs}


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(tr("not_found", what=tr("what.person"), id=person_id))
    return person


def _collect(session: Session, person: Person) -> dict[str, Any]:
    """Everything this database holds about the person, as plain JSON values."""
    record = _row(person)
    record["priority_groups"] = person.priority_groups.split(",") if person.priority_groups else []
    record["unit_name"] = session.scalar(select(Unit.name).where(Unit.code == person.unit_code))
    posts = [
        _row(post) | {"cooperative": name}
        for post, name in session.execute(
            select(Post, Cooperative.name).join(Cooperative, Cooperative.id == Post.cooperative_id)
            .where(Post.person_id == person.id).order_by(Post.started_on)
        )
    ]
    attendances = [
        _row(attendance) | {"training": title, "training_starts_on": _plain(starts), "training_ends_on": _plain(ends)}
        for attendance, title, starts, ends in session.execute(
            select(Attendance, Training.title, Training.starts_on, Training.ends_on)
            .join(Training, Training.id == Attendance.training_id)
            .where(Attendance.person_id == person.id).order_by(Training.starts_on)
        )
    ]
    commendations = [
        _row(row) for row in session.scalars(
            select(Commendation).where(Commendation.person_id == person.id).order_by(Commendation.given_on))
    ]
    audit = [
        {"at": _plain(entry.at), "username": entry.username, "action": entry.action,
         "changes": json.loads(entry.changes or "{}")}
        for entry in session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "people", AuditEntry.row_id == str(person.id))
            .order_by(AuditEntry.at, AuditEntry.id))
    ]
    return {"format": FORMAT, "person": record, "posts": posts, "attendances": attendances,
            "commendations": commendations, "audit": audit}


def collect(database: Database, person_id: uuid.UUID, actor: Actor) -> dict[str, Any]:
    """What an export would write (administrators only)."""
    with database.transaction(actor, Permission.ADMINISTER) as session:
        return _collect(session, _person(session, person_id))


def export_person(database: Database, person_id: uuid.UUID, target: Path, actor: Actor) -> ExportedFiles:
    """Write the person's data to `target` as .json and, beside it, .xlsx; both atomically and
    readable by their owner only. The export itself is recorded in the audit trail; if a file
    cannot be written, nothing is recorded and no file is left half-written."""
    target = Path(target)
    files = ExportedFiles(target.with_suffix(".json"), target.with_suffix(".xlsx"))
    with database.transaction(actor, Permission.ADMINISTER) as session:
        person = _person(session, person_id)
        data = _collect(session, person)
        data["exported_at"] = utcnow().isoformat()
        data["exported_by"] = session.info["write"].username if "write" in session.info else actor.username
        with atomic_path(files.json_path) as temporary:
            temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            private_files.make_private(temporary)
        with atomic_path(files.xlsx_path) as temporary:
            write_workbook(data, temporary)
            private_files.make_private(temporary)
        session.add(AuditEntry(at=utcnow(), username=data["exported_by"], action="export", table_name="people",
                               row_id=str(person.id),
                               changes=json.dumps({"file": [None, files.json_path.name]}, ensure_ascii=False)))
    return files


def is_erased(person: Person) -> bool:
    return bool(person.deleted) and person.name_key == search_key(MESSAGES["personal.erased_name"][0])


def erase(database: Database, person_id: uuid.UUID, actor: Actor) -> None:
    """Blank every personal field of the person and make the row a tombstone (see the module's
    note on what is kept and why); mask the values in her earlier audit entries; record the
    erasure (which fields, not their values)."""
    with database.transaction(actor, Permission.ADMINISTER) as session:
        person = _person(session, person_id)
        if is_erased(person):
            raise HtxError(tr("personal.already_erased"))
        erased = [name for name in PERSONAL_FIELDS if getattr(person, name) not in (None, "")]
        _mask_history(session, person.id)
        placeholder = MESSAGES["personal.erased_name"][0]  # stored in Vietnamese, as all data
        person.full_name = placeholder
        person.name_key = search_key(placeholder)
        for name in PERSONAL_FIELDS[1:]:
            setattr(person, name, "" if name == "priority_groups" else None)
        person.deleted = True
        session.flush()
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "people", AuditEntry.row_id == str(person.id))
            .order_by(AuditEntry.id.desc()).limit(1)
        ).one()
        entry.action = "erase"
        entry.changes = json.dumps({name: ["***", None] for name in erased}, ensure_ascii=False)


def _mask_history(session: Session, person_id: uuid.UUID) -> None:
    for entry in session.scalars(
        select(AuditEntry).where(AuditEntry.table_name == "people", AuditEntry.row_id == str(person_id))
    ):
        changes = json.loads(entry.changes or "{}")
        for key, value in changes.items():
            if key in PERSONAL_FIELDS and isinstance(value, list):
                changes[key] = [None if item in (None, "") else "***" for item in value]
        entry.changes = json.dumps(changes, ensure_ascii=False)


def write_workbook(data: dict[str, Any], path: Path) -> None:
    """The exported data as a readable workbook: the person field by field, then one sheet per
    kind of record, one row each."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = tr("personal.sheet.person")
    person = data["person"]
    sheet.append([tr("personal.title", name=person["full_name"], day=date.today().strftime("%d/%m/%Y"))])
    sheet.append([tr("personal.column.field"), tr("personal.column.value")])
    for key, value in person.items():
        heading = tr(f"field.{key}") if f"field.{key}" in MESSAGES else key
        sheet.append([heading, ", ".join(value) if isinstance(value, list) else value])
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 28, 60
    for kind in ("posts", "attendances", "commendations", "audit"):
        rows = data[kind]
        part = book.create_sheet(tr(f"personal.sheet.{kind}"))
        columns = list(rows[0]) if rows else ["id"]
        part.append([tr(f"field.{key}") if f"field.{key}" in MESSAGES else key for key in columns])
        for row in rows:
            part.append([json.dumps(row[key], ensure_ascii=False) if isinstance(row[key], (dict, list))
                         else row[key] for key in columns])
    for part in book.worksheets:
        for cell in part[2 if part is sheet else 1]:
            cell.font = Font(bold=True)
    book.save(path)
