"""`htx-desktop --self-test` checks what an officer would hit, line by line, without her data."""

import re
from dataclasses import replace

from htx_desktop import paths
from htx_desktop.storage.migrations import HEAD_REVISION
from htx_desktop.gui.app import main as desktop_main
from htx_desktop.gui.forms import form_names
from htx_desktop.gui.self_test import CHECKS


def test_self_test_on_a_pc_not_set_up_checks_forms_english_a_new_database_and_a_sync_file(
        qapp, private_home, capsys):
    assert desktop_main(["--self-test"]) == 0
    *lines, last = capsys.readouterr().out.splitlines()
    seen = dict(line.split(": ", 1) for line in lines)
    assert len(seen) == len(lines) == len(CHECKS)
    assert seen["[ĐẠT] Biểu mẫu nhập liệu"] == ", ".join(form_names())
    assert {"cooperative_form", "person_form", "training_form"} <= set(form_names())
    assert seen["[ĐẠT] Bản dịch tiếng Anh"] == "Tổng quan → Overview"
    assert seen["[ĐẠT] Tạo cơ sở dữ liệu và nâng cấp lược đồ"] == (
        f"cơ sở dữ liệu mới của 06046, lược đồ {HEAD_REVISION}")
    assert re.fullmatch(r"\d+ byte, tỉnh đọc lại được 1 HTX mới", seen["[ĐẠT] Ghi và đọc lại tệp đồng bộ"])
    assert re.fullmatch(r"\d+ màn hình", seen["[ĐẠT] Cửa sổ chính"])
    assert re.fullmatch(r"\d+ byte, 1 trang, phông Liberation Serif nhúng sẵn", seen["[ĐẠT] Báo cáo PDF theo mẫu"])
    assert seen["[ĐẠT] Hướng dẫn sử dụng"] == "huong-dan.html"
    assert last == f"Cả {len(CHECKS)} mục kiểm tra đều đạt."
    assert not paths.default_database().exists()  # nothing of the officer's was made


def test_self_test_names_each_failed_check_and_exits_1(qapp, monkeypatch, tmp_path, capsys):
    empty = tmp_path / "no-forms"
    empty.mkdir()
    monkeypatch.setattr(paths, "ui_dir", lambda: empty)
    monkeypatch.setattr(paths, "help_file", lambda: empty / "huong-dan.html")
    assert desktop_main(["--self-test", "--db", str(tmp_path / "missing.sqlite3")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"[LỖI] Biểu mẫu nhập liệu: RuntimeError: không có biểu mẫu nào trong {empty}"
    assert f"[LỖI] Hướng dẫn sử dụng: RuntimeError: {empty / 'huong-dan.html'}" in lines
    assert lines[-2].startswith("[LỖI] Cơ sở dữ liệu của máy này: ")  # named by --db, checked last
    assert [line[:5] for line in lines[1:5]] == ["[ĐẠT]"] * 4
    assert lines[-1] == f"3 trong {len(CHECKS) + 1} mục kiểm tra không đạt."


def test_self_test_speaks_english_when_the_officer_chose_it(qapp, capsys):
    from htx_desktop import settings
    from htx_desktop.gui.language import apply_language

    saved = settings.load()
    settings.save(replace(saved, language="en"))
    try:
        assert desktop_main(["--self-test"]) == 0
    finally:
        apply_language(qapp, "vi")
    out = capsys.readouterr().out
    assert "[PASS] English translation: Tổng quan → Overview" in out
    assert out.splitlines()[-1] == f"All {len(CHECKS)} checks passed."
