"""QtCore glue between the Qt-free core and the widgets: worker threads, pools, services.

Importing the package applies :func:`facemood.bridge.qtfix.guard` (a safety net for a
PySide6 release that corrupts reference counts on Python 3.11).
"""

from facemood.bridge.qtfix import guard as _guard

_guard()
