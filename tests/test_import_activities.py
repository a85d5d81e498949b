"""Importing the five activity lists (support, jobs, outreach, commendations, funding) from the
template each kind writes: created, then the same file again updated and never duplicated; rejected
rows with the reason under each cell; choices by label with and without diacritics."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from actors import ADMIN_PASSWORD
from htx_desktop.cli.main import main
from htx_desktop.domain.records import CooperativeData, PersonData
from htx_desktop.services import cooperatives, people
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import Commendation, FundingEntry, JobReport, OutreachEvent, SupportAction

COMMUNE = "06046"


@pytest.fixture(autouse=True)
def signed_in_as_admin(monkeypatch):
    monkeypatch.setenv("HTX_USER", "admin")
    monkeypatch.setenv("HTX_PASSWORD", ADMIN_PASSWORD)


@pytest.fixture
def known(db_path):
    """A cooperative, a group and a person the rows name."""
    from actors import ADMIN

    db = open_database(db_path)
    ids = {
        "coop": cooperatives.create(db, CooperativeData("HTX Hoa Ban", COMMUNE, registration_no="4507000123",
                                                        founded_on=date(2020, 1, 1)), ADMIN),
        "group": cooperatives.create(db, CooperativeData("Tổ hợp tác Mây tre", COMMUNE, kind="group"), ADMIN),
        "person": people.create(db, PersonData("Nông Thị Mai", COMMUNE, birth_year=1980,
                                               national_id="001180009999"), ADMIN),
    }
    db.dispose()
    return ids


def run(capsys, *argv):
    try:
        code = main([str(arg) for arg in argv])
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def filled_template(capsys, db_path: Path, tmp_path: Path, kind: str, rows: list[dict[str, object]]) -> Path:
    """The kind's template written by `htx-cli template`, its rows typed under the headers."""
    path = tmp_path / f"{kind}.xlsx"
    code, _out, err = run(capsys, "--db", db_path, "template", "--kind", kind, "--out", path)
    assert code == 0, err
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    columns = {cell.value: cell.column for cell in sheet[3] if cell.value}
    for number, row in enumerate(rows, start=5):  # below the example row, which is not imported
        for header, value in row.items():
            sheet.cell(number, columns[header], value)
    book.save(path)
    return path


def stored(db_path: Path, model, *columns) -> list[tuple]:
    db = open_database(db_path)
    with db.read() as session:
        rows = session.execute(select(*(getattr(model, c) for c in columns)).where(model.deleted.is_(False))
                               .order_by(*(getattr(model, c) for c in columns))).all()
    db.dispose()
    return [tuple(row) for row in rows]


def count(db_path: Path, model) -> int:
    db = open_database(db_path)
    with db.read() as session:
        found = session.scalar(select(func.count()).select_from(model))
    db.dispose()
    return found


# Each kind: the rows typed (two good, the last rejected), what is stored, and the rejected row's
# reasons under their headers. Choices are written as labels, with and without diacritics.
CASES = {
    "support": (
        [{"Tên HTX/THT": "HTX Hoa Ban", "Nội dung hỗ trợ": "Hỗ trợ vay vốn", "Ngày hỗ trợ": "20/04/2024",
          "Số tiền (đồng)": "50.000.000", "Nơi cho vay": "Ngân hàng CSXH"},
         {"Tên HTX/THT": "htx hoa ban", "Nội dung hỗ trợ": "Xay dung nhan hieu", "Ngày hỗ trợ": "3/5/2024"},
         {"Tên HTX/THT": "HTX Không Có", "Nội dung hỗ trợ": "Hội chợ", "Ngày hỗ trợ": "3/5/2024"}],
        SupportAction, ("kind", "given_on", "amount", "loan_source"),
        [("loan", date(2024, 4, 20), 50_000_000, "Ngân hàng CSXH"), ("trademark", date(2024, 5, 3), None, None)],
        {"Tên HTX/THT": "hãy nhập danh sách HTX trước"},
    ),
    "jobs": (
        [{"Tên HTX/THT": "Tên khác", "Số đăng ký HTX": "4507000123", "Năm": 2024, "Ngày báo cáo": "31/12/2024",
          "Việc làm mới cho lao động nữ": 5, "Việc làm ổn định cho lao động nữ": "12"},
         {"Tên HTX/THT": "To hop tac May tre", "Năm": "2023", "Ngày báo cáo": date(2024, 1, 15),
          "Việc làm mới cho lao động nữ": 0, "Việc làm ổn định cho lao động nữ": 7},
         {"Tên HTX/THT": "HTX Hoa Ban", "Năm": 2023, "Ngày báo cáo": "01/06/2022",
          "Việc làm mới cho lao động nữ": "ba", "Việc làm ổn định cho lao động nữ": 2}],
        JobReport, ("year", "new_female_jobs", "stable_female_jobs"),
        [(2023, 0, 7), (2024, 5, 12)],
        {"Ngày báo cáo": "không thể trước năm báo cáo 2023", "Việc làm mới cho lao động nữ": "“ba”"},
    ),
    "outreach": (
        [{"Chủ đề": "Phụ nữ khởi nghiệp", "Hình thức": "Noi chuyen chuyen de", "Ngày tổ chức": "08/03/2024",
          "Số người tham dự": 60, "Số nữ": 55},
         {"Chủ đề": "HTX Hoa Ban lên Zalo", "Hình thức": "Bài đăng mạng xã hội", "Mạng xã hội": "zalo",
          "Ngày tổ chức": "10/05/2024"},
         {"Chủ đề": "Hội thi", "Hình thức": "Bai dang mang xa hoi", "Ngày tổ chức": "10/05/2024",
          "Số người tham dự": 10, "Số nữ": 12}],
        OutreachEvent, ("title", "kind", "platform", "participants"),
        [("HTX Hoa Ban lên Zalo", "social_post", "zalo", None), ("Phụ nữ khởi nghiệp", "talk", None, 60)],
        {"Mạng xã hội": "Facebook hoặc Zalo", "Số nữ": "12"},
    ),
    "commendations": (
        [{"Họ và tên người được khen": "Tên gõ khác", "Số CCCD": "001180009999", "Hình thức khen thưởng": "Giấy khen",
          "Cấp khen thưởng": "Cap huyen", "Ngày khen thưởng": "20/10/2024", "Số quyết định": "125/QĐ-UBND"},
         {"Tên HTX/THT được khen": "Tổ hợp tác Mây tre", "Hình thức khen thưởng": "Giấy khen",
          "Cấp khen thưởng": "Cấp xã", "Ngày khen thưởng": "01/11/2024"},
         {"Khen thưởng cho": "Hop tac xa", "Tên HTX/THT được khen": "Tổ hợp tác Mây tre",
          "Hình thức khen thưởng": "Bằng khen", "Cấp khen thưởng": "Cấp tỉnh", "Ngày khen thưởng": "31/31/2024"}],
        Commendation, ("recipient_kind", "level", "decision_no"),
        [("group", "commune", None), ("person", "district", "125/QĐ-UBND")],
        {"Ngày khen thưởng": "“31/31/2024”"},
    ),
    "funding": (
        [{"Nội dung chi": "Lớp tập huấn quản trị", "Nguồn kinh phí": "Chuong trinh MTQG",
          "Số tiền (đồng)": "15.000.000", "Ngày chi": "15/06/2024"},
         {"Nội dung chi": "Hội chợ", "Nguồn kinh phí": "Tài trợ, xã hội hóa", "Số tiền (đồng)": 3_000_000,
          "Ngày chi": "2024-07-01"},
         {"Nội dung chi": "Quà", "Nguồn kinh phí": "Ngân hàng", "Số tiền (đồng)": 0, "Ngày chi": "01/07/2024"}],
        FundingEntry, ("source", "amount", "purpose"),
        [("national_target_programme", 15_000_000, "Lớp tập huấn quản trị"), ("sponsorship", 3_000_000, "Hội chợ")],
        {"Nguồn kinh phí": "“Ngân hàng” không có trong danh sách", "Số tiền (đồng)": "phải lớn hơn 0"},
    ),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_a_filled_template_imports_then_imports_again_as_updates(kind, known, db_path, tmp_path, capsys):
    rows, model, columns, expected, reasons = CASES[kind]
    path = filled_template(capsys, db_path, tmp_path, kind, rows)

    code, out, err = run(capsys, "--db", db_path, "import-excel", path, "--kind", kind, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["created"], report["updated"], report["rejected"], report["written"]) == (2, 0, 1, True), out
    rejected = report["rows"][2]
    assert (rejected["row"], rejected["action"]) == (7, "reject")
    assert set(rejected["problems"]) == set(reasons), rejected
    for header, part in reasons.items():
        assert part in rejected["problems"][header], rejected
    assert stored(db_path, model, *columns) == expected

    code, out, err = run(capsys, "--db", db_path, "import-excel", path, "--kind", kind)
    assert code == 0, err
    assert "0 dòng thêm mới, 2 dòng cập nhật, 1 dòng bị từ chối." in out
    assert stored(db_path, model, *columns) == expected
    assert count(db_path, model) == 2


def test_an_update_changes_what_the_file_changed_and_keeps_what_it_leaves_empty(known, db_path, tmp_path, capsys):
    first = {"Tên HTX/THT": "HTX Hoa Ban", "Nội dung hỗ trợ": "Hỗ trợ vay vốn", "Ngày hỗ trợ": "20/04/2024",
             "Số tiền (đồng)": 50_000_000, "Nơi cho vay": "Agribank", "Đơn vị hỗ trợ": "Hội LHPN huyện"}
    run(capsys, "--db", db_path, "import-excel", filled_template(capsys, db_path, tmp_path, "support", [first]),
        "--kind", "support")
    again = {"Số đăng ký HTX": "4507000123", "Tên HTX/THT": "HTX Hoa Ban (cũ)", "Nội dung hỗ trợ": "vay von",
             "Ngày hỗ trợ": "20/4/2024", "Số tiền (đồng)": "80,000,000"}
    code, out, err = run(capsys, "--db", db_path, "import-excel",
                         filled_template(capsys, db_path, tmp_path, "support", [again]), "--kind", "support")
    assert code == 0 and "0 dòng thêm mới, 1 dòng cập nhật" in out, out + err
    assert stored(db_path, SupportAction, "amount", "loan_source", "given_by") == [
        (80_000_000, "Agribank", "Hội LHPN huyện")]


def test_two_rows_of_one_file_for_the_same_record_are_not_both_written(known, db_path, tmp_path, capsys):
    row = {"Tên HTX/THT": "HTX Hoa Ban", "Năm": 2024, "Ngày báo cáo": "31/12/2024",
           "Việc làm mới cho lao động nữ": 5, "Việc làm ổn định cho lao động nữ": 12}
    path = filled_template(capsys, db_path, tmp_path, "jobs", [row, {**row, "Việc làm mới cho lao động nữ": 6}])
    code, out, _err = run(capsys, "--db", db_path, "import-excel", path, "--kind", "jobs")
    assert code == 0 and "1 dòng thêm mới, 0 dòng cập nhật, 1 dòng bị từ chối." in out
    assert "Trùng với dòng 5" in out


def test_a_commendation_to_a_group_named_as_a_cooperative_is_refused_under_its_name(known, db_path, tmp_path,
                                                                                   capsys):
    row = {"Khen thưởng cho": "Hợp tác xã", "Tên HTX/THT được khen": "Tổ hợp tác Mây tre",
           "Hình thức khen thưởng": "Giấy khen", "Cấp khen thưởng": "Cấp xã", "Ngày khen thưởng": "01/11/2024"}
    path = filled_template(capsys, db_path, tmp_path, "commendations", [row])
    code, out, _err = run(capsys, "--db", db_path, "import-excel", path, "--kind", "commendations", "--json")
    assert code == 0
    assert json.loads(out)["rows"][0]["problems"] == {
        "Tên HTX/THT được khen": "“Tổ hợp tác Mây tre” là tổ hợp tác; hãy chọn “Tổ hợp tác” ở ô Khen thưởng cho."}
    assert count(db_path, Commendation) == 0


@pytest.mark.parametrize("kind", list(CASES))
def test_the_template_alone_imports_nothing(kind, known, db_path, tmp_path, capsys):
    path = filled_template(capsys, db_path, tmp_path, kind, [])
    from htx_desktop import imports

    assert openpyxl.load_workbook(path).worksheets[0].title == imports.kind(kind).title  # not cut at 31
    code, out, err = run(capsys, "--db", db_path, "import-excel", path, "--kind", kind)
    assert code == 0, err
    assert "0 dòng thêm mới, 0 dòng cập nhật, 0 dòng bị từ chối." in out


def test_headers_without_diacritics_and_synonyms_find_their_fields(known, db_path, tmp_path, capsys):
    from import_files import workbook

    path = workbook(tmp_path / "kinh-phi.xlsx", [
        ["TT", "Noi dung", "Nguon kinh phi", "So tien", "Ngay chi", "Xa"],
        [1, "Hoi nghi so ket", "ngan sach tinh", "2.500.000", "05/03/2024", "Trang Dinh"],
    ], title="BANG KE KINH PHI")
    code, out, err = run(capsys, "--db", db_path, "import-excel", path, "--kind", "funding")
    assert code == 0 and "1 dòng thêm mới" in out, out + err
    assert stored(db_path, FundingEntry, "source", "amount", "purpose", "unit_code") == [
        ("provincial_budget", 2_500_000, "Hoi nghi so ket", COMMUNE)]


def test_a_commendation_list_as_communes_type_it(known, db_path, tmp_path, capsys):
    from import_files import workbook

    path = workbook(tmp_path / "khen.xlsx", [
        ["STT", "Họ và tên", "Tập thể", "Danh hiệu", "Cấp", "Ngày QĐ", "Số QĐ"],
        [1, "Nông Thị Mai", None, "Giấy khen", "Cap huyen", "20/10/2025", "125/QĐ-UBND"],
        [2, None, "To hop tac May tre", "Giấy khen", "xã", "01/11/2025", None],
    ], title="DANH SÁCH KHEN THƯỞNG NĂM 2025")
    code, out, err = run(capsys, "--db", db_path, "import-excel", path, "--kind", "commendations")
    assert code == 0 and "2 dòng thêm mới, 0 dòng cập nhật, 0 dòng bị từ chối." in out, out + err
    assert stored(db_path, Commendation, "recipient_kind", "level", "person_id", "cooperative_id") == [
        ("group", "commune", None, known["group"]), ("person", "district", known["person"], None)]
