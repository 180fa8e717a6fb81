"""The About box and the crash-report offer."""

from __future__ import annotations

import contextlib
import html
import importlib.metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import facemood
from facemood.paths import resource_path

LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "Qt for Python", "LGPL-3.0"),
    ("pyqtgraph", "pyqtgraph", "MIT"),
    ("opencv-python-headless", "OpenCV", "Apache-2.0"),
    ("numpy", "NumPy", "BSD-3-Clause"),
    ("ai-edge-litert", "LiteRT", "Apache-2.0"),
    ("mutagen", "Mutagen", "GPL-2.0-or-later"),
    ("python-vlc", "python-vlc / libVLC", "LGPL-2.1-or-later"),
    ("platformdirs", "platformdirs", "MIT"),
)


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "—"


def attribution_files() -> list[Path]:
    """The attribution files shipped with the app (photos, face detector, music, font)."""
    candidates = [
        resource_path("resources", "samples", "ATTRIBUTION.md"),
        resource_path("resources", "models", "LICENSE.mediapipe-Apache-2.0.txt"),
        resource_path("music_library", "README.md"),
        resource_path("resources", "fonts", "OFL.txt"),
    ]
    return [p for p in candidates if p.exists()]


def _attribution_rows(path: Path) -> list[str]:
    """Table rows of an attribution markdown file, as HTML list items."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    rows = []
    for i, line in enumerate(lines):
        if not line.startswith("|"):
            continue
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        is_rule = all(set(c) <= {"-", ":", " "} for c in cells)
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        next_is_rule = following.startswith("|-") or following.startswith("| -")
        if is_rule or next_is_rule:  # the separator, or the header row above it
            continue
        rows.append("<li>" + html.escape(" — ".join(c for c in cells if c)) + "</li>")
    return rows


class AboutDialog(QDialog):
    """What FaceMood is and does, privacy, how reliable it is, credits and libraries.

    Written for users; the model's technical details stay in the model card, which the
    box links to.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About FaceMood"))
        self.resize(600, 560)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(self.about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def about_html(self) -> str:
        """The box's content."""

        def para(text: str) -> str:
            return f"<p>{html.escape(text)}</p>"

        def heading(text: str) -> str:
            return f"<h3>{html.escape(text)}</h3>"

        card = resource_path("models", "README.md")
        parts = [
            f"<h2>FaceMood {html.escape(facemood.__version__)}</h2>",
            para(self.tr("Plays music from your own library that fits the mood your face shows.")),
            heading(self.tr("How it works")),
            para(
                self.tr(
                    "FaceMood finds your face in the camera picture and reads its expression "
                    "(angry, disgusted, afraid, happy, sad, surprised or neutral) with a small "
                    "neural network. It follows the mood that lasts a moment, so a glance does "
                    "not change the music. It can match your mood or lift it, and you can "
                    "always choose the music yourself."
                )
            ),
            heading(self.tr("Your privacy")),
            para(
                self.tr(
                    "Everything runs on this computer, without a network connection. Camera "
                    "pictures are never stored or sent anywhere; only photos you capture "
                    "yourself (Shift+C) are saved."
                )
            ),
            heading(self.tr("How reliable it is")),
            para(
                self.tr(
                    "Like people, it is sure of clear expressions and unsure of subtle ones. "
                    "Dim light, a face turned away or glasses with reflections make it less "
                    "reliable; recording your neutral face (Mood menu) helps it know you."
                )
            ),
        ]
        if card.exists():
            link = QUrl.fromLocalFile(str(card)).toString()
            parts.append(
                f'<p><a href="{link}">'
                + html.escape(self.tr("The model card: how the model was trained and tested"))
                + "</a></p>"
            )
        labels = {
            "ATTRIBUTION.md": self.tr("Sample photos"),
            "LICENSE.mediapipe-Apache-2.0.txt": self.tr(
                "Face detector: MediaPipe BlazeFace (Google, Apache 2.0)"
            ),
            "README.md": self.tr("Demo music, made for FaceMood"),
            "OFL.txt": self.tr("Korean font: a subset of NanumGothic (NAVER, SIL OFL 1.1)"),
        }
        parts.append(heading(self.tr("Credits")) + "<ul>")
        for path in attribution_files():
            rows = _attribution_rows(path) if path.name == "ATTRIBUTION.md" else []
            link = QUrl.fromLocalFile(str(path)).toString()
            label = labels.get(path.name, path.name)
            parts.append(f'<li><a href="{link}">{html.escape(label)}</a>')
            if rows:
                parts.append("<ul>" + "".join(rows) + "</ul>")
            parts.append("</li>")
        parts.append("</ul>" + heading(self.tr("Made with")) + "<ul>")
        for dist, name, licence in LIBRARIES:
            text = f"{name} {_version(dist)} ({licence})"
            parts.append(f"<li>{html.escape(text)}</li>")
        parts.append("</ul>")
        return "".join(parts)


def offer_crash_reports(parent: QWidget, always: bool = False) -> QMessageBox | None:
    """If earlier runs left crash reports, offer to show them (non-blocking).

    Returns:
        The message box shown, or None when there was nothing to offer.
    """
    from facemood.crash import mark_seen, pending_crash_reports

    reports = pending_crash_reports()
    if not reports and not always:
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("CrashReports", "Crash reports"))
    if not reports:
        box.setText(QCoreApplication.translate("CrashReports", "No new crash reports."))
        box.open()
        return box
    box.setText(
        QCoreApplication.translate(
            "CrashReports",
            "FaceMood closed unexpectedly last time. {n} crash report(s) were saved.",
        ).format(n=len(reports))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashReports",
            "The report stays on this computer. Please attach it when you report the problem.",
        )
    )
    box.setDetailedText(
        "\n\n".join(
            f"{p}\n{p.read_text(encoding='utf-8', errors='replace')[:4000]}" for p in reports[-3:]
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("CrashReports", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(
        QCoreApplication.translate("CrashReports", "Dismiss"), QMessageBox.ButtonRole.RejectRole
    )

    def done() -> None:
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(reports[-1].parent)))
        for report in reports:
            with contextlib.suppress(OSError):
                mark_seen(report)

    box.finished.connect(lambda _r: done())
    box.open()
    return box
