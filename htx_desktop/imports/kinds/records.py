"""The shared shape of the kinds that are records of their own (cooperatives, people, trainings):
match an existing record by its identities, update it with what the file gives, or create one;
validate with the form's check; write through the service's own fill (search keys, units)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable
from dataclasses import MISSING, dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from htx_desktop.imports import values
from htx_desktop.imports.kinds.base import Context, Resolved, field_problems, overlay

Identities = Callable[[Any], list[Hashable]]


@dataclass(frozen=True)
class RecordRules:
    model: type
    data_type: type
    check: Callable[[Any, date], dict[str, str]]
    fill: Callable[[Session, Any, Any], None]
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
        problems = field_problems(rules.check(data, context.today))
        return Resolved(data, target, problems, keys[0] if keys else None)

    return resolve


def writer(rules: RecordRules) -> Callable[[Session, Resolved], None]:
    def write(session: Session, resolved: Resolved) -> None:
        row = session.get(rules.model, resolved.target) if resolved.target else rules.model()
        rules.fill(session, row, resolved.data)
        if resolved.target is None:
            session.add(row)

    return write


def find(rules: RecordRules, context: Context, probe: Any) -> uuid.UUID | None:
    """The live record with one of the probe's identities (another kind's rules: posts find people)."""
    index = _index(rules, context)
    return next((index[key] for key in rules.identities(probe) if index.get(key)), None)
