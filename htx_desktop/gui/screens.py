"""The three list screens: cooperatives and groups, people, trainings — their columns and forms."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QWidget

from htx_desktop.domain.enums import CadreLevel, CooperativeKind, CooperativeStatus, Sex, TrainingFormat, TrainingTopic
from htx_desktop.formatting import short_date
from htx_desktop.gui.common import Session, translate
from htx_desktop.gui.list_page import ListPage, ListSpec
from htx_desktop.gui.table_model import Column
from htx_desktop.messages import label
from htx_desktop.services import cooperatives, people, trainings
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("Screens", text)


def _tick(value: bool) -> str:
    return "✓" if value else ""


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.0f}%"


def _opener(dialog_class: type[QDialog], database: Database, session: Session):  # type: ignore[no-untyped-def]
    def open_record(parent: QWidget, record_id: uuid.UUID | None) -> uuid.UUID | None:
        """Show the form; the record's id when anything was saved (even if closed afterwards)."""
        dialog = dialog_class(database, session, record_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.record_id if accepted or dialog.saved else None

    return open_record


def cooperatives_page(database: Database, session: Session) -> ListPage:
    from htx_desktop.gui.cooperative_dialog import CooperativeDialog

    columns = [
        Column(_t("Tên HTX/THT"), "name", lambda r: r.name),
        Column(_t("Loại hình"), "kind", lambda r: label(CooperativeKind(r.kind))),
        Column(_t("Đơn vị"), "unit", lambda r: r.unit_name),
        Column(_t("Tình trạng"), "status", lambda r: label(CooperativeStatus(r.status))),
        Column(_t("Ngày thành lập"), "founded_on", lambda r: short_date(r.founded_on)),
        Column(_t("Hội hỗ trợ"), "union_supported", lambda r: _tick(r.union_supported)),
        Column(_t("Do nữ quản lý"), None, lambda r: _tick(r.women_managed)),
        Column(_t("Tỉ lệ LĐ nữ"), None, lambda r: _percent(r.female_worker_share), align_right=True),
        Column(_t("Sao OCOP"), None, lambda r: "★" * r.ocop_stars if r.ocop_stars else ""),
    ]
    spec = ListSpec(
        "cooperatives", _t("HTX/THT"), lambda n: translate("Screens", "%Ln HTX/THT", n), columns, _opener(CooperativeDialog, database, session),
        cooperatives.delete, cooperatives.restore, _t("Mọi loại hình"), CooperativeKind, CooperativeStatus,
        _t("Năm thành lập"), version_of=lambda db, record_id: cooperatives.load(db, record_id).version,
    )
    return ListPage(database, session, spec)


def people_page(database: Database, session: Session) -> ListPage:
    from htx_desktop.gui.person_dialog import PersonDialog

    columns = [
        Column(_t("Họ và tên"), "name", lambda r: r.full_name),
        Column(_t("Năm sinh"), "birth_year", lambda r: r.birth_year or "", align_right=True),
        Column(_t("Giới tính"), "sex", lambda r: label(Sex(r.sex))),
        Column(_t("Dân tộc"), "ethnicity", lambda r: r.ethnicity or ""),
        Column(_t("Đơn vị"), "unit", lambda r: r.unit_name),
        Column(_t("Điện thoại"), None, lambda r: r.phone or ""),
        Column(_t("Cán bộ Hội"), "cadre_level", lambda r: label(CadreLevel(r.cadre_level)) if r.cadre_level else ""),
    ]
    if people.may_see_sensitive(session.role):  # viewers do not even get the column
        columns.insert(6, Column(_t("Số CCCD"), None, lambda r: r.national_id or "", sensitive=True))
    spec = ListSpec(
        "people", _t("người"), lambda n: translate("Screens", "%Ln người", n), columns, _opener(PersonDialog, database, session),
        people.delete, people.restore, _t("Nam và nữ"), Sex, None, _t("Năm sinh"),
        version_of=lambda db, record_id: people.load(db, record_id).version,
    )
    return ListPage(database, session, spec)


def trainings_page(database: Database, session: Session) -> ListPage:
    from htx_desktop.gui.training_dialog import TrainingDialog

    columns = [
        Column(_t("Tên khóa học"), "name", lambda r: r.title),
        Column(_t("Chủ đề"), "topic", lambda r: label(TrainingTopic(r.topic))),
        Column(_t("Hình thức"), "format", lambda r: label(TrainingFormat(r.format))),
        Column(_t("Bắt đầu"), "starts_on", lambda r: short_date(r.starts_on)),
        Column(_t("Kết thúc"), None, lambda r: short_date(r.ends_on)),
        Column(_t("Đơn vị"), "unit", lambda r: r.unit_name),
        Column(_t("Học viên"), None, lambda r: r.attendees, align_right=True),
        Column(_t("Hoàn thành"), None, lambda r: r.completed, align_right=True),
    ]
    spec = ListSpec(
        "trainings", _t("khóa học"), lambda n: translate("Screens", "%Ln khóa học", n), columns, _opener(TrainingDialog, database, session),
        trainings.delete, trainings.restore, _t("Mọi chủ đề"), TrainingTopic, None, _t("Năm tổ chức"),
        version_of=lambda db, record_id: trainings.load(db, record_id).version,
    )
    return ListPage(database, session, spec)
