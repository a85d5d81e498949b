"""The Activities screen: outreach, support given, jobs for women, commendations and funding."""

from htx_desktop.gui.activities.page import ActivitiesPage

__all__ = ["ActivitiesPage"]
