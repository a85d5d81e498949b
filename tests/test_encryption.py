"""A lost PC or USB stick reveals no one: a database with users, and its backups, are encrypted with
SQLCipher; the data key opens with a user's password or the recovery code; a database without users
stays plain and says so; files are owner-only."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

import raw_db
from actors import ADMIN, ADMIN_PASSWORD
from conftest import COMMUNE
from htx_desktop.cli.main import main
from htx_desktop.domain.enums import InstallationRole, UserRole
from htx_desktop.errors import HtxError
from htx_desktop.security.access import Actor
from htx_desktop.services import backups, people, protection, users
from htx_desktop.services.installation import initialise
from htx_desktop.storage import key_file, sqlcipher
from htx_desktop.storage.database import open_database
from test_personal_data import NATIONAL_ID, hoa

NAME = "Nông Thị Hoa".encode()


def file_bytes(path: Path) -> bytes:
    """The database file with its WAL, as a thief would copy them."""
    return b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal")
                    if Path(f"{path}{suffix}").exists())


def readable(path: Path) -> bool:
    return NAME in file_bytes(path) or NATIONAL_ID.encode() in file_bytes(path)


def run(capsys, *argv, stdin=None, monkeypatch=None):  # type: ignore[no-untyped-def]
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def no_keys_in_memory(monkeypatch):  # type: ignore[no-untyped-def]
    """This test process as a new program start: no log-in has unlocked any key yet."""
    monkeypatch.setattr(sqlcipher, "_unlocked", {})


def test_a_database_with_an_administrator_holds_no_readable_name_or_national_id(db, db_path):
    people.create(db, hoa(), ADMIN)
    db.dispose()
    assert not readable(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(db_path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert raw_db.connect(db_path).execute("SELECT count(*) FROM people").fetchone() == (1,)


def test_a_database_without_users_is_plain_and_says_so(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    initialise(path, COMMUNE, InstallationRole.COMMUNE, demo=True)
    assert path.read_bytes()[:16] == sqlcipher.PLAIN_HEADER and not key_file.path_for(path).exists()
    code, out, _ = run(capsys, "--db", str(path), "status")
    assert code == 0 and "Cơ sở dữ liệu chưa được mã hoá (chưa có quản trị viên)" in out


def test_the_first_administrator_converts_the_database_with_its_data_unchanged(tmp_path, private_home):
    path = tmp_path / "records.sqlite3"
    initialise(path, COMMUNE, InstallationRole.COMMUNE)
    database = open_database(path)
    people.create(database, hoa(), ADMIN)
    before = {table: raw_db.connect(path).execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
              for table in ("people", "units", "installation")}
    database.dispose()
    assert readable(path)
    database = open_database(path)
    user, code = protection.create_first_admin(database, "lan", ADMIN_PASSWORD, "Hà Thị Lan")
    assert user.role == UserRole.ADMIN and len(data_key_code(code)) == 24
    database.dispose()
    assert not readable(path) and sqlcipher.is_encrypted(path)
    after = {table: raw_db.connect(path).execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
             for table in before}
    assert after == before
    leftovers = [p.name for p in list(tmp_path.iterdir()) + list((private_home / "backups").iterdir())
                 if "plain" in p.name or "encrypt" in p.name]
    assert leftovers == []  # the plain safety copy and the conversion's files are gone


def data_key_code(code: str) -> str:
    return code.replace("-", "")


def test_a_password_change_rewraps_the_key_and_the_old_password_no_longer_opens(db, db_path, no_keys_in_memory):
    [admin] = users.list_users(db)
    size_before = db_path.stat().st_size
    users.update(db, admin.id, UserRole.ADMIN, True, "mat-khau-moi-2026", actor=ADMIN)
    db.dispose()
    assert db_path.stat().st_size == size_before  # the database is not rewritten
    sqlcipher.forget_all()
    with pytest.raises(HtxError, match="Sai tên đăng nhập hoặc mật khẩu"):
        protection.sign_in(db_path, "admin", ADMIN_PASSWORD)
    database, user = protection.sign_in(db_path, "admin", "mat-khau-moi-2026")
    database.dispose()
    assert user.username == "admin"


def test_a_new_user_can_open_the_database_and_a_disabled_one_cannot(db, db_path, no_keys_in_memory):
    entry = users.create(db, "nhap", "mat-khau-nhap-lieu", UserRole.DATA_ENTRY, actor=ADMIN)
    assert set(key_file.load(key_file.path_for(db_path)).users) == {"admin", "nhap"}
    sqlcipher.forget_all()
    database, _ = protection.sign_in(db_path, "nhap", "mat-khau-nhap-lieu")
    database.dispose()
    users.update(db, entry.id, UserRole.DATA_ENTRY, False, actor=ADMIN)
    db.dispose()
    assert set(key_file.load(key_file.path_for(db_path)).users) == {"admin"}
    sqlcipher.forget_all()
    with pytest.raises(HtxError, match="Sai tên đăng nhập hoặc mật khẩu"):
        protection.sign_in(db_path, "nhap", "mat-khau-nhap-lieu")


def test_opening_an_encrypted_database_without_a_log_in_gives_one_message(db_path, no_keys_in_memory, capsys):
    with pytest.raises(HtxError, match="đã được mã hoá: phải đăng nhập"):
        open_database(db_path)
    code, out, err = run(capsys, "--db", str(db_path), "stats")
    assert code == 1 and out == "" and err.count("\n") == 1 and "--user" in err


def test_wrong_passwords_are_counted_in_the_key_file_and_reach_the_audit_trail(db_path, no_keys_in_memory):
    for _ in range(4):
        with pytest.raises(HtxError, match="Sai tên đăng nhập hoặc mật khẩu"):
            protection.sign_in(db_path, "admin", "sai-mat-khau")
    assert key_file.load(key_file.path_for(db_path)).users["admin"].failed == 4
    with pytest.raises(HtxError, match="tạm khóa"):
        protection.sign_in(db_path, "admin", "sai-mat-khau")
    with pytest.raises(HtxError, match="tạm khóa"):  # even the right password, until the lock ends
        protection.sign_in(db_path, "admin", ADMIN_PASSWORD)
    keys = key_file.load(key_file.path_for(db_path))
    keys.users["admin"].locked_until = None
    key_file.save(key_file.path_for(db_path), keys)
    database, _ = protection.sign_in(db_path, "admin", ADMIN_PASSWORD)
    from htx_desktop.services import audit

    with database.read() as session:
        actions = [row.action for row in session.query(audit.AuditEntry).filter_by(table_name="users")]
    database.dispose()
    assert actions.count("login_failed") >= 5 and "locked" in actions and actions[-1] == "login"
    assert key_file.load(key_file.path_for(db_path)).pending == []


def test_init_prints_a_recovery_code_that_resets_the_administrators_password(tmp_path, capsys, monkeypatch,
                                                                              no_keys_in_memory):
    path = str(tmp_path / "htx.sqlite3")
    code, out, err = run(capsys, "--db", path, "init", "--unit", COMMUNE, "--role", "commune", "--admin", "lan",
                         "--password-stdin", stdin=ADMIN_PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 0, err
    recovery = out.split("người quản trị): ")[1].strip()
    assert len(recovery) == 29 and recovery.count("-") == 5
    sqlcipher.forget_all()
    code, out, err = run(capsys, "--db", path, "recover", "--admin", "lan", "--code-stdin",
                         stdin="SAI0-SAI0-SAI0-SAI0-SAI0-SAI0\nmat-khau-moi\n", monkeypatch=monkeypatch)
    assert code == 1 and "Mã khôi phục không đúng" in err
    typed = recovery.lower().replace("-", " ")  # as read from paper
    code, out, err = run(capsys, "--db", path, "recover", "--admin", "lan", "--code-stdin",
                         stdin=f"{typed}\nmat-khau-moi\n", monkeypatch=monkeypatch)
    assert code == 0 and "lan" in out, err
    sqlcipher.forget_all()
    monkeypatch.setenv("HTX_USER", "lan")
    monkeypatch.setenv("HTX_PASSWORD", ADMIN_PASSWORD)
    assert run(capsys, "--db", path, "stats")[0] == 1
    monkeypatch.setenv("HTX_PASSWORD", "mat-khau-moi")
    code, out, _ = run(capsys, "--db", path, "status")
    assert code == 0 and "được mã hoá" in out


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_data_folder_is_owner_only(private_home, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert main(["init", "--unit", COMMUNE, "--role", "commune", "--admin", "lan", "--password-stdin"]) == 0
    monkeypatch.setenv("HTX_USER", "lan")
    monkeypatch.setenv("HTX_PASSWORD", ADMIN_PASSWORD)
    assert main(["backup", "create"]) == 0
    from htx_desktop.applog import setup_logging

    setup_logging()
    files = [p for p in private_home.rglob("*") if p.is_file()]
    folders = [private_home] + [p for p in private_home.rglob("*") if p.is_dir()]
    names = {p.name for p in files}
    assert {"htx.sqlite3", "htx.sqlite3.keys", "htx-desktop.log"} <= names and len(folders) >= 3
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {p.name: "0o600" for p in files}
    assert {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in folders} == {str(p): "0o700" for p in folders}


def test_a_plain_database_with_users_is_encrypted_when_opened_after_an_upgrade(tmp_path, private_home,
                                                                               no_keys_in_memory):
    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent / "data" / "htx-schema-0007.sqlite3", path)
    [(username, name_count)] = sqlite3.connect(path).execute(
        "SELECT (SELECT username FROM users), (SELECT count(*) FROM people)").fetchall()
    database = open_database(path)
    database.dispose()
    assert sqlcipher.is_encrypted(path) and raw_db.connect(path).execute(
        "SELECT count(*) FROM people").fetchone() == (name_count,)
    assert not list((private_home / "backups").glob("*before-encryption*"))  # removed once encrypted
    sqlcipher.forget_all()
    with pytest.raises(HtxError, match="Sai tên đăng nhập"):
        protection.sign_in(path, username, "sai-mat-khau")


def test_backups_are_encrypted_with_the_same_key_and_restore(db, db_path, tmp_path):
    people.create(db, hoa(), ADMIN)
    made = backups.create(db, ADMIN, tmp_path / "usb" / "copy.sqlite3")
    db.dispose()
    assert sqlcipher.is_encrypted(made) and not readable(made)
    assert key_file.path_for(made).exists()  # opens on another PC with the same passwords or code
    with raw_db.connect(db_path) as connection:
        connection.execute("DELETE FROM people")
    assert raw_db.connect(db_path).execute("SELECT count(*) FROM people").fetchone() == (0,)
    backups.restore(db_path, made, ADMIN)
    assert raw_db.connect(db_path).execute("SELECT count(*) FROM people WHERE full_name = ?",
                                           ("Nông Thị Hoa",)).fetchone() == (1,)


def test_a_backup_encrypted_with_another_databases_key_is_refused(db, db_path, tmp_path):
    other = tmp_path / "other.sqlite3"
    initialise(other, COMMUNE, InstallationRole.COMMUNE, admin="khac", password="mat-khau-khac")
    shutil.copy(other, tmp_path / "lone.sqlite3")  # without its key file
    db.dispose()
    with pytest.raises(HtxError, match="mã hoá bằng khoá của cơ sở dữ liệu khác"):
        backups.restore(db_path, tmp_path / "lone.sqlite3", ADMIN)
    assert raw_db.connect(db_path).execute("SELECT count(*) FROM users").fetchone() == (1,)


def test_a_database_encrypted_on_upgrade_opens_with_the_same_password_and_gets_a_recovery_code(
        tmp_path, no_keys_in_memory):
    path = tmp_path / "older.sqlite3"
    initialise(path, COMMUNE, InstallationRole.COMMUNE)
    database = open_database(path)
    people.create(database, hoa(), ADMIN)
    with database.system_transaction() as session:  # as an older version stored its users
        users.add_user(session, "lan", ADMIN_PASSWORD, UserRole.ADMIN)
    database.dispose()
    assert readable(path)
    open_database(path).dispose()  # any start of the new version
    assert not readable(path)
    sqlcipher.forget_all()
    database, user = protection.sign_in(path, "lan", ADMIN_PASSWORD)
    assert not protection.has_recovery_code(database)  # the GUI shows the administrator a new one
    code = protection.new_recovery_code(database, Actor(user.username, user.role))
    database.dispose()
    sqlcipher.forget_all()
    assert protection.recover(path, code, "lan", "mat-khau-moi-9").username == "lan"


def test_an_encrypted_database_without_its_key_file_says_which_file_is_missing(db, db_path, capsys):
    db.dispose()
    key_file.path_for(db_path).unlink()
    with pytest.raises(HtxError, match=r"thiếu tệp khoá “htx.sqlite3.keys”") as refused:
        open_database(db_path)
    assert "file is not a database" not in refused.value.message
    code, out, err = run(capsys, "--db", str(db_path), "--user", "admin", "stats")
    assert code == 1 and err.count("\n") == 1 and "htx.sqlite3.keys" in err and "Traceback" not in err


def test_status_of_an_encrypted_database_without_a_log_in_says_only_that_it_is_encrypted(
        db, db_path, no_keys_in_memory, capsys):
    db.dispose()
    code, out, err = run(capsys, "--db", str(db_path), "status")
    assert code == 0, err
    assert out == "Xã Tràng Định (06046) — Cơ sở dữ liệu được mã hoá (SQLCipher, khoá mở bằng mật khẩu người dùng)\n"


def test_a_conversion_cut_short_leaves_the_database_whole(tmp_path):
    """Killed between the two renames of a file system without hard links: the plain database is
    put back at the next open; killed after: the plain copy is wiped."""
    path = tmp_path / "cut.sqlite3"
    initialise(path, COMMUNE, InstallationRole.COMMUNE)
    left = path.with_name(path.name + ".plain")
    os.replace(path, left)
    open_database(path).dispose()
    assert path.read_bytes()[:16] == sqlcipher.PLAIN_HEADER and not left.exists()
    shutil.copy(path, left)
    open_database(path).dispose()
    assert path.exists() and not left.exists()
