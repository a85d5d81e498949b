"""Reading the audit trail (administrators only): changes filtered by user, record and dates, and
the log-in history, one page at a time (filtered, ordered and paged in SQL).

Entries are written elsewhere: changes by `storage.stamping`, imports by `sync.apply`, log-ins by
`services.users.authenticate`, exports and erasures by `services.personal_data`.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from htx_desktop.messages import MESSAGES, tr
from htx_desktop.security import access
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import AuditEntry, Cooperative, Person, Training, Unit, User
from htx_desktop.text import search_terms

#: Actions of the log-in history (on table "users"); every other action is a change.
LOGIN_ACTIONS = ("login", "login_failed", "locked")
CHANGES, LOGINS = "changes", "logins"
#: How many records a typed name may pick at most (people and cooperatives together).
MAX_RECORDS = 500

MESSAGES.update(
    {
        "audit.action.insert": ("Thêm", "Added"),
        "audit.action.update": ("Sửa", "Changed"),
        "audit.action.delete": ("Xóa", "Deleted"),
        "audit.action.restore": ("Khôi phục", "Restored"),
        "audit.action.import": ("Nhập từ tệp đồng bộ", "Imported from a sync file"),
        "audit.action.export": ("Xuất dữ liệu cá nhân", "Personal data exported"),
        "audit.action.erase": ("Xóa dữ liệu cá nhân theo yêu cầu", "Personal data erased on request"),
        "audit.action.login": ("Đăng nhập", "Signed in"),
        "audit.action.login_failed": ("Đăng nhập sai", "Failed sign-in"),
        "audit.action.locked": ("Khóa tài khoản", "Account locked"),
        "audit.reason.wrong_password": ("sai mật khẩu", "wrong password"),
        "audit.reason.unknown_user": ("không có tài khoản này", "no such account"),
        "audit.reason.locked": ("tài khoản đang bị khóa", "the account is locked"),
        "audit.reason.inactive": ("tài khoản đã bị vô hiệu hóa", "the account is disabled"),
    }
)

#: Names of the person fields that no form message names yet, for the list of changes.
for _key, _pair in {
    "field.phone": ("Điện thoại", "Phone"),
    "field.national_id": ("Số CCCD", "National ID"),
    "field.birth_year": ("Năm sinh", "Birth year"),
    "field.address": ("Địa chỉ", "Address"),
    "field.notes": ("Ghi chú", "Notes"),
    "field.deleted": ("Đã xóa", "Deleted"),
    "field.file": ("Tệp", "File"),
}.items():
    MESSAGES.setdefault(_key, _pair)

#: The column naming a record of each table, for the tables whose rows have a name of their own.
_NAMES = {"people": Person.full_name, "cooperatives": Cooperative.name, "trainings": Training.title,
          "units": Unit.name}


@dataclass(frozen=True)
class AuditQuery:
    kind: str = CHANGES  # CHANGES or LOGINS
    username: str | None = None
    #: A name typed by the officer: only the history of the people and cooperatives it finds.
    record: str = ""
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    username: str
    action: str
    table: str
    record: str
    changes: tuple[tuple[str, Any, Any], ...]

    @property
    def action_label(self) -> str:
        key = f"audit.action.{self.action}"
        return tr(key) if key in MESSAGES else self.action


def reason_label(reason: object) -> str:
    """Why a log-in failed, in words."""
    key = f"audit.reason.{reason}"
    return tr(key) if key in MESSAGES else str(reason)


def _day_start(day: date) -> datetime:
    """Midnight of that day on this PC's clock, as an aware moment."""
    return datetime.combine(day, time.min).astimezone()


def _record_ids(session: Session, text: str) -> list[str]:
    terms = search_terms(text)
    ids: list[str] = []
    for model in (Person, Cooperative):
        query = select(model.id).where(*[model.name_key.contains(term, autoescape=True) for term in terms])
        ids += [str(row_id) for row_id in session.scalars(query.limit(MAX_RECORDS))]
    return ids


def _filtered(session: Session, query: AuditQuery, statement: Select) -> Select:
    if query.kind == LOGINS:
        statement = statement.where(AuditEntry.table_name == "users", AuditEntry.action.in_(LOGIN_ACTIONS))
    else:
        statement = statement.where(or_(AuditEntry.table_name != "users", AuditEntry.action.not_in(LOGIN_ACTIONS)))
    if query.username is not None:
        statement = statement.where(AuditEntry.username == query.username)
    if query.record.strip():
        statement = statement.where(AuditEntry.row_id.in_(_record_ids(session, query.record)))
    if query.start is not None:
        statement = statement.where(AuditEntry.at >= _day_start(query.start))
    if query.end is not None:
        statement = statement.where(AuditEntry.at < _day_start(query.end + timedelta(days=1)))
    return statement


def count(database: Database, query: AuditQuery, actor: Actor) -> int:
    with database.read() as session:
        access.authorise(session, actor, Permission.ADMINISTER)
        return session.scalar(_filtered(session, query, select(func.count(AuditEntry.id)))) or 0


def page(database: Database, query: AuditQuery, actor: Actor, offset: int = 0, limit: int = 100) -> list[AuditLine]:
    """One page of entries, newest first."""
    with database.read() as session:
        access.authorise(session, actor, Permission.ADMINISTER)
        statement = _filtered(session, query, select(AuditEntry))
        entries = list(session.scalars(
            statement.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset).limit(limit)))
        names = _record_names(session, entries)
        return [
            AuditLine(entry.at, entry.username, entry.action, entry.table_name,
                      names.get((entry.table_name, entry.row_id), _table_label(entry.table_name)),
                      _change_list(entry.changes))
            for entry in entries
        ]


def usernames(database: Database, actor: Actor) -> list[str]:
    """Everyone who appears in the trail or has an account, for the user filter."""
    with database.read() as session:
        access.authorise(session, actor, Permission.ADMINISTER)
        found = set(session.scalars(select(AuditEntry.username).distinct()))
        found |= set(session.scalars(select(User.username)))
        return sorted(found - {""})


def _table_label(table: str) -> str:
    key = f"table.{table}"
    return tr(key) if key in MESSAGES else table


def _record_names(session: Session, entries: list[AuditEntry]) -> dict[tuple[str, str], str]:
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        wanted.setdefault(entry.table_name, set()).add(entry.row_id)
    names: dict[tuple[str, str], str] = {}
    for table, row_ids in wanted.items():
        if table == "users":
            numbers = [int(row_id) for row_id in row_ids if row_id.isdigit()]
            for user_id, username in session.execute(select(User.id, User.username).where(User.id.in_(numbers))):
                names[(table, str(user_id))] = username
            continue
        column = _NAMES.get(table)
        if column is None:
            continue
        model = column.class_
        ids = [value for value in (_uuid(row_id) for row_id in row_ids) if value is not None]
        for row_id, name in session.execute(select(model.id, column).where(model.id.in_(ids))):
            names[(table, str(row_id))] = name
    return names


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _change_list(changes: str) -> tuple[tuple[str, Any, Any], ...]:
    try:
        parsed = json.loads(changes or "{}")
    except ValueError:
        return ()
    return tuple((key, value[0], value[1]) for key, value in parsed.items()
                 if isinstance(value, list) and len(value) == 2)
