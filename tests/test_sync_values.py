"""A sync file's values are checked a whole column at a time (text, whole numbers, flags): the
column check lets through exactly what the value-by-value rules do, and a column with a bad
value is refused naming the same value."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Column, Integer, String

import htx_desktop.storage.models  # noqa: F401  (every synced table known)
from htx_desktop.storage.base import Base
from htx_desktop.sync.errors import Refusal
from htx_desktop.sync.rows import RowChecks, decode_column, decoder

CHECKS = RowChecks(version_limit=10**15)


def _checked_kinds(column: Column) -> bool:
    return isinstance(column.type, (String, Integer, Boolean))


#: Every text, number and flag column of the tables an officer's records travel in.
COLUMNS = [column for name in ("people", "cooperatives", "cooperative_years", "trainings", "attendances")
           for column in Base.metadata.tables[name].columns if _checked_kinds(column)]

texts = st.one_of(
    st.text(alphabet="ăâđêôơưáàảãạ AĐ0123456789-", max_size=30),
    st.text(max_size=8),  # any code point: lone surrogates, combining marks first or last, controls
    st.builds(lambda text: unicodedata.normalize("NFD", text), st.text(alphabet="ệửẫ ", min_size=1, max_size=5)),
    st.sampled_from(["\u0301", "e\u0301", "\ud800", "x" * 121, "x" * 200_000, ""]),
)
values = st.one_of(
    texts, st.none(), st.booleans(), st.integers(-(2**64), 2**64), st.integers(0, 2**60),
    st.floats(allow_nan=True), st.lists(st.integers(), max_size=1),
)


def _by_value(column: Column, column_values: list) -> tuple[str, object]:
    decode = decoder(column, CHECKS)
    try:
        return "ok", [decode(value) for value in column_values]
    except Refusal as refusal:
        return refusal.reason, refusal.values


def _by_column(column: Column, column_values: list) -> tuple[str, object]:
    try:
        return "ok", decode_column(column, tuple(column_values), CHECKS)
    except Refusal as refusal:
        return refusal.reason, refusal.values


@settings(max_examples=300, deadline=None)
@given(column=st.sampled_from(COLUMNS), data=st.data())
def test_a_column_check_passes_and_refuses_as_the_value_by_value_rules(column, data):
    # Mostly values of the column's own kind, so that whole columns pass as often as they fail.
    edges = st.sampled_from([-(2**63) - 1, -(2**63), -1, 0, 2**63 - 1, 2**63, CHECKS.version_limit + 1])
    own = {String: texts, Integer: st.one_of(st.integers(-(2**63), 2**63 - 1), edges), Boolean: st.booleans()}
    kind = next(own[kind] for kind in own if isinstance(column.type, kind))
    column_values = data.draw(st.lists(st.one_of(kind, kind, kind, st.none(), values), min_size=1, max_size=12))
    assert _by_column(column, column_values) == _by_value(column, column_values)


@pytest.mark.parametrize("column_values, bad", [
    (["Lò Thị Ánh", "Hà Thị Vân", "Nông Thị Lan\u0323"], "Nông Thị Lan\u0323"),  # decomposed: not NFC
    (["Lò Thị Ánh", "e", "\u0301"], None),  # a combining mark starting a value is NFC on its own
    (["Lò Thị Ánh", "x" * 121], "x" * 121),  # longer than the column
    (["Lò Thị Ánh", "Hà \ud800"], "Hà \ud800"),  # a lone surrogate
])
def test_names_pass_or_are_refused_naming_the_bad_one(column_values, bad):
    column = Base.metadata.tables["people"].c.full_name
    if bad is None:
        assert decode_column(column, tuple(column_values), CHECKS) == column_values
        return
    with pytest.raises(Refusal) as caught:
        decode_column(column, tuple(column_values), CHECKS)
    assert caught.value.reason == "damaged" and caught.value.values["detail"].startswith(
        f"people.full_name = {repr(bad)[:20]}")


def test_a_whole_number_beyond_64_bits_is_refused():
    column = Base.metadata.tables["people"].c.birth_year
    assert decode_column(column, (1990, None, -(2**63)), CHECKS) == [1990, None, -(2**63)]
    with pytest.raises(Refusal) as caught:
        decode_column(column, (1990, None, 2**63), CHECKS)
    assert caught.value.values["detail"] == f"people.birth_year = {2**63}"


def test_a_version_beyond_the_limit_is_refused_as_from_the_future():
    column = Base.metadata.tables["people"].c.version
    assert decode_column(column, (1, 10**15), CHECKS) == [1, 10**15]
    with pytest.raises(Refusal) as caught:
        decode_column(column, (1, 10**15 + 1), CHECKS)
    assert caught.value.reason == "future_version"
