"""Posts held in cooperatives: a person and a cooperative found as their own lists find them
(CCCD, else name + unit + birth year; registration number, else name + unit); the same person,
cooperative and role again updates the dates."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain import enums, validation
from htx_desktop.domain.records import PostData
from htx_desktop.imports import values
from htx_desktop.imports.kinds import cooperatives, people
from htx_desktop.imports.kinds.base import Context, Field, Kind, Resolved
from htx_desktop.imports.kinds.records import find
from htx_desktop.messages import tr
from htx_desktop.storage.models import Cooperative, Post

#: A cooperative named in another kind's row (posts, support, job reports, commendations).
COOPERATIVE_NAME = Field("cooperative_name", "Tên HTX/THT", ("Tên HTX", "Tên hợp tác xã", "Tên THT", "HTX/THT",
                                                              "Tên tổ hợp tác"), required=True)
REGISTRATION_NO = Field("registration_no", "Số đăng ký HTX", ("Số đăng ký", "Số ĐKKD", "Mã số HTX"))

FIELDS = (
    people.NAME,
    people.BIRTH_YEAR,
    people.NATIONAL_ID,
    COOPERATIVE_NAME,
    REGISTRATION_NO,
    Field("role", "Chức vụ", ("Chức vụ trong HTX", "Chức danh", "Vị trí"), required=True, choices=enums.PostRole),
    Field("started_on", "Ngày bắt đầu", ("Từ ngày", "Bắt đầu", "Ngày nhận chức"), values.day),
    Field("ended_on", "Ngày kết thúc", ("Đến ngày", "Kết thúc", "Ngày thôi chức"), values.day),
    cooperatives.UNIT,
)


def person_of(given: dict[str, Any], context: Context, unit: str | None) -> tuple[Any, dict[str, str]]:
    probe = SimpleNamespace(full_name=given.get("full_name") or "", unit_code=unit,
                            birth_year=given.get("birth_year"), national_id=given.get("national_id"))
    found = find(people.RULES, context, probe)
    return found, ({} if found else {"full_name": tr("imports.person_not_found")})


def cooperative_of(given: dict[str, Any], context: Context, unit: str | None) -> tuple[Any, dict[str, str]]:
    """The cooperative a row names: by registration number, else by name and unit."""
    probe = SimpleNamespace(name=given.get("cooperative_name") or "", unit_code=unit,
                            registration_no=given.get("registration_no"))
    found = find(cooperatives.RULES, context, probe)
    return found, ({} if found else {"cooperative_name": tr("imports.cooperative_not_found")})


def _posts(context: Context) -> dict[tuple, Any]:
    index = context.cache.get("index.posts")
    if index is None:
        rows = context.session.execute(
            select(Post.person_id, Post.cooperative_id, Post.role, Post.id).where(Post.deleted.is_(False)))
        index = context.cache["index.posts"] = {(p, c, r): post_id for p, c, r, post_id in rows}
    return index


def resolve(given: dict[str, Any], context: Context) -> Resolved:
    try:
        unit = context.unit_code(given.get("unit_code"))
    except values.BadValue as problem:
        return Resolved(problems={"unit_code": problem.message})
    person, problems = person_of(given, context, unit)
    cooperative, not_found = cooperative_of(given, context, unit)
    problems.update(not_found)
    if problems:
        return Resolved(problems=problems)
    data = PostData(person, cooperative, given.get("role"), given.get("started_on"), given.get("ended_on"))
    founded = context.session.scalar(select(Cooperative.founded_on).where(Cooperative.id == cooperative))
    problems = validation.check_post(data, context.today, founded)
    identity = (person, cooperative, data.role)
    return Resolved(data, _posts(context).get(identity), problems, identity)


def write(session: Session, resolved: Resolved) -> None:
    data: PostData = resolved.data
    if resolved.target is None:
        session.add(Post(person_id=data.person_id, cooperative_id=data.cooperative_id, role=data.role,
                         started_on=data.started_on, ended_on=data.ended_on))
        return
    post = session.get(Post, resolved.target)
    post.started_on = data.started_on or post.started_on
    post.ended_on = data.ended_on or post.ended_on


KIND = Kind("posts", "Danh sách chức vụ trong HTX", FIELDS, resolve, write)
