"""`htx-cli` as CLI.md writes it: exit codes, messages on stderr, JSON on stdout."""

import argparse
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from htx_desktop import __version__
from htx_desktop.cli.main import build_parser, main
from htx_desktop.domain.records import CooperativeData, PersonData
from htx_desktop.services import cooperatives, people
from htx_desktop.storage.database import open_database
from actors import ADMIN, ADMIN_PASSWORD
import raw_db



@pytest.fixture(autouse=True)
def signed_in_as_admin(monkeypatch):
    """The test databases have an administrator: the commands act as them (test_cli_roles tests
    the other ways and roles)."""
    monkeypatch.setenv("HTX_USER", "admin")
    monkeypatch.setenv("HTX_PASSWORD", ADMIN_PASSWORD)


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"htx-cli {__version__}"


def test_every_command_and_action_says_what_it_does_in_vietnamese(capsys):
    """`htx-cli X --help` lists every action of X with a line of help (an action without one is left
    out of the listing altogether), and nothing of argparse's own English."""
    for group, names in command_groups(build_parser()):
        with pytest.raises(SystemExit) as stop:
            main([*group, "--help"])
        assert stop.value.code == 0
        listing = capsys.readouterr().out
        assert "show program" not in listing and "this help" not in listing
        for name in names:
            line = re.search(rf"^ {{4}}{re.escape(name)}(?: +(\S.*))?\n(?: {{6,}}(\S.*))?", listing, re.MULTILINE)
            assert line and (line[1] or line[2]), f"htx-cli {' '.join(group)} {name}: no help"


def command_groups(parser, group=()):
    """Every command that has actions, with the names of its actions."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield group, list(action.choices)
            for name, sub in action.choices.items():
                yield from command_groups(sub, (*group, name))


def test_init_creates_the_installation_with_admin_from_stdin(capsys, tmp_path, monkeypatch):
    target = tmp_path / "xa.sqlite3"
    code, out, err = run(capsys, "--db", str(target), "init", "--unit", "06046", "--role", "commune",
                         "--admin", "admin", "--password-stdin", "--json", stdin="mat-khau-dai\n",
                         monkeypatch=monkeypatch)
    assert code == 0, err
    info = json.loads(out)
    assert info["unit_code"] == "06046" and info["upstream_code"] == "20"
    assert len(info["fingerprint"].split()) == 8
    monkeypatch.setenv("HTX_PASSWORD", "mat-khau-dai")  # the new administrator's
    code, out, _ = run(capsys, "--db", str(target), "keys", "fingerprint")
    assert out.strip() == info["fingerprint"]
    from htx_desktop.security.passwords import verify_password
    from htx_desktop.storage.models import User

    database = open_database(target)
    with database.read() as session:
        user = session.query(User).one()
    database.dispose()
    assert user.role == "admin" and verify_password("mat-khau-dai", user.password_hash)


def test_init_aggregator_for_a_province(capsys, tmp_path):
    code, out, err = run(capsys, "--db", str(tmp_path / "tinh.sqlite3"), "init", "--unit", "20",
                         "--role", "aggregator", "--json")
    assert code == 0, err
    assert json.loads(out)["role"] == "aggregator"


def test_init_with_unknown_unit_fails_and_leaves_no_file(capsys, tmp_path):
    target = tmp_path / "x.sqlite3"
    code, out, err = run(capsys, "--db", str(target), "init", "--unit", "99999", "--role", "commune")
    assert code == 1 and out == ""
    assert err.strip() == "Không có đơn vị hành chính mã “99999”."
    assert not target.exists()


def test_init_refuses_to_overwrite_an_installation(capsys, db_path):
    code, _, err = run(capsys, "--db", str(db_path), "init", "--unit", "06046", "--role", "commune")
    assert code == 1 and "đã được khởi tạo" in err


def test_init_commune_role_needs_a_commune_and_admin_needs_password(capsys, tmp_path):
    code, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite3"), "init", "--unit", "20", "--role", "commune")
    assert code == 1 and "cấp tỉnh" in err
    code, _, err = run(capsys, "--db", str(tmp_path / "b.sqlite3"), "init", "--unit", "06046",
                       "--role", "commune", "--admin", "admin")
    assert code == 1 and "--password-stdin" in err


def test_bad_option_exits_2_with_vietnamese_usage(capsys, db_path):
    code, _, err = run(capsys, "--db", str(db_path), "init", "--unit", "06046", "--role", "province")
    assert code == 2 and "lựa chọn không hợp lệ" in err
    code, _, err = run(capsys, "--db", str(db_path), "stats", "--bogus")
    assert code == 2 and "tham số không nhận ra" in err


def test_english_messages_with_htx_lang(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_LANG", "en")
    code, _, err = run(capsys, "--db", str(tmp_path / "none.sqlite3"), "stats")
    assert code == 1 and err.startswith("Database “")


@pytest.mark.parametrize("command", [["stats"], ["search", "lan"], ["keys", "fingerprint"]])
def test_missing_database_is_an_error_that_creates_nothing(capsys, tmp_path, command):
    target = tmp_path / "none.sqlite3"
    code, out, err = run(capsys, "--db", str(target), *command)
    assert code == 1 and out == ""
    assert "Không tìm thấy cơ sở dữ liệu" in err
    assert not target.exists()


def test_stats_counts_rows_without_tombstones(capsys, db, db_path):
    keep = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    gone = cooperatives.create(db, CooperativeData(name="HTX Hồi", unit_code="06046"), actor=ADMIN)
    cooperatives.delete(db, gone, actor=ADMIN)
    code, out, _ = run(capsys, "--db", str(db_path), "stats", "--json")
    counts = json.loads(out)
    assert code == 0 and counts["cooperatives"] == 1 and counts["units"] == 3355 and counts["users"] == 1
    code, out, _ = run(capsys, "--db", str(db_path), "stats")
    assert "cooperatives (HTX và THT)" in out and "3.355" in out
    assert keep


def test_search_finds_people_and_cooperatives_ignoring_diacritics(capsys, db, db_path):
    cooperatives.create(db, CooperativeData(name="Hợp tác xã Dệt thổ cẩm Nà Lầm", unit_code="06046"), actor=ADMIN)
    people.create(db, PersonData(full_name="Nguyễn Thị Lan", unit_code="06046", birth_year=1984), actor=ADMIN)
    code, out, _ = run(capsys, "--db", str(db_path), "search", "hop tac xa", "--json")
    assert code == 0
    assert [(hit["kind"], hit["name"]) for hit in json.loads(out)] == [("cooperative", "Hợp tác xã Dệt thổ cẩm Nà Lầm")]
    code, out, _ = run(capsys, "--db", str(db_path), "search", "nguyen thi lan")
    assert code == 0 and "Nguyễn Thị Lan" in out and "Xã Tràng Định" in out
    code, out, _ = run(capsys, "--db", str(db_path), "search", "khong co ai")
    assert code == 0 and "Không tìm thấy kết quả nào." in out
    code, _, err = run(capsys, "--db", str(db_path), "search", "  ")
    assert code == 1 and "từ khóa" in err


def test_backup_create_and_restore(capsys, db, db_path, tmp_path, private_home):
    cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    copy = tmp_path / "copy.sqlite3"
    code, out, err = run(capsys, "--db", str(db_path), "backup", "create", "--out", str(copy))
    assert code == 0, err
    cooperatives.create(db, CooperativeData(name="HTX Hồi", unit_code="06046"), actor=ADMIN)
    db.dispose()
    code, out, err = run(capsys, "--db", str(db_path), "backup", "restore", str(copy))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db_path), "stats", "--json")
    assert json.loads(out)["cooperatives"] == 1
    assert list((private_home / "backups").glob("*before-restore*"))


def test_restore_refuses_a_file_that_is_not_a_backup(capsys, db_path, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    code, _, err = run(capsys, "--db", str(db_path), "backup", "restore", str(junk))
    assert code == 1 and "không phải bản sao lưu hợp lệ" in err


def test_installed_entry_point_runs(tmp_path):
    """The console script that pip installs (or the module when run from a checkout)."""
    exe = shutil.which("htx-cli", path=str(Path(sys.executable).parent))
    command = [exe] if exe else [sys.executable, "-m", "htx_desktop.cli.main"]
    result = subprocess.run([*command, "--db", str(tmp_path / "none.sqlite3"), "stats"],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1
    assert "Không tìm thấy cơ sở dữ liệu" in result.stderr


def test_every_table_has_a_label_in_both_languages():
    from htx_desktop.messages import MESSAGES
    from htx_desktop.storage.models import Base

    assert {f"table.{name}" for name in Base.metadata.tables} <= set(MESSAGES)


def test_demo_fills_an_empty_database_and_refuses_a_second_time(capsys, db_path):
    code, out, err = run(capsys, "--db", str(db_path), "demo", "--scale", "commune", "--seed", "3", "--json")
    assert code == 0, err
    rows = json.loads(out)["rows"]
    assert 30 <= rows["cooperatives"] <= 50 and rows["people"] >= 1000
    code, out, _ = run(capsys, "--db", str(db_path), "stats", "--json")
    assert json.loads(out)["cooperatives"] == rows["cooperatives"]
    code, _, err = run(capsys, "--db", str(db_path), "demo", "--scale", "commune")
    assert code == 1 and "dữ liệu mẫu chỉ tạo trên cơ sở dữ liệu trống" in err


def test_demo_on_a_missing_database_sets_one_up_first(capsys, tmp_path):
    target = tmp_path / "moi.sqlite3"
    code, out, err = run(capsys, "--db", str(target), "demo", "--scale", "commune", "--json")
    assert code == 0, err
    assert "đã tạo mới cho đơn vị 06046" in err
    code, out, _ = run(capsys, "--db", str(target), "search", "thi", "--json")
    assert len(json.loads(out)) > 10


def test_demo_with_unknown_scale_or_unit(capsys, tmp_path):
    code, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite3"), "demo", "--scale", "country")
    assert code == 2 and "lựa chọn không hợp lệ" in err
    code, _, err = run(capsys, "--db", str(tmp_path / "b.sqlite3"), "demo", "--scale", "commune", "--unit", "00000")
    assert code == 1 and "00000" in err
    assert not (tmp_path / "b.sqlite3").exists()


def test_backup_create_into_a_folder_writes_a_named_backup(capsys, db_path, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    code, out, err = run(capsys, "--db", str(db_path), "backup", "create", "--out", str(folder))
    assert code == 0, err
    [made] = folder.glob("*.sqlite3")
    assert re.fullmatch(r"htx-\d{8}-\d{6}-manual\.sqlite3", made.name)
    assert sorted(p.name for p in folder.iterdir()) == [made.name, made.name + ".keys"]  # opens elsewhere too
    assert str(made) in out
    code, out, err = run(capsys, "--db", str(made), "stats", "--json")
    assert code == 0 and json.loads(out)["users"] == 1


def test_backup_create_without_out_goes_to_the_backups_folder(capsys, db_path, private_home):
    code, _, err = run(capsys, "--db", str(db_path), "backup", "create")
    assert code == 0, err
    assert [p.name.endswith("-manual.sqlite3") for p in (private_home / "backups").glob("*.sqlite3")] == [True]


def data_without_log_ins(path) -> list[str]:  # type: ignore[no-untyped-def]
    """Every statement of the database's dump but the log-in history (signing in records itself)."""
    connection = raw_db.connect(path)
    try:
        return [line for line in connection.iterdump()
                if not (line.startswith('INSERT INTO "audit_entries"') and "'users'" in line)]
    finally:
        connection.close()


def test_restore_refuses_a_file_of_another_program_and_changes_nothing(capsys, db_path, tmp_path, private_home):
    other = tmp_path / "other.sqlite3"
    connection = raw_db.connect(other)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    before = data_without_log_ins(db_path)
    code, _, err = run(capsys, "--db", str(db_path), "backup", "restore", str(other))
    assert code == 1 and "không chứa dữ liệu của HTX Desktop" in err
    assert data_without_log_ins(db_path) == before
    assert not (private_home / "backups").exists() or not list((private_home / "backups").iterdir())
