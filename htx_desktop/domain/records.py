"""Plain records passed between the GUI/CLI and the services: what a form holds, nothing live."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date


@dataclass
class CooperativeData:
    name: str
    unit_code: str
    kind: str = "cooperative"
    registration_no: str | None = None
    tax_code: str | None = None
    address: str | None = None
    sector: str | None = None
    founded_on: date | None = None
    union_supported: bool = False
    union_support_on: date | None = None
    status: str = "active"
    dissolved_on: date | None = None
    charter_capital: int | None = None
    phone: str | None = None
    ecommerce: bool = False
    digital_tools: bool = False
    value_chain: bool = False
    traditional_craft: bool = False
    trademark: bool = False
    traceability: bool = False
    growing_area_code: str | None = None
    agri_insurance: bool = False
    notes: str | None = None


@dataclass
class YearFiguresData:
    year: int
    members: int | None = None
    female_members: int | None = None
    workers: int | None = None
    female_workers: int | None = None
    revenue: int | None = None
    profit: int | None = None
    classification: str | None = None


@dataclass
class OcopProductData:
    name: str
    stars: int
    certified_on: date | None = None
    decision_no: str | None = None


@dataclass
class PersonData:
    full_name: str
    unit_code: str
    sex: str = "female"
    birth_year: int | None = None
    ethnicity: str | None = None
    phone: str | None = None
    national_id: str | None = None
    address: str | None = None
    cadre_level: str | None = None
    priority_groups: list[str] = field(default_factory=list)
    notes: str | None = None


@dataclass
class PostData:
    person_id: uuid.UUID
    cooperative_id: uuid.UUID
    role: str
    started_on: date | None = None
    ended_on: date | None = None


@dataclass
class TrainingData:
    title: str
    unit_code: str
    topic: str
    starts_on: date
    format: str = "in_person"
    ends_on: date | None = None
    place: str | None = None
    organiser: str | None = None
    funding_source: str | None = None
    target_group: str | None = None
    notes: str | None = None


@dataclass
class AttendanceData:
    training_id: uuid.UUID
    person_id: uuid.UUID
    attended: bool = True
    completed: bool = False


@dataclass
class OutreachData:
    title: str  # the topic
    unit_code: str
    held_on: date | None
    kind: str = "meeting"  # OutreachKind
    platform: str | None = None  # SocialPlatform, for a social media post
    format: str = "in_person"  # TrainingFormat
    place: str | None = None
    audience: str | None = None
    participants: int | None = None
    female_participants: int | None = None
    notes: str | None = None


@dataclass
class SupportData:
    cooperative_id: uuid.UUID | None
    kind: str  # SupportKind
    given_on: date | None
    amount: int | None = None  # VND
    loan_source: str | None = None  # the lender, for a loan
    given_by: str | None = None
    description: str | None = None


@dataclass
class JobReportData:
    cooperative_id: uuid.UUID | None
    year: int | None
    reported_on: date | None
    new_female_jobs: int | None = 0
    stable_female_jobs: int | None = 0
    notes: str | None = None


@dataclass
class CommendationData:
    title: str
    unit_code: str
    recipient_kind: str  # CommendationRecipient
    level: str  # CommendationLevel
    given_on: date | None
    decision_no: str | None = None
    person_id: uuid.UUID | None = None
    cooperative_id: uuid.UUID | None = None


@dataclass
class FundingData:
    unit_code: str
    source: str  # FundingSource
    amount: int | None
    spent_on: date | None
    purpose: str | None = None


@dataclass(frozen=True)
class CooperativeRow:
    """A cooperative as a list shows it, with the derived facts."""

    id: uuid.UUID
    kind: str
    name: str
    unit_code: str
    unit_name: str
    status: str
    founded_on: date | None
    union_supported: bool
    women_managed: bool
    female_worker_share: float | None
    many_jobs_for_women: bool
    ocop_stars: int | None


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    full_name: str
    birth_year: int | None
    sex: str
    ethnicity: str | None
    unit_code: str
    unit_name: str
    phone: str | None
    national_id: str | None  # None when the role may not see it
    cadre_level: str | None
    priority_groups: tuple[str, ...]  # empty when the role may not see them


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "cooperative" or "person"
    id: uuid.UUID
    name: str
    unit_code: str
    unit_name: str
    detail: str
