"""The two seed plans, built into every database as read-only templates.

- Tràng Định district (Lạng Sơn), 2023: plan implementing Decision 01/QĐ-TTg of 03/01/2023.
- Nam Định province, May 2023: the same. Nam Định has been part of Ninh Bình (37) since 1 July
  2025 and Tràng Định district was abolished then; the templates hang on the current provinces.

Every row has a deterministic id (uuid5 of the plan, phase and indicator codes) and version 0,
so each installation holds the same rows and a sync file merges them instead of duplicating.
Targets are checked against the seed texts; each target's note quotes the sentence it comes from.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import TargetKind
from htx_desktop.plans.indicators import FORMULAS
from htx_desktop.storage.base import utcnow
from htx_desktop.storage.models import Indicator, IndicatorTarget, Plan, PlanPhase

PLAN_NAMESPACE = uuid.UUID("5b0f3c9e-2d47-4e8a-9c61-7a2f4e1d8b35")
TEMPLATE_SITE = "template"

NUMBER, RANGE, FLOOR, ABOVE, PERCENT, MILESTONE = (
    TargetKind.NUMBER.value, TargetKind.RANGE.value, TargetKind.FLOOR.value,
    TargetKind.ABOVE.value, TargetKind.PERCENT_FLOOR.value, TargetKind.MILESTONE.value,
)


def plan_uuid(plan_code: str) -> uuid.UUID:
    return uuid.uuid5(PLAN_NAMESPACE, f"plan:{plan_code}")


def phase_uuid(plan_code: str, phase_code: str) -> uuid.UUID:
    return uuid.uuid5(PLAN_NAMESPACE, f"phase:{plan_code}:{phase_code}")


def indicator_uuid(plan_code: str, indicator_code: str) -> uuid.UUID:
    return uuid.uuid5(PLAN_NAMESPACE, f"indicator:{plan_code}:{indicator_code}")


def target_uuid(indicator_id: uuid.UUID, phase_id: uuid.UUID) -> uuid.UUID:
    """One target per indicator and phase on every installation (own plans use it too)."""
    return uuid.uuid5(PLAN_NAMESPACE, f"target:{indicator_id}:{phase_id}")


@dataclass(frozen=True)
class SeedTarget:
    kind: str
    low: float
    high: float | None = None
    note: str = ""


@dataclass(frozen=True)
class SeedIndicator:
    code: str
    measure: str
    targets: dict[str, SeedTarget]  # phase code -> target


@dataclass(frozen=True)
class SeedPlan:
    code: str
    name: str
    unit_code: str
    notes: str
    indicators: tuple[SeedIndicator, ...]
    phases: tuple[tuple[str, str, date, date], ...] = field(default=(
        ("2025", "Giai đoạn 1: đến năm 2025", date(2023, 1, 1), date(2025, 12, 31)),
        ("2030", "Giai đoạn 2: từ năm 2026 đến năm 2030", date(2026, 1, 1), date(2030, 12, 31)),
    ))


TRANG_DINH = SeedPlan(
    code="KH-TRANGDINH-2023",
    name="Kế hoạch thực hiện Đề án 01 trên địa bàn huyện Tràng Định (mẫu)",
    unit_code="20",
    notes="UBND huyện Tràng Định, tỉnh Lạng Sơn, năm 2023, thực hiện Quyết định số 01/QĐ-TTg ngày "
          "03/01/2023 và Kế hoạch số 94/KH-UBND ngày 16/4/2023 của UBND tỉnh Lạng Sơn.",
    indicators=(
        SeedIndicator("new_coops_many_jobs", "HTX", {
            "2025": SeedTarget(RANGE, 2, 3, "Tư vấn, hỗ trợ thành lập mới từ 02 - 03 HTX do phụ nữ tham gia quản lý, "
                                            "điều hành, tạo nhiều việc làm cho lao động nữ (trên 50% lao động HTX là nữ)"),
            "2030": SeedTarget(FLOOR, 7, None, "Tư vấn, hỗ trợ thành lập mới ít nhất 07 HTX do phụ nữ tham gia quản lý, "
                                               "điều hành, tạo nhiều việc làm cho lao động nữ"),
        }),
        SeedIndicator("new_groups_founded", "THT", {
            "2025": SeedTarget(ABOVE, 3, None, "Vận động hỗ trợ thành lập trên 03 tổ hợp tác"),
            "2030": SeedTarget(ABOVE, 8, None, "Vận động, hỗ trợ thành lập trên 08 tổ hợp tác"),
        }),
        SeedIndicator("new_female_jobs", "lao động", {
            "2025": SeedTarget(RANGE, 35, 50, "Tạo việc làm mới cho khoảng 35 - 50 lao động nữ"),
            "2030": SeedTarget(RANGE, 80, 100, "Tạo việc làm mới cho khoảng 80 - 100 lao động nữ"),
        }),
        SeedIndicator("strengthened_share", "%", {
            "2025": SeedTarget(PERCENT, 100, None, "Củng cố, nâng cao chất lượng cho 100% HTX và tổ hợp tác"),
            "2030": SeedTarget(PERCENT, 100, None, "Củng cố, nâng cao chất lượng cho 100% HTX và tổ hợp tác"),
        }),
        SeedIndicator("managers_trained", "%", {
            "2025": SeedTarget(PERCENT, 100, None, "100% nữ quản lý của HTX được đào tạo, bồi dưỡng"),
            "2030": SeedTarget(PERCENT, 100, None, "100% nữ quản lý của HTX được đào tạo, bồi dưỡng"),
        }),
        SeedIndicator("group_leaders_trained", "%", {}),
        SeedIndicator("cadres_trained", "%", {
            "2025": SeedTarget(PERCENT, 100, None, "100% cán bộ Hội làm công tác hỗ trợ phát triển KTTT, HTX được tập huấn"),
            "2030": SeedTarget(PERCENT, 100, None, "100% cán bộ Hội làm công tác hỗ trợ phát triển KTTT, HTX được tập huấn"),
        }),
        SeedIndicator("cadres_outreach", "%", {
            "2025": SeedTarget(PERCENT, 80, None, "Ít nhất 80% cán bộ Hội các cấp được nâng cao kỹ năng tuyên truyền"),
            "2030": SeedTarget(PERCENT, 90, None, "Ít nhất 90% cán bộ Hội các cấp được nâng cao kỹ năng tuyên truyền"),
        }),
        SeedIndicator("commendations_two_years", "lần", {
            "2025": SeedTarget(FLOOR, 1, None, "Tôn vinh, khen thưởng các tập thể, cá nhân điển hình (02 năm/lần)"),
            "2030": SeedTarget(FLOOR, 1, None, "Tôn vinh, khen thưởng các tập thể, cá nhân điển hình (02 năm/lần)"),
        }),
    ),
)

NAM_DINH = SeedPlan(
    code="KH-NAMDINH-2023",
    name="Kế hoạch thực hiện Đề án 01 tỉnh Nam Định (mẫu)",
    unit_code="37",
    notes="UBND tỉnh Nam Định, tháng 5 năm 2023, thực hiện Quyết định số 01/QĐ-TTg ngày 03/01/2023. "
          "Tỉnh Nam Định nay thuộc tỉnh Ninh Bình.",
    indicators=(
        SeedIndicator("new_coops_founded", "HTX", {
            "2025": SeedTarget(RANGE, 5, 7, "Tư vấn, hỗ trợ thành lập mới 5-7 HTX cho nữ tham gia quản lý"),
        }),
        SeedIndicator("new_coops_groups_many_jobs", "HTX, THT", {
            "2030": SeedTarget(NUMBER, 10, None, "Hỗ trợ, tư vấn, thành lập mới 10 HTX, THT do nữ tham gia quản lý, "
                                                 "tạo nhiều việc làm cho lao động nữ"),
        }),
        SeedIndicator("women_entrepreneurs_association", "", {
            "2025": SeedTarget(MILESTONE, 1, None, "Phấn đấu thành lập Hội doanh nhân nữ tỉnh Nam Định"),
        }),
        SeedIndicator("new_female_jobs", "lao động", {
            "2025": SeedTarget(NUMBER, 150, None, "Tạo việc làm mới cho 150 lao động nữ"),
        }),
        SeedIndicator("strengthened_coops", "HTX", {
            "2025": SeedTarget(FLOOR, 10, None, "Củng cố, nâng cao chất lượng cho ít nhất 10 HTX"),
            "2030": SeedTarget(FLOOR, 20, None, "Củng cố, nâng cao chất lượng cho ít nhất 20 HTX"),
        }),
        SeedIndicator("strengthened_groups", "THT", {
            "2025": SeedTarget(FLOOR, 30, None, "Củng cố, nâng cao chất lượng cho ít nhất 30 THT"),
            "2030": SeedTarget(FLOOR, 60, None, "Củng cố, nâng cao chất lượng cho ít nhất 60 THT"),
        }),
        SeedIndicator("stable_female_jobs", "lao động", {
            "2025": SeedTarget(NUMBER, 650, None, "Tạo việc làm ổn định cho 650 thành viên, lao động nữ trong HTX, THT"),
        }),
        SeedIndicator("stable_female_jobs_coops", "lao động", {
            "2030": SeedTarget(ABOVE, 400, None, "Tạo việc làm ổn định cho trên 400 thành viên, lao động nữ trong HTX"),
        }),
        SeedIndicator("stable_female_jobs_groups", "lao động", {
            "2030": SeedTarget(NUMBER, 1300, None, "1.300 lao động nữ trong THT"),
        }),
        SeedIndicator("managers_trained", "%", {
            "2025": SeedTarget(PERCENT, 100, None, "100% nữ quản lý của HTX được bồi dưỡng"),
            "2030": SeedTarget(PERCENT, 100, None, "100% nữ quản lý HTX được đào tạo, bồi dưỡng"),
        }),
        SeedIndicator("group_leaders_trained", "%", {}),
        SeedIndicator("cadres_trained", "%", {
            "2025": SeedTarget(PERCENT, 100, None, "100% cán bộ Hội làm công tác hỗ trợ phụ nữ phát triển KTTT, HTX được bồi dưỡng, tập huấn"),
            "2030": SeedTarget(PERCENT, 100, None, "100% cán bộ Hội các cấp làm công tác hỗ trợ phát triển KTTT, HTX được tập huấn"),
        }),
        SeedIndicator("cadres_outreach", "%", {
            "2025": SeedTarget(PERCENT, 80, None, "Ít nhất 80% cán bộ Hội các cấp được nâng cao kỹ năng tuyên truyền"),
            "2030": SeedTarget(PERCENT, 90, None, "Ít nhất 90% cán bộ Hội các cấp được bồi dưỡng, nâng cao kỹ năng tuyên truyền"),
        }),
    ),
)

TEMPLATES = (TRANG_DINH, NAM_DINH)


def template_for_province(province_code: str | None) -> SeedPlan:
    """Lạng Sơn (20) gets the Tràng Định plan; every other province the Nam Định one."""
    return TRANG_DINH if province_code == "20" else NAM_DINH


def _synced(row_id: uuid.UUID) -> dict[str, object]:
    now = utcnow()
    return {"id": row_id, "site_id": TEMPLATE_SITE, "owner_unit": "", "version": 0,
            "created_at": now, "updated_at": now, "deleted": False}


def template_rows() -> dict[type, list[dict[str, object]]]:
    """The rows of both templates, per model, parents first."""
    rows: dict[type, list[dict[str, object]]] = {Plan: [], PlanPhase: [], Indicator: [], IndicatorTarget: []}
    for seed in TEMPLATES:
        plan_id = plan_uuid(seed.code)
        rows[Plan].append(_synced(plan_id) | {
            "code": seed.code, "name": seed.name, "unit_code": seed.unit_code, "decision_no": None,
            "issued_on": None, "is_template": True, "notes": seed.notes,
        })
        for code, name, starts_on, ends_on in seed.phases:
            rows[PlanPhase].append(_synced(phase_uuid(seed.code, code)) | {
                "plan_id": plan_id, "code": code, "name": name, "starts_on": starts_on, "ends_on": ends_on,
            })
        for position, indicator in enumerate(seed.indicators, start=1):
            indicator_id = indicator_uuid(seed.code, indicator.code)
            rows[Indicator].append(_synced(indicator_id) | {
                "plan_id": plan_id, "code": indicator.code, "name": FORMULAS[indicator.code].names[0],
                "measure": indicator.measure, "position": position,
            })
            for phase_code, target in indicator.targets.items():
                phase_id = phase_uuid(seed.code, phase_code)
                rows[IndicatorTarget].append(_synced(target_uuid(indicator_id, phase_id)) | {
                    "indicator_id": indicator_id, "phase_id": phase_id, "kind": target.kind,
                    "low": target.low, "high": target.high, "note": target.note,
                })
    return rows


_BOOKKEEPING = ("id", "site_id", "owner_unit", "version", "created_at", "updated_at")


def _differences(session: Session) -> list[tuple[type, uuid.UUID, dict[str, object] | None]]:
    """What must change for the stored template rows to be exactly the definitions above:
    (model, id, row to insert or values to set); None removes a template row no longer defined
    (an indicator a newer version replaced)."""
    changes: list[tuple[type, uuid.UUID, dict[str, object] | None]] = []
    for model, rows in template_rows().items():
        wanted = {row["id"]: row for row in rows}
        stored = {
            row.id: row
            for row in session.scalars(select(model).where(or_(model.id.in_(wanted), model.site_id == TEMPLATE_SITE)))
        }
        for row_id, row in wanted.items():
            found = stored.get(row_id)
            if found is None:
                changes.append((model, row_id, row))
                continue
            values = {key: value for key, value in row.items() if key not in _BOOKKEEPING}
            if any(getattr(found, key) != value for key, value in values.items()):
                changes.append((model, row_id, values))
        changes.extend((model, row_id, None) for row_id, row in stored.items() if row_id not in wanted and not row.deleted)
    return changes


def templates_missing(session: Session) -> bool:
    """The stored templates differ from this version's: missing, changed or replaced rows."""
    return bool(_differences(session))


def ensure_templates(session: Session) -> int:
    """Make the stored template rows exactly this version's (nothing on the second call); returns how
    many rows were added, changed or retired.

    Template rows keep version 0 and the template site: every installation of this version holds
    the same rows, so they never travel as changes in sync files. A retired row stays as a tombstone.
    """
    changes = _differences(session)
    for model, row_id, values in changes:  # parents first, as `template_rows` orders them
        if values is not None and "site_id" in values:
            session.execute(insert(model), [values])
    for model, row_id, values in reversed(changes):  # children first
        if values is None:
            session.execute(update(model).where(model.id == row_id).values(deleted=True))
        elif "site_id" not in values:
            session.execute(update(model).where(model.id == row_id).values(**values))
    return len(changes)
