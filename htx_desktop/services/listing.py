"""What the big lists show: ids from one filtered, sorted SQL query, and rows for a page of ids.

A list first asks for the ids of the first page (fast at any size), then for all ids in the
background, then for rows of the pages the user scrolls to. Filtering and sorting happen in SQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import Session

from htx_desktop.domain.records import CooperativeRow, PersonRow
from htx_desktop.services import cooperatives, people
from htx_desktop.services.activity_lists import ACTIVITY_SOURCES
from htx_desktop.services.list_source import ListFilters, ListSource, common_filters
from htx_desktop.services.units import unit_names
from htx_desktop.storage.models import Attendance, Cooperative, Person, Training


@dataclass(frozen=True)
class TrainingRow:
    id: uuid.UUID
    title: str
    topic: str
    format: str
    starts_on: Any
    ends_on: Any
    place: str | None
    unit_code: str
    unit_name: str
    attendees: int
    completed: int


class CooperativeList(ListSource):
    model = Cooperative
    search_key = Cooperative.__table__.c.name_key
    sort_keys = {
        "name": Cooperative.name_key,
        "kind": Cooperative.kind,
        "unit": Cooperative.unit_code,
        "status": Cooperative.status,
        "founded_on": Cooperative.founded_on,
        "union_supported": Cooperative.union_supported,
    }

    def _filtered(self, query: Select, filters: ListFilters) -> Select:
        query = common_filters(query, Cooperative, Cooperative.name_key, filters)
        if filters.kind:
            query = query.where(Cooperative.kind == filters.kind)
        if filters.status:
            query = query.where(Cooperative.status == filters.status)
        if filters.year:
            query = query.where(extract("year", Cooperative.founded_on) == filters.year)
        return query

    def rows(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> list[CooperativeRow]:
        return cooperatives.rows(session, list(ids))


class PersonList(ListSource):
    model = Person
    search_key = Person.__table__.c.name_key
    sort_keys = {
        "name": Person.name_key,
        "birth_year": Person.birth_year,
        "sex": Person.sex,
        "ethnicity": Person.ethnicity,
        "unit": Person.unit_code,
        "cadre_level": Person.cadre_level,
    }

    def _filtered(self, query: Select, filters: ListFilters) -> Select:
        query = common_filters(query, Person, Person.name_key, filters)
        if filters.kind:
            query = query.where(Person.sex == filters.kind)
        if filters.year:
            query = query.where(Person.birth_year == filters.year)
        return query

    def rows(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> list[PersonRow]:
        return people.rows(session, list(ids), role)

    @staticmethod
    def name_of(row: PersonRow) -> str:
        return row.full_name


class TrainingList(ListSource):
    model = Training
    search_key = Training.__table__.c.title_key
    sort_keys = {
        "name": Training.title_key,
        "topic": Training.topic,
        "format": Training.format,
        "starts_on": Training.starts_on,
        "unit": Training.unit_code,
    }
    default_sort = "starts_on"

    @staticmethod
    def name_of(row: TrainingRow) -> str:
        return row.title

    def _filtered(self, query: Select, filters: ListFilters) -> Select:
        query = common_filters(query, Training, Training.title_key, filters)
        if filters.kind:
            query = query.where(Training.topic == filters.kind)
        if filters.year:
            query = query.where(extract("year", Training.starts_on) == filters.year)
        return query

    def rows(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> list[TrainingRow]:
        found = {row.id: row for row in session.scalars(select(Training).where(Training.id.in_(ids)))}
        counts = {
            training_id: (attended or 0, completed or 0)
            for training_id, attended, completed in session.execute(
                select(
                    Attendance.training_id,
                    func.count(),
                    func.count().filter(Attendance.completed.is_(True)),  # a flag is no number on PostgreSQL
                )
                .where(Attendance.training_id.in_(ids), Attendance.deleted.is_(False), Attendance.attended.is_(True))
                .group_by(Attendance.training_id)
            )
        }
        names = unit_names(session, {row.unit_code for row in found.values()})
        result = []
        for training_id in ids:
            row = found.get(training_id)
            if row is None:
                continue
            attended, completed = counts.get(training_id, (0, 0))
            result.append(
                TrainingRow(row.id, row.title, row.topic, row.format, row.starts_on, row.ends_on, row.place,
                            row.unit_code, names.get(row.unit_code, row.unit_code), attended, completed)
            )
        return result


#: Every list of the program by its name, as the list screens and `htx-cli list KIND` know it.
SOURCES: dict[str, ListSource] = {
    "cooperatives": CooperativeList(),
    "people": PersonList(),
    "trainings": TrainingList(),
} | ACTIVITY_SOURCES

__all__ = ["SOURCES", "ListFilters", "ListSource", "TrainingRow", "common_filters"]
