"""The roles and what each may do, and the actor a service acts for: plain Python (no database,
no Qt), so the log-in window can know them before the database layer is loaded. The check against
the users table is in `access`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from htx_desktop.domain.enums import UserRole
from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, label, tr


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
