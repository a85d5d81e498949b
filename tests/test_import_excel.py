"""Importing the lists communes keep in Excel: through the service and `htx-cli import-excel`."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from actors import ADMIN, ADMIN_PASSWORD
from htx_desktop import imports
from htx_desktop.cli.main import main
from htx_desktop.domain.records import CooperativeData, PersonData
from htx_desktop.errors import HtxError
from htx_desktop.imports import legacy, mapping, service, table
from htx_desktop.imports.legacy import TCVN3, VNI, encode
from htx_desktop.imports.output import write_errors
from htx_desktop.services import cooperatives, people
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import Attendance, AuditEntry, Cooperative, Person, Post
from import_files import PEOPLE_HEADERS, with_cached_values, workbook
from datetime import date

COMMUNE = "06046"


@pytest.fixture(autouse=True)
def signed_in_as_admin(monkeypatch):
    monkeypatch.setenv("HTX_USER", "admin")
    monkeypatch.setenv("HTX_PASSWORD", ADMIN_PASSWORD)


def run(capsys, *argv):
    try:
        code = main([str(arg) for arg in argv])
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))


def names(db) -> list[str]:
    with db.read() as session:
        return sorted(session.scalars(select(Person.full_name).where(Person.deleted.is_(False))))


def preview(db, path, kind_name="people", write=False, **options):
    kind = imports.kind(kind_name)
    sheet = table.read(path, kind, options.pop("sheet", None))
    return imports.run(db, ADMIN, kind, sheet, sheet.fields, default_unit=COMMUNE, write=write, **options)


# --- legacy encodings, title blocks, hidden sheets, formulas ---------------------------------------

def test_a_tcvn3_sheet_is_imported_as_unicode(db, tmp_path):
    rows = [PEOPLE_HEADERS] + [
        [1, encode("Nguyễn Thị Hường", TCVN3), 1980, None, "Nữ", encode("Tày", TCVN3), None],
        [2, encode("Đào Thị Thương", TCVN3), 1975, None, "N÷", encode("Nùng", TCVN3), None],
        [3, encode("Lương Thị Trưởng", TCVN3), 1990, None, None, "Kinh", None],
    ]
    path = workbook(tmp_path / "tcvn3.xlsx", [[encode(h, TCVN3) for h in rows[0]]] + rows[1:],
                    title=encode("DANH SÁCH CHỊ EM", TCVN3))
    result = preview(db, path, write=True)
    assert (result.count("create"), result.count("reject")) == (3, 0)
    assert names(db) == ["Lương Thị Trưởng", "Nguyễn Thị Hường", "Đào Thị Thương"]
    with db.read() as session:
        assert sorted(session.scalars(select(Person.ethnicity))) == ["Kinh", "Nùng", "Tày"]


def test_tcvn3_capitals_typed_in_an_all_capital_font_come_out_as_capitals(db, tmp_path):
    # .VnTimeH has no codes of its own for toned capitals: it shows the lower-case codes as capitals.
    rows = [["Họ và tên", "Năm sinh", "Dân tộc"], [encode("nguyễn thị hường", TCVN3), 1980, encode("tày", TCVN3)],
            [encode("Đào Thị Thương", TCVN3), 1975, encode("Nùng", TCVN3)]]
    path = workbook(tmp_path / "vntimeh.xlsx", rows)
    book = openpyxl.load_workbook(path)
    for cell in ("A2", "C2"):
        book.active[cell].font = openpyxl.styles.Font(name=".VnTimeH")
    for cell in ("A3", "C3"):
        book.active[cell].font = openpyxl.styles.Font(name=".VnTime")  # keeps the case it was typed in
    book.save(path)
    result = preview(db, path, write=True)
    assert (result.count("create"), result.count("reject")) == (2, 0)
    assert names(db) == ["NGUYỄN THỊ HƯỜNG", "Đào Thị Thương"]
    with db.read() as session:
        assert sorted(session.scalars(select(Person.ethnicity))) == ["Nùng", "TÀY"]


def test_unicode_headers_retyped_above_tcvn3_data_keep_their_reading(db, tmp_path):
    # "Thôn/xóm" reads as TCVN3 too ("Thụn/xúm"): the header is read on its own, the data by column.
    rows = [["Họ và tên", "Thôn/xóm"], [encode("Hà Thị Mai", TCVN3), encode("Thôn Nà Lầu", TCVN3)],
            [encode("Vi Thị Tó", TCVN3), encode("Thôn Nà Rì", TCVN3)]]
    sheet = table.read(workbook(tmp_path / "h.xlsx", rows), imports.kind("people"))
    assert sheet.headers == ["Họ và tên", "Thôn/xóm"] and sheet.fields == ["full_name", "address"]
    assert [cells for _n, cells in sheet.rows] == [("Hà Thị Mai", "Thôn Nà Lầu"), ("Vi Thị Tó", "Thôn Nà Rì")]


def test_a_vni_sheet_without_diacritics_in_its_headers_is_imported(db, tmp_path):
    rows = [["STT", "Ho va ten", "Nam sinh", "Gioi tinh", "Dan toc"],
            [1, encode("Hoàng Thị Mỹ", VNI), 1982, encode("Nữ", VNI), encode("Tày", VNI)],
            [2, encode("Nông Thị Ánh", VNI), "1979", "nu", encode("Dao", VNI)]]
    result = preview(db, workbook(tmp_path / "vni.xlsx", rows), write=True)
    assert result.count("create") == 2 and not result.rejected
    assert names(db) == ["Hoàng Thị Mỹ", "Nông Thị Ánh"]


def test_header_below_a_merged_title_block_totals_and_empty_rows_skipped(db, tmp_path):
    rows = [["STT", "Tên hợp tác xã", "Số ĐKKD", "Vốn điều lệ (đồng)", "Ngày thành lập"],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            [1, "HTX Dệt thổ cẩm Hoa Ban", "4507000123", "1.500.000.000", "15/03/2021"],
            [None, None, None, None, None],
            [2, "HTX Chè Tân Tiến", None, 800000000, 2019],
            ["Tổng cộng", None, None, "=SUM(D4:D6)", None]]
    path = workbook(tmp_path / "htx.xlsx", rows, title="DANH SÁCH HỢP TÁC XÃ NĂM 2024")
    sheet = table.read(path, imports.kind("cooperatives"))
    assert sheet.header_number == 4 and sheet.fields == ["", "name", "registration_no", "charter_capital", "founded_on"]
    result = imports.run(db, ADMIN, imports.kind("cooperatives"), sheet, sheet.fields, default_unit=COMMUNE, write=True)
    assert (result.count("create"), result.count("reject"), result.skipped) == (2, 0, 2)
    with db.read() as session:
        rows = {r.name: r for r in session.scalars(select(Cooperative))}
    assert rows["HTX Dệt thổ cẩm Hoa Ban"].charter_capital == 1_500_000_000
    assert rows["HTX Dệt thổ cẩm Hoa Ban"].founded_on == date(2021, 3, 15)
    assert rows["HTX Chè Tân Tiến"].founded_on == date(2019, 1, 1)


def test_hidden_sheets_are_ignored_unless_chosen_and_formulas_read_as_values(db, tmp_path):
    hidden = [("Cũ", [PEOPLE_HEADERS, [1, "Người Ẩn", 1970, None, "Nữ", None, None]])]
    path = workbook(tmp_path / "f.xlsx", [PEOPLE_HEADERS, [1, "Lộc Thị Hạnh", "=1980+5", None, "Nữ", None, None]],
                    sheet="Mới", hidden=hidden)
    with_cached_values(path, {"1980+5": "1985"})
    assert [s.name for s in imports.workbook.sheets(path) if not s.hidden] == ["Mới"]
    preview(db, path, write=True)
    with db.read() as session:
        assert session.execute(select(Person.full_name, Person.birth_year)).all() == [("Lộc Thị Hạnh", 1985)]
    preview(db, path, write=True, sheet="Cũ")
    assert names(db) == ["Lộc Thị Hạnh", "Người Ẩn"]


# --- preview: created, updated, rejected ---------------------------------------------------------

def test_preview_says_what_is_created_updated_or_rejected_and_why_per_cell(db, tmp_path):
    people.create(db, PersonData("Nguyễn Thị Hường", COMMUNE, birth_year=1980, national_id="001180001234"), ADMIN)
    people.create(db, PersonData("Vi Thị Lan", COMMUNE, birth_year=1990), ADMIN)
    rows = [PEOPLE_HEADERS,
            [1, "Nguyễn T. Hường", 1980, "001180001234", "Nữ", "Tày", None],  # same CCCD: update
            [2, "Vi Thi Lan", 1990, None, "Nữ", "Nùng", None],  # same name (no diacritics), unit, year
            [3, "Hà Thị Mới", 1988, None, "Nữ", None, "Tràng Định"],  # new
            [4, "Hà Thị Sai", "19x8", "12345", "Khác", None, None],  # three bad cells
            [5, "Ma Thị Xa", 1970, None, "Nữ", None, "Xã Không Có"],  # unknown unit
            [6, "Hà Thị Mới", 1988, None, "Nữ", None, None]]  # the same as row 3
    path = workbook(tmp_path / "p.xlsx", rows)
    before = count(db, Person)
    result = preview(db, path)
    assert [(o.number, o.action) for o in result.outcomes] == [
        (2, "update"), (3, "update"), (4, "create"), (5, "reject"), (6, "reject"), (7, "reject")]
    bad = result.outcomes[3].problems
    assert set(bad) == {"birth_year", "national_id", "sex"}
    assert "19x8" in bad["birth_year"] and "12 chữ số" in bad["national_id"] and "Khác" in bad["sex"]
    assert "Xã Không Có" in result.outcomes[4].problems["unit_code"]
    assert result.outcomes[5].problems == {"": "Trùng với dòng 4 của tệp."}
    assert count(db, Person) == before  # a preview writes nothing
    preview(db, path, write=True)
    with db.read() as session:
        updated = session.scalar(select(Person).where(Person.national_id == "001180001234"))
        assert (updated.full_name, updated.ethnicity) == ("Nguyễn T. Hường", "Tày")
    assert count(db, Person) == before + 1


def test_an_update_keeps_what_the_file_leaves_empty(db, tmp_path):
    people.create(db, PersonData("Triệu Thị Yến", COMMUNE, birth_year=1985, phone="0912345678",
                                 national_id="001185004321", ethnicity="Dao"), ADMIN)
    path = workbook(tmp_path / "p.xlsx", [["Họ và tên", "Số CCCD", "Địa chỉ"],
                                          ["Triệu Thị Yến", "001185004321", "Thôn Nà Lầu"]])
    assert preview(db, path, write=True).count("update") == 1
    with db.read() as session:
        person = session.scalar(select(Person))
        assert (person.phone, person.ethnicity, person.address, person.birth_year) == (
            "0912345678", "Dao", "Thôn Nà Lầu", 1985)


def test_a_failure_part_way_writes_nothing(db, tmp_path, monkeypatch):
    # New records are inserted in batches, matched ones updated row by row: a failure in either,
    # after others were written in the same transaction, leaves nothing behind.
    monkeypatch.setattr(service, "BATCH", 2)
    rows = [PEOPLE_HEADERS] + [[n, f"Người Số {n}", 1980, None, "Nữ", None, None] for n in range(1, 6)]
    path = workbook(tmp_path / "p.xlsx", rows)
    kind = imports.kind("people")
    inserted, updated = [], []

    def failing_insert(session, batch):
        if len(inserted) == 2:
            raise HtxError("ổ đĩa đầy")
        kind.insert(session, batch)
        inserted.append(batch)

    def failing_write(session, resolved):
        if len(updated) == 3:
            raise HtxError("ổ đĩa đầy")
        kind.write(session, resolved)
        session.flush()
        updated.append(resolved)

    sheet = table.read(path, kind)
    audit_before = count_audit(db)
    with pytest.raises(HtxError, match="dòng 6.*ổ đĩa đầy.*Không có dòng nào được ghi"):  # rows 2-3, 4-5 went in
        imports.run(db, ADMIN, dataclasses.replace(kind, insert=failing_insert), sheet, sheet.fields,
                    default_unit=COMMUNE, write=True)
    assert len(inserted) == 2 and names(db) == [] and count_audit(db) == audit_before

    assert preview(db, path, write=True).count("create") == 5
    rows = [PEOPLE_HEADERS] + [[n, f"Người Số {n}", 1980, None, "Nữ", "Tày", None] for n in range(1, 6)]
    sheet = table.read(workbook(tmp_path / "p2.xlsx", rows), kind)
    audit_before = count_audit(db)
    with pytest.raises(HtxError, match="dòng 5.*ổ đĩa đầy.*Không có dòng nào được ghi"):
        imports.run(db, ADMIN, dataclasses.replace(kind, write=failing_write), sheet, sheet.fields,
                    default_unit=COMMUNE, write=True)
    assert len(updated) == 3 and count_audit(db) == audit_before
    with db.read() as session:
        assert set(session.scalars(select(Person.ethnicity))) == {None}


def count_audit(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


# --- the other kinds ------------------------------------------------------------------------------

def test_posts_link_a_person_and_a_cooperative_found_as_their_lists_find_them(db, tmp_path):
    coop = cooperatives.create(db, CooperativeData("HTX Hoa Ban", COMMUNE, registration_no="4507000123",
                                                   founded_on=date(2020, 1, 1)), ADMIN)
    person = people.create(db, PersonData("Nông Thị Mai", COMMUNE, birth_year=1980, national_id="001180009999"), ADMIN)
    rows = [["Họ và tên", "Số CCCD", "Tên HTX", "Số đăng ký", "Chức vụ", "Từ ngày"],
            ["Nông Thị Mai", "001180009999", "Tên khác", "4507000123", "Giám đốc", "01/02/2020"],
            ["Nông Thị Mai", None, "htx hoa ban", None, "Kiểm soát viên", "01/02/2019"],
            ["Người Lạ", None, "HTX Hoa Ban", None, "Giám đốc", None]]
    result = preview(db, workbook(tmp_path / "posts.xlsx", rows), "posts", write=True)
    assert [o.action for o in result.outcomes] == ["create", "reject", "reject"]
    assert "trước ngày thành lập" in result.outcomes[1].problems["started_on"]
    assert "nhập danh sách người trước" in result.outcomes[2].problems["full_name"]
    with db.read() as session:
        assert session.execute(select(Post.person_id, Post.cooperative_id, Post.role)).all() == [
            (person, coop, "director")]


def test_trainings_and_an_attendance_list_for_one_training(db, tmp_path):
    rows = [["Tên lớp", "Chủ đề", "Từ ngày", "Đến ngày", "Hình thức"],
            ["Tập huấn chuyển đổi số", "Công nghệ thông tin, kỹ năng công nghệ số", "10/05/2024", "11/05/2024", "Trực tiếp"],
            ["Lớp thiếu chủ đề", None, "10/05/2024", None, None]]
    result = preview(db, workbook(tmp_path / "t.xlsx", rows), "trainings", write=True)
    assert [o.action for o in result.outcomes] == ["create", "reject"]
    assert "topic" in result.outcomes[1].problems
    with db.read() as session:
        from htx_desktop.storage.models import Training

        training = session.scalar(select(Training.id))
    mai = people.create(db, PersonData("Nông Thị Mai", COMMUNE, birth_year=1980), ADMIN)
    rows = [["Họ và tên", "Năm sinh", "Có mặt", "Hoàn thành"], ["Nông Thị Mai", 1980, "x", "có"],
            ["Không Ai", 1990, "x", None]]
    path = workbook(tmp_path / "a.xlsx", rows)
    with pytest.raises(HtxError, match="--training"):
        preview(db, path, "attendance")
    result = preview(db, path, "attendance", write=True, training_id=training)
    assert [o.action for o in result.outcomes] == ["create", "reject"]
    with db.read() as session:
        assert session.execute(select(Attendance.person_id, Attendance.completed)).all() == [(mai, True)]
    assert preview(db, path, "attendance", training_id=training).outcomes[0].action == "update"


# --- the errors workbook, mappings ----------------------------------------------------------------

def test_rejected_rows_come_back_as_a_workbook_to_fix_and_import_again(db, tmp_path):
    rows = [PEOPLE_HEADERS, [1, "Hà Thị Sai", "19x8", None, "Nữ", None, None],
            [2, "Hà Thị Đúng", 1988, None, "Nữ", None, None]]
    kind = imports.kind("people")
    sheet = table.read(workbook(tmp_path / "p.xlsx", rows), kind)
    result = imports.run(db, ADMIN, kind, sheet, sheet.fields, default_unit=COMMUNE, write=True)
    target = write_errors(kind, sheet.headers, sheet.fields, result, tmp_path / "loi.xlsx")
    back = openpyxl.load_workbook(target).active
    cells = [[c.value for c in row] for row in back.iter_rows()]
    assert cells[0] == PEOPLE_HEADERS + ["Lỗi cần sửa"]
    assert cells[1][:3] == [1, "Hà Thị Sai", "19x8"] and len(cells) == 2
    assert "Dòng 2" in cells[1][-1] and "Năm sinh" in cells[1][-1] and "19x8" in cells[1][-1]
    assert back.cell(2, 3).fill.fgColor.rgb.endswith("F8CBAD")  # the wrong cell is coloured
    back.cell(2, 3).value = 1988
    openpyxl.Workbook.save(back.parent, tmp_path / "sua.xlsx")
    again = preview(db, tmp_path / "sua.xlsx", write=True)
    assert again.count("create") == 1 and not again.rejected
    assert names(db) == ["Hà Thị Sai", "Hà Thị Đúng"]


def test_the_mapping_the_officer_corrected_is_saved_and_used_next_time(tmp_path):
    kind = imports.kind("people")
    file = tmp_path / "import-mappings.json"
    mapping.save(kind, file, ["Tên chị em", "Tuổi sinh"], ["full_name", "birth_year"])
    saved = mapping.load_saved(kind, file)
    path = workbook(tmp_path / "p.xlsx", [["Tên chị em", "Tuổi sinh"], ["Hà Thị A", 1980]])
    assert table.read(path, kind, saved=saved).fields == ["full_name", "birth_year"]
    assert json.loads(file.read_text(encoding="utf-8")) == {"people": {"Tên chị em": "full_name",
                                                                        "Tuổi sinh": "birth_year"}}


# --- bad files ------------------------------------------------------------------------------------

def ole_file(path: Path, encrypted: bool) -> Path:
    """An OLE compound file: the streams of a password-protected .xlsx, or an old .xls's."""
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
    streams = ("EncryptionInfo", "EncryptedPackage") if encrypted else ("Workbook", "SummaryInformation")
    for name in streams:
        body += name.encode("utf-16-le") + b"\0" * 64
    path.write_bytes(body)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: (p / "ghi-chu.xlsx").write_text("không phải Excel") and p / "ghi-chu.xlsx", "không phải tệp Excel"),
        (lambda p: ole_file(p / "mat-khau.xlsx", True), "có mật khẩu"),
        (lambda p: ole_file(p / "cu.xls", False), "Lưu thành"),
        (lambda p: ole_file(p / "cu-doi-ten.xlsx", False), "Lưu thành"),  # an .xls renamed .xlsx
        (lambda p: zip_with(p / "hong.xlsx", {"[Content_Types].xml": "<bad"}), "bị hỏng"),
        (lambda p: workbook(p / "trong.xlsx", [[None]]), "không có dữ liệu"),
        (lambda p: workbook(p / "la.xlsx", [["Cột A", "Cột B"], [1, 2]]), "Không tìm thấy dòng tiêu đề"),
        (lambda p: p / "khong-co.xlsx", "Không tìm thấy tệp"),
    ],
)
def test_each_bad_file_gets_one_clear_message_and_changes_nothing(db_path, tmp_path, capsys, make, message):
    path = make(tmp_path)
    db = open_database(db_path)
    before = count(db, Person)
    code, out, err = run(capsys, "--db", db_path, "import-excel", path, "--kind", "people")
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1, err
    assert count(db, Person) == before
    db.dispose()


def zip_with(path: Path, parts: dict[str, str]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


# --- the command line -----------------------------------------------------------------------------

def people_file(tmp_path) -> Path:
    return workbook(tmp_path / "p.xlsx", [PEOPLE_HEADERS, [1, "Hà Thị Một", 1980, None, "Nữ", None, None],
                                          [2, "Hà Thị Hai", "19x0", None, "Nữ", None, None],
                                          [3, "Hà Thị Ba", 1982, None, "Nữ", None, None]])


def test_cli_writes_the_valid_rows_lists_the_rejected_and_exits_0(db_path, tmp_path, capsys):
    code, out, err = run(capsys, "--db", db_path, "import-excel", people_file(tmp_path), "--kind", "people",
                         "--errors", tmp_path / "loi.xlsx")
    assert code == 0, err
    assert "2 dòng thêm mới, 0 dòng cập nhật, 1 dòng bị từ chối." in out and "“19x0” không phải năm" in out
    assert (tmp_path / "loi.xlsx").is_file()
    db = open_database(db_path)
    assert names(db) == ["Hà Thị Ba", "Hà Thị Một"]
    db.dispose()


def test_cli_dry_run_writes_nothing(db_path, tmp_path, capsys):
    code, out, _err = run(capsys, "--db", db_path, "import-excel", people_file(tmp_path), "--kind", "people",
                          "--dry-run")
    assert code == 0 and "chưa ghi gì" in out
    db = open_database(db_path)
    assert names(db) == []
    db.dispose()


def test_cli_strict_writes_nothing_when_a_row_is_rejected(db_path, tmp_path, capsys):
    code, _out, err = run(capsys, "--db", db_path, "import-excel", people_file(tmp_path), "--kind", "people",
                          "--strict")
    assert code == 1 and "không ghi dòng nào" in err
    db = open_database(db_path)
    assert names(db) == []
    db.dispose()


def test_cli_json_and_mapping_file(db_path, tmp_path, capsys):
    path = workbook(tmp_path / "m.xlsx", [["Tên chị em", "Tuổi sinh"], ["Hà Thị A", 1980], ["Hà Thị B", "x"]])
    (tmp_path / "map.json").write_text(json.dumps({"Tên chị em": "full_name", "Tuổi sinh": "birth_year"}),
                                       encoding="utf-8")
    code, out, err = run(capsys, "--db", db_path, "import-excel", path, "--kind", "people", "--mapping",
                         tmp_path / "map.json", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["created"], report["rejected"], report["written"]) == (1, 1, True)
    assert report["rows"][1] == {"row": 3, "action": "reject", "problems": {"Năm sinh": "“x” không phải năm."}}
    (tmp_path / "bad.json").write_text(json.dumps({"Tên chị em": "ten"}), encoding="utf-8")
    code, _out, err = run(capsys, "--db", db_path, "import-excel", path, "--kind", "people", "--mapping",
                          tmp_path / "bad.json")
    assert code == 1 and "ten" in err


def test_cli_template_has_headers_notes_lists_and_an_example_that_is_not_imported(db_path, tmp_path, capsys):
    for kind in imports.KINDS:
        code, out, err = run(capsys, "--db", db_path, "template", "--kind", kind, "--out", tmp_path / f"{kind}.xlsx")
        assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "people.xlsx")
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[3]][:3] == ["Họ và tên", "Năm sinh", "Giới tính"]
    assert sheet.cell(2, 1).value == "(bắt buộc)" and sheet.cell(4, 1).value == "Hoàng Thị Mai"
    assert book["Danh mục"].sheet_state == "hidden"
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert any("Danh mục" in formula for formula in lists.values())
    assert [c.value for c in book["Danh mục"]["A"] if c.value] == ["Nữ", "Nam"]
    db = open_database(db_path)
    result = preview(db, tmp_path / "people.xlsx")
    assert result.outcomes == []  # the example row alone: nothing to import
    db.dispose()


@pytest.mark.slow
def test_a_50000_row_list_is_read_and_previewed(db, tmp_path):
    path = tmp_path / "big.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("DS")
    sheet.append(["Họ và tên", "Năm sinh", "Dân tộc"])
    for n in range(50_000):
        sheet.append([encode(f"Hoàng Thị Số {n}", TCVN3) if n % 2 else f"Hoàng Thị Số {n}", 1960 + n % 40, "Tày"])
    book.save(path)
    result = preview(db, path)
    assert result.count("create") == 50_000 and not result.rejected
    assert legacy.decode(encode("Hoàng Thị Số 7", TCVN3))[0] == "Hoàng Thị Số 7"


def test_a_sheet_longer_than_the_limit_is_refused_before_it_is_kept_in_memory(tmp_path, monkeypatch):
    from htx_desktop.imports import workbook as reader

    monkeypatch.setattr(reader, "MAX_ROWS", 4)  # the header and three people pass
    rows = [PEOPLE_HEADERS] + [[n, f"Người Số {n}", 1980, None, "Nữ", None, None] for n in range(1, 4)]
    assert len(table.read(workbook(tmp_path / "ok.xlsx", rows), imports.kind("people")).rows) == 3
    rows.append([4, "Người Số Bốn", 1980, None, "Nữ", None, None])
    with pytest.raises(HtxError, match="Trang tính “Danh sách” có hơn 4 dòng"):
        table.read(workbook(tmp_path / "long.xlsx", rows), imports.kind("people"))
