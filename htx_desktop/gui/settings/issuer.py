"""Settings: who issues this installation's reports (Women's Union or People's Committee) and who signs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget,
)

from htx_desktop.errors import ChangedSinceShown, HtxError
from htx_desktop.gui.common import Session, translate
from htx_desktop.gui.form_dialog import reload_keeping_typing
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("IssuerBox", text)


class IssuerBox(QGroupBox):
    FIELDS = ("parent", "name", "symbol", "place", "authority", "title", "signer")

    def __init__(self, database: Database, session: Session) -> None:
        super().__init__(_t("Cơ quan ban hành báo cáo"))
        self.database, self.session = database, session
        form = QFormLayout(self)
        form.addRow(QLabel(_t("In ở góc trên bên trái và khối chữ ký của mỗi báo cáo (mẫu Nghị định 30/2020/NĐ-CP)."),
                           wordWrap=True))
        self.kind = QComboBox(objectName="issuer_kind")
        self.kind.addItem(_t("Hội Liên hiệp Phụ nữ"), "union")
        self.kind.addItem(_t("Ủy ban nhân dân"), "committee")
        form.addRow(_t("&Cơ quan:"), self.kind)
        titles = {
            "parent": _t("Cơ quan cấ&p trên:"), "name": _t("&Tên cơ quan:"), "symbol": _t("Viết tắt trong &số:"),
            "place": _t("Địa &danh:"), "authority": _t("Thẩm &quyền ký:"), "title": _t("Chức &vụ người ký:"),
            "signer": _t("&Họ tên người ký:"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for name in self.FIELDS:
            edit = QLineEdit(objectName=f"issuer_{name}")
            edit.setMinimumWidth(320)
            edit.setEnabled(session.is_admin)
            self.edits[name] = edit
            form.addRow(titles[name], edit)
        self.recipients = QPlainTextEdit(objectName="issuer_recipients")
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(60)
        self.recipients.setEnabled(session.is_admin)
        form.addRow(_t("&Nơi nhận (mỗi dòng một nơi):"), self.recipients)
        self.save_button = QPushButton(_t("&Lưu cơ quan ban hành"), objectName="save_issuer")
        self.save_button.setVisible(session.is_admin)
        self.message = QLabel(objectName="issuer_message", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.message)
        self.kind.setEnabled(session.is_admin)
        self.loaded = False
        self.kind.currentIndexChanged.connect(lambda: self.show_issuer(self.kind.currentData()))
        self.save_button.clicked.connect(self.save)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self.loaded:
            self.loaded = True
            from htx_desktop.reports import settings as report_settings

            self.reload()

    def reload(self) -> None:
        """Show the saved issuer, which a save expects unchanged (`shown`)."""
        from htx_desktop.reports import settings as report_settings

        self.shown = report_settings.issuer(self.database)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.shown.kind)))
        self.kind.blockSignals(False)
        self.show_issuer(self.shown.kind)
        self.clean = self.state()

    def state(self) -> dict[str, object]:
        """The fields as they are now (the kind first: choosing it fills in the others)."""
        return {"kind": self.kind.currentData(), "recipients": self.recipients.toPlainText()} | {
            name: edit.text() for name, edit in self.edits.items()}

    def field(self, name: str) -> QWidget | None:
        return {"kind": self.kind, "recipients": self.recipients}.get(name) or self.edits.get(name)

    def show_issuer(self, kind: str) -> None:
        from htx_desktop.reports import settings as report_settings

        shown = report_settings.issuer(self.database, kind)
        for name, edit in self.edits.items():
            edit.setText(getattr(shown, name))
        self.recipients.setPlainText(shown.recipients)
        self.message.clear()

    def save(self) -> None:
        from htx_desktop.reports import settings as report_settings

        chosen = report_settings.issuer(self.database, self.kind.currentData())
        chosen = replace(chosen, recipients=self.recipients.toPlainText(),
                         **{name: edit.text() for name, edit in self.edits.items()})
        try:
            report_settings.save_issuer(self.database, chosen, self.session, shown=self.shown)
        except ChangedSinceShown as error:  # another administrator saved one meanwhile
            newest = reload_keeping_typing(self, error, self.clean, self.state, self.field, self.reload,
                                           self.message)
            if newest is not None:
                self.clean = newest
            return
        except HtxError as error:
            self.message.setText(error.message)
            return
        self.shown, self.clean = report_settings.issuer(self.database), self.state()
        self.message.setText(_t("Đã lưu. Các báo cáo từ nay ghi “{name}”.").format(name=chosen.name.strip()))
