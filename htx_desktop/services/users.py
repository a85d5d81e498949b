"""Users, roles and log-in. Five wrong passwords in a row lock an account for a while."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import UserRole
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.security import passwords
from htx_desktop.security import access
from htx_desktop.security.access import Actor, Permission
from htx_desktop.services.common import require_valid
from htx_desktop.storage.base import utcnow
from htx_desktop.storage import data_protection
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import AuditEntry, User

MAX_FAILURES = 5
LOCK_MINUTES = 15

MESSAGES.update(
    {
        "login_failed": ("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."),
        "login_locked": (
            "Tài khoản tạm khóa do nhập sai mật khẩu {count} lần; thử lại sau {minutes} phút.",
            "The account is locked after {count} wrong passwords; try again in {minutes} minutes.",
        ),
        "user_inactive": ("Tài khoản đã bị vô hiệu hóa.", "The account has been disabled."),
        "user_changed_since_shown": (
            "Người dùng “{user}” vừa được người quản trị khác sửa; tải lại để xem bản mới nhất.",
            "The user “{user}” was just changed by another administrator; reload to see the newest version.",
        ),
        "last_admin": (
            "Phải còn ít nhất một người quản trị đang hoạt động.",
            "At least one active administrator must remain.",
        ),
    }
)


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    active: bool


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role, user.active)


def new_user_problems(username: str, password: str) -> dict[str, str]:
    """What is wrong with a new user's name and password, before any database is asked (the
    first-run wizard checks this before it makes the database)."""
    errors: dict[str, str] = {}
    if not username.strip():
        errors["username"] = tr("required", field=tr("field.username"))
    errors |= _password_problem(password)
    return errors


def _password_problem(password: str) -> dict[str, str]:
    return {"password": tr("password_short", min=passwords.MIN_LENGTH)} if len(password) < passwords.MIN_LENGTH else {}


def add_user(session: Session, username: str, password: str, role: UserRole, full_name: str = "") -> UserInfo:
    username = username.strip()
    errors = new_user_problems(username, password)
    if username and session.scalar(select(User).where(User.username == username)) is not None:
        errors["username"] = tr("user_exists", username=username)
    if errors:
        raise ValidationError(errors)
    user = User(username=username, full_name=full_name.strip(), role=UserRole(role).value,
                password_hash=passwords.hash_password(password))
    session.add(user)
    session.flush()
    return _info(user)


def create(database: Database, username: str, password: str, role: UserRole, full_name: str = "", *,
           actor: Actor) -> UserInfo:
    """A new user; only an administrator (or anyone on a database that has no users yet) may add one."""
    with database.transaction(actor, Permission.ADMINISTER) as session:
        user = add_user(session, username, password, role, full_name)
    _protect(database)
    return user


def _protect(database: Database) -> None:
    """After a change to users: a plain database that now has users is encrypted, and the data key
    is wrapped again for exactly the active users with their current passwords."""
    if not data_protection.encrypt_if_users(database):
        data_protection.update_key_file(database)


def list_users(database: Database) -> list[UserInfo]:
    with database.read() as session:
        return [_info(user) for user in session.scalars(select(User).order_by(User.username))]


def any_user(database: Database) -> bool:
    with database.read() as session:
        return access.has_users(session)


def update(database: Database, user_id: int, role: UserRole, active: bool, password: str | None = None, *,
           actor: Actor, shown: UserInfo | None = None) -> None:
    """`shown`: the user as the administrator's screen showed them; if another administrator has
    changed the role or the account's state since, nothing is written."""
    with database.transaction(actor, Permission.ADMINISTER) as session:
        user = session.get(User, user_id, with_for_update=shown is not None)
        if user is None:
            raise HtxError(tr("login_failed"))
        if shown is not None and (user.role, user.active) != (shown.role, shown.active):
            raise HtxError(tr("user_changed_since_shown", user=user.username))
        admins = session.scalars(select(User).where(User.role == UserRole.ADMIN.value, User.active)).all()
        if user in admins and len(admins) == 1 and (role != UserRole.ADMIN or not active):
            raise HtxError(tr("last_admin"))
        if password is not None:
            require_valid(_password_problem(password))
            user.password_hash = passwords.hash_password(password)
            user.failed_logins, user.locked_until = 0, None
        user.role, user.active = UserRole(role).value, active
    _protect(database)


def authenticate(database: Database, username: str, password: str, *, derived: bytes | None = None,
                 refused_before: Sequence[Mapping[str, str]] = ()) -> UserInfo:
    """The user, if the password is right; counts failures and locks after five in a row.

    The failure count is committed even though the log-in is refused; every attempt, its outcome
    and a lock-out go to the audit trail (table "users": login, login_failed, locked).
    `derived` is the password's digest already computed when it unlocked an encrypted database
    (see `services.protection`), `refused_before` the attempts refused while it was locked.
    """
    with database.system_transaction() as session:
        for attempt in refused_before:
            user_id = int(attempt["user_id"]) if attempt.get("user_id") else None
            _log_in_entry(session, attempt["username"][:60], user_id, attempt["action"], attempt["reason"],
                          datetime.fromisoformat(attempt["at"]))
        user = session.scalar(select(User).where(User.username == username.strip()))
        now = utcnow()
        action, reason = "login_failed", "wrong_password"
        if user is None:
            passwords.verify_password(password, passwords.hash_password("x" * 8))  # same time either way
            error, reason = HtxError(tr("login_failed")), "unknown_user"
        elif user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            error, reason = HtxError(tr("login_locked", count=MAX_FAILURES, minutes=minutes)), "locked"
        elif not passwords.verify_password(password, user.password_hash, derived):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
                error, action = HtxError(tr("login_locked", count=MAX_FAILURES, minutes=LOCK_MINUTES)), "locked"
            else:
                error = HtxError(tr("login_failed"))
        elif not user.active:
            error, reason = HtxError(tr("user_inactive")), "inactive"
        else:
            user.failed_logins, user.locked_until = 0, None
            _log_in_entry(session, user.username, user.id, "login", None)
            return _info(user)
        _log_in_entry(session, user.username if user else username.strip()[:60], user.id if user else None,
                      action, reason)
    raise error


def _log_in_entry(session: Session, username: str, user_id: int | None, action: str, reason: str | None,
                  at: datetime | None = None) -> None:
    changes = json.dumps({"reason": [None, reason]}) if reason and action != "locked" else "{}"
    session.add(AuditEntry(at=at or utcnow(), username=username, action=action, table_name="users",
                           row_id="" if user_id is None else str(user_id), changes=changes))
