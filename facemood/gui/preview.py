"""The live preview (frame + face boxes + emotion label) and the no-camera panel."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from facemood.core.types import FaceResult
from facemood.gui.texts import emotion_name

BOX_COLOUR = QColor("#ffb347")
PRIMARY_COLOUR = QColor("#4cd964")


class PreviewWidget(QWidget):
    """Paints the newest frame scaled to fit, with a box and the top emotion per face."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._faces: tuple[FaceResult, ...] = ()
        self._caption = ""
        self._box_scale = 1.0
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """640 x 480, the usual camera size."""
        return QSize(640, 480)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Tell the capture worker the new size."""
        super().resizeEvent(event)
        ratio = self.devicePixelRatioF()
        self.resized.emit(round(self.width() * ratio), round(self.height() * ratio))

    @property
    def image(self) -> QImage | None:
        """The frame on show."""
        return self._image

    @property
    def faces(self) -> tuple[FaceResult, ...]:
        """The faces drawn on the frame."""
        return self._faces

    resized = Signal(int, int)
    """The drawing area changed size (device pixels): frames should be scaled to it."""

    def show_frame(
        self,
        image: QImage,
        faces: tuple[FaceResult, ...],
        caption: str = "",
        source_width: int | None = None,
    ) -> None:
        """Show ``image`` with boxes for ``faces``; ``caption`` is drawn in the top-left corner.

        Args:
            image: the picture, ideally already scaled to fit (then it is drawn 1:1).
            faces: boxes in the coordinates of the full-size source frame.
            caption: text for the top-left corner.
            source_width: width of the frame the boxes refer to (default: the image's).
        """
        self._image = image
        self._box_scale = image.width() / source_width if source_width else 1.0
        self._faces = faces
        self._caption = caption
        self.update()

    def clear(self) -> None:
        """Show nothing."""
        self._image = None
        self._faces = ()
        self._caption = ""
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw frame, boxes and labels."""
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#1e1e24"))
        image = self._image
        if image is None or image.isNull():
            p.setPen(QColor("#aaaaaa"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No picture yet"))
            p.end()
            return
        ratio = self.devicePixelRatioF()
        iw, ih = image.width() / ratio, image.height() / ratio
        if (
            iw <= self.width() + 1
            and ih <= self.height() + 1
            and max(self.width() - iw, self.height() - ih) <= 2
        ):
            scale = 1.0 / ratio  # pre-scaled by the worker: a plain copy, no resampling
        else:
            scale = min(self.width() / image.width(), self.height() / image.height())
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        w, h = image.width() * scale, image.height() * scale
        x0, y0 = round((self.width() - w) / 2), round((self.height() - h) / 2)
        p.drawImage(QRectF(x0, y0, w, h), image)
        scale *= self._box_scale
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, font.pointSizeF() * 1.1))
        font.setBold(True)
        p.setFont(font)
        for i, face in enumerate(self._faces):
            colour = PRIMARY_COLOUR if i == 0 else BOX_COLOUR
            b = face.box
            rect = QRectF(x0 + b.x * scale, y0 + b.y * scale, b.w * scale, b.h * scale)
            p.setPen(QPen(colour, 2.5))
            p.drawRect(rect)
            top = face.scores.top()
            label = f"{emotion_name(top)} {face.scores[top]:.0%}"
            metrics = p.fontMetrics()
            tw, th = metrics.horizontalAdvance(label) + 8, metrics.height() + 4
            ty = rect.top() - th if rect.top() - th > y0 else rect.bottom()
            p.fillRect(QRectF(rect.left(), ty, tw, th), colour)
            p.setPen(QColor("#101010"))
            p.drawText(QRectF(rect.left() + 4, ty + 2, tw, th), label)
        if self._caption:
            p.setPen(QColor("#ffffff"))
            p.fillRect(
                QRectF(x0, y0, p.fontMetrics().horizontalAdvance(self._caption) + 12, 24),
                QColor(0, 0, 0, 150),
            )
            p.drawText(QRectF(x0 + 6, y0 + 3, w, 22), self._caption)
        p.end()


class NoCameraPanel(QWidget):
    """Shown instead of the preview when there is no camera or it was lost."""

    open_file_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("noCameraTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
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
        self._detail_text = ""
        self._camera = True
        self.retranslate()

    def set_problem(self, detail: str, camera: bool = True) -> None:
        """Say what went wrong; ``camera`` False for a file or model problem (no retry)."""
        self._detail_text = detail
        self._camera = camera
        self.retranslate()

    def retranslate(self) -> None:
        """Refresh every text for the current language."""
        self.title.setText(self.tr("No camera") if self._camera else self.tr("Nothing to show"))
        self.detail.setText(self._detail_text or self.tr("No camera was found, or it was lost."))
        self.retrying.setText(self.tr("Trying again in the background…") if self._camera else "")
        self.retrying.setVisible(self._camera)
        self.open_button.setText(self.tr("Open a video or photo…"))
        self.retry_button.setText(self.tr("Try again now"))
