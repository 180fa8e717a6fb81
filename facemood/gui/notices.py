"""The status bar's warnings button: this session's warnings, counted and listed.

Its texts keep the window's translation context (``MainWindow``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QStyle, QToolButton, QWidget


class NoticeButton(QToolButton):
    """Shows how many warnings this session had (hidden while none); a click lists them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notices: list[str] = []
        """Every warning of this session (settings, library, saving), oldest first."""
        self.setAutoRaise(True)
        # The style's warning icon, not a "⚠" character: no font is needed for it.
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setVisible(False)
        self.clicked.connect(self.show_notices)

    def add(self, text: str) -> bool:
        """Keep ``text`` (once); False when it was already there."""
        if text in self.notices:
            return False
        self.notices.append(text)
        self.retranslate()
        return True

    def retranslate(self) -> None:
        """The count and the tooltip, in the current language."""
        self.setVisible(bool(self.notices))
        self.setText(str(len(self.notices)))
        self.setToolTip(QCoreApplication.translate("MainWindow", "Warnings of this session"))

    def show_notices(self) -> None:
        """List every warning of this session (non-blocking)."""
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Warnings"))
        box.setText(
            QCoreApplication.translate("MainWindow", "{n} warnings in this session:").format(
                n=len(self.notices)
            )
        )
        box.setInformativeText("\n\n".join(self.notices))
        box.open()
