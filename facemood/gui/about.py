"""The About box and the crash-report offer."""

from __future__ import annotations

import contextlib
import html
import importlib.metadata
import re
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


def model_card_summary(path: Path | None = None, max_chars: int = 900) -> str:
    """The first paragraphs of ``models/README.md`` (the model card), as plain text."""
    path = path or resource_path("models", "README.md")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    kept: list[str] = []
    for p in paragraphs:
        if p.startswith("#"):
            continue
        kept.append(p)
        if sum(len(k) for k in kept) > max_chars // 2:
            break
    summary = "\n\n".join(kept)
    return summary[:max_chars] + ("…" if len(summary) > max_chars else "")


def attribution_files() -> list[Path]:
    """The attribution files shipped with the app (sample photos, bundled models)."""
    candidates = [
        resource_path("resources", "samples", "ATTRIBUTION.md"),
        resource_path("resources", "models", "LICENSE.mediapipe-Apache-2.0.txt"),
        resource_path("music_library", "README.md"),
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
    """Version, model card summary, attributions and libraries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About FaceMood"))
        self.resize(620, 560)
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
        parts = [
            f"<h2>FaceMood {html.escape(facemood.__version__)}</h2>",
            "<p>"
            + html.escape(
                self.tr(
                    "Plays music from your own library that fits the mood your face shows. "
                    "Everything runs on this computer; nothing is sent anywhere and only the "
                    "photos you capture are stored."
                )
            )
            + "</p>",
            "<h3>" + html.escape(self.tr("Emotion model")) + "</h3>",
        ]
        card = model_card_summary()
        parts.append(
            "<p>" + html.escape(card).replace("\n\n", "</p><p>") + "</p>"
            if card
            else "<p>" + html.escape(self.tr("Model card not found.")) + "</p>"
        )
        parts.append("<h3>" + html.escape(self.tr("Bundled photos and models")) + "</h3><ul>")
        for path in attribution_files():
            rows = _attribution_rows(path) if path.suffix == ".md" else []
            link = QUrl.fromLocalFile(str(path)).toString()
            label = f"{path.parent.name}/{path.name}"
            parts.append(f'<li><a href="{link}">{html.escape(label)}</a>')
            if rows:
                parts.append("<ul>" + "".join(rows) + "</ul>")
            parts.append("</li>")
        parts.append("</ul><h3>" + html.escape(self.tr("Libraries")) + "</h3><ul>")
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
