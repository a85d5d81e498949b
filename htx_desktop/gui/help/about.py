"""About: the version, the data folder, this installation's key fingerprint, whether the database
is encrypted, and the licences of the program and of every package it ships (read from their
installed metadata)."""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from htx_desktop import __version__, licences, paths
from htx_desktop.gui.common import translate


def _t(text: str) -> str:
    return translate("AboutDialog", text)


class AboutDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("about")
        self.setWindowTitle(_t("Giới thiệu HTX Desktop"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(objectName="about_text")
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(self.page(getattr(window, "info", None), getattr(window, "database", None)))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    @staticmethod
    def page(info: object, database: object = None) -> str:
        unknown = _t("không ghi trong thông tin gói")
        program = licences.describe(licences.PROGRAM)
        rows = [_t("<h2>HTX Desktop {version}</h2>").format(version=html.escape(__version__)),
                "<p>" + _t("Quản lý hợp tác xã, tổ hợp tác do phụ nữ tham gia quản lý — Hội Liên hiệp Phụ nữ Việt Nam.")
                + "</p><table cellpadding='3'>"]
        facts = [(_t("Thư mục dữ liệu"), str(paths.home())),
                 (_t("Tệp nhật ký"), str(paths.log_file()))]
        if info is not None:
            facts.append((_t("Đơn vị"), f"{info.unit_name} ({info.unit_code})"))  # type: ignore[attr-defined]
            facts.append((_t("Dấu vân tay khóa của máy này"), info.fingerprint))  # type: ignore[attr-defined]
        if database is not None:
            from htx_desktop.services.protection import status_line

            facts.append((_t("Bảo vệ dữ liệu"), status_line(database)))  # type: ignore[arg-type]
        facts.append((_t("Giấy phép của chương trình"), (program.licence if program else "") or unknown))
        facts.append((_t("Nền tảng"), f"Python {sys.version.split()[0]}, Qt {qVersion()}"))
        rows += [f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in facts]
        rows.append("</table><h3>" + _t("Phần mềm đi kèm và giấy phép") + "</h3><table cellpadding='3'>")
        rows.append("<tr><th align='left'>{}</th><th align='left'>{}</th><th align='left'>{}</th></tr>".format(
            _t("Gói"), _t("Phiên bản"), _t("Giấy phép")))
        for package in licences.shipped():
            name = html.escape(package.name)
            if package.url:
                name = f"<a href='{html.escape(package.url)}'>{name}</a>"
            rows.append(f"<tr><td>{name}</td><td>{html.escape(package.version)}</td>"
                        f"<td>{html.escape(package.licence or unknown)}</td></tr>")
        rows.append("</table><p>" + _t("Qt (qua PySide6) được dùng theo giấy phép LGPL-3.0.") + "</p>")
        return "".join(rows)
