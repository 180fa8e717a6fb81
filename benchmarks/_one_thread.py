"""Imported first by a benchmark: numpy's BLAS gets one thread, as in the analysis process.

The audio analysis process sets the same variables before it loads numpy
(:data:`facemood.audio.worker.ONE_THREAD_ENV`), so "CPU time on one core" measured in
the benchmark's own process is what the app spends.
"""

from __future__ import annotations

import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"
