"""HTX Desktop: offline register of women-managed cooperatives, their members and trainings."""

__version__ = "0.1.0"
