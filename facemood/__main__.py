"""``python -m facemood`` entry point."""

import sys

from facemood.cli import main

sys.exit(main())
