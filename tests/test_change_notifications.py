"""Screens that show figures learn of every committed change, and of nothing else."""

import pytest

from actors import ADMIN
from htx_desktop.domain.enums import UserRole
from htx_desktop.domain.records import CooperativeData
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.security.access import Actor
from htx_desktop.services import cooperatives


def test_listeners_hear_each_committed_write_and_not_a_refused_or_failed_one(db):
    heard = []
    stop = db.on_change(lambda: heard.append("changed"))
    cooperatives.create(db, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), ADMIN)
    assert heard == ["changed"]
    with pytest.raises(ValidationError):
        cooperatives.create(db, CooperativeData(name="", unit_code="06046"), ADMIN)
    with pytest.raises(HtxError):
        cooperatives.create(db, CooperativeData(name="HTX Hồi", unit_code="06046"), Actor("khach", UserRole.VIEWER.value))
    assert heard == ["changed"]
    stop()
    cooperatives.create(db, CooperativeData(name="HTX Hồi", unit_code="06046"), ADMIN)
    assert heard == ["changed"]
