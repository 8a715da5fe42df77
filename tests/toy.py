"""A deterministic toy language pair for tests: learnable by a tiny model in about a minute.

The "source" is made of English-like words; the "target" translates each word through a fixed
dictionary and puts the adjective after the noun, so a model must learn a lexicon and a
reordering, not just copy.
"""

from __future__ import annotations

import random
from pathlib import Path

NOUNS = {
    "cat": "kato",
    "dog": "hundo",
    "house": "domo",
    "tree": "arbo",
    "bird": "birdo",
    "car": "auto",
    "book": "libro",
    "river": "rivero",
    "child": "infano",
    "city": "urbo",
}
ADJECTIVES = {
    "big": "granda",
    "small": "malgranda",
    "red": "ruga",
    "green": "verda",
    "old": "malnova",
    "new": "nova",
    "happy": "felica",
    "quiet": "trankvila",
}
VERBS = {
    "sees": "vidas",
    "likes": "satas",
    "finds": "trovas",
    "follows": "sekvas",
    "has": "havas",
}
DETERMINERS = {"the": "la", "a": "unu"}


def _phrase(rng: random.Random) -> tuple[list[str], list[str]]:
    det = rng.choice(list(DETERMINERS))
    noun = rng.choice(list(NOUNS))
    if rng.random() < 0.6:
        adj = rng.choice(list(ADJECTIVES))
        return [det, adj, noun], [DETERMINERS[det], NOUNS[noun], ADJECTIVES[adj]]
    return [det, noun], [DETERMINERS[det], NOUNS[noun]]


def toy_pair(rng: random.Random) -> tuple[str, str]:
    """One sentence pair: subject phrase, verb, object phrase."""
    subject_src, subject_tgt = _phrase(rng)
    verb = rng.choice(list(VERBS))
    object_src, object_tgt = _phrase(rng)
    source = " ".join([*subject_src, verb, *object_src])
    target = " ".join([*subject_tgt, VERBS[verb], *object_tgt])
    return source, target


def toy_pairs(count: int, seed: int = 0) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [toy_pair(rng) for _ in range(count)]


def write_moses(folder: Path, stem: str, pairs: list[tuple[str, str]], src="en", tgt="eo") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.{src}").write_text("".join(s + "\n" for s, _ in pairs), encoding="utf-8")
    (folder / f"{stem}.{tgt}").write_text("".join(t + "\n" for _, t in pairs), encoding="utf-8")


def write_toy_corpus(folder: Path, train: int = 3000, valid: int = 100) -> Path:
    """A Moses-style en/eo toy corpus with a dev set; returns the folder."""
    write_moses(folder, "train", toy_pairs(train, seed=1))
    write_moses(folder, "dev", toy_pairs(valid, seed=2))
    return folder
