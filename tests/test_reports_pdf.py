"""PDF reports read back as an officer's superior reads them: pdftotext for the words, pdffonts for
the fonts, pdfinfo and word boxes for the page and its margins (Decree 30/2020/NĐ-CP layout)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from actors import ADMIN
from demo_data import commune_demo
from htx_desktop import reports
from htx_desktop.reports import pdf, settings
from htx_desktop.reports.document import DATE, SHARE, TEXT, Column, Document, Section, Table
from htx_desktop.storage.database import open_database

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils: installed by .ci/run")

MM = 72 / 25.4
A4 = (595.28, 841.89)
DAY = date(2026, 7, 10)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    return commune_demo(tmp_path_factory, "reports", seed=4)


@pytest.fixture
def demo(demo_path, tmp_path):
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, copy)
    database = open_database(copy)
    yield database
    database.dispose()


def text_of(path: Path, *pages: int) -> str:
    span = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return subprocess.run(["pdftotext", *span, str(path), "-"], check=True, capture_output=True, text=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def words(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) of every word."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    found, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if match:
            found.append((page, *(float(match.group(i)) for i in range(1, 5)), match.group(5)))
    return found


def test_progress_report_has_every_part_of_a_decree_30_report(demo, tmp_path):
    texts = {"achievements": "Thành lập mới HTX Phụ nữ chè Bắc Ái.", "difficulties": "Vốn vay còn ít.",
             "proposals": "Đề nghị tỉnh hỗ trợ xúc tiến thương mại."}
    target = reports.make(demo, reports.ReportRequest("progress", texts=texts, day=DAY, start=date(2026, 1, 1),
                                                      end=date(2026, 6, 30)), tmp_path / "tien-do.pdf", ADMIN)
    text = flat(text_of(target))
    for part in ("HỘI LHPN TỈNH LẠNG SƠN", "HỘI LHPN XÃ TRÀNG ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "/BC-HPN", "Tràng Định, ngày 10 tháng 07 năm 2026", "BÁO CÁO",
                 "6 tháng đầu năm 2026", "I. KẾT QUẢ THỰC HIỆN", "Nữ quản lý HTX được đào tạo, bồi dưỡng",
                 "Thành lập mới HTX Phụ nữ chè Bắc Ái.", "Vốn vay còn ít.", "II. KHÓ KHĂN, VƯỚNG MẮC",
                 "III. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "- Hội LHPN tỉnh Lạng Sơn;", "- Lưu: VT.", "TM. BAN THƯỜNG VỤ",
                 "CHỦ TỊCH", "Từ 01/01/2023"):  # phase 2 ("đến năm 2030"): also since the plan began
        assert part in text, part
    layout = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    assert re.search(r"Số:\s+/BC-HPN\s+Tràng Định, ngày", layout)  # number left, place and date right
    # The figures are the service's: the managers-trained share as `htx-cli progress` computes it.
    from htx_desktop.plans import progress

    row = progress.compute(demo, start=date(2026, 1, 1), end=date(2026, 6, 30)).row("managers_trained")
    assert f"{row.numerator:g} {row.denominator}" in text
    # The free texts are kept for next time.
    assert settings.texts(demo, "progress") == texts


def test_every_font_is_liberation_serif_and_embedded(demo, tmp_path):
    target = reports.make(demo, reports.ReportRequest("progress", day=DAY), tmp_path / "r.pdf")
    listing = subprocess.run(["pdffonts", str(target)], check=True, capture_output=True, text=True).stdout
    rows = listing.splitlines()[2:]
    assert rows
    for row in rows:
        name, *rest = row.split()
        assert "LiberationSerif" in name and rest[-5] == "yes", row  # the "emb" column


def test_page_is_a4_and_no_word_lies_in_the_margins(demo, tmp_path):
    target = reports.make(demo, reports.ReportRequest("review", day=DAY), tmp_path / "r.pdf")
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (round(width, 1), round(height, 1)) == (595.3, 841.9)
    found = words(target)
    assert found
    for page, x_min, y_min, x_max, y_max, word in found:
        assert x_min >= 30 * MM - 0.5, word  # left margin 30 mm
        assert x_max <= A4[0] - 15 * MM + 0.5, word  # right margin 15 mm
        assert y_max <= A4[1] - 20 * MM + 0.5, word  # bottom margin 20 mm
        if y_min < 20 * MM:  # only the page number sits in the top margin
            assert page >= 2 and word == str(page), word


def test_page_numbers_start_on_the_second_page(tmp_path):
    rows = [(f"HTX Phụ nữ số {n}", date(2020, 1, 1), 0.5) for n in range(150)]
    table = Table((Column("Tên HTX, tổ hợp tác", TEXT, 3), Column("Ngày thành lập", DATE), Column("Tỷ lệ", SHARE)), rows)
    document = Document("x", settings.Issuer("union", "", "HỘI LHPN XÃ A", "HPN", "A", "", "CHỦ TỊCH", "", ""),
                        "DANH SÁCH", "Thử", DAY, sections=(Section("", (), table),))
    target = tmp_path / "numbers.pdf"
    pdf.write(document, target)
    top = {}
    for page, _x, y_min, _x2, _y2, word in words(target):
        if y_min < 20 * MM:
            top.setdefault(page, []).append(word)
    assert 1 not in top
    pages = max(page for page, *_ in words(target))
    assert pages >= 3
    assert all(top[page] == [str(page)] for page in range(2, pages + 1))


def test_a_2000_row_list_splits_over_pages_each_with_the_header_row(tmp_path):
    rows = [(f"Hợp tác xã Nông nghiệp Phụ nữ Đồng Đăng số {n:04d}", date(2020, 1, 1), n / 2000) for n in range(2000)]
    table = Table((Column("Tên HTX, tổ hợp tác", TEXT, 3), Column("Ngày thành lập", DATE), Column("Tỷ lệ", SHARE)), rows)
    document = Document("cooperatives", settings.Issuer("union", "", "HỘI LHPN XÃ A", "HPN", "A", "", "", "", ""),
                        "DANH SÁCH", "Hợp tác xã", DAY, sections=(Section("", (), table),))
    target = tmp_path / "long.pdf"
    pdf.write(document, target)
    text = text_of(target)
    pages = text.split("\f")[:-1]
    assert len(pages) > 30
    assert all("Tên HTX, tổ hợp tác" in page and "Ngày thành lập" in page for page in pages)
    assert "Đồng Đăng số 1999" in pages[-1] and "Đồng Đăng số 0000" in pages[0]


def test_committee_issuer_and_saved_signer_render(demo, tmp_path):
    committee = settings.issuer(demo, settings.COMMITTEE)
    settings.save_issuer(demo, committee.__class__(**{**committee.__dict__, "signer": "Nông Văn Bình"}), ADMIN)
    target = reports.make(demo, reports.ReportRequest("progress", day=DAY), tmp_path / "ubnd.pdf")
    text = flat(text_of(target))
    assert "UBND XÃ TRÀNG ĐỊNH" in text and "TM. ỦY BAN NHÂN DÂN" in text and "Nông Văn Bình" in text
    assert "HỘI LHPN" not in text.split("CỘNG HÒA")[0]
    assert "/BC-UBND" in text
    union = reports.make(demo, reports.ReportRequest("progress", day=DAY, issuer_kind="union"), tmp_path / "hpn.pdf")
    assert "HỘI LHPN XÃ TRÀNG ĐỊNH" in flat(text_of(union))


def test_managers_list_counts_as_the_indicator_does(demo, tmp_path):
    from htx_desktop.plans import progress

    target = reports.make(demo, reports.ReportRequest("managers", day=DAY), tmp_path / "m.pdf")
    row = progress.compute(demo, today=DAY).row("managers_trained")
    text = flat(text_of(target))
    assert f"có {row.denominator} phụ nữ giữ chức vụ quản lý" in text
    assert f"{row.numerator:g} người" in text


def test_signin_sheet_lists_the_expected_attendees_and_blank_rows(demo, tmp_path):
    from sqlalchemy import select

    from htx_desktop.services import trainings
    from htx_desktop.storage.models import Training

    with demo.read() as session:
        training_id = next(t for t in session.scalars(select(Training.id)) if trainings.attendees(demo, t))
    expected = trainings.attendees(demo, training_id)
    request = reports.ReportRequest("signin", training=reports.training_id(training_id.hex.upper()), day=DAY)
    target = reports.make(demo, request, tmp_path / "ky.pdf")
    text = flat(text_of(target))
    assert "DANH SÁCH HỌC VIÊN THAM DỰ" in text and trainings.get(demo, training_id).title in text
    for row in expected:
        assert row.full_name in text
    assert "Ký tên" in text and "Nơi nhận" not in text
    numbers = re.findall(r"\b(\d+)\b", text_of(target))
    assert str(len(expected) + 8) in numbers  # the walk-in rows are numbered too


def test_self_check_renders_one_page_with_the_bundled_font(tmp_path):
    target = reports.self_check(tmp_path)
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\b", info)
    assert "Tiếng Việt có dấu — ắ ễ ộ ữ ỹ Đ" in flat(text_of(target))
