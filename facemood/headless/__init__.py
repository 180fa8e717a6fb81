"""``facemood run --headless``: the whole loop without a window.

source → vision pipeline → mood engine → :class:`~facemood.session.MusicSession` → player,
reporting moods, tracks and errors as they happen (:mod:`.runner`); the subcommand lives
in :mod:`.commands`.
"""
