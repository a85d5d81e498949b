"""The lists of the Activities screen (and of `htx-cli list`): outreach events, support given,
job reports, commendations and funding, each filtered and sorted in SQL like the other lists.

Support and job reports belong to a cooperative: their text search, unit filter and name sort
are the cooperative's. The list's "kind" filter is each record's own kind (form of outreach,
kind of support, level of commendation, funding source); its year, the record's date's year.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, extract, or_, select
from sqlalchemy.orm import Session

from htx_desktop.services.list_source import ListFilters, ListSource, common_filters
from htx_desktop.services.search import matches
from htx_desktop.services.units import unit_names
from htx_desktop.storage.models import (
    Commendation,
    Cooperative,
    FundingEntry,
    JobReport,
    OutreachEvent,
    Person,
    SupportAction,
)
from htx_desktop.messages import tr


@dataclass(frozen=True)
class OutreachRow:
    id: uuid.UUID
    title: str
    kind: str | None
    platform: str | None
    held_on: date
    place: str | None
    audience: str | None
    participants: int | None
    female_participants: int | None
    unit_code: str
    unit_name: str

    @property
    def name(self) -> str:
        return self.title


@dataclass(frozen=True)
class SupportRow:
    id: uuid.UUID
    cooperative_id: uuid.UUID
    cooperative_name: str
    kind: str
    given_on: date
    amount: int | None
    loan_source: str | None
    given_by: str | None
    unit_code: str
    unit_name: str

    @property
    def name(self) -> str:
        return self.cooperative_name


@dataclass(frozen=True)
class JobRow:
    id: uuid.UUID
    cooperative_id: uuid.UUID
    cooperative_name: str
    year: int | None
    reported_on: date
    new_female_jobs: int
    stable_female_jobs: int
    unit_code: str
    unit_name: str

    @property
    def name(self) -> str:
        return self.cooperative_name


@dataclass(frozen=True)
class CommendationRow:
    id: uuid.UUID
    title: str
    recipient_kind: str | None
    recipient: str  # the person's or cooperative's name, or the union branch of the unit
    level: str
    given_on: date
    decision_no: str | None
    unit_code: str
    unit_name: str

    @property
    def name(self) -> str:
        return self.recipient


@dataclass(frozen=True)
class FundingRow:
    id: uuid.UUID
    purpose: str | None
    source: str
    amount: int
    spent_on: date
    unit_code: str
    unit_name: str

    @property
    def name(self) -> str:
        return self.purpose or ""


def _kind_and_year(query: Select, kind: Any, day: Any, filters: ListFilters) -> Select:
    """The list's kind filter on `kind` and its year filter on the year of `day`."""
    if filters.kind:
        query = query.where(kind == filters.kind)
    return query.where(extract("year", day) == filters.year) if filters.year else query


def _in_order(session: Session, model: Any, ids: Sequence[uuid.UUID]) -> list[Any]:
    """The records with these ids, in the order of `ids` (the page's sort)."""
    by_id = {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]


class OutreachList(ListSource):
    model = OutreachEvent
    search_key = OutreachEvent.__table__.c.title_key
    sort_keys = {
        "name": OutreachEvent.title_key,
        "kind": OutreachEvent.kind,
        "held_on": OutreachEvent.held_on,
        "unit": OutreachEvent.unit_code,
        "participants": OutreachEvent.participants,
    }
    default_sort = "held_on"

    def _filtered(self, query: Select, filters: ListFilters) -> Select:
        query = common_filters(query, OutreachEvent, OutreachEvent.title_key, filters)
        return _kind_and_year(query, OutreachEvent.kind, OutreachEvent.held_on, filters)

    def rows(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> list[OutreachRow]:
        found = _in_order(session, OutreachEvent, ids)
        names = unit_names(session, {r.unit_code for r in found})
        return [
            OutreachRow(r.id, r.title, r.kind, r.platform, r.held_on, r.place, r.audience, r.participants,
                        r.female_participants, r.unit_code, names.get(r.unit_code, r.unit_code))
            for r in found
        ]


class _OfCooperative(ListSource):
    """Records of a cooperative: searched, filtered by unit and sorted by the cooperative's."""

    def _of_cooperative(self, query: Select, filters: ListFilters) -> Select:
        query = query.join(Cooperative, Cooperative.id == self.model.cooperative_id)
        return common_filters(query, Cooperative, Cooperative.name_key, filters)

    def _cooperatives(self, session: Session, rows: Any) -> tuple[dict[uuid.UUID, Any], dict[str, str]]:
        coops = {c.id: c for c in session.execute(
            select(Cooperative.id, Cooperative.name, Cooperative.unit_code)
            .where(Cooperative.id.in_({r.cooperative_id for r in rows}))
        )}
        return coops, unit_names(session, {c.unit_code for c in coops.values()})


class SupportList(_OfCooperative):
    model = SupportAction
    sort_keys = {
        "name": Cooperative.name_key,
        "kind": SupportAction.kind,
        "given_on": SupportAction.given_on,
        "amount": SupportAction.amount,
        "unit": Cooperative.unit_code,
    }
    default_sort = "given_on"

    def _filtered(self, query: Select, filters: ListFilters) -> Select:
        return _kind_and_year(self._of_cooperative(query, filters), SupportAction.kind, SupportAction.given_on,
                              filters)

    def rows(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> list[SupportRow]:
        found = _in_order(session, SupportAction, ids)
        coops, names = self._cooperatives(session, found)
        result = []
        for r in found:
            coop = coops[r.cooperative_id]
            result.append(SupportRow(r.id, r.cooperative_id, coop.name, r.kind, r.given_on, r.amount, r.loan_source,
                                     r.given_by, coop.unit_code, names.get(coop.unit_code, coop.unit_code)))
        return result


class JobList(_OfCooperative):
    model = JobReport
    sort_keys = {
        "name": Cooperative.name_key,
        "year": JobReport.year,
        "reported_on": JobReport.reported_on,
        "new_female_jobs": JobReport.new_female_jobs,
        "stable_female_jobs": JobReport.stable_female_jobs,
        "unit": Cooperative.unit_code,
    }
    default_sort = "reported_on"

    def _filtered(self, query: Select, filters: ListFilters) -> Select:
        query = self._of_cooperative(query, filters)
        return query.where(JobReport.year == filters.year) if filters.year else query

    def rows(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> list[JobRow]:
        found = _in_order(session, JobReport, ids)
        coops, names = self._cooperatives(session, found)
        result = []
        for r in found:
            coop = coops[r.cooperative_id]
            result.append(JobRow(r.id, r.cooperative_id, coop.name, r.year, r.reported_on, r.new_female_jobs,
                                 r.stable_female_jobs, coop.unit_code, names.get(coop.unit_code, coop.unit_code)))
        return result


class CommendationList(ListSource):
    model = Commendation
    sort_keys = {
        "title": Commendation.title,
        "level": Commendation.level,
        "given_on": Commendation.given_on,
        "unit": Commendation.unit_code,
    }
    default_sort = "given_on"

    def _filtered(self, query: Select, filters: ListFilters) -> Select:
        query = common_filters(query, Commendation, None, filters)
        if filters.text.strip():
            people = select(Person.id).where(matches(Person.name_key, filters.text))
            coops = select(Cooperative.id).where(matches(Cooperative.name_key, filters.text))
            query = query.where(or_(Commendation.person_id.in_(people), Commendation.cooperative_id.in_(coops)))
        return _kind_and_year(query, Commendation.level, Commendation.given_on, filters)

    def rows(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> list[CommendationRow]:
        found = _in_order(session, Commendation, ids)
        people = dict(session.execute(select(Person.id, Person.full_name).where(
            Person.id.in_({r.person_id for r in found if r.person_id}))).all())
        coops = dict(session.execute(select(Cooperative.id, Cooperative.name).where(
            Cooperative.id.in_({r.cooperative_id for r in found if r.cooperative_id}))).all())
        names = unit_names(session, {r.unit_code for r in found})
        result = []
        for r in found:
            unit = names.get(r.unit_code, r.unit_code)
            if r.person_id:
                recipient = people.get(r.person_id, "")
            elif r.cooperative_id:
                recipient = coops.get(r.cooperative_id, "")
            else:
                recipient = tr("union_branch_of", unit=unit)
            result.append(CommendationRow(r.id, r.title, r.recipient_kind, recipient, r.level, r.given_on,
                                          r.decision_no, r.unit_code, unit))
        return result


class FundingList(ListSource):
    model = FundingEntry
    search_key = FundingEntry.__table__.c.purpose_key
    sort_keys = {
        "name": FundingEntry.purpose_key,
        "source": FundingEntry.source,
        "amount": FundingEntry.amount,
        "spent_on": FundingEntry.spent_on,
        "unit": FundingEntry.unit_code,
    }
    default_sort = "spent_on"

    def _filtered(self, query: Select, filters: ListFilters) -> Select:
        query = common_filters(query, FundingEntry, FundingEntry.purpose_key, filters)
        return _kind_and_year(query, FundingEntry.source, FundingEntry.spent_on, filters)

    def rows(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> list[FundingRow]:
        found = _in_order(session, FundingEntry, ids)
        names = unit_names(session, {r.unit_code for r in found})
        return [
            FundingRow(r.id, r.purpose, r.source, r.amount, r.spent_on, r.unit_code,
                       names.get(r.unit_code, r.unit_code))
            for r in found
        ]


ACTIVITY_SOURCES: dict[str, ListSource] = {
    "outreach": OutreachList(),
    "support": SupportList(),
    "jobs": JobList(),
    "commendations": CommendationList(),
    "funding": FundingList(),
}
