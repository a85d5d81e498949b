"""What a trusted sender may not do (issue 13, section 1).

Every file here is crafted in the test and signed with the sending installation's real key, as an
installation running altered code (or a bug) would send it: the signature is right, the contents
are not. Each must be refused with one message, leaving the receiving database byte-identical.
"""

from __future__ import annotations

import json
import time
import uuid
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Date, Integer, Numeric, String, Uuid, select
from sync_helpers import (
    add_cooperative,
    add_person,
    connect,
    dispose,
    forge,
    make_nodes,
    payload_lines,
    section_rows,
    snapshot,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.domain.enums import UnitKind
from htx_desktop.services import cooperatives, units
from htx_desktop.storage import hlc
from htx_desktop.storage.base import Base, UTCDateTime, synced_tables
from htx_desktop.storage.models import Cooperative, Unit
from htx_desktop.storage.models.units import unit_uuid
from htx_desktop.sync import container, crypto, receipts, service
from htx_desktop.sync.errors import SyncRefused
from htx_desktop.sync.export import KEY_COLUMNS
from htx_desktop.sync.format import SEQUENCE_LIMIT
from htx_desktop.sync.payload import table_columns
from htx_desktop.sync.rows import encoder
from actors import ADMIN

DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def nodes(tmp_path, sync_templates):  # noqa: F811
    made = make_nodes(tmp_path, sync_templates, "xa", "xa_that_khe", "tinh")
    connect(made["xa"], made["tinh"])
    connect(made["xa_that_khe"], made["tinh"])
    yield made
    dispose(made)


def export(node, tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    return service.export_file(node.db, folder, actor=ADMIN).path


def refused(node, path: Path, reason: str, *phrases: str) -> SyncRefused:
    """Import and preview both refuse with one line naming the file; nothing written."""
    before = snapshot(node)
    with pytest.raises(SyncRefused) as previewed:
        service.preview_file(node.db, path, actor=ADMIN)  # the dry run never says "would import"
    with pytest.raises(SyncRefused) as caught:
        service.import_file(node.db, path, actor=ADMIN)
    assert snapshot(node) == before
    message = caught.value.message
    assert caught.value.reason == reason == previewed.value.reason, message
    assert "\n" not in message and message.startswith(f"Không nhập tệp đồng bộ “{path.name}”"), message
    for phrase in phrases:
        assert phrase in message, message
    return caught.value


def now_version(ahead_ms: int = 0) -> int:
    return hlc.pack(time.time_ns() // 1_000_000 + ahead_ms, 7)


def stored_row(node, table: str, row_id: uuid.UUID) -> dict:  # type: ignore[no-untyped-def]
    """A row of `node` as a sync file carries it (column -> JSON value)."""
    columns = Base.metadata.tables[table].c
    with node.db.read() as session:
        row = session.execute(select(Base.metadata.tables[table]).where(columns.id == row_id)).mappings().one()
    return {name: encoder(columns[name])(value) for name, value in row.items()}


def stamped(node, row: dict, **changes) -> dict:  # type: ignore[no-untyped-def]
    """`row` as a fresh write of `node`: its installation id, a current version, then `changes`."""
    return {**row, "site_id": node.site_id, "version": now_version(),
            "updated_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), **changes}


def lines_with(template: Path, receiver, table: str, *rows: dict) -> list:  # type: ignore[no-untyped-def]
    """The template's payload header and one section of `table` holding `rows` (column order from the models)."""
    header = payload_lines(template, receiver)[0]
    columns = table_columns(Base.metadata.tables[table])
    return [header, {"table": table, "columns": columns}, *([row[name] for name in columns] for row in rows)]


def new_cooperative_row(node, **changes) -> dict:  # type: ignore[no-untyped-def]
    return stored_row(node, "cooperatives", add_cooperative(node, "HTX Mẫu")) | changes


# -- national units and ownership --------------------------------------------------------------

@pytest.mark.parametrize("change", [
    {"name": "Tỉnh của xã Tràng Định"},  # rename the province
    {"parent_code": "06046"},  # re-parent it under the commune
    {"deleted": True},  # tombstone it
])
def test_a_commune_cannot_change_its_province_by_claiming_it(nodes, tmp_path, change):
    xa, tinh = nodes["xa"], nodes["tinh"]
    template = export(xa, tmp_path)
    province = stamped(xa, stored_row(tinh, "units", unit_uuid("20")), national=False, owner_unit="06046", **change)
    path = forge(template, xa, tinh, lines=lines_with(template, tinh, "units", province))
    refused(tinh, path, "protected_unit", "“20”", "danh mục quốc gia")


def test_a_commune_cannot_move_another_commune_under_itself_then_overwrite_its_records(nodes, tmp_path):
    xa, that_khe, tinh = nodes["xa"], nodes["xa_that_khe"], nodes["tinh"]
    theirs = add_cooperative(that_khe, "HTX Thất Khê")
    service.import_file(tinh.db, export(that_khe, tmp_path), actor=ADMIN)
    template = export(xa, tmp_path)
    moved = stamped(xa, stored_row(tinh, "units", unit_uuid("06040")), national=False, owner_unit="06046",
                    parent_code="06046")
    refused(tinh, forge(template, xa, tinh, lines=lines_with(template, tinh, "units", moved), name="moved.htxsync"),
            "protected_unit", "“06040”")
    # Nor can it claim Thất Khê's cooperative outright.
    claimed = stamped(xa, stored_row(tinh, "cooperatives", theirs), owner_unit="06046", name="HTX của Tràng Định")
    path = forge(template, xa, tinh, lines=lines_with(template, tinh, "cooperatives", claimed))
    refused(tinh, path, "owner_change", "“06040”", "“06046”")


def test_a_unit_that_came_from_above_is_not_changed_by_a_file_sent_up(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    with tinh.db.system_transaction() as session:  # the province added an old district...
        code = units.add_unit(session, "Huyện Tràng Định", UnitKind.DISTRICT, parent_code="20", old_code="178").code
    service.import_file(xa.db, service.export_file(tinh.db, tmp_path, actor=ADMIN, down_to="06046").path,
                        actor=ADMIN)  # ...and sent it down
    with xa.db.read() as session:
        unit = session.scalar(select(Unit).where(Unit.code == code))
        row_id, owner = unit.id, unit.owner_unit
    assert owner == "20"
    template = export(xa, tmp_path)
    for claim in ("20", "06046"):  # as the province's, or taken over by the commune
        edited = stamped(xa, stored_row(xa, "units", row_id), owner_unit=claim, name="Huyện Mới")
        path = forge(template, xa, tinh, lines=lines_with(template, tinh, "units", edited), name=f"{claim}.htxsync")
        error = refused(tinh, path, "not_owned" if claim == "20" else "owner_change")
        assert "“20”" in error.message


def test_the_senders_own_records_still_change_as_before(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    cooperative = add_cooperative(xa, "HTX Chè")
    service.import_file(tinh.db, export(xa, tmp_path), actor=ADMIN)
    template = export(xa, tmp_path)
    renamed = stamped(xa, stored_row(xa, "cooperatives", cooperative), name="HTX Chè Tràng Định")
    path = forge(template, xa, tinh, lines=lines_with(template, tinh, "cooperatives", renamed),
                 edit=lambda m: m.update(sequence=2))
    report = service.import_file(tinh.db, path, actor=ADMIN)
    assert report.tables["cooperatives"]["changed"] == 1
    with tinh.db.read() as session:
        assert session.get(Cooperative, cooperative).name == "HTX Chè Tràng Định"


# -- clocks, versions, sequences -----------------------------------------------------------------

@pytest.mark.parametrize("version", [2**63 - 1, now_version(ahead_ms=2 * DAY_MS)])
def test_a_version_far_ahead_of_the_receivers_clock_is_refused(nodes, tmp_path, version):
    xa, tinh = nodes["xa"], nodes["tinh"]
    template = export(xa, tmp_path)
    row = new_cooperative_row(xa, version=version)
    path = forge(template, xa, tinh, lines=lines_with(template, tinh, "cooperatives", row))
    refused(tinh, path, "future_version", "quá một ngày")
    add_cooperative(tinh, "HTX của tỉnh")  # later local writes still work


def test_a_version_within_a_day_is_accepted_and_later_local_writes_follow_it(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    template = export(xa, tmp_path)
    ahead = now_version(ahead_ms=DAY_MS // 2)  # a sending PC whose clock is 12 hours fast
    row = new_cooperative_row(xa, version=ahead)
    service.import_file(tinh.db, forge(template, xa, tinh, lines=lines_with(template, tinh, "cooperatives", row)),
                        actor=ADMIN)
    local = add_cooperative(tinh, "HTX của tỉnh")
    with tinh.db.read() as session:
        assert session.get(Cooperative, local).version > ahead


def test_covers_beyond_the_clock_are_refused(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    template = export(xa, tmp_path)
    lines = payload_lines(template, tinh)
    path = forge(template, xa, tinh, lines=lines,
                 edit=lambda m: m["covers"][xa.site_id].update(through=2**63 - 1))
    refused(tinh, path, "future_version")


@pytest.mark.parametrize("sequence", [SEQUENCE_LIMIT + 1, 2**63 - 1, 0, -1, "1", 1.0])
def test_a_sequence_out_of_bounds_is_refused(nodes, tmp_path, sequence):
    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    template = export(xa, tmp_path)
    path = forge(template, xa, tinh, lines=payload_lines(template, tinh), edit=lambda m: m.update(sequence=sequence))
    refused(tinh, path, "damaged", "sequence" if isinstance(sequence, int) else "")


def test_a_receipt_with_a_huge_sequence_or_version_is_refused_and_exports_go_on(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    service.import_file(tinh.db, export(xa, tmp_path), actor=ADMIN)
    receipt = receipts.write_receipt(tinh.db, xa.site_id, tmp_path, actor=ADMIN).path
    for field, value in (("last_sequence", 2**63 - 1), ("received", {xa.site_id: 2**63 - 1})):
        entries = container_entries(receipt)
        document = json.loads(entries["receipt.json"])
        document[field] = value
        entries["receipt.json"] = json.dumps(document).encode("utf-8")
        entries["receipt.sig"] = crypto.sign(tinh.db.installation().signing_key, entries["receipt.json"])
        forged = receipt.with_name(f"forged-{field}.htxreceipt")
        forged.write_bytes(container.pack(entries))
        before = snapshot(xa)
        with pytest.raises(SyncRefused) as caught:
            receipts.import_receipt(xa.db, forged, actor=ADMIN)
        assert snapshot(xa) == before and "\n" not in caught.value.message
    add_person(xa, name="Nông Thị Hạnh")
    assert export(xa, tmp_path).name.count("so-0002")  # the next file numbers on


def container_entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


# -- rows must be what the format says ---------------------------------------------------------

NOT_NFC = "Hợp tác xã".replace("ợ", "o\u031b\u0323")  # decomposed: looks the same, compares differently
SHAPES = {
    "text not NFC": {"name": NOT_NFC},
    "lone surrogate": {"name": "HTX \ud800"},
    "site id not a UUID": {"site_id": "national"},
    "site id in capitals": {"site_id": "F" * 8 + "-AAAA-4AAA-8AAA-" + "A" * 12},
    "negative version": {"version": -5},
    "bad unit code": {"unit_code": "06046; DROP"},
    "bad owner": {"owner_unit": ""},
    "text where a number goes": {"charter_capital": "12"},
    "5,000-digit number": {"charter_capital": 10**4999},
    "number of 400 digits where a decimal goes": {},
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_rows_of_the_wrong_shape_are_refused(nodes, tmp_path, shape):
    xa, tinh = nodes["xa"], nodes["tinh"]
    template = export(xa, tmp_path)
    row = new_cooperative_row(xa, **SHAPES[shape])
    where = "cooperatives." + next(iter(SHAPES[shape]), "")
    if shape.startswith("number of 400"):
        header = payload_lines(template, tinh)[0]
        table, decimal_row, column = _decimal_row(xa)
        lines = [header, {"table": table, "columns": list(decimal_row)}, [*decimal_row.values()]]
        where = f"{table}.{column}"
    else:
        lines = lines_with(template, tinh, "cooperatives", row)
    if shape == "5,000-digit number":
        path, where = _with_huge_number(template, xa, tinh, lines), "payload"  # refused when parsed
    else:
        path = forge(template, xa, tinh, lines=lines)
    refused(tinh, path, "damaged", "bị hỏng", where)


def _with_huge_number(template, xa, tinh, lines):  # type: ignore[no-untyped-def]
    import sys

    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # the sender's altered program writes it; the reader must not choke
    try:
        return forge(template, xa, tinh, lines=lines)
    finally:
        sys.set_int_max_str_digits(limit)


def _decimal_row(xa):  # type: ignore[no-untyped-def]
    """A row of the first synced table with a decimal column (plan targets), the decimal a
    400-digit number: float() would overflow. Returns (table, row, column)."""
    for name in synced_tables():
        for column in Base.metadata.tables[name].columns:
            if isinstance(column.type, Numeric):
                row = {c.name: _sample(c, xa) for c in Base.metadata.tables[name].columns}
                row[column.name] = 10**400
                return name, row, column.name
    pytest.skip("no decimal column")


def _sample(column, xa):  # type: ignore[no-untyped-def]
    """A plausible value for a column (the row is refused for its decimal before anything else matters)."""
    if column.name == "site_id":
        return xa.site_id
    if column.name in ("owner_unit", "unit_code"):
        return "06046"
    if column.name == "version":
        return now_version()
    kind = column.type
    if isinstance(kind, Uuid):
        return str(uuid.uuid4())
    if isinstance(kind, UTCDateTime):
        return "2026-11-25T02:00:31.000000Z"
    if isinstance(kind, Date):
        return "2026-11-25"
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, (Integer, Numeric)):
        return 1
    return "x" if isinstance(kind, String) else None


def test_a_dry_run_refuses_a_lone_surrogate_the_import_would_choke_on(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    template = export(xa, tmp_path)
    row = new_cooperative_row(xa, name="HTX \udc80 Nà Lầm")
    path = forge(template, xa, tinh, lines=lines_with(template, tinh, "cooperatives", row))
    error = refused(tinh, path, "damaged", "cooperatives.name")
    assert "\\udc80" in error.message  # shown escaped, never as a raw surrogate


def test_trusted_keys_in_a_file_sent_up_are_refused(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    template = export(xa, tmp_path)
    lines = payload_lines(template, tinh)
    key = tinh.db.installation()
    lines += [{"table": "trusted_keys", "columns": KEY_COLUMNS},
              [str(uuid.uuid4()), "06040", "commune", "20", "06040", crypto.b64(bytes(32)), crypto.b64(bytes(32)),
               "0000 0000 0000 0000 0000 0000 0000 0000", None, None]]
    assert key.unit_code == "20"
    refused(tinh, forge(template, xa, tinh, lines=lines), "keys_in_up_file", "Xã Tràng Định")


# -- the payload hash comes before the sequence -------------------------------------------------

def test_an_old_manifest_and_signature_with_another_payload_is_damaged_not_already_imported(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    first = export(xa, tmp_path)
    service.import_file(tinh.db, first, actor=ADMIN)
    add_person(xa, name="Hoàng Thị Mai")
    second = export(xa, tmp_path)
    entries = container_entries(first)
    entries["payload.bin"] = container_entries(second)["payload.bin"]
    mixed = tmp_path / "mixed.htxsync"
    mixed.write_bytes(container.pack(entries))
    assert refused(tinh, mixed, "damaged").values["detail"].startswith(("SHA-256", "payload size"))


# -- every refusal one line, never a traceback --------------------------------------------------

def test_a_5000_digit_number_in_an_unsigned_manifest_is_one_line(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    entries = container_entries(export(xa, tmp_path))
    entries["manifest.json"] = entries["manifest.json"].replace(b'"sequence": 1', b'"sequence": 1' + b"0" * 5000)
    path = tmp_path / "so-lon.htxsync"
    path.write_bytes(container.pack(entries))
    refused(tinh, path, "damaged")


@pytest.mark.parametrize("where", ["local", "central"])
def test_a_flipped_bit_in_a_zip_version_field_is_one_line(nodes, tmp_path, where):
    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    data = bytearray(export(xa, tmp_path).read_bytes())
    if where == "local":
        data[4] ^= 0x80  # "version needed to extract" of the first entry
    else:
        data[data.rfind(b"PK\x01\x02") + 6] ^= 0x80  # same field in the central directory
    path = tmp_path / f"bit-{where}.htxsync"
    path.write_bytes(bytes(data))
    refused(tinh, path, "damaged")


@pytest.mark.parametrize("columns", ["none", "all"])
def test_a_small_file_inflating_to_a_gibibyte_of_empty_rows_is_refused_early(nodes, tmp_path, columns):
    import tracemalloc
    import zlib

    xa, tinh = nodes["xa"], nodes["tinh"]
    template = export(xa, tmp_path)
    header = json.dumps(payload_lines(template, tinh)[0]).encode() + b"\n"
    names = table_columns(Base.metadata.tables["units"]) if columns == "all" else []
    section = json.dumps({"table": "units", "columns": names}).encode() + b"\n"
    size = 1 << 30
    packer = zlib.compressobj(1)  # fastest to build; still a few MiB for a gibibyte
    block = b"[]\n" * (1 << 20)
    parts = [packer.compress(header + section)]
    written = len(header) + len(section)
    while written + len(block) <= size:
        parts.append(packer.compress(block))
        written += len(block)
    parts.append(packer.compress(b" " * (size - written - 1) + b"\n"))
    parts.append(packer.flush())
    compressed = b"".join(parts)
    assert len(compressed) < 8 << 20
    path = forge(template, xa, tinh, compressed=compressed, plain_size=size,
                 edit=lambda m: m.update(counts={"units": 1}))
    tracemalloc.start()
    started = time.perf_counter()
    try:
        refused(tinh, path, "damaged")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 << 20, f"peak {peak:,} bytes"
    assert time.perf_counter() - started < 20


def test_more_records_than_the_limit_are_refused_from_the_manifest(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    template = export(xa, tmp_path)
    path = forge(template, xa, tinh, lines=payload_lines(template, tinh),
                 edit=lambda m: m.update(counts={"people": 1_500_000, "cooperatives": 1_500_000}))
    refused(tinh, path, "too_many_rows", "3000000")


def test_terminal_escapes_in_names_never_reach_the_terminal(nodes, tmp_path, capsys):
    from htx_desktop.cli.main import main

    tinh = nodes["tinh"]
    path = tmp_path / "HTX\x1b[2J\x1b]0;pwned\x07\u202e.htxsync"
    path.write_bytes(b"not a zip at all")
    tinh.db.dispose()
    code = main(["--db", tinh.location, "sync", "import", str(path)])
    captured = capsys.readouterr()
    assert code != 0
    assert "không phải tệp" in captured.err
    for text in (captured.out, captured.err):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text


def test_json_of_an_already_imported_file_says_nothing_new(nodes, tmp_path, capsys):
    from htx_desktop.cli.main import main

    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    path = export(xa, tmp_path)
    tinh.db.dispose()
    argv = ["--db", tinh.location, "sync", "import", str(path), "--json"]
    assert main(argv) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(argv) == 0
    again = json.loads(capsys.readouterr().out)
    assert first["totals"]["new"] == 1
    assert again["status"] == "already_imported"
    assert again["totals"]["new"] == again["totals"]["changed"] == again["totals"]["conflicts"] == 0
    assert again["tables"]["people"]["unchanged"] == 1


def test_the_version_limit_is_a_day_ahead_of_the_later_of_wall_clock_and_hybrid_clock():
    from htx_desktop.sync.format import version_limit

    now = int(datetime(2026, 11, 30, tzinfo=timezone.utc).timestamp() * 1000)
    day = int(timedelta(days=1).total_seconds() * 1000)
    assert hlc.unpack(version_limit(0, now_ms=now))[0] == now + day
    assert hlc.unpack(version_limit(hlc.pack(now + 5 * day, 3), now_ms=now))[0] == now + 6 * day


def test_a_key_card_whose_unit_name_holds_a_terminal_escape_is_refused(nodes, tmp_path):
    from htx_desktop.sync import keyring

    xa, tinh = nodes["xa"], nodes["tinh"]
    card = json.loads(xa.card().read_text(encoding="utf-8"))
    card["unit_name"] = "Xã Tràng Định\x1b]0;pwned\x07"
    signed = {key: value for key, value in card.items() if key not in ("self_signature", "replaced_signature")}
    card["self_signature"] = crypto.b64(crypto.sign(xa.db.installation().signing_key, crypto.canonical(signed)))
    path = tmp_path / "the-khoa.htxkey"
    path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(SyncRefused) as caught:
        keyring.trust_card_file(tinh.db, path, actor=ADMIN)
    assert caught.value.reason == "damaged"
    assert "\x1b" not in caught.value.message and "\x07" not in caught.value.message


def test_a_file_from_above_cannot_write_the_communes_own_records(nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    template = service.export_file(tinh.db, tmp_path, actor=ADMIN, down_to="06046").path
    plan = {"id": str(uuid.uuid4()), "site_id": tinh.site_id, "owner_unit": "06046", "version": now_version(),
            "created_at": "2026-11-25T02:00:31.000000Z", "updated_at": "2026-11-25T02:00:31.000000Z",
            "deleted": False, "code": "KH-XA-2026", "name": "Kế hoạch của xã", "unit_code": "06046",
            "decision_no": None, "issued_on": None, "is_template": False, "notes": None}
    path = forge(template, tinh, xa, lines=lines_with(template, xa, "plans", plan))
    refused(xa, path, "ours_from_above", "“06046”", "cấp trên")


def test_history_never_prints_a_terminal_escape_from_a_file_name(nodes, tmp_path, capsys):
    from htx_desktop.cli.main import main

    xa, tinh = nodes["xa"], nodes["tinh"]
    add_person(xa)
    path = export(xa, tmp_path)
    renamed = path.with_name("HTX\x1b[2J\u202e.htxsync")
    path.rename(renamed)
    service.import_file(tinh.db, renamed, actor=ADMIN)
    tinh.db.dispose()
    assert main(["--db", tinh.location, "sync", "history"]) == 0
    shown = capsys.readouterr().out
    assert "HTX?[2J?.htxsync" in shown and "\x1b" not in shown and "\u202e" not in shown
