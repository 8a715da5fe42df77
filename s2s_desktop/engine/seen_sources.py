"""A sample of the source sentences a model was trained on, kept in its ``training/`` folder,
so that scoring it on a test set that repeats them can say so: a score on sentences the model
learned measures its memory, not its translation.

A sentence is known by 8 bytes of a hash of its text (Unicode-normalised, spaces collapsed).
Of a large corpus only the sentences whose hash is a multiple of ``stride`` are kept (at most
about 65,536 of them, 512 KiB); a test set's sentences are sampled the same way, so the share
of them found among the kept ones estimates the share of the whole test set. Like the
validation pairs, the file stays out of an exported model: a hash still tells whether a given
sentence was in the user's data.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from s2s_desktop.engine.atomic_files import atomic_write_bytes
from s2s_desktop.engine.model_files import TRAINING_DIR

SEEN_FILE = "seen_sources.bin"  # inside TRAINING_DIR
_MAGIC = b"S2SSEEN1"
_MAX_KEPT = 1 << 16


def sentence_hash(text: str) -> int:
    """The 64-bit hash a sentence is known by: the same for text that differs only in Unicode
    form or spacing."""
    normal = " ".join(unicodedata.normalize("NFKC", text).split())
    return int.from_bytes(hashlib.blake2b(normal.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass(frozen=True)
class Overlap:
    """How much of a test set a model was trained on: ``found`` of the ``looked`` sampled
    sentences; ``share`` estimates the whole set's (exact where the model kept every hash)."""

    found: int
    looked: int
    exact: bool

    @property
    def share(self) -> float:
        return self.found / self.looked if self.looked else 0.0


class SeenSources:
    """The hashes of a sample of training sources (those whose hash is a multiple of
    ``stride``)."""

    def __init__(self, stride: int, hashes: Iterable[int] = ()) -> None:
        self.stride = stride
        self.hashes = set(hashes)

    @classmethod
    def for_pairs(cls, pairs: int) -> SeenSources:
        """An empty sample sized for a corpus of about ``pairs`` pairs: the smallest power-of-two
        stride that keeps it near ``_MAX_KEPT`` hashes."""
        stride = 1
        while pairs > stride * _MAX_KEPT:
            stride *= 2
        return cls(stride)

    def add(self, source: str) -> None:
        """Keep the hash of a training source, where it falls in the sample."""
        value = sentence_hash(source)
        if value % self.stride == 0:
            self.hashes.add(value)

    def overlap(self, sources: Iterable[str]) -> Overlap:
        """How many of ``sources`` (a test set's) fall in the sample, and how many of those
        were kept (trained on)."""
        looked = found = 0
        for source in sources:
            value = sentence_hash(source)
            if value % self.stride == 0:
                looked += 1
                found += value in self.hashes
        return Overlap(found, looked, self.stride == 1)

    def to_bytes(self) -> bytes:
        values = array("Q", sorted(self.hashes))
        header = array("Q", [self.stride])
        if sys.byteorder == "big":
            values.byteswap()
            header.byteswap()
        return _MAGIC + header.tobytes() + values.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> SeenSources | None:
        """The sample ``data`` holds; None where it is not one (damaged or of another kind)."""
        body = data[len(_MAGIC) :]
        if not data.startswith(_MAGIC) or len(body) < 8 or len(body) % 8:
            return None
        values = array("Q")
        values.frombytes(body)
        if sys.byteorder == "big":
            values.byteswap()
        stride = values[0]
        return cls(stride, values[1:]) if stride >= 1 else None


def keep_seen(folder: Path, seen: SeenSources) -> None:
    """Keep a run's sample with the model in ``folder``; once, when the run starts (a resume
    reads the same data)."""
    path = folder / TRAINING_DIR / SEEN_FILE
    if not path.exists():
        atomic_write_bytes(path, seen.to_bytes())


def read_seen(folder: Path) -> SeenSources | None:
    """The sample kept with the model in ``folder``; None for a model that has none (trained
    before they were kept, imported, or exported and imported again)."""
    try:
        data = (folder / TRAINING_DIR / SEEN_FILE).read_bytes()
    except OSError:
        return None
    return SeenSources.from_bytes(data)
