"""What the window and ``run --headless`` share: the composition root (:mod:`.compose`),
the frame -> mood -> music stage (:mod:`.stage`) and the frame loop (:mod:`.loop`)."""
