"""The kinds of list that can be imported, each one declaration (see `base.Kind`): the records of
their own (`records`), and the activity kinds (`activity`)."""

from __future__ import annotations

from htx_desktop.errors import HtxError
from htx_desktop.imports.kinds import (
    attendance,
    commendations,
    cooperatives,
    funding,
    jobs,
    outreach,
    people,
    posts,
    support,
    trainings,
)
from htx_desktop.imports.kinds.base import Context, Field, Kind, Resolved
from htx_desktop.messages import tr

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (cooperatives.KIND, people.KIND, posts.KIND, trainings.KIND, attendance.KIND,
                 support.KIND, jobs.KIND, outreach.KIND, commendations.KIND, funding.KIND)
}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise HtxError(tr("imports.unknown_kind", kind=name)) from None


__all__ = ["KINDS", "Context", "Field", "Kind", "Resolved", "kind"]
