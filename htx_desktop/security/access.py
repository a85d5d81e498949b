"""Who acts, checked against the users table (the roles and what each may do are in `roles`). No Qt.

Every write of a user's action begins with `Database.transaction(actor, permission)`, which checks
the actor here against the users table, in the same transaction: on a database with users the
actor must be an active user, and the role stored for that user (not the one the caller claims)
decides. A database without users (demos, tests, scripted set-ups) is not protected: the actor's
own role decides, and `SYSTEM` acts there as administrator.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.errors import HtxError
from htx_desktop.messages import tr
from htx_desktop.security.roles import ROLE_PERMISSIONS, SENSITIVE_ROLES, SYSTEM, Actor, Permission
from htx_desktop.storage.models import User

__all__ = ["ROLE_PERMISSIONS", "SENSITIVE_ROLES", "SYSTEM", "Actor", "Permission", "authorise", "has_users",
           "verified"]


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
