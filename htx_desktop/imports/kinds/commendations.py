"""Commendations: to a person (found as the people list finds her: CCCD, else name + unit + birth
year), a cooperative or group (found as the posts list finds it), or the union branch; the same
decision number and recipient again is an update (without a number: the same title, date and
recipient)."""

from __future__ import annotations

from typing import Any

from htx_desktop.domain import enums
from htx_desktop.domain.enums import CommendationRecipient
from htx_desktop.imports import values
from htx_desktop.imports.kinds import people
from htx_desktop.imports.kinds.activity import ActivityRules, activity_kind, key_of
from htx_desktop.imports.kinds.base import Context, Field
from htx_desktop.imports.kinds.cooperatives import UNIT
from htx_desktop.imports.kinds.posts import COOPERATIVE_NAME, REGISTRATION_NO, cooperative_of, person_of
from htx_desktop.services import activities
from htx_desktop.storage.models import Cooperative

FIELDS = (
    Field("recipient_kind", "Khen thưởng cho", ("Đối tượng khen thưởng", "Đối tượng được khen", "Loại đối tượng"),
          choices=CommendationRecipient, note="để trống: theo cột tên (người hoặc HTX/THT)"),
    Field(people.NAME.key, "Họ và tên người được khen", ("Họ và tên", "Họ tên", "Người được khen", "Cá nhân"),
          example="Hoàng Thị Mai"),
    people.BIRTH_YEAR,
    people.NATIONAL_ID,
    Field(COOPERATIVE_NAME.key, "Tên HTX/THT được khen", COOPERATIVE_NAME.synonyms + ("Tập thể", "Tập thể được khen")),
    REGISTRATION_NO,
    Field("title", "Hình thức khen thưởng", ("Hình thức", "Danh hiệu", "Khen thưởng", "Nội dung khen thưởng"),
          required=True, example="Giấy khen"),
    Field("level", "Cấp khen thưởng", ("Cấp", "Cấp khen"), required=True, choices=enums.CommendationLevel,
          example="Cấp huyện"),
    Field("given_on", "Ngày khen thưởng", ("Ngày", "Ngày quyết định", "Ngày QĐ", "Ngày khen", "Ngày ký"),
          values.day, required=True, note="dd/mm/yyyy", example="20/10/2024"),
    Field("decision_no", "Số quyết định", ("Số QĐ", "Quyết định số", "QĐ số"), example="125/QĐ-UBND"),
    UNIT,
)


def _recipient(given: dict[str, Any], context: Context, unit: str | None) -> tuple[dict, dict]:
    """The person or the cooperative named; the recipient's kind, when the file leaves it out,
    follows the column filled (a cooperative's own kind says HTX or THT)."""
    kind = given.get("recipient_kind")
    if kind is None and given.get("full_name"):
        kind = CommendationRecipient.PERSON
    elif kind is None and given.get("cooperative_name"):
        kind = CommendationRecipient.COOPERATIVE  # made precise below, once the cooperative is found
    if kind == CommendationRecipient.PERSON and given.get("full_name"):
        person, problems = person_of(given, context, unit)
        return {"recipient_kind": kind, "person_id": person}, problems
    if kind in (CommendationRecipient.COOPERATIVE, CommendationRecipient.GROUP) and given.get("cooperative_name"):
        cooperative, problems = cooperative_of(given, context, unit)
        if cooperative is not None and given.get("recipient_kind") is None:
            own_kind = context.session.get(Cooperative, cooperative).kind
            kind = CommendationRecipient.GROUP if own_kind == enums.CooperativeKind.GROUP else kind
        return {"recipient_kind": kind, "cooperative_id": cooperative}, problems
    return {"recipient_kind": kind}, {}


def _identity(row: Any) -> tuple:
    recipient = (row.recipient_kind, row.person_id, row.cooperative_id, row.unit_code)
    if row.decision_no:
        return ("decision", key_of(row.decision_no), *recipient)
    return ("title", key_of(row.title), row.given_on, *recipient)


RULES = ActivityRules(
    activities.COMMENDATIONS, _identity, _recipient,
    (("person_id", "full_name"), ("cooperative_id", "cooperative_name")),
)

KIND = activity_kind("commendations", "Danh sách khen thưởng", FIELDS, RULES)
