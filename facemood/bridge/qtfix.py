"""Guard against PySide6 6.12.0's reference-count bug on Python 3.11.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a PySide6 method
that returns nothing (``QPainter.fillRect``, ``QLabel.setText``, ...) drops one reference
to ``None`` it never took, and some calls do the same to ``True``. The window makes
thousands of such calls a second, so within minutes the count reaches zero and Python
aborts ("Fatal Python error: deallocating None" / "bool_dealloc"). PySide6 6.11.3 does
not have the bug, and on Python 3.12+ these objects are immortal, so it cannot bite.

The proper fix is to avoid that release (pin ``PySide6-Essentials!=6.12.0``).
:func:`guard` is the safety net when it is installed anyway: it *detects* the bug with a
probe and then gives ``None``, ``True`` and ``False`` a reference count so large that no
run can exhaust it, which is what Python 3.12 does for them. Nothing happens when the
probe finds no leak.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger("facemood.bridge")

_PROBE_CALLS = 64
_HEADROOM = 1 << 40
_guarded = False


def leaks_none() -> bool:
    """Whether void PySide6 calls lose references to ``None`` in this process."""
    from PySide6.QtGui import QColor

    colour = QColor(1, 2, 3)
    colour.setAlpha(4)  # warm up
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        colour.setAlpha(4)
    return sys.getrefcount(None) - before <= -_PROBE_CALLS // 2


def guard() -> bool:
    """Apply the safety net if the bug is present; returns whether it was needed."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12):
        return _guarded
    if not leaks_none():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _guarded = True
    import PySide6

    log.warning(
        "PySide6 %s loses references to None on Python %d.%d; applied the safety net. "
        "Install another PySide6 release (not 6.12.0).",
        PySide6.__version__,
        *sys.version_info[:2],
    )
    return True
