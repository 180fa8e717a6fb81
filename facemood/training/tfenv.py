"""TensorFlow's process environment; must take effect before TensorFlow is imported."""

import os


def prepare_tensorflow_env() -> None:
    """Set oneDNN and logging options for TensorFlow.

    TensorFlow 2.20/2.21 training segfaults ("double free") on AVX-512 CPUs with oneDNN's
    defaults; capping oneDNN at AVX2 fixes it at full speed.
    """
    os.environ.setdefault("ONEDNN_MAX_CPU_ISA", "AVX2")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
