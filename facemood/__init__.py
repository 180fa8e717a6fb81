"""FaceMood: plays music from your own library that fits the mood your face shows."""

__version__ = "0.1.0"
