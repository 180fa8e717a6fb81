"""Lower the OS scheduling priority of the calling worker thread.

Background work (the library scan, inference) must never take the CPU from the GUI
thread on a busy machine. On Linux a thread is a task with its own nice value, so the
worker raises its own; elsewhere Qt's thread priority does the same job.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

from PySide6.QtCore import QThread

log = logging.getLogger("facemood.bridge")


def lower_current_thread_priority(nice: int) -> None:
    """Make the calling thread ``nice`` steps nicer (Linux) or low priority (elsewhere)."""
    if sys.platform.startswith("linux") and hasattr(os, "setpriority"):
        tid = threading.get_native_id()
        try:
            current = os.getpriority(os.PRIO_PROCESS, tid)
            os.setpriority(os.PRIO_PROCESS, tid, min(19, current + nice))
        except OSError:
            log.debug("could not lower the priority of thread %d", tid, exc_info=True)
        return
    thread = QThread.currentThread()
    if thread is not None:
        thread.setPriority(QThread.Priority.LowPriority)
