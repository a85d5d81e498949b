"""Hand-built records for the indicator tests: small enough to count by eye.

Everything is in Xã Tràng Định (06046) unless a test says otherwise; dates are written out.
"""

from __future__ import annotations

import uuid
from datetime import date

from htx_desktop.domain.records import (
    AttendanceData,
    CooperativeData,
    PersonData,
    PostData,
    TrainingData,
    YearFiguresData,
)
from htx_desktop.plans.areas import area_codes
from htx_desktop.plans.indicators import FORMULAS, Achieved
from htx_desktop.services import cooperatives, people, trainings
from htx_desktop.storage.models import JobReport, SupportAction
from actors import ADMIN

COMMUNE = "06046"
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))


def coop(db, name: str, *, kind: str = "cooperative", founded: date = date(2024, 3, 1), supported: bool = True,
         dissolved: date | None = None, unit: str = COMMUNE, woman_manager: bool = True,
         workers: tuple[int, int] | None = (10, 6)) -> uuid.UUID:
    """A cooperative (or group), by default union-supported, with a woman chair (or group leader) and
    figures for its founding year: 10 workers, 6 of them women (None: no figures)."""
    cooperative_id = cooperatives.create(db, CooperativeData(
        name=name, unit_code=unit, kind=kind, founded_on=founded, union_supported=supported,
        union_support_on=founded if supported else None,
        status="dissolved" if dissolved else "active", dissolved_on=dissolved,
    ), actor=ADMIN)
    if woman_manager:
        chair = person(db, f"Chủ nhiệm {name}", unit=unit)
        manage(db, cooperative_id, chair, "group_leader" if kind == "group" else "board_chair", start=founded)
    if workers is not None:
        staff(db, cooperative_id, founded.year, *workers)
    return cooperative_id


def staff(db, cooperative_id, year: int, workers: int, women: int) -> None:
    cooperatives.set_year_figures(db, cooperative_id, YearFiguresData(year=year, workers=workers, female_workers=women),
                                  actor=ADMIN)


def person(db, name: str, *, sex: str = "female", cadre: str | None = None, unit: str = COMMUNE) -> uuid.UUID:
    return people.create(db, PersonData(full_name=name, unit_code=unit, sex=sex, birth_year=1980, cadre_level=cadre), actor=ADMIN)


def manage(db, cooperative_id, person_id, role: str = "board_chair", start: date | None = None,
           end: date | None = None) -> uuid.UUID:
    return cooperatives.add_post(db, PostData(person_id, cooperative_id, role, start, end), actor=ADMIN)


def support(db, cooperative_id, day: date, kind: str = "strengthening") -> None:
    with db.system_transaction() as session:
        session.add(SupportAction(cooperative_id=cooperative_id, kind=kind, given_on=day))


def jobs(db, cooperative_id, day: date, new: int, stable: int, deleted: bool = False) -> None:
    with db.system_transaction() as session:
        session.add(JobReport(cooperative_id=cooperative_id, reported_on=day, new_female_jobs=new,
                              stable_female_jobs=stable, deleted=deleted))


def course(db, topic: str, starts: date, ends: date | None = None, unit: str = COMMUNE) -> uuid.UUID:
    return trainings.create(db, TrainingData(title=f"Lớp {topic} {starts:%d/%m/%Y}", unit_code=unit, topic=topic,
                                             starts_on=starts, ends_on=ends), actor=ADMIN)


def attend(db, training_id, person_id, completed: bool = True) -> None:
    trainings.set_attendance(db, AttendanceData(training_id, person_id, attended=True, completed=completed), actor=ADMIN)


def figure(db, code: str, start: date = date(2023, 1, 1), end: date = date(2025, 12, 31),
           unit: str = COMMUNE) -> Achieved:
    with db.read() as session:
        return FORMULAS[code](session, area_codes(session, unit), start, end)
