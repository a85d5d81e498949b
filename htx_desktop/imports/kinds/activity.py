"""The shape the activity kinds share (support, jobs, outreach, commendations, funding): a row
names what it refers to (a cooperative, a person) as their own lists find them, becomes the
Activities service's record, is matched to a live record by the kind's identity (so the same
file imported twice updates), is checked by the service's own checks (`domain.validation` and
the check that reads the session), and is written by the service's `fill` in the import's one
transaction."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import MISSING, dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.imports import values
from htx_desktop.imports.kinds.base import Context, Field, Kind, Resolved, field_problems, overlay, record_values
from htx_desktop.services.activities import RecordKind
from htx_desktop.text import search_key

#: What a row refers to, found: (values for the record such as cooperative_id, problems by field).
References = Callable[[dict[str, Any], Context, str | None], tuple[dict[str, Any], dict[str, str]]]


def no_references(given: dict[str, Any], context: Context, unit: str | None) -> tuple[dict, dict]:
    return {}, {}


def key_of(text: str | None) -> str | None:
    """A text compared as the lists search it: case, diacritics and spaces aside."""
    return search_key(text) if text else None


@dataclass(frozen=True)
class ActivityRules:
    record: RecordKind  # the Activities service's kind: its data, model, checks and fill
    identity: Callable[[Any], Hashable]  # a record or a stored row -> what matches them
    references: References = no_references
    problem_fields: tuple[tuple[str, str], ...] = ()  # the checks' keys -> this kind's fields


def _index(rules: ActivityRules, context: Context) -> dict[Hashable, Any]:
    name = f"index.{rules.record.model.__name__}"
    found = context.cache.get(name)
    if found is None:
        model = rules.record.model
        found = {}
        for row in context.session.scalars(select(model).where(model.deleted.is_(False))):
            found.setdefault(rules.identity(row), row.id)
        context.cache[name] = found
    return found


def activity_kind(name: str, title: str, fields_: tuple[Field, ...], rules: ActivityRules) -> Kind:
    record = rules.record
    data_fields = {item.name: item for item in fields(record.data)}
    field_keys = {item.key for item in fields_}
    renamed = dict(rules.problem_fields)

    def problems_of(errors: dict[str, str]) -> dict[str, str]:
        """The checks' messages under this kind's fields; one no column holds is the row's."""
        found: dict[str, str] = {}
        for key, message in field_problems(errors).items():
            key = renamed.get(key, key)
            found.setdefault(key if key in field_keys else "", message)
        return found

    def resolve(given: dict[str, Any], context: Context) -> Resolved:
        try:
            unit = context.unit_code(given.get("unit_code"))
        except values.BadValue as problem:
            return Resolved(problems={"unit_code": problem.message})
        referred, problems = rules.references(given, context, unit)
        if problems:
            return Resolved(problems=problems)
        given = {**given, **referred, "unit_code": unit}
        known = {key: value for key, value in given.items() if key in data_fields and value is not None}
        # Fields the file leaves out are None for now: the service's check says which are required.
        probe = record.data(**{**{key: None for key, item in data_fields.items()
                                  if item.default is MISSING and item.default_factory is MISSING}, **known})
        identity = rules.identity(probe)
        target = _index(rules, context).get(identity)
        data = probe
        if target is not None:  # the stored record, with what the file gives (empty cells keep it)
            data = overlay(record_values(context.session.get(record.model, target), record.data), known)
        problems = problems_of(record.check(data, context.today))
        if not problems and record.check_in_session is not None:
            problems = problems_of(record.check_in_session(context.session, data))
        return Resolved(data, target, problems, identity)

    def write(session: Session, resolved: Resolved) -> None:
        row = session.get(record.model, resolved.target) if resolved.target else record.model()
        record.fill(session, row, resolved.data)
        if resolved.target is None:
            session.add(row)

    return Kind(name, title, fields_, resolve, write)
