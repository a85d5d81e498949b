"""People: create, edit, soft-delete, likely duplicates; sensitive fields only for roles that may see them."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain import validation
from htx_desktop.domain.records import PersonData, PersonRow
from htx_desktop.services import units
from htx_desktop.services.common import Loaded, RowRules, create_row, load as load_row, mark_deleted, update_row
from htx_desktop.security.access import SENSITIVE_ROLES, Actor
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Person
from htx_desktop.text import search_key

def may_see_sensitive(role: str | None) -> bool:
    return role in SENSITIVE_ROLES


def _normalise(data: PersonData) -> None:
    data.phone = validation.normalise_phone(data.phone)
    if data.national_id:
        data.national_id = data.national_id.replace(" ", "")
    data.priority_groups = sorted(set(data.priority_groups))


def _store(values: dict) -> None:
    values["priority_groups"] = ",".join(values["priority_groups"])


RULES = RowRules(validation.check_person, "name_key", "full_name", _normalise, _store)


def create(database: Database, data: PersonData, actor: Actor) -> uuid.UUID:
    return create_row(database, Person, RULES.fill, data, actor)


def update(database: Database, person_id: uuid.UUID, data: PersonData, actor: Actor,
           expected: int | None = None) -> int:
    """`expected`: the version the form loaded (`load`); a save by someone else since is refused.
    Returns the version saved."""
    return update_row(database, Person, "person", RULES.fill, person_id, data, actor, expected)


def delete(database: Database, person_id: uuid.UUID, actor: Actor, expected: int | None = None) -> int:
    return mark_deleted(database, Person, person_id, True, actor, expected)


def restore(database: Database, person_id: uuid.UUID, actor: Actor, expected: int | None = None) -> int:
    return mark_deleted(database, Person, person_id, False, actor, expected)


def get(database: Database, person_id: uuid.UUID, role: str | None = None) -> PersonData:
    return load(database, person_id, role).data


def load(database: Database, person_id: uuid.UUID, role: str | None = None) -> Loaded[PersonData]:
    """The person as the form shows them to `role`, with the version the save expects."""
    sensitive = may_see_sensitive(role)

    def build(row: Person) -> PersonData:
        return PersonData(
            full_name=row.full_name,
            unit_code=row.unit_code,
            sex=row.sex,
            birth_year=row.birth_year,
            ethnicity=row.ethnicity,
            phone=row.phone,
            national_id=row.national_id if sensitive else None,
            address=row.address,
            cadre_level=row.cadre_level,
            priority_groups=row.priority_groups.split(",") if sensitive and row.priority_groups else [],
            notes=row.notes,
        )

    return load_row(database, Person, person_id, "person", build)


def likely_duplicates(
    database: Database, full_name: str, birth_year: int | None, unit_code: str, exclude: uuid.UUID | None = None
) -> list[uuid.UUID]:
    """People with the same name (ignoring diacritics), birth year and unit."""
    with database.read() as session:
        query = select(Person.id).where(
            Person.name_key == search_key(full_name),
            Person.unit_code == unit_code,
            Person.deleted.is_(False),
        )
        if birth_year is not None:
            query = query.where(Person.birth_year == birth_year)
        if exclude is not None:
            query = query.where(Person.id != exclude)
        return list(session.scalars(query))


def rows(session: Session, person_ids: list[uuid.UUID], role: str | None) -> list[PersonRow]:
    columns = (Person.id, Person.full_name, Person.birth_year, Person.sex, Person.ethnicity, Person.unit_code,
               Person.phone, Person.national_id, Person.cadre_level, Person.priority_groups)
    # Plain rows of the columns shown, not whole ORM objects: a page is read at every keystroke.
    found = {row.id: row for row in session.execute(select(*columns).where(Person.id.in_(person_ids)))}
    names = units.unit_names(session, {row.unit_code for row in found.values()})
    sensitive = may_see_sensitive(role)
    result = []
    for person_id in person_ids:
        row = found.get(person_id)
        if row is None:
            continue
        groups = tuple(row.priority_groups.split(",")) if sensitive and row.priority_groups else ()
        result.append(
            PersonRow(
                row.id, row.full_name, row.birth_year, row.sex, row.ethnicity, row.unit_code,
                names.get(row.unit_code, row.unit_code), row.phone,
                row.national_id if sensitive else None, row.cadre_level, groups,
            )
        )
    return result
