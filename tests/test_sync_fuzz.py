"""Hostile input: mutated real sync files, for a fixed budget (issue 13, section 3).

Real files are exported once (records with Vietnamese text, a tombstone, a unit added by users),
then hypothesis mutates them three ways: raw bytes (flipped bits, cuts, inserted and removed
bytes), the manifest (any field replaced by any JSON value, then signed again with the sender's
real key), and the payload (any value of any line replaced, lines dropped or repeated, then
encrypted to the receiver and signed again). Every input must end in success or in one translated
line, the database either untouched or holding the whole file; the outcomes are counted and
printed.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mutations import mutate_bytes
from sync_helpers import (
    add_cooperative,
    add_person,
    connect,
    dispose,
    forge,
    make_nodes,
    payload_lines,
    snapshot,
    sync_templates,  # noqa: F401  (fixture)
    tell,
)

from htx_desktop.domain.enums import UnitKind
from htx_desktop.domain.records import CooperativeData
from htx_desktop.services import cooperatives, units
from htx_desktop.storage.database import open_database
from htx_desktop.sync import container, crypto, service
from htx_desktop.sync.errors import SyncRefused
from htx_desktop.sync.export import KEY_COLUMNS
from actors import ADMIN
import raw_db

BUDGET = int(os.environ.get("HTX_FUZZ_BUDGET", "250"))  # examples per kind of mutation
OUTCOMES: Counter[str] = Counter()

json_values = st.recursive(
    st.none() | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.sampled_from([2**63 - 1, 2**63, -1, 0, 10**400, 1.5, float("inf")])
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["", "06046", "U178", "national", "\ud800", "Xa\u0303", "\x1b[2J", "..", "20",
                      "2026-11-25T02:00:31.123456Z", "2026-02-30", "00000000-0000-0000-0000-000000000000"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory, sync_templates, pytestconfig):  # noqa: F811
    """A commune's real file for the province and the province's reference data and keys for the
    commune, with both databases before importing them."""
    folder = tmp_path_factory.mktemp("fuzz")
    nodes = make_nodes(folder, sync_templates, "xa", "xa_that_khe", "tinh")
    xa, tinh = nodes["xa"], nodes["tinh"]
    connect(xa, tinh)
    connect(nodes["xa_that_khe"], tinh)  # a key the province passes down
    for number in range(3):
        add_person(xa, name=f"Lộc Thị Hoa {number}", national_id=f"02018500123{number}")
    gone = add_cooperative(xa, "HTX Rau Nà Lầm")
    add_cooperative(xa, "Hợp tác xã Chè Khau Phạ")
    cooperatives.delete(xa.db, gone, actor=ADMIN)
    usb = folder / "usb"
    usb.mkdir()
    path = service.export_file(xa.db, usb, actor=ADMIN).path
    lines = payload_lines(path, tinh)
    with tinh.db.system_transaction() as session:  # reference data for the commune: a unit users added
        units.add_unit(session, "Huyện Tràng Định", UnitKind.DISTRICT, parent_code="20", old_code="178")
    down = service.export_file(tinh.db, usb, actor=ADMIN, down_to="06046").path
    down_lines = payload_lines(down, xa)
    assert {"table": "trusted_keys", "columns": KEY_COLUMNS} in down_lines and isinstance(down_lines[-1], list)
    yield {"folder": folder, "path": path, "lines": lines, "xa": xa, "tinh": tinh, "down": down,
           "down_lines": down_lines}
    dispose(nodes)
    tell(pytestconfig, f"\nsync fuzzing, {BUDGET} examples per kind, outcomes: {dict(sorted(OUTCOMES.items()))}")


def check(world, path: Path, kind: str, receiver: str = "tinh") -> None:  # type: ignore[no-untyped-def]
    """Import `path` into a fresh copy of the receiver: success, or one translated line and nothing written."""
    target = path.with_suffix(".sqlite3")
    world[receiver].db.dispose()
    _remove(target)
    shutil.copy(world[receiver].path, target)
    database = open_database(target)
    node = type("N", (), {"path": target})
    before = snapshot(node)
    try:
        try:
            report = service.import_file(database, path, actor=ADMIN)
        except SyncRefused as refusal:
            message = refusal.message
            assert "\n" not in message and "\x1b" not in message, message
            assert message.startswith("Không nhập tệp đồng bộ"), message
            assert snapshot(node) == before
            OUTCOMES[f"{kind}: refused ({refusal.reason})"] += 1
            return
        OUTCOMES[f"{kind}: {report.status}"] += 1
        with raw_db.connect(target) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        database.dispose()
        database = open_database(target)
        cooperatives.create(database, CooperativeData(name="HTX sau khi nhập", unit_code=world[receiver].unit_code),
                            actor=ADMIN)  # later local writes still work
    finally:
        database.dispose()
        _remove(target)
        path.unlink(missing_ok=True)


def _remove(database: Path) -> None:
    """The database and its journal files (a stale -wal would be replayed into the next copy)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


settings_ = settings(max_examples=BUDGET, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.mark.slow
@settings_
@given(data=st.data())
def test_byte_mutations_end_in_success_or_one_line(world, data):
    raw = mutate_bytes(data, world["path"].read_bytes())
    path = world["folder"] / "bytes.htxsync"
    path.write_bytes(raw)
    check(world, path, "bytes")


def _paths(value, prefix=()):  # type: ignore[no-untyped-def]
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _replace(document, path, value):  # type: ignore[no-untyped-def]
    if not path:
        return value
    holder = document
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    return document


@pytest.mark.slow
@settings_
@given(data=st.data())
def test_signed_manifest_mutations_end_in_success_or_one_line(world, data):
    with zipfile.ZipFile(world["path"]) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(entries["manifest.json"])
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        path = data.draw(st.sampled_from(list(_paths(manifest))), label="field")
        if path and data.draw(st.booleans(), label="remove") and isinstance(path[-1], str):
            holder = manifest
            for step in path[:-1]:
                holder = holder[step]
            del holder[path[-1]]
        else:
            manifest = _replace(manifest, path, data.draw(json_values, label="value"))
    entries["manifest.json"] = json.dumps(manifest, ensure_ascii=data.draw(st.booleans())).encode("utf-8", "surrogatepass")
    entries["manifest.sig"] = crypto.sign(world["xa"].db.installation().signing_key, entries["manifest.json"])
    target = world["folder"] / "manifest.htxsync"
    target.write_bytes(container.pack(entries))
    check(world, target, "manifest")


def _mutated_lines(data, lines):  # type: ignore[no-untyped-def]
    lines = json.loads(json.dumps(lines))
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        index = data.draw(st.integers(0, len(lines) - 1), label="line")
        how = data.draw(st.sampled_from(["value", "drop", "repeat", "line"]), label="how")
        if how == "drop":
            del lines[index]
        elif how == "repeat":
            lines.insert(index, json.loads(json.dumps(lines[index])))
        elif how == "line":
            lines[index] = data.draw(json_values, label="new line")
        else:
            path = data.draw(st.sampled_from(list(_paths(lines[index]))), label="where")
            lines[index] = _replace(lines[index], path, data.draw(json_values, label="value"))
        if not lines:
            lines = [{}]
    return lines


@pytest.mark.slow
@settings_
@given(data=st.data())
def test_signed_payload_mutations_end_in_success_or_one_line(world, data):
    lines = _mutated_lines(data, world["lines"])
    recount = data.draw(st.booleans(), label="counts follow")
    path = forge(world["path"], world["xa"], world["tinh"], lines=lines if recount else None,
                 plain=None if recount else _encode(lines), name="payload.htxsync")
    check(world, path, "payload")


@pytest.mark.slow
@settings_
@given(data=st.data())
def test_signed_down_file_mutations_end_in_success_or_one_line(world, data):
    """Reference data and trusted keys sent down by the province, mutated."""
    lines = _mutated_lines(data, world["down_lines"])
    recount = data.draw(st.booleans(), label="counts follow")
    path = forge(world["down"], world["tinh"], world["xa"], lines=lines if recount else None,
                 plain=None if recount else _encode(lines), name="down.htxsync")
    check(world, path, "down", receiver="xa")


def _encode(lines) -> bytes:  # type: ignore[no-untyped-def]
    return b"".join(json.dumps(line, separators=(",", ":")).encode("utf-8", "surrogatepass") + b"\n"
                    for line in lines)
