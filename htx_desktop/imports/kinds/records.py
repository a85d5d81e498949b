"""The shared shape of the kinds that are records of their own (cooperatives, people, trainings):
match an existing record by its identities, update it with what the file gives, or create one;
each row cleaned and checked once, in the preview, by its service's own rules (`RowRules`); the
checked values are what is written: new records in bulk (`insert`), updates through the session."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable
from dataclasses import MISSING, dataclass
from typing import Any

from sqlalchemy.orm import Session

from htx_desktop.imports import values
from htx_desktop.imports.kinds.base import Context, Resolved, field_problems, overlay
from htx_desktop.services.common import RowRules
from htx_desktop.storage import stamping

Identities = Callable[[Any], list[Hashable]]


@dataclass(frozen=True)
class RecordRules:
    model: type
    data_type: type
    row: RowRules  # the service's cleaning and check
    identities: Identities  # a record's keys, most certain first (registration number, then name + unit)
    load: Callable[[Any], Any]  # stored row -> plain record
    index_rows: Callable[[Session], list[Any]]  # every live row, to index by identities once
    prepare: Callable[[Any], None] = lambda data: None  # normalise before the check (phones...)
    stored_identities: Identities | None = None  # keys a stored record is also found by (default: identities)


def _index(rules: RecordRules, context: Context) -> dict[Hashable, uuid.UUID]:
    name = f"index.{rules.model.__name__}"
    found = context.cache.get(name)
    if found is None:
        found = {}
        keys_of = rules.stored_identities or rules.identities
        for row in rules.index_rows(context.session):
            for identity in keys_of(row):
                # A key two records share finds neither: the officer must tell them apart.
                found[identity] = row.id if found.get(identity, row.id) == row.id else None
        context.cache[name] = found
    return found


def resolver(rules: RecordRules) -> Callable[[dict[str, Any], Context], Resolved]:
    def resolve(given: dict[str, Any], context: Context) -> Resolved:
        try:
            given["unit_code"] = context.unit_code(given.get("unit_code"))
        except values.BadValue as problem:
            return Resolved(problems={"unit_code": problem.message})
        # Fields the file leaves out are None for now: the form's check says which are required.
        values_given = {name: None for name, item in rules.data_type.__dataclass_fields__.items()
                        if item.default is MISSING and item.default_factory is MISSING}
        values_given.update({key: value for key, value in given.items() if value is not None})
        probe = rules.data_type(**values_given)
        rules.prepare(probe)
        keys = rules.identities(probe)
        index = _index(rules, context)
        target = next((index[key] for key in keys if index.get(key)), None)
        if target is not None:
            data = overlay(rules.load(context.session.get(rules.model, target)), vars(probe))
        else:
            data = probe
        rules.prepare(data)
        checked, errors = rules.row.values(data)
        return Resolved(rules.data_type(**checked), target, field_problems(errors), keys[0] if keys else None)

    return resolve


def writer(rules: RecordRules) -> Callable[[Session, Resolved], None]:
    """Update one matched record with its checked values."""
    def write(session: Session, resolved: Resolved) -> None:
        row = session.get(rules.model, resolved.target)
        for key, value in rules.row.columns(vars(resolved.data)).items():
            setattr(row, key, value)

    return write


def inserter(rules: RecordRules) -> Callable[[Session, list[Resolved]], None]:
    """Create many new records at once from their checked values."""
    def insert(session: Session, batch: list[Resolved]) -> None:
        stamping.insert_new(session, rules.model, [rules.row.columns(vars(resolved.data)) for resolved in batch])

    return insert


def find(rules: RecordRules, context: Context, probe: Any) -> uuid.UUID | None:
    """The live record with one of the probe's identities (another kind's rules: posts find people)."""
    index = _index(rules, context)
    return next((index[key] for key in rules.identities(probe) if index.get(key)), None)
