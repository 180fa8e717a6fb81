"""The command layer's subcommands, one module each; importing the package registers them
with :mod:`facemood.cli` (which discovers ``facemood.<area>.commands``).

* :mod:`~facemood.app.commands.analyze`: faces and mood in a camera, video or photos.
* :mod:`~facemood.app.commands.bench`: per-stage timings and sustained fps.
* :mod:`~facemood.app.commands.teach`: ``facemood calibrate``, teach it the user's face.
* :mod:`~facemood.app.commands.library`: scan, tag, export playlists.
"""

from facemood.app.commands import analyze, bench, library, teach

__all__ = ["analyze", "bench", "library", "teach"]
