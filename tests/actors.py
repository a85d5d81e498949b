"""Who the tests act as. The test databases made from `template_db` (conftest) have one user,
the administrator "admin"; the sync installations have no users, where any actor's own role counts."""

from htx_desktop.domain.enums import UserRole
from htx_desktop.security.access import Actor

ADMIN = Actor("admin", UserRole.ADMIN.value)
ADMIN_PASSWORD = "matkhau-an-toan"
