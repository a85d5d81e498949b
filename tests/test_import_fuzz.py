"""Hostile input to the Excel importer: mutated real workbooks, for a fixed budget (issue 13, section 3).

Workbooks are built as the other import tests build them (a people list under a merged title block,
rows typed in TCVN3 and VNI, dates and ticks in a cooperatives list), then hypothesis mutates them
two ways: raw bytes of the .xlsx (flipped bits, cuts, inserted and removed bytes), and the XML
inside the zip (cell values, cell types, shared strings, rows and cell references: huge numbers,
lone surrogates, impossible dates, control characters). Each input is read, previewed and written
to a copy of a database; it must end in success or in one translated line (`HtxError`), and a
refused write leaves the database as it was. The outcomes are counted and printed; a workbook that
would inflate to gigabytes is refused by a limit before anything is inflated.
"""

from __future__ import annotations

import os
import re
import resource
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import raw_db
from actors import ADMIN
from htx_desktop import imports
from htx_desktop.errors import HtxError
from htx_desktop.imports import table, workbook as workbook_reader
from htx_desktop.imports.legacy import TCVN3, VNI, encode
from htx_desktop.messages import MESSAGES
from htx_desktop.storage.database import open_database
from import_files import PEOPLE_HEADERS, workbook
from kill_helpers import fresh
from mutations import mutate_bytes

COMMUNE = "06046"
BUDGET = int(os.environ.get("HTX_FUZZ_BUDGET", "120"))  # examples per kind of mutation
OUTCOMES: Counter[str] = Counter()

WEIRD = st.sampled_from([
    "9" * 5000, "1e400", "-1e400", "NaN", "inf", "-0", "1.7976931348623157e308", "4.9e-324", "45000.5",
    "2958466", "60", "-1", "0", "1985", "2026-02-30", "9999-12-31T23:59:59", "0001-01-01", "P1D",
    "&#xD800;", "\ud800", "\udfff", "&#0;", "&#x1b;[2J", "\x1b[2J", "\x00", "]]>", "<b>", "&amp;", "&bogus;",
    "NguyÔn ThÞ H\xadêng", "Nguyeãn Thò Höôøng", "Xa\u0303", "x", "có", "#N/A", "TRUE", "",
])
VALUES = WEIRD | st.text(max_size=20) | st.integers(-(2**70), 2**70).map(str) | st.floats().map(repr)
TYPES = st.sampled_from(["s", "n", "b", "e", "str", "inlineStr", "d", "x", ""])


def _people(path: Path) -> Path:
    rows = [PEOPLE_HEADERS + ["Ngày sinh", "Điện thoại"]]
    rows += [[1, "Hoàng Thị Mai", 1985, "020185001234", "Nữ", "Tày", None, None, "0912 345 678"],
             [2, encode("Nguyễn Thị Hường", TCVN3), 1980, None, encode("Nữ", TCVN3), encode("Nùng", TCVN3), None,
              None, None],
             [3, encode("Lương Thị Thương", VNI), None, "020190001111", "Nữ", encode("Tày", VNI), "Tràng Định",
              "12/03/1990", None],
             [4, "Vi Văn Hạnh", "1975", None, "Nam", "Kinh", COMMUNE, None, "0205 3 123 456"],
             ["Tổng cộng", None, None, None, None, None, None, None, None]]
    return workbook(path, rows, title="DANH SÁCH CHỊ EM THAM GIA HỢP TÁC XÃ")


def _cooperatives(path: Path) -> Path:
    rows = [["Tên HTX", "Loại hình", "Số đăng ký", "Ngày thành lập", "Vốn điều lệ", "Thương mại điện tử", "Xã"],
            ["HTX Chè Khau Phạ", "HTX", "1234/ĐK", "15/06/2019", "1.500.000.000", "x", COMMUNE],
            ["Tổ hợp tác Rau Nà Lầm", "THT", None, 2021, 200000000, "không", None],
            [encode("Hợp tác xã Dệt Thổ cẩm", TCVN3), "HTX", "56/ĐK", 43831, None, "có", None]]
    return workbook(path, rows)


@pytest.fixture(scope="module")
def world(tmp_path_factory, template_db, pytestconfig):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("import-fuzz")
    seeds = {"people": _people(folder / "people.xlsx"), "cooperatives": _cooperatives(folder / "coops.xlsx")}
    for kind_name, path in seeds.items():  # the seeds themselves import cleanly
        database = open_database(fresh(template_db, folder / "seed.sqlite3"))
        try:
            kind = imports.kind(kind_name)
            sheet = table.read(path, kind)
            result = imports.run(database, ADMIN, kind, sheet, sheet.fields, default_unit=COMMUNE, write=True)
            assert result.written and not result.rejected, [o.reasons(kind) for o in result.rejected]
        finally:
            database.dispose()
    yield {"folder": folder, "seeds": seeds, "database": template_db}
    from sync_helpers import tell

    tell(pytestconfig, f"\nExcel import fuzzing, {BUDGET} examples per kind, outcomes: {dict(sorted(OUTCOMES.items()))}")


def _rows(path: Path) -> list[tuple]:
    connection = raw_db.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [(name, sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)) for name in tables]
    finally:
        connection.close()


def _reason(message: str) -> str:
    """The message's key: which translated refusal it is."""
    for key, (vietnamese, _english) in MESSAGES.items():
        pattern = ".*".join(re.escape(part) for part in re.split(r"\{[^}]*\}", vietnamese))
        if key.startswith("imports.") and re.fullmatch(pattern, message, re.S):
            return key
    return "another message"


def _refused(stage: str, kind: str, error: HtxError) -> None:
    assert error.message and "\n" not in error.message, error.message
    OUTCOMES[f"{kind}: refused {stage} ({_reason(error.message)})"] += 1


def check(world, raw: bytes, kind_name: str, how: str) -> None:  # type: ignore[no-untyped-def]
    """Read, preview and write one mutated workbook: success, or one line and nothing changed."""
    path = world["folder"] / f"mutated-{kind_name}.xlsx"
    path.write_bytes(raw)
    kind = imports.kind(kind_name)
    try:
        sheet = table.read(path, kind)
        sheet.require_mapped(kind)
    except HtxError as error:
        _refused("on reading", how, error)
        return
    target = fresh(world["database"], world["folder"] / "target.sqlite3")
    before = _rows(target)
    database = open_database(target)
    try:
        try:
            preview = imports.run(database, ADMIN, kind, sheet, sheet.fields, default_unit=COMMUNE)
            result = imports.run(database, ADMIN, kind, sheet, sheet.fields, default_unit=COMMUNE, write=True)
        except HtxError as error:
            database.dispose()
            assert _rows(target) == before, "a refused import changed the database"
            _refused("on importing", how, error)
            return
        database.dispose()
        assert [(o.number, o.action) for o in result.outcomes] == [(o.number, o.action) for o in preview.outcomes]
        after = _rows(target)
        changed = result.count(imports.CREATE) + result.count(imports.UPDATE)
        assert (after != before) == bool(changed)
        OUTCOMES[f"{how}: imported ({'rows written' if changed else 'every row rejected'})"] += 1
    finally:
        database.dispose()


# No shrinking: a failing workbook is reported as drawn (shrinking one takes minutes here).
settings_ = settings(max_examples=BUDGET, deadline=None, derandomize=True, database=None,
                     phases=[Phase.explicit, Phase.generate],
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.mark.slow
@settings_
@given(data=st.data())
def test_byte_mutations_end_in_success_or_one_line(world, data):
    kind_name = data.draw(st.sampled_from(sorted(world["seeds"])), label="seed")
    raw = mutate_bytes(data, world["seeds"][kind_name].read_bytes())
    check(world, raw, kind_name, "bytes")


def _escape(value: str) -> str:
    """Text put in XML as a writer would, except entity-like input ("&#xD800;") kept as it is."""
    if re.fullmatch(r"&#?\w+;", value) or value.startswith("&#"):
        return value
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mutate_xml(data, parts: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    sheet_name = "xl/worksheets/sheet1.xml"
    strings_name = "xl/sharedStrings.xml"
    how = data.draw(st.sampled_from(["value", "type", "shared", "row", "reference", "garbage"]), label="how")
    name = strings_name if how == "shared" and strings_name in parts else sheet_name
    xml = parts[name].decode("utf-8")
    patterns = {"value": r"<v>([^<]*)</v>", "type": r"<c [^>]*?>", "shared": r"<t[^>]*>([^<]*)</t>",
                "row": r"<row [^>]*>.*?</row>|<row [^>]*/>", "reference": r' r="([A-Z]*\d*)"',
                "garbage": r"<"}
    found = list(re.finditer(patterns[how], xml, re.S))
    if not found:
        return
    match = found[data.draw(st.integers(0, len(found) - 1), label="which")]
    start, end = match.span()
    if how in ("value", "shared"):
        start, end = match.span(1)
        new = _escape(data.draw(VALUES, label="value"))
    elif how == "type":
        cell = re.sub(r' t="[^"]*"', "", match.group(0))
        kind = data.draw(TYPES, label="type")
        new = cell if not kind else cell.replace("<c ", f'<c t="{kind}" ', 1)
    elif how == "row":
        new = data.draw(st.sampled_from(["", match.group(0) * 2,
                                         re.sub(r' r="\d+"', ' r="99999999"', match.group(0), count=1),
                                         re.sub(r' r="\d+"', ' r="0"', match.group(0), count=1)]), label="row")
    elif how == "reference":
        start, end = match.span(1)
        new = data.draw(st.sampled_from(["A0", "XFD1048576", "XFE1", "ZZZZ1", "", "1A", "A99999999"])
                        | st.text("A1Z9", max_size=6), label="reference")
    else:
        new = data.draw(st.text(max_size=30), label="garbage") + "<"
    parts[name] = (xml[:start] + new + xml[end:]).encode("utf-8", "surrogatepass")


@pytest.mark.slow
@settings_
@given(data=st.data())
def test_xml_mutations_inside_the_zip_end_in_success_or_one_line(world, data):
    kind_name = data.draw(st.sampled_from(sorted(world["seeds"])), label="seed")
    with zipfile.ZipFile(world["seeds"][kind_name]) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        _mutate_xml(data, parts)
    target = world["folder"] / "xml.xlsx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    check(world, target.read_bytes(), kind_name, "xml")


@pytest.mark.slow
def test_a_workbook_inflating_to_gigabytes_is_refused_by_a_limit_not_memory(tmp_path):
    seed = _people(tmp_path / "seed.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(seed) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for name in source.namelist():
            content = source.read(name)
            if name != "xl/worksheets/sheet1.xml":
                target.writestr(name, content)
                continue
            head, tail = content.split(b"<sheetData>", 1)
            with target.open(name, "w", force_zip64=True) as part:  # 2 GiB of white space inside the sheet
                part.write(head + b"<sheetData>")
                spaces = b" " * (1 << 20)
                for _ in range(2048):
                    part.write(spaces)
                part.write(tail)
    assert bomb.stat().st_size < 12 << 20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with pytest.raises(HtxError, match="quá lớn để nhập") as refused:
        table.read(bomb, imports.kind("people"))
    assert time.perf_counter() - started < 1
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak < 50 << 10  # KiB: nothing inflated
    assert f"{workbook_reader.MAX_UNPACKED_MB} MB" in refused.value.message
