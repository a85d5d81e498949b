"""All models, imported so that `Base.metadata` knows every table."""

from htx_desktop.storage.base import Base
from htx_desktop.storage.models.activities import (
    Commendation,
    FundingEntry,
    JobReport,
    OutreachEvent,
    SupportAction,
)
from htx_desktop.storage.models.cooperatives import Cooperative, CooperativeYear, OcopProduct
from htx_desktop.storage.models.installation import AuditEntry, Installation, TrustedKey, User
from htx_desktop.storage.models.people import Person, Post
from htx_desktop.storage.models.plans import Indicator, IndicatorTarget, Milestone, Plan, PlanPhase
from htx_desktop.storage.models.reports import ReportSetting
from htx_desktop.storage.models.sync import RetiredKey, SyncConflict, SyncFile, SyncPeer
from htx_desktop.storage.models.trainings import Attendance, Training
from htx_desktop.storage.models.units import Unit

__all__ = [
    "Attendance",
    "AuditEntry",
    "Base",
    "Commendation",
    "Cooperative",
    "CooperativeYear",
    "FundingEntry",
    "Indicator",
    "IndicatorTarget",
    "Installation",
    "JobReport",
    "Milestone",
    "OcopProduct",
    "OutreachEvent",
    "Person",
    "Plan",
    "PlanPhase",
    "Post",
    "ReportSetting",
    "RetiredKey",
    "SupportAction",
    "SyncConflict",
    "SyncFile",
    "SyncPeer",
    "Training",
    "TrustedKey",
    "Unit",
    "User",
]
