"""The import itself: every row of a table understood (created, updated or rejected, with the
reason for each cell) and, when asked, written in one transaction.

Preview and import share one path (`write=False/True`), as the sync import does: what the officer
saw in the preview is exactly what is written. With `strict`, nothing is written when any row is
rejected. A failure while writing rolls everything back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from htx_desktop.errors import HtxError
from htx_desktop.imports import values
from htx_desktop.imports.kinds import Context, Field, Kind, Resolved
from htx_desktop.imports.table import Table
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.database import Database

CREATE, UPDATE, REJECT = "create", "update", "reject"
Progress = Callable[[int, int], None]
BATCH = 1000


@dataclass
class RowOutcome:
    number: int  # the row number as Excel shows it
    action: str
    problems: dict[str, str]  # field key (or "" for the whole row) -> message
    cells: tuple[object, ...]
    resolved: Resolved | None = None

    def reasons(self, kind: Kind) -> list[str]:
        """What is wrong, cell by cell: "Năm sinh: “19x0” không phải năm." (a message that
        already names its field is not prefixed twice)."""
        lines = []
        for key, message in self.problems.items():
            header = kind.field(key).header if key else ""
            label = tr(f"field.{key}") if f"field.{key}" in MESSAGES else header
            named = not header or message.startswith((header, label))
            lines.append(message if named else f"{header}: {message}")
        return lines


@dataclass
class Result:
    kind: str
    sheet: str
    outcomes: list[RowOutcome] = field(default_factory=list)
    skipped: int = 0
    written: bool = False

    def count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def rejected(self) -> list[RowOutcome]:
        return [outcome for outcome in self.outcomes if outcome.action == REJECT]

    def summary(self) -> str:
        return tr("imports.summary", created=self.count(CREATE), updated=self.count(UPDATE),
                  rejected=self.count(REJECT))


def _given(columns: Sequence[Field | None], cells: tuple[object, ...]) -> tuple[dict[str, object], dict[str, str]]:
    given: dict[str, object] = {}
    problems: dict[str, str] = {}
    for column, raw in zip(columns, cells):
        if column is None or raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            given[column.key] = column.read(raw)
        except values.BadValue as problem:
            problems[column.key] = problem.message
    return given, problems


def _understand(kind: Kind, table: Table, fields: Sequence[str], context: Context,
                progress: Progress | None) -> list[RowOutcome]:
    outcomes: list[RowOutcome] = []
    seen: dict[object, int] = {}
    total = len(table.rows)
    columns = [kind.field(key) if key else None for key in fields]
    order = {key: index for index, key in enumerate(fields)}
    for position, (number, cells) in enumerate(table.rows):
        if progress and position % 500 == 0:
            progress(position, total)
        if kind.is_example(fields, cells):
            continue
        given, problems = _given(columns, cells)
        if not given and not problems:
            continue  # nothing this import reads: an empty row for us
        resolved = kind.resolve(given, context)
        problems = {**resolved.problems, **problems}  # a cell that could not be read says so first
        problems = dict(sorted(problems.items(), key=lambda item: order.get(item[0], -1)))
        if not problems and resolved.identity is not None:
            first = seen.setdefault(resolved.identity, number)
            if first != number:
                problems = {"": tr("imports.duplicate_row", row=first)}
        if problems:
            outcomes.append(RowOutcome(number, REJECT, dict(problems), cells, resolved))
        else:
            outcomes.append(RowOutcome(number, UPDATE if resolved.target else CREATE, {}, cells, resolved))
    if progress:
        progress(total, total)
    return outcomes


def _write(session: Session, kind: Kind, outcomes: list[RowOutcome]) -> None:
    """The created and updated rows, in batches: new records of the kinds that can, many at once;
    the rest one by one through the session, flushed as often (still one transaction)."""
    batch: list[RowOutcome] = []

    def insert() -> None:
        try:
            kind.insert(session, [outcome.resolved for outcome in batch])  # type: ignore[misc]
        except HtxError as error:
            raise HtxError(tr("imports.write_failed", row=batch[0].number, reason=error.message)) from None
        batch.clear()

    for position, outcome in enumerate(outcomes, start=1):
        if outcome.action == REJECT:
            continue
        if outcome.action == CREATE and kind.insert is not None:
            batch.append(outcome)
            if len(batch) == BATCH:
                insert()
            continue
        try:
            with session.no_autoflush:
                kind.write(session, outcome.resolved)
            if position % BATCH == 0:
                session.flush()  # flushed rows leave memory
        except HtxError as error:
            raise HtxError(tr("imports.write_failed", row=outcome.number, reason=error.message)) from None
    if batch:
        insert()


def run(database: Database, actor: Actor, kind: Kind, table: Table, fields: Sequence[str], *,
        default_unit: str | None, training_id: uuid.UUID | None = None, write: bool = False,
        strict: bool = False, progress: Progress | None = None) -> Result:
    """Understand every row; with `write`, write the created and updated ones in one transaction
    (none at all with `strict` when a row is rejected)."""
    if kind.needs_training and training_id is None:
        raise HtxError(tr("imports.training_needed"))
    result = Result(kind.name, table.sheet, skipped=table.skipped)
    session_scope = database.transaction(actor, Permission.RECORDS) if write else database.read()
    with session_scope as session:
        if training_id is not None:
            from htx_desktop.services.common import live
            from htx_desktop.storage.models import Training

            live(session, Training, training_id, "training")
        context = Context(session, default_unit, training_id)
        result.outcomes = _understand(kind, table, fields, context, progress)
        if not write or (strict and result.rejected):
            session.rollback()
            return result
        _write(session, kind, result.outcomes)
        result.written = True
    return result
