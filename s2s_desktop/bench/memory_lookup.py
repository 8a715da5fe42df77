"""Translation-memory lookup speed on a memory of a million pairs, and how fast one is indexed.

The memory is built from the bench's generated sentences the way real memories look: a quarter
are distinct sentences, the rest variants of them (a word or three replaced, dropped or added, or
the halves of two sentences joined), so a query has many near neighbours and the full-text index
long candidate lists, as in a memory of manuals or software strings. The queries are stored
sentences with a word or two edited, stored sentences as they are, the first words of stored
sentences (as while typing) and unseen sentences from the same vocabulary.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

from s2s_desktop.bench.synthetic import synthetic_pairs
from s2s_desktop.engine.translation_memory import TranslationMemory

DISTINCT_SHARE = 0.25  # the rest of the memory are variants of these sentences
UNSEEN = 50


@dataclass(frozen=True)
class MemoryQuery:
    """One lookup of the bench; ``expected`` is the stored sentence it was made from, if any."""

    text: str
    kind: str  # "edited", "exact", "prefix" or "unseen"
    expected: str | None


@dataclass(frozen=True)
class MemoryCorpus:
    """The pairs to index (distinct sentences first), and sentences the memory never sees."""

    pairs: list[tuple[str, str]]
    distinct: int
    unseen: list[str]


def memory_corpus(count: int, seed: int = 0) -> MemoryCorpus:
    """``count`` pairs: distinct generated ones, then variants of them; the same for a seed."""
    distinct = max(1, int(count * DISTINCT_SHARE))
    generated = synthetic_pairs(distinct + UNSEEN, seed)
    base, unseen = generated[:distinct], [source for source, _ in generated[distinct:]]
    rng = random.Random(seed)
    split = [(source.split(), target.split()) for source, target in base]
    pairs = list(base)
    for _ in range(count - distinct):
        source, target = split[rng.randrange(distinct)]
        if rng.random() < 0.1:
            other_source, other_target = split[rng.randrange(distinct)]
            source = source[: len(source) // 2] + other_source[len(other_source) // 2 :]
            target = target[: len(target) // 2] + other_target[len(other_target) // 2 :]
        edits = rng.randint(1, 3)
        source = _edited(source, edits, rng, lambda: _any_word(split, rng, 0))
        target = _edited(target, edits, rng, lambda: _any_word(split, rng, 1))
        pairs.append((_sentence(source), _sentence(target)))
    return MemoryCorpus(pairs, distinct, unseen)


def memory_queries(corpus: MemoryCorpus, count: int, seed: int = 1) -> list[MemoryQuery]:
    """``count`` queries: 45 % edited, 20 % exact, 15 % prefixes, 20 % unseen sentences."""
    rng = random.Random(seed)
    split = [source.split() for source, _ in corpus.pairs[: corpus.distinct]]
    queries: list[MemoryQuery] = []
    for index in range(count):
        share = index / count
        stored = corpus.pairs[rng.randrange(corpus.distinct)][0]
        words = stored.split()
        if share < 0.45:
            edited = _edited(words, rng.randint(1, 2), rng, lambda: rng.choice(rng.choice(split)))
            queries.append(MemoryQuery(_sentence(edited), "edited", stored))
        elif share < 0.65:
            queries.append(MemoryQuery(stored, "exact", stored))
        elif share < 0.8:
            prefix = " ".join(words[: max(2, (len(words) * 2) // 3)])
            queries.append(MemoryQuery(prefix, "prefix", None))
        else:
            queries.append(MemoryQuery(rng.choice(corpus.unseen), "unseen", None))
    return queries


def measure_memory(pairs: int, queries: int = 200) -> dict[str, float]:
    """``memory_lookup_ms_p50``/``_p75`` over the queries, ``memory_index_pairs_per_s`` and
    ``memory_pairs``; ``memory_recall`` (a note): the share of edited and exact queries whose
    first match is at least as close as the sentence they were made from."""
    corpus = memory_corpus(pairs)
    asked = memory_queries(corpus, queries)
    with tempfile.TemporaryDirectory(prefix="s2s-bench-memory-") as folder:
        memory = TranslationMemory("xx", "yy", root=Path(folder))
        start = time.perf_counter()
        report = memory.add_pairs(corpus.pairs, "bench")
        index_seconds = time.perf_counter() - start
        for query in asked[:10]:  # warm the page cache, as a memory in use is
            memory.lookup(query.text)
        milliseconds, found, expected = [], 0, 0
        for query in asked:
            start = time.perf_counter()
            matches = memory.lookup(query.text)
            milliseconds.append((time.perf_counter() - start) * 1000)
            if query.expected is not None and fuzz.ratio(query.text, query.expected) >= 70:
                expected += 1
                best = matches[0].score if matches else -1
                found += best >= int(fuzz.ratio(query.text, query.expected))
        stored = memory.count()
        memory.close()
    return {
        "memory_lookup_ms_p50": float(np.percentile(milliseconds, 50)),
        "memory_lookup_ms_p75": float(np.percentile(milliseconds, 75)),
        "memory_index_pairs_per_s": report.read / index_seconds,
        "memory_pairs": float(stored),
        "memory_recall": found / max(expected, 1),
    }


def _edited(
    words: list[str], edits: int, rng: random.Random, new_word: Callable[[], str]
) -> list[str]:
    """``words`` with ``edits`` words replaced, dropped or added at random places."""
    words = [word.rstrip(".").lower() for word in words]
    for _ in range(edits):
        roll = rng.random()
        if roll < 0.5 and words:
            words[rng.randrange(len(words))] = new_word()
        elif roll < 0.75 and len(words) > 3:
            del words[rng.randrange(len(words))]
        else:
            words.insert(rng.randrange(len(words) + 1), new_word())
    return words


def _any_word(split: list[tuple[list[str], list[str]]], rng: random.Random, side: int) -> str:
    """A word as frequent as the corpus makes it: a random word of a random sentence."""
    return rng.choice(split[rng.randrange(len(split))][side]).rstrip(".").lower()


def _sentence(words: list[str]) -> str:
    return " ".join(words).rstrip(".").capitalize() + "."
