"""Generated parallel text with realistic sentence lengths, so the bench needs no download.

Two made-up languages with Zipf-distributed vocabularies of a few thousand words built from
syllables; each target sentence translates its source word by word through a fixed lexicon, with
a word dropped or added now and then. Sentence lengths in words follow a log-normal law (median
about 17 words, a long tail to 80), close to news and parliament corpora; with the tutorial's
512-piece vocabularies that is about 35 pieces per side on average.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["an", "en", "or", "ul", "is"]


def _lexicon(rng: np.random.Generator, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        count = int(rng.integers(1, 5))
        words.add("".join(rng.choice(_SYLLABLES, size=count)))
    return sorted(words)


def sentence_lengths(rng: np.random.Generator, count: int) -> np.ndarray:
    """Lengths in words: log-normal, median 17, clipped to 2..80."""
    return np.clip(np.rint(rng.lognormal(np.log(17.0), 0.55, size=count)), 2, 80).astype(int)


def synthetic_pairs(count: int, seed: int = 0, vocabulary: int = 4000) -> list[tuple[str, str]]:
    """``count`` (source, target) sentence pairs, the same for the same arguments."""
    rng = np.random.default_rng(seed)
    source_words = _lexicon(rng, vocabulary)
    target_words = _lexicon(rng, vocabulary)
    mapping = rng.permutation(vocabulary)
    ranks = np.arange(1, vocabulary + 1)
    weights = 1.0 / ranks
    weights /= weights.sum()
    lengths = sentence_lengths(rng, count)
    all_ids = rng.choice(vocabulary, size=int(lengths.sum()), p=weights)
    ends = np.cumsum(lengths)
    pairs = []
    for end, length in zip(ends, lengths):
        ids = all_ids[end - length : end]
        target_ids = [int(mapping[i]) for i in ids]
        if len(target_ids) > 3 and rng.random() < 0.3:
            del target_ids[int(rng.integers(len(target_ids)))]
        if rng.random() < 0.3:
            target_ids.insert(int(rng.integers(len(target_ids) + 1)), int(rng.integers(50)))
        source = " ".join(source_words[i] for i in ids).capitalize() + "."
        target = " ".join(target_words[i] for i in target_ids).capitalize() + "."
        pairs.append((source, target))
    return pairs


def write_corpus(folder: Path, train: int, valid: int, seed: int = 0) -> Path:
    """A Moses-style folder (``train.xx``/``train.yy``, ``dev.*``) for the window to train on."""
    folder.mkdir(parents=True, exist_ok=True)
    pairs = synthetic_pairs(train + valid, seed)
    for stem, part in (("train", pairs[:train]), ("dev", pairs[train:])):
        for index, lang in ((0, "xx"), (1, "yy")):
            text = "".join(pair[index] + "\n" for pair in part)
            (folder / f"{stem}.{lang}").write_text(text, encoding="utf-8")
    return folder
