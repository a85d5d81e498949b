"""`htx-cli keys ...` and `htx-cli sync ...` as CLI.md writes them."""

from __future__ import annotations

import json

import pytest
from sync_helpers import (
    add_cooperative,
    add_person,
    dispose,
    make_nodes,
    snapshot,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.cli.main import main
from htx_desktop.services import installation


@pytest.fixture
def nodes(tmp_path, sync_templates):  # noqa: F811
    made = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    for node in made.values():
        node.db.dispose()  # the CLI opens the databases itself
    yield made
    dispose(made)


def cli(capsys, node, *argv):  # type: ignore[no-untyped-def]
    try:
        code = main(["--db", node.location, *map(str, argv)])
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def exchange_cards(capsys, tmp_path, xa, tinh):  # type: ignore[no-untyped-def]
    for node in (xa, tinh):
        assert cli(capsys, node, "keys", "card", "--out", tmp_path / f"{node.name}.htxkey")[0] == 0
    code, out, err = cli(capsys, xa, "keys", "trust", tmp_path / "tinh.htxkey")
    assert code == 0, err
    code, out, err = cli(capsys, tinh, "keys", "trust", tmp_path / "xa.htxkey")
    assert code == 0, err
    return out


def test_keys_card_writes_the_card_and_page_and_trust_prints_the_fingerprint(capsys, nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    code, out, err = cli(capsys, xa, "keys", "card", "--out", tmp_path / "the-xa.htxkey")
    fingerprint = cli(capsys, xa, "keys", "fingerprint")[1].strip()
    assert code == 0, err
    assert out.strip().splitlines()[-1] == fingerprint
    assert (tmp_path / "the-xa.htxkey").is_file() and (tmp_path / "the-xa.html").is_file()

    code, out, err = cli(capsys, tinh, "keys", "trust", tmp_path / "the-xa.htxkey")

    assert code == 0, err
    assert "Đã tin cậy thẻ khóa của Xã Tràng Định (06046)" in out and out.strip().endswith(fingerprint)
    code, out, _ = cli(capsys, tinh, "keys", "list", "--json")
    assert [key["fingerprint"] for key in json.loads(out)] == [fingerprint]


def test_export_dry_run_import_receipt_through_the_cli(capsys, nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    exchange_cards(capsys, tmp_path, xa, tinh)
    add_cooperative(xa)
    add_person(xa)
    xa.db.dispose()
    usb = tmp_path / "usb"
    usb.mkdir()

    code, out, err = cli(capsys, xa, "sync", "export", "--out", usb, "--json")
    assert code == 0, err
    exported = json.loads(out)
    assert exported["sequence"] == 1 and exported["records"] == 2
    before = snapshot(tinh)
    code, out, err = cli(capsys, tinh, "sync", "import", exported["path"], "--dry-run", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["status"] == "preview" and preview["tables"]["people"]["new"] == 1
    assert preview["totals"] == {"new": 2, "changed": 0, "unchanged": 0, "rejected": 0, "conflicts": 0}
    assert snapshot(tinh) == before  # a dry run writes nothing

    code, out, err = cli(capsys, tinh, "sync", "import", exported["path"])
    assert code == 0, err
    assert "Đã nhập tệp số 1 của Xã Tràng Định (06046): thêm 2" in out
    code, out, err = cli(capsys, tinh, "sync", "import", exported["path"])
    assert code == 0 and "đã được nhập trước đây; không có gì mới" in out

    site = installation.describe(xa.db).site_id
    xa.db.dispose()
    code, out, err = cli(capsys, tinh, "sync", "receipt", "--for", site, "--out", tmp_path / "bien-nhan.htxreceipt")
    assert code == 0, err
    code, out, err = cli(capsys, xa, "sync", "import-receipt", tmp_path / "bien-nhan.htxreceipt", "--json")
    assert code == 0, err
    assert json.loads(out)["last_sequence"] == 1
    code, out, err = cli(capsys, xa, "sync", "export", "--out", usb, "--json")
    assert json.loads(out)["records"] == 0  # everything was confirmed
    code, out, _ = cli(capsys, xa, "sync", "history", "--json")
    assert [(e["direction"], e["kind"]) for e in json.loads(out)] == [
        ("sent", "changes"), ("received", "receipt"), ("sent", "changes")]


def test_refused_import_exits_1_with_one_line_on_stderr_and_changes_nothing(capsys, nodes, tmp_path):
    tinh = nodes["tinh"]
    bad = tmp_path / "HTX_hong.htxsync"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    before = snapshot(tinh)
    code, out, err = cli(capsys, tinh, "sync", "import", bad)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Không nhập tệp đồng bộ “HTX_hong.htxsync”: tệp bị cắt cụt" in err
    assert snapshot(tinh) == before


def test_messages_are_in_english_with_htx_lang_en(capsys, nodes, tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_LANG", "en")
    code, _, err = cli(capsys, nodes["xa"], "sync", "export", "--out", tmp_path)
    assert code == 1 and err.strip() == (
        "No key card of Tỉnh Lạng Sơn (20) is trusted: get its key card and run “keys trust” before exporting.")
    code, _, err = cli(capsys, nodes["tinh"], "keys", "trust", tmp_path / "none.htxkey")
    assert code == 1 and "Key card “none.htxkey” refused: the file does not exist." in err


def test_import_of_a_folder_reports_every_file_and_fails_if_one_is_refused(capsys, nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    exchange_cards(capsys, tmp_path, xa, tinh)
    add_person(xa)
    xa.db.dispose()
    usb = tmp_path / "usb"
    usb.mkdir()
    cli(capsys, xa, "sync", "export", "--out", usb)
    (usb / "hong.htxsync").write_text("không phải tệp")
    code, out, err = cli(capsys, tinh, "sync", "import", usb, "--json")
    statuses = sorted(item["status"] for item in json.loads(out))
    assert code == 1 and statuses == ["imported", "refused"] and "hong.htxsync" in err


def test_import_of_several_files_goes_on_past_a_refused_one_and_sums_up(capsys, nodes, tmp_path):
    xa, tinh = nodes["xa"], nodes["tinh"]
    exchange_cards(capsys, tmp_path, xa, tinh)
    usb = tmp_path / "usb"
    usb.mkdir()
    add_person(xa)
    xa.db.dispose()
    assert cli(capsys, xa, "sync", "export", "--out", usb)[0] == 0
    add_person(xa, name="Nông Thị Hạnh")
    xa.db.dispose()
    assert cli(capsys, xa, "sync", "export", "--out", usb)[0] == 0
    second, first = sorted(usb.glob("*.htxsync"), key=lambda path: "so-0001" in path.name)
    again = usb / "ban-sao.htxsync"  # the first file once more, copied under another name
    again.write_bytes(first.read_bytes())
    broken = tmp_path / "hong.htxsync"
    broken.write_text("không phải tệp")

    code, out, err = cli(capsys, tinh, "sync", "import", second, broken, again, first, "--progress")

    assert code == 1  # one file was refused ...
    assert "Tổng cộng 4 tệp: đã nhập 2, không có gì mới 1, bị từ chối 1." in out  # ... and the others went in
    assert "Không nhập tệp đồng bộ “hong.htxsync”" in err
    steps = [line for line in err.splitlines() if line.startswith("file ")]
    assert len(steps) == 5 and steps[-1] == "file  4/4"
    assert {line.rsplit(" ", 1)[0].removeprefix("file ") for line in steps[:-1]} == {
        second.name, broken.name, again.name, first.name}
    with tinh.db.read() as session:
        from htx_desktop.services import stats

        assert stats.row_counts(session)["people"] == 2
