"""FaceMood: plays music from your own library that fits the mood your face shows."""

import os

__version__ = "0.1.0"

# OpenCV reads these when it is loaded (the first one) or first opens a video, so they
# are set before any module imports cv2; a value the user set is kept.
# - Its own decoding limit, the same as facemood.vision.sources.MAX_IMAGE_PIXELS, so
#   content whose header FaceMood cannot read is still bounded while it decodes.
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", "100000000")
# - FFmpeg's messages about damaged frames would reach the terminal; the video source
#   counts the frames that do not decode and reports them itself.
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")
