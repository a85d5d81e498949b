"""First run: pick the province and the commune (or the aggregating unit), the role, the upstream
unit, create the administrator, check it all once more, make the database and the installation's
keys, and show their fingerprint.

The database is made only when the officer confirms on the last check; going back from the
fingerprint, or cancelling, removes the database just made, so nothing half-made is left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from htx_desktop.domain.enums import InstallationRole
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.gui.common import translate
from htx_desktop.gui.widgets.unit_chooser import UnitChooser
from htx_desktop.security.passwords import MIN_LENGTH
from htx_desktop.services import users
from htx_desktop.gui.recovery_code import RecoveryCodeBox
from htx_desktop.services.installation import InstallationInfo, initialise, remove_sqlite_file
from htx_desktop.services.units import national_unit_rows, unit_label, unit_sort_key
from htx_desktop.gui.new_password import mismatch, password_fields
from htx_desktop.gui.styles import ERROR_STYLE, error_label


def _t(text: str) -> str:
    return translate("SetupWizard", text)


class UnitPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_t("Đơn vị sử dụng"))
        self.setSubTitle(_t("Gõ tên tỉnh (không cần dấu) hoặc mã, rồi xã/phường của cơ quan mình; "
                            "chọn cấp tổng hợp nếu là cơ quan tỉnh."))
        rows = national_unit_rows()
        self.communes = sorted((r for r in rows if r["kind"] == "commune"), key=lambda r: unit_sort_key(str(r["name"])))
        self.province = QComboBox(objectName="province")
        self.commune = QComboBox(objectName="commune")
        self.choosers = {combo: UnitChooser.attach(combo, revert=False) for combo in (self.province, self.commune)}
        for row in sorted((r for r in rows if r["kind"] == "province"), key=lambda r: unit_sort_key(str(r["name"]))):
            self.province.addItem(unit_label(str(row["name"]), str(row["code"])), row["code"])
        self.province.setCurrentIndex(-1)  # no good default: the officer chooses
        self.province.lineEdit().setPlaceholderText(_t("Ví dụ: lang son, hoặc mã 20"))
        self.commune.lineEdit().setPlaceholderText(_t("Ví dụ: trang dinh, hoặc mã 06046"))
        self.errors = {combo: error_label(combo.objectName()) for combo in (self.province, self.commune)}
        self.commune_role = QRadioButton(_t("Cấp xã: nhập liệu và gửi tệp đồng bộ lên trên"), objectName="role_commune")
        self.aggregator_role = QRadioButton(_t("Cấp tổng hợp (tỉnh): nhận tệp của các xã"), objectName="role_aggregator")
        self.commune_role.setChecked(True)
        self.upstream = QComboBox(objectName="upstream")
        form = QFormLayout(self)
        form.addRow(_t("&Tỉnh/thành phố:"), self.province)
        form.addRow("", self.errors[self.province])
        form.addRow(_t("&Xã/phường:"), self.commune)
        form.addRow("", self.errors[self.commune])
        form.addRow(self.commune_role)
        form.addRow(self.aggregator_role)
        form.addRow(_t("Gửi tệp đồng bộ &cho:"), self.upstream)
        for first, second in ((self.province, self.commune), (self.commune, self.commune_role),
                              (self.commune_role, self.aggregator_role), (self.aggregator_role, self.upstream)):
            QWidget.setTabOrder(first, second)
        self.choosers[self.province].chosen_changed.connect(self.fill_communes)
        for combo in (self.province, self.commune):
            self.choosers[combo].chosen_changed.connect(self.completeChanged)
            combo.lineEdit().textEdited.connect(lambda _text, combo=combo: self.errors[combo].hide())
            self.choosers[combo].left.connect(lambda combo=combo: self.show_problem(combo))
        self.aggregator_role.toggled.connect(self.role_changed)
        self.fill_communes()

    def initializePage(self) -> None:
        self.province.setFocus()

    def chosen(self, combo: QComboBox) -> str | None:
        return self.choosers[combo].chosen()

    def show_problem(self, combo: QComboBox) -> None:
        problem = self.choosers[combo].problem() if combo.isEnabled() else ""
        self.errors[combo].setText(problem)
        self.errors[combo].setVisible(bool(problem))

    def fill_communes(self) -> None:
        code = self.chosen(self.province)
        self.commune.clear()
        for row in self.communes:
            if row["parent_code"] == code:
                self.commune.addItem(unit_label(str(row["name"]), str(row["code"])), row["code"])
        self.commune.setCurrentIndex(-1)
        self.errors[self.commune].hide()
        self.fill_upstream()

    def role_changed(self, aggregator: bool) -> None:
        self.commune.setEnabled(not aggregator)
        self.show_problem(self.commune)
        self.fill_upstream()
        self.completeChanged.emit()

    def fill_upstream(self) -> None:
        """A commune sends to its province (districts no longer exist; an office that still
        aggregates as a district can be added later in Settings). A province sends nowhere."""
        self.upstream.clear()
        if self.aggregator_role.isChecked():
            self.upstream.addItem(_t("(không gửi lên — cấp cao nhất)"), None)
        elif self.chosen(self.province):
            code = self.chosen(self.province)
            self.upstream.addItem(self.province.itemText(self.province.findData(code)), code)

    def unit_code(self) -> str | None:
        return self.chosen(self.province if self.aggregator_role.isChecked() else self.commune)

    def unit_text(self) -> str:
        combo = self.province if self.aggregator_role.isChecked() else self.commune
        return combo.itemText(combo.findData(self.unit_code()))

    def role(self) -> InstallationRole:
        return InstallationRole.AGGREGATOR if self.aggregator_role.isChecked() else InstallationRole.COMMUNE

    def isComplete(self) -> bool:
        return self.chosen(self.province) is not None and self.unit_code() is not None


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_t("Người quản trị"))
        self.setSubTitle(_t("Tài khoản quản trị quản lý người dùng. Mật khẩu ít nhất {n} ký tự.").format(n=MIN_LENGTH))
        self.username = QLineEdit("admin", objectName="admin_username")
        self.full_name = QLineEdit(objectName="admin_full_name")
        self.password, self.repeat = password_fields("admin_")
        self.message = QLabel(objectName="admin_message", wordWrap=True)
        self.message.setStyleSheet(ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(_t("&Họ và tên:"), self.full_name)
        form.addRow(_t("&Tên đăng nhập:"), self.username)
        form.addRow(_t("&Mật khẩu:"), self.password)
        form.addRow(_t("&Nhập lại mật khẩu:"), self.repeat)
        form.addRow(self.message)

    def validatePage(self) -> bool:
        problems = users.new_user_problems(self.username.text(), self.password.text())
        if problems:  # the core's rules, checked now: the database is made only at the last step
            self.message.setText("\n".join(problems.values()))
            return False
        if differ := mismatch(self.password, self.repeat):
            self.message.setText(differ)
            return False
        self.message.clear()
        return True


class ConfirmPage(QWizardPage):
    """The last check before anything is written: the unit and where its files go, by name and code."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_t("Kiểm tra lại trước khi tạo"))
        self.setSubTitle(_t("Nếu có gì chưa đúng, bấm “< Quay lại” để sửa."))
        self.setButtonText(QWizard.WizardButton.NextButton, _t("Tạo cơ sở dữ liệu >"))
        self.summary = QLabel(objectName="confirm_summary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.message = error_label("confirm")
        form = QFormLayout(self)
        form.addRow(self.summary)
        form.addRow(self.message)

    def initializePage(self) -> None:
        wizard: SetupWizard = self.wizard()  # type: ignore[assignment]
        units, admin = wizard.unit_page, wizard.admin_page
        if units.role() == InstallationRole.AGGREGATOR:
            route = _t("{unit} — cấp tổng hợp, nhận tệp của các xã").format(unit=units.unit_text())
        else:
            route = _t("{unit} → {upstream}").format(unit=units.unit_text(), upstream=units.upstream.currentText())
        name = admin.full_name.text().strip()
        who = _t("{username} ({name})").format(username=admin.username.text().strip(), name=name) if name \
            else admin.username.text().strip()
        self.summary.setText(_t("Đơn vị và nơi nhận tệp đồng bộ:\n{route}\n\nNgười quản trị: {who}\n\n"
                                "Cơ sở dữ liệu sẽ được tạo tại:\n{path}")
                             .format(route=route, who=who, path=str(wizard.target)))
        self.message.hide()

    def validatePage(self) -> bool:
        wizard: SetupWizard = self.wizard()  # type: ignore[assignment]
        return wizard.create_installation()


class DonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_t("Đã sẵn sàng"))
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery = RecoveryCodeBox()
        form = QFormLayout(self)
        form.addRow(self.summary)
        form.addRow(self.recovery)

    def cleanupPage(self) -> None:
        """Back from here: the database just made goes, and is made again on the next confirm."""
        wizard: SetupWizard = self.wizard()  # type: ignore[assignment]
        wizard.discard_installation()


class SetupWizard(QWizard):
    def __init__(self, target: Path) -> None:
        super().__init__()
        self.target = target
        self.info: InstallationInfo | None = None
        self._made_file = False
        self.setWindowTitle(_t("Cài đặt HTX Desktop lần đầu"))
        self.unit_page, self.admin_page = UnitPage(), AdminPage()
        self.confirm_page, self.done_page = ConfirmPage(), DonePage()
        for page in (self.unit_page, self.admin_page, self.confirm_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, _t("Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _t("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("Bắt đầu dùng"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("Hủy"))
        self.setMinimumWidth(640)

    def create_installation(self) -> bool:
        units, admin = self.unit_page, self.admin_page
        code = units.unit_code()
        if code is None:  # not reachable through the pages; never guess a unit
            return False
        fresh = not self.target.exists()
        try:
            self.info = initialise(
                self.target, code, units.role(), upstream_code=units.upstream.currentData(),
                admin=admin.username.text(), password=admin.password.text(), full_name=admin.full_name.text(),
            )
        except (HtxError, ValidationError) as error:
            self.confirm_page.message.setText(error.message)
            self.confirm_page.message.show()
            return False
        self._made_file = fresh
        upstream = units.upstream.currentText() if self.info.upstream_code else "—"
        self.done_page.summary.setText(
            _t("Đã tạo cơ sở dữ liệu cho <b>{unit}</b>.<br>Đơn vị nhận tệp đồng bộ: {upstream}.<br><br>"
               "Dấu vân tay khóa của máy này (đọc qua điện thoại cho cấp trên khi trao đổi khóa):<br>"
               "<span style='font-size:16pt; font-family:monospace'>{fp}</span>")
            .format(unit=units.unit_text(), upstream=upstream, fp=self.info.fingerprint)
        )
        self.done_page.recovery.show_code(self.info.recovery_code or "")
        return True

    def discard_installation(self) -> None:
        """Remove the database this wizard made (only that one), so the set-up can be done again."""
        if self.info is not None and self._made_file:
            remove_sqlite_file(self.target)
        self.info, self._made_file = None, False

    def reject(self) -> None:
        self.discard_installation()
        super().reject()
