"""``python -m facemood`` entry point (also the PyInstaller bundle's)."""

import multiprocessing
import sys

from facemood.cli import main

if __name__ == "__main__":
    # In a frozen bundle the audio analysis process is this executable started again;
    # freeze_support() runs it as that process instead of as the app.
    multiprocessing.freeze_support()
    sys.exit(main())
