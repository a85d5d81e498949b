"""Who acts, and what each role may do. No Qt.

Every write of a user's action begins with `Database.transaction(actor, permission)`, which checks
the actor here against the users table, in the same transaction: on a database with users the
actor must be an active user, and the role stored for that user (not the one the caller claims)
decides. A database without users (demos, tests, scripted set-ups) is not protected: the actor's
own role decides, and `SYSTEM` acts there as administrator.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import UserRole
from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, label, tr
from htx_desktop.storage.models import User


class Permission(StrEnum):
    #: Cooperatives, posts, year figures, OCOP products, people, trainings, attendance, plans and
    #: targets, reviewing sync conflicts.
    RECORDS = "records"
    #: Exporting and importing sync files and receipts, copying the database to a backup.
    SYNC = "sync"
    #: Users, key cards (trust, revoke, replace), the receiving unit and other settings, demo data,
    #: restoring a backup.
    ADMINISTER = "administer"


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    UserRole.ADMIN: frozenset(Permission),
    UserRole.DATA_ENTRY: frozenset({Permission.RECORDS, Permission.SYNC}),
    UserRole.VIEWER: frozenset(),
}

#: Roles that may see national IDs and priority groups.
SENSITIVE_ROLES = frozenset({UserRole.ADMIN, UserRole.DATA_ENTRY})

MESSAGES.update(
    {
        "access.denied": (
            "Tài khoản “{user}” (vai trò {role}) không được phép {action}.",
            "The account “{user}” (role: {role}) may not {action}.",
        ),
        "access.records": ("thêm, sửa hay xóa hồ sơ", "add, change or delete records"),
        "access.sync": (
            "xuất, nhập tệp đồng bộ, biên nhận hay sao lưu dữ liệu",
            "export or import sync files and receipts, or back up the data",
        ),
        "access.administer": (
            "quản lý người dùng, khóa, đơn vị nhận, cài đặt hay khôi phục sao lưu (chỉ người quản trị)",
            "manage users, keys, the receiving unit or settings, or restore a backup (administrators only)",
        ),
        "access.sign_in_required": (
            "Cơ sở dữ liệu này có người dùng: phải đăng nhập trước khi thay đổi dữ liệu.",
            "This database has users: sign in before changing anything.",
        ),
        "access.unknown_user": (
            "Tài khoản “{user}” không có hoặc đã bị vô hiệu hóa.",
            "The account “{user}” does not exist or has been disabled.",
        ),
    }
)


@dataclass(frozen=True)
class Actor:
    """The signed-in user (or `SYSTEM` on a database without users) on whose behalf a service acts."""

    username: str
    role: str  # UserRole value

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())

    def require(self, permission: Permission) -> None:
        if not self.may(permission):
            role = label(UserRole(self.role)) if self.role in ROLE_PERMISSIONS else self.role
            raise HtxError(tr("access.denied", user=self.username or "-", role=role,
                              action=tr(f"access.{permission}")))

    @property
    def can_edit(self) -> bool:
        return self.may(Permission.RECORDS)

    @property
    def is_admin(self) -> bool:
        return self.may(Permission.ADMINISTER)

    @property
    def may_see_sensitive(self) -> bool:
        return self.role in SENSITIVE_ROLES


#: The actor of a database without users (and of the program's own set-up).
SYSTEM = Actor("", UserRole.ADMIN.value)


def has_users(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


def verified(session: Session, actor: Actor) -> Actor:
    """The actor as this database knows it: on a database with users, an active user with the
    role stored for them; refused otherwise."""
    if not has_users(session):
        return actor
    if not actor.username:
        raise HtxError(tr("access.sign_in_required"))
    row = session.execute(select(User.role, User.active).where(User.username == actor.username)).one_or_none()
    if row is None or not row.active:
        raise HtxError(tr("access.unknown_user", user=actor.username))
    return Actor(actor.username, row.role)


def authorise(session: Session, actor: Actor, permission: Permission) -> Actor:
    """The verified actor, if its role grants the permission; `HtxError` otherwise."""
    checked = verified(session, actor)
    checked.require(permission)
    return checked
