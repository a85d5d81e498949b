"""This PC's settings: saved atomically, and a damaged or odd file falls back to the defaults."""

import json

from htx_desktop import paths, settings


def test_defaults_when_there_is_no_file_or_it_is_damaged(private_home):
    assert settings.load() == settings.Settings("vi", 14, 10)
    (paths.home() / "settings.json").write_text("{ not json", encoding="utf-8")
    assert settings.load() == settings.Settings()
    (paths.home() / "settings.json").write_text("[1, 2]", encoding="utf-8")
    assert settings.load() == settings.Settings()


def test_out_of_range_values_fall_back_one_by_one(private_home):
    (paths.home() / "settings.json").write_text(
        json.dumps({"language": "en", "backups_kept": 0, "idle_lock_minutes": True}), encoding="utf-8")
    assert settings.load() == settings.Settings(language="en", backups_kept=14, idle_lock_minutes=10)


def test_change_keeps_the_other_settings_and_leaves_no_temp_file(private_home):
    settings.change(language="en")
    settings.change(backups_kept=30)
    settings.change(idle_lock_minutes=0)
    assert settings.load() == settings.Settings("en", 30, 0)
    assert [p.name for p in private_home.iterdir()] == ["settings.json"]
