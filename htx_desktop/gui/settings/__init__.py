"""The Settings screen and its parts: language, idle lock and data folder; receiving unit; backups;
users. The administrator changes them; everyone else sees them and chooses only the language."""

from htx_desktop.gui.settings.page import SettingsPage

__all__ = ["SettingsPage"]
