"""Audio mood estimation: decode an excerpt, measure features, estimate a mood. No Qt.

* :mod:`.decode` - :class:`~.decode.Decoder`: 30 s from the middle of a track, mono,
  about 11 kHz, through libsndfile or (M4A, WMA, ...) libVLC;
* :mod:`.features` - :func:`~.features.extract_features` (numpy only): loudness, flux,
  onset rate, tempo, centroid, flatness, key and mode, and the
  :mod:`.descriptors` vector (MFCC, spectral contrast, modulation, chroma, rhythm,
  dynamics statistics) the learnt model reads;
* :mod:`.estimate` - :func:`~.estimate.estimate_library`: arousal, valence, one of the
  five moods and a confidence, from the learnt :mod:`.model` and the mood rule of
  :mod:`.moods` (the first version's rule estimator is the fallback);
* :mod:`.store` - :class:`~.store.AudioStore`: the results cached in the library
  index's SQLite file by (mtime, size);
* :mod:`.worker` - :class:`~.worker.BackgroundAnalysis`: a low-priority background
  process, cancellable and resumable, with progress per file.

:mod:`facemood.library.audio_moods` applies the estimates to a library scan.
"""
