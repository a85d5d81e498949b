"""`htx-cli plans` and `htx-cli progress` as CLI.md writes them."""

import json
from datetime import date

import pytest
from sqlalchemy import delete, func, select

from actors import ADMIN_PASSWORD
from htx_desktop.cli.main import main
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import Indicator, IndicatorTarget, Plan, PlanPhase
from plan_records import coop



@pytest.fixture(autouse=True)
def signed_in_as_admin(monkeypatch):
    """The test databases have an administrator: the commands act as them (test_cli_roles tests
    the other ways and roles)."""
    monkeypatch.setenv("HTX_USER", "admin")
    monkeypatch.setenv("HTX_PASSWORD", ADMIN_PASSWORD)


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_plans_lists_the_two_built_in_templates_with_their_ids(capsys, db_path):
    code, out, err = run(capsys, "--db", str(db_path), "plans", "--json")
    assert code == 0, err
    plans = {plan["code"]: plan for plan in json.loads(out)}
    assert set(plans) == {"KH-TRANGDINH-2023", "KH-NAMDINH-2023"}
    trang_dinh = plans["KH-TRANGDINH-2023"]
    assert trang_dinh["is_template"] and len(trang_dinh["id"]) == 36
    assert [p["code"] for p in trang_dinh["phases"]] == ["2025", "2030"]
    assert trang_dinh["indicators"][0]["targets"]["2025"]["text"] == "2–3"
    code, out, _ = run(capsys, "--db", str(db_path), "plans")
    assert code == 0 and trang_dinh["id"] in out and "Tràng Định" in out


def test_progress_json_gives_each_indicator_with_code_name_target_and_achieved(capsys, db, db_path):
    for name in ("HTX Chè", "HTX Mật ong", "HTX Hồi"):
        coop(db, name, founded=date(2024, 3, 1))
    code, out, err = run(capsys, "--db", str(db_path), "progress", "--from", "2023-01-01", "--to", "31/12/2024",
                         "--json")
    assert code == 0, err
    rows = {row["code"]: row for row in json.loads(out)}
    assert list(rows) == ["new_coops_many_jobs", "new_groups_founded", "new_female_jobs", "strengthened_share",
                          "managers_trained", "group_leaders_trained", "cadres_trained", "cadres_outreach",
                          "commendations_two_years"]
    first = rows["new_coops_many_jobs"]
    assert first["name"] == ("HTX do phụ nữ tham gia quản lý, tạo nhiều việc làm cho lao động nữ được Hội hỗ trợ "
                             "thành lập mới")
    assert (first["target"], first["achieved"], first["status"]) == ("2–3", 3, "met")
    assert (first["unit"], first["from"], first["to"], first["phase"]) == ("06046", "2023-01-01", "2024-12-31", "2025")
    assert rows["managers_trained"]["denominator"] == 3 and rows["managers_trained"]["achieved"] == 0


def test_progress_prints_a_table_with_target_achieved_percentage_and_status(capsys, db, db_path):
    coop(db, "HTX Chè", founded=date(2024, 3, 1))
    code, out, err = run(capsys, "--db", str(db_path), "progress", "--plan", "KH-TRANGDINH-2023",
                         "--phase", "2025", "--to", "2024-12-31")
    assert code == 0, err
    line = next(line for line in out.splitlines() if line.startswith("new_coops_many_jobs"))
    assert "2–3" in line and "50%" in line and "Chậm" in line  # 1 of 2, with two thirds of the phase gone
    assert "Xã Tràng Định (06046), từ 01/01/2023 đến 31/12/2024" in out


def test_progress_for_a_province_can_add_a_table_per_commune(capsys, db, db_path):
    coop(db, "HTX Chè", founded=date(2024, 3, 1))
    coop(db, "HTX Na", founded=date(2024, 3, 1), unit="06040")
    code, out, err = run(capsys, "--db", str(db_path), "progress", "--unit", "20", "--phase", "2025",
                         "--by-commune", "--json")
    assert code == 0, err
    rows = json.loads(out)
    founded = {row["unit"]: row["achieved"] for row in rows if row["code"] == "new_coops_many_jobs"}
    assert founded["20"] == 2 and founded["06046"] == 1 and founded["06040"] == 1


@pytest.mark.parametrize(("argv", "message"), [
    (["--plan", "KH-KHONG-CO"], "Không có kế hoạch “KH-KHONG-CO”"),
    (["--unit", "99999"], "Không có đơn vị hành chính mã “99999”"),
    (["--from", "31/02/2025"], "Ngày “31/02/2025” không hợp lệ"),
    (["--to", "hôm qua"], "Ngày “hôm qua” không hợp lệ"),
    (["--from", "2025-06-01", "--to", "2025-01-01"], "phải trước hoặc trùng ngày kết thúc"),
])
def test_progress_refuses_bad_input_with_one_vietnamese_line_and_exit_1(capsys, db_path, argv, message):
    code, out, err = run(capsys, "--db", str(db_path), "progress", *argv)
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_progress_messages_are_english_with_htx_lang_en(capsys, db_path, monkeypatch):
    monkeypatch.setenv("HTX_LANG", "en")
    code, _, err = run(capsys, "--db", str(db_path), "progress", "--plan", "nope")
    assert code == 1 and err.strip() == "There is no plan “nope”. List the plans with: htx-cli plans"


def test_a_refused_progress_request_adds_nothing_even_to_a_database_without_templates(capsys, db_path):
    database = open_database(db_path)
    with database.system_transaction() as session:  # a database set up before the templates existed
        for model in (IndicatorTarget, Indicator, PlanPhase, Plan):
            session.execute(delete(model))
    code, _, _ = run(capsys, "--db", str(db_path), "progress", "--plan", "KH-KHONG-CO")
    with database.read() as session:
        assert code == 1 and session.scalar(select(func.count()).select_from(Plan)) == 0
    code, out, _ = run(capsys, "--db", str(db_path), "progress", "--json")
    with database.read() as session:
        assert code == 0 and session.scalar(select(func.count()).select_from(Plan)) == 2
    database.dispose()
