"""Crafted files for the safety tests: pickles that would run code if anything unpickled them."""

from __future__ import annotations

import io
import os
import pickle
from pathlib import Path


class WritesAMarker:
    """A pickle payload: unpickling it calls os.system, which would create the marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def pickled_payloads(marker: Path) -> dict[str, bytes]:
    """The same payload as a plain pickle and as a torch checkpoint (a zip holding a pickle)."""
    import torch

    buffer = io.BytesIO()
    torch.save({"model": WritesAMarker(marker)}, buffer)
    return {"pickle": pickle.dumps(WritesAMarker(marker)), "torch": buffer.getvalue()}
