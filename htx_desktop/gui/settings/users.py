"""Settings: the administrator manages users and roles (administrator, data entry, viewer), and
makes a new recovery code for an encrypted database (the old one stops working)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.domain.enums import UserRole
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session, translate
from htx_desktop.messages import label
from htx_desktop.services import users
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("UsersPage", text)


class UsersPage(QWidget):
    def __init__(self, database: Database, session: Session) -> None:
        super().__init__()
        self.database, self.session = database, session
        layout = QVBoxLayout(self)
        if not session.is_admin:
            layout.addWidget(QLabel(_t("Chỉ người quản trị mới quản lý được người dùng.")))
            layout.addStretch(1)
            return
        self.table = QTableWidget(objectName="users_table")
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([_t("Tên đăng nhập"), _t("Họ và tên"), _t("Vai trò"), _t("Hoạt động")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.show_selected)
        layout.addWidget(QLabel(f"<h3>{_t('Người dùng')}</h3>"))
        layout.addWidget(self.table, 1)

        box = QGroupBox(_t("Thêm hoặc sửa người dùng"))
        form = QFormLayout(box)
        self.username = QLineEdit(objectName="new_username")
        self.full_name = QLineEdit(objectName="new_full_name")
        self.role = QComboBox(objectName="new_role")
        f.fill_enum(self.role, UserRole)
        self.password = QLineEdit(objectName="new_password", echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_t("để trống nếu không đổi"))
        self.active = QCheckBox(_t("Đang hoạt động"), objectName="new_active", checked=True)
        form.addRow(_t("Tên đăng nhập:"), self.username)
        form.addRow(_t("Họ và tên:"), self.full_name)
        form.addRow(_t("Vai trò:"), self.role)
        form.addRow(_t("Mật khẩu:"), self.password)
        form.addRow(self.active)
        self.message = QLabel(objectName="users_message", wordWrap=True)
        form.addRow(self.message)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_t("Thêm người dùng"), objectName="add_user")
        self.update_button = QPushButton(_t("Lưu thay đổi"), objectName="update_user")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.update_button)
        if database.is_encrypted:
            self.recovery_button = QPushButton(_t("Tạo mã khôi phục mới…"), objectName="new_recovery_code")
            self.recovery_button.setToolTip(_t("Mã khôi phục cũ sẽ hết hiệu lực."))
            self.recovery_button.clicked.connect(self.new_recovery_code)
            buttons.addWidget(self.recovery_button)
        form.addRow(buttons)
        layout.addWidget(box)
        self.add_button.clicked.connect(self.add_user)
        self.update_button.clicked.connect(self.update_user)
        self.refresh()

    def refresh(self) -> None:
        self.rows = users.list_users(self.database)
        self.table.setRowCount(len(self.rows))
        for row, user in enumerate(self.rows):
            values = [user.username, user.full_name, label(UserRole(user.role)), _t("có") if user.active else _t("không")]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def show_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            user = self.rows[row]
            self.username.setText(user.username)
            self.full_name.setText(user.full_name)
            f.set_combo(self.role, user.role)
            self.active.setChecked(user.active)

    def _report(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except ValidationError as error:
            self.message.setText("\n".join(error.errors.values()))
            return
        except HtxError as error:
            self.message.setText(error.message)
            self.refresh()  # what is stored now (another administrator may have changed it)
            return
        self.message.setText(_t("Đã lưu."))
        self.password.clear()
        self.refresh()

    def add_user(self) -> None:
        self._report(lambda: users.create(self.database, self.username.text(), self.password.text(),
                                          UserRole(self.role.currentData()), self.full_name.text(),
                                          actor=self.session))

    def new_recovery_code(self) -> None:
        from htx_desktop.gui.recovery_code import RecoveryCodeDialog
        from htx_desktop.services import protection

        try:
            code = protection.new_recovery_code(self.database, self.session)
        except HtxError as error:
            self.message.setText(error.message)
            return
        RecoveryCodeDialog(code, self).exec()
        self.message.setText(_t("Đã tạo mã khôi phục mới; mã cũ không còn dùng được."))

    def update_user(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        user = self.rows[row]
        self._report(lambda: users.update(self.database, user.id, UserRole(self.role.currentData()),
                                          self.active.isChecked(), self.password.text() or None,
                                          actor=self.session, shown=user))
