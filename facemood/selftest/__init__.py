"""The self-test: ``facemood --self-test`` (or ``facemood self-test``).

A headless check that the installed or frozen app can do its whole job: load the emotion
model, read the bundled sample photos and see the expected expressions, scan the demo
library, play a second of music through libVLC's ``dummy`` output, and start Qt offscreen
with the plugins the window needs. It prints a report and exits 0 only when every check
that should work did. The PyInstaller bundle runs it as its smoke test (``make bundle``,
CI). :mod:`facemood.selftest.report` holds the result types, :mod:`.checks` the checks
(the one place that reaches into the other areas), :mod:`.qt` the Qt check.
"""
