"""Property: importing sync files in any order, any number of times, gives the same database,
and every record ends at the newest version any installation wrote."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from databases import rows_of, sqlite_only
from sync_helpers import (
    add_cooperative,
    connect,
    make_nodes,
    second_installation,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.domain.records import CooperativeData
from htx_desktop.errors import NotFound
from htx_desktop.services import cooperatives
from htx_desktop.storage.base import synced_tables
from htx_desktop.storage.database import open_database
from htx_desktop.sync import service
from htx_desktop.sync.errors import SyncRefused
from actors import ADMIN
import raw_db

WHO = ("xa", "xa2", "that_khe")  # two PCs of Xã Tràng Định, and Xã Thất Khê
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(WHO)),
        st.tuples(st.just("edit"), st.sampled_from(WHO), st.integers(0, 5)),
        st.tuples(st.just("delete"), st.sampled_from(WHO), st.integers(0, 5)),
        st.tuples(st.just("export"), st.sampled_from(WHO)),
    ),
    max_size=10,
)


def _versions(path: Path) -> dict[str, tuple[int, str]]:
    with raw_db.connect(path) as connection:
        return {row[0]: (row[1], row[2]) for row in connection.execute("SELECT id, version, site_id FROM cooperatives")}


def _import_all(path: Path, files: list[Path]) -> None:
    database = open_database(path)
    try:
        for file in files:
            try:
                service.import_file(database, file, actor=ADMIN)
            except SyncRefused as refusal:
                assert refusal.reason == "older", refusal.message  # a newer file already held it
    finally:
        database.dispose()


@sqlite_only  # backups of the province are SQLite files; the merge itself runs on PostgreSQL elsewhere
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=operations, data=st.data())
def test_import_order_and_repetition_do_not_change_the_result(sync_templates, script, data):  # noqa: F811
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        made = make_nodes(folder, sync_templates, "xa", "xa_that_khe", "tinh")
        nodes = {"xa": made["xa"], "that_khe": made["xa_that_khe"]}
        tinh = made["tinh"]
        connect(nodes["xa"], tinh)
        connect(nodes["that_khe"], tinh)
        shared = [add_cooperative(nodes["xa"], f"HTX số {i}") for i in range(2)]
        nodes["xa2"] = second_installation(nodes["xa"], folder / "pc2")
        connect(nodes["xa2"], tinh)
        known = {"xa": list(shared), "xa2": list(shared), "that_khe": []}
        outbox = folder / "usb"
        outbox.mkdir()
        files: list[Path] = []
        for step, operation in enumerate(script):
            kind, who = operation[0], operation[1]
            node = nodes[who]
            if kind == "add":
                known[who].append(add_cooperative(node, f"HTX {who} {step}"))
            elif kind == "export":
                files.append(service.export_file(node.db, outbox, actor=ADMIN).path)
            elif known[who]:
                target = known[who][operation[2] % len(known[who])]
                try:
                    if kind == "edit":
                        cooperatives.update(node.db, target, CooperativeData(name=f"HTX sửa {step}", unit_code=node.unit_code), actor=ADMIN)
                    else:
                        cooperatives.delete(node.db, target, actor=ADMIN)
                except NotFound:
                    pass  # already deleted there
        files += [service.export_file(node.db, outbox, actor=ADMIN).path for node in nodes.values()]
        newest: dict[str, tuple[int, str]] = {}
        for node in nodes.values():
            for row_id, stamp in _versions(node.path).items():
                newest[row_id] = max(newest.get(row_id, stamp), stamp)
        province_copies = [tinh.db.backup_to(folder / f"tinh-{i}.sqlite3") for i in range(2)]
        for node in (*nodes.values(), tinh):
            node.db.dispose()

        first_order = data.draw(st.permutations(files), label="first order")
        repeated = data.draw(st.lists(st.sampled_from(files), max_size=4), label="repeated files")
        second_order = data.draw(st.permutations(files + repeated), label="second order")
        _import_all(province_copies[0], first_order)
        _import_all(province_copies[1], second_order)
        _import_all(province_copies[0], list(reversed(first_order)))  # everything once more

        copies = [open_database(path) for path in province_copies]
        try:
            rows = [rows_of(copy.engine, synced_tables()) for copy in copies]
        finally:
            for copy in copies:
                copy.dispose()
        assert rows[0] == rows[1]
        assert _versions(province_copies[0]) == newest
