"""The live preview (frame + face boxes + emotion label), the bar under it (what is on
show, notices such as a saved capture, back to camera, capture) and the no-camera panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facemood.core.types import FaceResult
from facemood.gui.style import heading_label
from facemood.gui.texts import emotion_name
from facemood.vision.sources import SourceStatus, is_camera_spec

BOX_COLOUR = QColor("#ffb347")
PRIMARY_COLOUR = QColor("#4cd964")
BACKGROUND = QColor("#1e1e24")
NOTICE_S = 8.0
"""How long a notice under the picture stays (at least 4 s, to be read)."""


class PreviewWidget(QWidget):
    """Paints the newest frame, with a box and the top emotion per face.

    The capture thread scales frames to this widget's size and hands them over in the
    format Qt draws fastest, so a frame is a plain copy here; only the picture's
    rectangle is repainted for a new frame of the same size.
    """

    resized = Signal(object)
    """The drawing area changed size: ``(width, height)`` in device pixels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._faces: tuple[FaceResult, ...] = ()
        self._box_scale = 1.0
        self._image_rect = QRect()
        self._label_font = QFont()
        self._update_label_font()
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """640 x 480, the usual camera size."""
        return QSize(640, 480)

    def device_size(self) -> tuple[int, int]:
        """The drawing area in device pixels."""
        ratio = self.devicePixelRatioF()
        return round(self.width() * ratio), round(self.height() * ratio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Tell the capture worker the new size."""
        super().resizeEvent(event)
        self.resized.emit(self.device_size())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow font changes (e.g. a new language's font)."""
        if event.type() == QEvent.Type.FontChange:
            self._update_label_font()
        super().changeEvent(event)

    def _update_label_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, font.pointSizeF() * 1.1))
        font.setBold(True)
        self._label_font = font

    @property
    def image(self) -> QImage | None:
        """The frame on show."""
        return self._image

    @property
    def faces(self) -> tuple[FaceResult, ...]:
        """The faces drawn on the frame."""
        return self._faces

    def show_frame(
        self, image: QImage, faces: tuple[FaceResult, ...], source_width: int | None = None
    ) -> None:
        """Show ``image`` with boxes for ``faces``.

        Args:
            image: the picture, ideally already scaled to fit (then it is drawn 1:1).
            faces: boxes in the coordinates of the full-size source frame.
            source_width: width of the frame the boxes refer to (default: the image's).
        """
        same_size = self._image is not None and self._image.size() == image.size()
        self._image = image
        self._box_scale = image.width() / source_width if source_width else 1.0
        self._faces = faces
        if same_size and not self._image_rect.isEmpty():
            self.update(self._image_rect)  # the margins did not change
        else:
            self.update()

    def clear(self) -> None:
        """Show nothing."""
        self._image = None
        self._faces = ()
        self.update()

    def _placement(self, image: QImage) -> tuple[QRect, float]:
        """Where the image goes (logical pixels) and its scale from image pixels."""
        ratio = self.devicePixelRatioF()
        iw, ih = image.width() / ratio, image.height() / ratio
        fits = iw <= self.width() + 1 and ih <= self.height() + 1
        if fits and min(self.width() - iw, self.height() - ih) <= 2:
            scale = 1.0 / ratio  # pre-scaled by the worker: a plain copy, no resampling
        else:
            scale = min(self.width() / image.width(), self.height() / image.height())
        w, h = round(image.width() * scale), round(image.height() * scale)
        x0, y0 = (self.width() - w) // 2, (self.height() - h) // 2
        return QRect(x0, y0, w, h), scale

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the frame, the margins around it, boxes and labels."""
        p = QPainter(self)
        image = self._image
        if image is None or image.isNull():
            self._image_rect = QRect()
            p.fillRect(self.rect(), BACKGROUND)
            p.setPen(QColor("#aaaaaa"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No picture yet"))
            p.end()
            return
        target, scale = self._placement(image)
        self._image_rect = target
        for margin in _margins(self.rect(), target):
            p.fillRect(margin, BACKGROUND)
        if abs(scale * self.devicePixelRatioF() - 1.0) < 1e-6:
            p.drawImage(QPoint(target.x(), target.y()), image)
        else:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.drawImage(target, image)
        p.setClipRect(target)  # labels stay on the picture, which is all a frame repaints
        scale *= self._box_scale
        p.setFont(self._label_font)
        metrics = p.fontMetrics()
        for i, face in enumerate(self._faces):
            colour = PRIMARY_COLOUR if i == 0 else BOX_COLOUR
            b = face.box
            x0, y0 = target.x(), target.y()
            rect = QRectF(x0 + b.x * scale, y0 + b.y * scale, b.w * scale, b.h * scale)
            p.setPen(QPen(colour, 2.5))
            p.drawRect(rect)
            top = face.scores.top()
            label = f"{emotion_name(top)} {face.scores[top]:.0%}"
            tw, th = metrics.horizontalAdvance(label) + 8, metrics.height() + 4
            ty = rect.top() - th if rect.top() - th > y0 else rect.bottom()
            p.fillRect(QRectF(rect.left(), ty, tw, th), colour)
            p.setPen(QColor("#101010"))
            p.drawText(QRectF(rect.left() + 4, ty + 2, tw, th), label)
        p.end()


def _margins(area: QRect, inner: QRect) -> list[QRect]:
    """The parts of ``area`` around ``inner`` (the letterbox bars)."""
    out = [
        QRect(area.left(), area.top(), area.width(), inner.top() - area.top()),
        QRect(area.left(), inner.bottom() + 1, area.width(), area.bottom() - inner.bottom()),
        QRect(area.left(), inner.top(), inner.left() - area.left(), inner.height()),
        QRect(inner.right() + 1, inner.top(), area.right() - inner.right(), inner.height()),
    ]
    return [r for r in out if r.width() > 0 and r.height() > 0]


def source_name(spec: str) -> str:
    """A source as the user knows it: "Camera 0", or the file's name."""
    if is_camera_spec(spec):
        return QCoreApplication.translate("ViewBar", "Camera {n}").format(n=spec)
    return Path(spec).name


class ViewBar(QWidget):
    """The row under the picture: what is on show, a notice, back to camera, capture.

    Its height never changes, so nothing around it moves when a photo or a notice
    appears. A notice (e.g. "Saved to … — Open folder") stays :data:`NOTICE_S` seconds;
    only a newer notice replaces it.
    """

    back_requested = Signal()
    capture_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QLabel()
        self.notice = QLabel()
        self.notice.setObjectName("viewNotice")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton()
        self.back_button = QPushButton()
        self.capture_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.capture_button.clicked.connect(self.capture_requested)
        self.open_folder.clicked.connect(self._open_folder)
        for widget in (self.source, self.notice):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.source, 1)  # the source, or a notice in its place
        layout.addWidget(self.notice, 1)
        layout.addWidget(self.open_folder)
        layout.addWidget(self.back_button)
        layout.addWidget(self.capture_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._folder: Path | None = None
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.clear_notice)
        self.clear_notice()
        self.retranslate()

    def set_source(self, spec: str, status: SourceStatus | None) -> None:
        """Name what is on show and how it is doing; a file offers the way back to the
        camera."""
        states = {
            SourceStatus.OPENING: self.tr("starting"),
            SourceStatus.OPEN: self.tr("running"),
            SourceStatus.RECONNECTING: self.tr("no camera, retrying"),
            SourceStatus.ENDED: self.tr("ended"),
            SourceStatus.CLOSED: self.tr("paused"),
            SourceStatus.FAILED: self.tr("failed"),
        }
        name = source_name(spec)
        text = f"{name}: {states[status]}" if status is not None else name
        self.source.setText(text)
        self.source.setToolTip(spec)
        self.back_button.setEnabled(not is_camera_spec(spec))

    def show_notice(self, text: str, folder: Path | None = None) -> None:
        """Show ``text`` for :data:`NOTICE_S` seconds, with "Open folder" for ``folder``."""
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self._folder = folder
        self.open_folder.setVisible(folder is not None)
        self.source.setVisible(False)
        self.notice.setVisible(True)
        self._notice_timer.start(int(NOTICE_S * 1000))

    def clear_notice(self) -> None:
        """Back to naming the source."""
        self.notice.setText("")
        self._folder = None
        self.open_folder.setVisible(False)
        self.notice.setVisible(False)
        self.source.setVisible(True)

    def _open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.open_folder.setText(self.tr("Open folder"))
        self.back_button.setText(self.tr("Back to camera"))
        self.capture_button.setText(self.tr("Capture (Shift+C)"))
        self.capture_button.setToolTip(
            self.tr("Save this picture as a photo and play music for it")
        )


class NoCameraPanel(QWidget):
    """Shown instead of the preview when there is no camera or it was lost."""

    open_file_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label("noCameraTitle", 1.5)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.retrying = QLabel()
        self.open_button = QPushButton()
        self.retry_button = QPushButton()
        self.open_button.clicked.connect(self.open_file_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        for label in (self.title, self.detail, self.retrying):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addStretch()
        self._what = ""
        self._camera = True
        self.retranslate()

    def set_problem(self, what: str, detail: str = "", camera: bool = True) -> None:
        """Say what went wrong.

        Args:
            what: what could not be opened (a file name; "" for the camera).
            detail: the technical reason, shown as a tooltip.
            camera: the camera is missing (retried); False for a file or model problem.
        """
        self._what = what
        self._camera = camera
        self.detail.setToolTip(detail)
        self.retranslate()

    def retranslate(self) -> None:
        """Refresh every text for the current language."""
        if self._camera:
            self.title.setText(self.tr("No camera"))
            self.detail.setText(
                self.tr(
                    "No camera was found, or it was lost. Check that it is plugged in, "
                    "allowed in the system's privacy settings and not used by another app."
                )
            )
        else:
            self.title.setText(self.tr("Nothing to show"))
            self.detail.setText(self.tr("This could not be opened: {what}").format(what=self._what))
        self.retrying.setText(self.tr("Trying again in the background…") if self._camera else "")
        self.retrying.setVisible(self._camera)
        self.open_button.setText(self.tr("Open a video or photo…"))
        self.retry_button.setText(self.tr("Try again now"))
