"""The user guide shipped with the program (resources/help/huong-dan.html) in a window beside the
main one: it stays open while the officer works; Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from htx_desktop import paths
from htx_desktop.gui.common import translate


def _t(text: str) -> str:
    return translate("GuideDialog", text)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(_t("Hướng dẫn sử dụng — HTX Desktop"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(objectName="guide_text")
        self.browser.setOpenExternalLinks(True)
        file = paths.help_file()
        if file.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(file)))
        else:
            self.browser.setPlainText(_t("Không tìm thấy tệp hướng dẫn “{path}”. Hãy cài lại chương trình.")
                                      .format(path=file))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_for(cls, window: QWidget) -> GuideDialog:
        """One guide per window: F1 again brings the open one to the front."""
        guide = window.findChild(cls, "guide")
        if guide is None:
            guide = cls(window)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        guide.browser.setFocus()
        return guide
