"""First run: pick the province and the commune (or the aggregating unit), the role, the upstream
unit, create the administrator, make the installation's keys and show their fingerprint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWizard,
    QWizardPage,
)

from htx_desktop.domain.enums import InstallationRole
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.gui.common import translate
from htx_desktop.security.passwords import MIN_LENGTH
from htx_desktop.services.installation import InstallationInfo, initialise
from htx_desktop.services.units import national_unit_rows


def _t(text: str) -> str:
    return translate("SetupWizard", text)


def _searchable(combo: QComboBox) -> None:
    """Type-ahead that ignores nothing but case: the officer types part of the name."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class UnitPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_t("Đơn vị sử dụng"))
        self.setSubTitle(_t("Chọn tỉnh, rồi xã/phường của cơ quan mình (hoặc chọn cả tỉnh nếu là cấp tổng hợp)."))
        rows = national_unit_rows()
        self.provinces = [r for r in rows if r["kind"] == "province"]
        self.communes = [r for r in rows if r["kind"] == "commune"]
        self.province = QComboBox(objectName="province")
        self.commune = QComboBox(objectName="commune")
        for combo in (self.province, self.commune):
            _searchable(combo)
        for row in sorted(self.provinces, key=lambda r: r["name_key"]):
            self.province.addItem(f"{row['name']} ({row['code']})", row["code"])
        self.commune_role = QRadioButton(_t("Cấp xã: nhập liệu và gửi tệp đồng bộ lên trên"), objectName="role_commune")
        self.aggregator_role = QRadioButton(_t("Cấp tổng hợp (tỉnh): nhận tệp của các xã"), objectName="role_aggregator")
        self.commune_role.setChecked(True)
        form = QFormLayout(self)
        form.addRow(_t("&Tỉnh/thành phố:"), self.province)
        form.addRow(self.commune_role)
        form.addRow(self.aggregator_role)
        form.addRow(_t("&Xã/phường:"), self.commune)
        self.upstream = QComboBox(objectName="upstream")
        form.addRow(_t("Gửi tệp đồng bộ &cho:"), self.upstream)
        self.province.currentIndexChanged.connect(self.fill_communes)
        self.aggregator_role.toggled.connect(lambda on: self.commune.setEnabled(not on))
        self.aggregator_role.toggled.connect(self.fill_upstream)
        self.fill_communes()

    def fill_communes(self) -> None:
        code = self.province.currentData()
        self.commune.clear()
        for row in sorted((r for r in self.communes if r["parent_code"] == code), key=lambda r: r["name_key"]):
            self.commune.addItem(f"{row['name']} ({row['code']})", row["code"])
        self.fill_upstream()

    def fill_upstream(self) -> None:
        """A commune sends to its province (districts no longer exist; an office that still
        aggregates as a district can be added later in Settings). A province sends nowhere."""
        self.upstream.clear()
        if self.aggregator_role.isChecked():
            self.upstream.addItem(_t("(không gửi lên — cấp cao nhất)"), None)
        else:
            self.upstream.addItem(self.province.currentText(), self.province.currentData())

    def unit_code(self) -> str:
        if self.aggregator_role.isChecked():
            return self.province.currentData()
        return self.commune.currentData()

    def role(self) -> InstallationRole:
        return InstallationRole.AGGREGATOR if self.aggregator_role.isChecked() else InstallationRole.COMMUNE

    def isComplete(self) -> bool:
        return bool(self.province.currentData()) and (self.aggregator_role.isChecked() or bool(self.commune.currentData()))


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_t("Người quản trị"))
        self.setSubTitle(_t("Tài khoản quản trị quản lý người dùng. Mật khẩu ít nhất {n} ký tự.").format(n=MIN_LENGTH))
        self.username = QLineEdit("admin", objectName="admin_username")
        self.full_name = QLineEdit(objectName="admin_full_name")
        self.password = QLineEdit(objectName="admin_password", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="admin_repeat", echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="admin_message", wordWrap=True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(_t("&Tên đăng nhập:"), self.username)
        form.addRow(_t("&Họ và tên:"), self.full_name)
        form.addRow(_t("&Mật khẩu:"), self.password)
        form.addRow(_t("&Nhập lại mật khẩu:"), self.repeat)
        form.addRow(self.message)

    def validatePage(self) -> bool:
        if len(self.password.text()) < MIN_LENGTH:
            self.message.setText(_t("Mật khẩu cần ít nhất {n} ký tự.").format(n=MIN_LENGTH))
            return False
        if self.password.text() != self.repeat.text():
            self.message.setText(_t("Hai lần nhập mật khẩu không giống nhau."))
            return False
        if not self.username.text().strip():
            self.message.setText(_t("Hãy nhập tên đăng nhập."))
            return False
        wizard: SetupWizard = self.wizard()  # type: ignore[assignment]
        return wizard.create_installation()


class DonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_t("Đã sẵn sàng"))
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(self.summary)


class SetupWizard(QWizard):
    def __init__(self, target: Path) -> None:
        super().__init__()
        self.target = target
        self.info: InstallationInfo | None = None
        self.setWindowTitle(_t("Cài đặt HTX Desktop lần đầu"))
        self.unit_page, self.admin_page, self.done_page = UnitPage(), AdminPage(), DonePage()
        for page in (self.unit_page, self.admin_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, _t("Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _t("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("Bắt đầu dùng"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("Hủy"))

    def create_installation(self) -> bool:
        try:
            self.info = initialise(
                self.target, self.unit_page.unit_code(), self.unit_page.role(),
                upstream_code=self.unit_page.upstream.currentData(), admin=self.admin_page.username.text(), password=self.admin_page.password.text(),
            )
        except (HtxError, ValidationError) as error:
            self.admin_page.message.setText(error.message)
            return False
        self.done_page.summary.setText(
            _t("Đã tạo cơ sở dữ liệu cho <b>{unit}</b>.<br>Đơn vị nhận tệp đồng bộ: {upstream}.<br><br>"
               "Dấu vân tay khóa của máy này (đọc qua điện thoại cho cấp trên khi trao đổi khóa):<br>"
               "<span style='font-size:16pt; font-family:monospace'>{fp}</span>")
            .format(unit=self.info.unit_name, upstream=self.info.upstream_code or "—", fp=self.info.fingerprint)
        )
        return True
