"""`htx-desktop --self-test` checks what an officer would hit, line by line, without her data."""

from dataclasses import replace

from htx_desktop import paths
from htx_desktop.gui.app import main as desktop_main


def test_self_test_on_a_pc_not_set_up_checks_forms_english_a_new_database_and_a_sync_file(
        qapp, private_home, capsys):
    assert desktop_main(["--self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "[ĐẠT] Biểu mẫu nhập liệu: cooperative_form, person_form, training_form",
        "[ĐẠT] Bản dịch tiếng Anh: Tổng quan → Overview",
        "[ĐẠT] Tạo cơ sở dữ liệu và nâng cấp lược đồ: cơ sở dữ liệu mới của 06046, lược đồ 0005",
        lines[3],
        "[ĐẠT] Cửa sổ chính: 9 màn hình",
        "[ĐẠT] Hướng dẫn sử dụng: huong-dan.html",
        "Cả 6 mục kiểm tra đều đạt.",
    ]
    assert lines[3].startswith("[ĐẠT] Ghi và đọc lại tệp đồng bộ: ")
    assert lines[3].endswith(" byte, tỉnh đọc lại được 1 HTX mới")
    assert not paths.default_database().exists()  # nothing of the officer's was made


def test_self_test_names_each_failed_check_and_exits_1(qapp, monkeypatch, tmp_path, capsys):
    empty = tmp_path / "no-forms"
    empty.mkdir()
    monkeypatch.setattr(paths, "ui_dir", lambda: empty)
    monkeypatch.setattr(paths, "help_file", lambda: empty / "huong-dan.html")
    assert desktop_main(["--self-test", "--db", str(tmp_path / "missing.sqlite3")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"[LỖI] Biểu mẫu nhập liệu: RuntimeError: không có biểu mẫu nào trong {empty}"
    assert lines[5] == f"[LỖI] Hướng dẫn sử dụng: RuntimeError: {empty / 'huong-dan.html'}"
    assert lines[6].startswith("[LỖI] Cơ sở dữ liệu của máy này: ")
    assert [line[:5] for line in lines[1:5]] == ["[ĐẠT]"] * 4
    assert lines[-1] == "3 trong 7 mục kiểm tra không đạt."


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
    assert out.splitlines()[-1] == "All 6 checks passed."
