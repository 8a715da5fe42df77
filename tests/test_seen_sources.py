"""The sample of training sources a model keeps: which sentences it holds, how it is stored,
and how a test set's share of them is estimated."""

import random

from s2s_desktop.engine.seen_sources import (
    SEEN_FILE,
    SeenSources,
    keep_seen,
    read_seen,
    sentence_hash,
)


def test_a_sentence_is_known_whatever_its_spacing_or_unicode_form():
    assert sentence_hash("Café  au lait ") == sentence_hash("Cafe\u0301 au\tlait")
    assert sentence_hash("Café au lait") != sentence_hash("café au lait")


def test_a_small_corpus_keeps_every_sentence_and_its_share_is_exact():
    seen = SeenSources.for_pairs(1000)
    for number in range(1000):
        seen.add(f"sentence {number}")
    overlap = seen.overlap([f"sentence {n}" for n in range(900, 1100)])
    assert (seen.stride, overlap.found, overlap.looked, overlap.exact) == (1, 100, 200, True)
    assert overlap.share == 0.5


def test_a_large_corpus_keeps_a_sample_that_estimates_the_share():
    seen = SeenSources.for_pairs(1_000_000)
    assert seen.stride == 16
    for number in range(1_000_000):
        seen.add(f"line {number}")
    assert 55_000 < len(seen.hashes) < 70_000  # about a sixteenth
    rng = random.Random(3)
    test = [f"line {rng.randrange(1_000_000)}" for _ in range(2000)]
    test += [f"other {n}" for n in range(2000)]  # half never trained on
    overlap = seen.overlap(test)
    assert not overlap.exact and overlap.looked < 400
    assert 0.35 < overlap.share < 0.65


def test_the_sample_is_kept_once_and_read_back(tmp_path):
    (tmp_path / "training").mkdir()
    assert read_seen(tmp_path) is None  # a model trained before samples were kept
    seen = SeenSources(4, [8, 12, 2**64 - 4])
    keep_seen(tmp_path, seen)
    keep_seen(tmp_path, SeenSources(1, [1]))  # a resume: the run's first sample stays
    again = read_seen(tmp_path)
    assert again is not None and (again.stride, again.hashes) == (4, seen.hashes)
    path = tmp_path / "training" / SEEN_FILE
    path.write_bytes(path.read_bytes()[:-3])  # cut short
    assert read_seen(tmp_path) is None
    path.write_bytes(b"something else entirely")
    assert read_seen(tmp_path) is None
