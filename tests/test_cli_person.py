"""`htx-cli person export|erase`: administrators only, exit codes as CLI.md says, nothing changed on refusal."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from actors import ADMIN, ADMIN_PASSWORD
from htx_desktop.cli.main import main
from htx_desktop.domain.enums import UserRole
from htx_desktop.domain.records import PersonData
from htx_desktop.services import people, users
import raw_db

NATIONAL_ID = "020190004321"


@pytest.fixture(autouse=True)
def nobody_signed_in(monkeypatch):
    for name in ("HTX_USER", "HTX_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def staffed(db, db_path):  # type: ignore[no-untyped-def]
    users.create(db, "lan", "mat-khau-nhap-lieu", UserRole.DATA_ENTRY, actor=ADMIN)
    person = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1990,
                                          national_id=NATIONAL_ID, phone="0912345678"), ADMIN)
    db.dispose()
    return db_path, str(person)


def run(capsys, monkeypatch, db: Path, user: str, password: str, *argv):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    try:
        code = main(["--db", str(db), "--user", user, "--password-stdin", *argv])
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def person_row(db: Path, person_id: str) -> tuple:
    connection = raw_db.connect(db)
    try:
        return connection.execute("SELECT full_name, national_id, phone, deleted FROM people WHERE id = ?",
                                  (person_id.replace("-", ""),)).fetchone()
    finally:
        connection.close()


def test_export_writes_json_and_xlsx_and_says_where(capsys, monkeypatch, staffed, tmp_path):
    db, person = staffed
    code, out, err = run(capsys, monkeypatch, db, "admin", ADMIN_PASSWORD,
                         "person", "export", "--id", person, "--out", str(tmp_path / "hoa.json"), "--json")
    assert code == 0, err
    written = json.loads(out)
    assert written == {"json": str(tmp_path / "hoa.json"), "xlsx": str(tmp_path / "hoa.xlsx")}
    data = json.loads(Path(written["json"]).read_text(encoding="utf-8"))
    assert data["person"]["national_id"] == NATIONAL_ID and Path(written["xlsx"]).stat().st_size > 0


def test_erase_needs_yes_and_then_blanks_the_person(capsys, monkeypatch, staffed):
    db, person = staffed
    code, out, err = run(capsys, monkeypatch, db, "admin", ADMIN_PASSWORD, "person", "erase", "--id", person)
    assert (code, out) == (1, "") and "--yes" in err
    assert person_row(db, person) == ("Nông Thị Hoa", NATIONAL_ID, "0912345678", 0)

    code, out, err = run(capsys, monkeypatch, db, "admin", ADMIN_PASSWORD, "person", "erase", "--id", person, "--yes")
    assert code == 0, err
    assert person_row(db, person) == ("Đã xóa theo yêu cầu", None, None, 1)
    code, _, err = run(capsys, monkeypatch, db, "admin", ADMIN_PASSWORD, "person", "erase", "--id", person, "--yes")
    assert code == 1 and "đã được xóa" in err


@pytest.mark.parametrize("argv", [["export", "--out", "x.json"], ["erase", "--yes"]], ids=["export", "erase"])
def test_a_data_entry_officer_is_refused_with_exit_1(capsys, monkeypatch, staffed, tmp_path, argv):
    db, person = staffed
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, monkeypatch, db, "lan", "mat-khau-nhap-lieu", "person", *argv, "--id", person)
    assert (code, out) == (1, "") and "không được phép" in err
    assert person_row(db, person)[1] == NATIONAL_ID
    assert list(tmp_path.glob("x.*")) == []


def test_bad_ids_and_bad_usage(capsys, monkeypatch, staffed):
    db, _ = staffed
    code, _, err = run(capsys, monkeypatch, db, "admin", ADMIN_PASSWORD, "person", "erase", "--id", "abc", "--yes")
    assert code == 1 and "không phải mã người" in err
    code, _, err = run(capsys, monkeypatch, db, "admin", ADMIN_PASSWORD, "person", "erase", "--id",
                       "00000000-0000-4000-8000-000000000000", "--yes")
    assert code == 1 and err.strip()
    code, _, _ = run(capsys, monkeypatch, db, "admin", ADMIN_PASSWORD, "person", "export", "--id", "abc")
    assert code == 2  # --out missing: usage
