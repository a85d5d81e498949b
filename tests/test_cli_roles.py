"""`htx-cli` on a database with users: it signs in as CLI.md says, and the user's role decides."""

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
    users.create(db, "xem", "mat-khau-chi-xem", UserRole.VIEWER, actor=ADMIN)
    people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1990,
                                 national_id=NATIONAL_ID, priority_groups=["trafficking_survivor"]), ADMIN)
    db.dispose()
    return db_path


def run(capsys, monkeypatch, *argv, stdin: str | None = None):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def data_digest(path: Path) -> list[tuple]:
    """Every row of every table but the users' own (whose failed log-ins are counted) and the log-in
    history (which records them)."""
    connection = raw_db.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'users' ORDER BY name")]
        return [(table, sorted(connection.execute(f"SELECT * FROM {table}" + (
                    " WHERE table_name != 'users'" if table == "audit_entries" else "")).fetchall(), key=repr))
                for table in tables]
    finally:
        connection.close()


def failed_logins(path: Path, username: str) -> int:
    connection = raw_db.connect(path)
    try:
        return connection.execute("SELECT failed_logins FROM users WHERE username = ?", (username,)).fetchone()[0]
    finally:
        connection.close()


def test_every_way_of_giving_the_user_and_password(capsys, monkeypatch, staffed):
    db = str(staffed)
    code, out, err = run(capsys, monkeypatch, "--db", db, "--user", "xem", "--password-stdin", "stats", "--json",
                         stdin="mat-khau-chi-xem\n")
    assert code == 0, err
    assert json.loads(out)["people"] == 1
    monkeypatch.setenv("HTX_PASSWORD", "mat-khau-chi-xem")
    code, _, err = run(capsys, monkeypatch, "--db", db, "--user", "xem", "stats")
    assert code == 0, err
    monkeypatch.setenv("HTX_USER", "admin")
    monkeypatch.setenv("HTX_PASSWORD", ADMIN_PASSWORD)
    code, _, err = run(capsys, monkeypatch, "--db", db, "stats")
    assert code == 0, err
    monkeypatch.delenv("HTX_PASSWORD")
    code, _, err = run(capsys, monkeypatch, "--db", db, "--password-stdin", "stats", stdin=ADMIN_PASSWORD + "\r\n")
    assert code == 0, err


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        ([], None, "Cơ sở dữ liệu này có người dùng: hãy đăng nhập bằng --user TÊN (hoặc biến HTX_USER).\n"),
        (["--user", "lan"], None, "Thiếu mật khẩu của “lan”: cho qua biến HTX_PASSWORD hoặc một dòng trên stdin "
                                  "với --password-stdin.\n"),
        (["--user", "lan", "--password-stdin"], "sai-mat-khau\n", "Sai tên đăng nhập hoặc mật khẩu.\n"),
        (["--user", "khong-co", "--password-stdin"], "mat-khau-nhap-lieu\n", "Sai tên đăng nhập hoặc mật khẩu.\n"),
    ],
)
def test_a_missing_user_or_a_wrong_password_exits_1_and_changes_nothing(capsys, monkeypatch, staffed, argv, stdin,
                                                                         message):
    before = data_digest(staffed)
    code, out, err = run(capsys, monkeypatch, "--db", str(staffed), *argv, "demo", "--scale", "commune",
                         stdin=stdin)
    assert (code, out, err) == (1, "", message)
    assert data_digest(staffed) == before


def test_a_locked_account_is_refused_even_with_the_right_password(capsys, monkeypatch, staffed):
    for _ in range(5):
        code, _, err = run(capsys, monkeypatch, "--db", str(staffed), "--user", "lan", "--password-stdin", "stats",
                           stdin="sai-mat-khau\n")
        assert code == 1
    assert "tạm khóa" in err  # the fifth wrong password locks it
    code, out, err = run(capsys, monkeypatch, "--db", str(staffed), "--user", "lan", "--password-stdin", "stats",
                         stdin="mat-khau-nhap-lieu\n")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("Tài khoản tạm khóa do nhập sai mật khẩu 5 lần")


def test_wrong_passwords_are_counted_but_nothing_else_changes(capsys, monkeypatch, staffed):
    before = data_digest(staffed)
    run(capsys, monkeypatch, "--db", str(staffed), "--user", "lan", "--password-stdin", "sync", "export", "--out",
        str(staffed.parent), stdin="sai\n")
    assert failed_logins(staffed, "lan") == 1 and data_digest(staffed) == before


def test_a_viewer_reads_but_never_sees_national_ids(capsys, monkeypatch, staffed):
    monkeypatch.setenv("HTX_USER", "xem")
    monkeypatch.setenv("HTX_PASSWORD", "mat-khau-chi-xem")
    for command in (["stats"], ["search", "nong thi hoa", "--json"], ["progress", "--json"], ["plans"],
                    ["keys", "list"], ["sync", "history"], ["sync", "conflicts", "--json"]):
        code, out, err = run(capsys, monkeypatch, "--db", str(staffed), *command)
        assert code == 0, (command, err)
        assert NATIONAL_ID not in out and "trafficking" not in out
    code, out, _ = run(capsys, monkeypatch, "--db", str(staffed), "search", "nong thi hoa", "--json")
    assert [hit["name"] for hit in json.loads(out)] == ["Nông Thị Hoa"]


@pytest.mark.parametrize(
    "command",
    [
        ["sync", "export", "--out", "{folder}"],
        ["sync", "import", "{folder}"],
        ["sync", "import", "{folder}", "--dry-run"],
        ["sync", "upstream", "06040"],
        ["keys", "trust", "{card}"],
        ["keys", "revoke", "20", "--reason", "mất máy"],
        ["keys", "replace", "--out", "{folder}"],
        ["backup", "create", "--out", "{folder}/copy.sqlite3"],
        ["demo", "--scale", "commune"],
    ],
)
def test_a_viewers_changes_are_refused_with_one_line(capsys, monkeypatch, staffed, tmp_path, command):
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setenv("HTX_USER", "xem")
    monkeypatch.setenv("HTX_PASSWORD", "mat-khau-chi-xem")
    code, _, err = run(capsys, monkeypatch, "--db", str(staffed), "keys", "card", "--out", str(tmp_path))
    assert code == 0, err  # writing our own (public) key card is reading
    card = next(tmp_path.glob("*.htxkey"))
    before = data_digest(staffed)
    argv = [part.replace("{folder}", str(folder)).replace("{card}", str(card)) for part in command]
    code, out, err = run(capsys, monkeypatch, "--db", str(staffed), *argv)
    assert code == 1 and out == "", err
    assert err.startswith("Tài khoản “xem” (vai trò Xem) không được phép") and err.count("\n") == 1
    assert data_digest(staffed) == before and list(folder.iterdir()) == []


def test_data_entry_may_not_trust_keys_or_restore_a_backup_and_says_so_in_english(capsys, monkeypatch, staffed,
                                                                                   tmp_path):
    monkeypatch.setenv("HTX_USER", "lan")
    monkeypatch.setenv("HTX_PASSWORD", "mat-khau-nhap-lieu")
    code, _, err = run(capsys, monkeypatch, "--db", str(staffed), "backup", "create", "--out",
                       str(tmp_path / "copy.sqlite3"))
    assert code == 0, err
    before = data_digest(staffed)
    monkeypatch.setenv("HTX_LANG", "en")
    code, _, err = run(capsys, monkeypatch, "--db", str(staffed), "backup", "restore", str(tmp_path / "copy.sqlite3"))
    assert code == 1
    assert err == ("The account “lan” (role: Data entry) may not manage users, keys, the receiving unit or "
                   "settings, or restore a backup (administrators only).\n")
    code, _, err = run(capsys, monkeypatch, "--db", str(staffed), "sync", "upstream", "06040")
    assert code == 1 and "administrators only" in err
    assert data_digest(staffed) == before


def test_the_administrator_changes_the_receiving_unit(capsys, monkeypatch, staffed):
    code, out, err = run(capsys, monkeypatch, "--db", str(staffed), "--user", "admin", "--password-stdin",
                         "sync", "upstream", "06040", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert "Xã Thất Khê" in out


def test_a_database_without_users_needs_no_user(capsys, monkeypatch, tmp_path):
    target = str(tmp_path / "kich-ban.sqlite3")
    code, _, err = run(capsys, monkeypatch, "--db", target, "init", "--unit", "06046", "--role", "commune")
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "--db", target, "sync", "upstream", "06040")
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "--db", target, "stats", "--json")
    assert code == 0 and json.loads(out)["users"] == 0
