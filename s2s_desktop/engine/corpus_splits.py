"""Which split a corpus file belongs to, from its name and its folders' names: training,
validation (dev.en, valid/) or test (newstest2014); ``corpus`` asks."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

Split = Literal["train", "valid", "test"]

VALID_WORDS = frozenset({"valid", "validation", "dev", "devel", "development", "val", "tune"})
TEST_WORDS = frozenset({"test", "tst", "eval"})
TRAIN_WORDS = frozenset({"train", "training"})
_SPLIT_WORDS: tuple[tuple[Split, frozenset[str]], ...] = (
    ("test", TEST_WORDS),
    ("valid", VALID_WORDS),
    ("train", TRAIN_WORDS),
)


def split_of(relative: Path) -> Split:
    """Which split a file belongs to (dev.en -> valid); :func:`split_reason` says why."""
    return split_reason(relative)[0]


def split_reason(relative: Path) -> tuple[Split, str, bool]:
    """A file's split, the word that decided it ("" for plain training data), and whether that
    word is the name of one of its folders rather than a word of its own name.

    The file's own name decides first: any split word in it counts, test before validation before
    train (WMT-style names too: newstest2014 is a test set, newsdev2016 a validation set;
    fine-tune data is training data). Else the nearest folder whose whole name is a split word
    (dev/, valid/, test/, train/) decides; words inside longer folder names (legal-fine-tune/,
    best-eval-set/, my-dev-work/) say nothing.
    """
    *folders, name = relative.parts
    words = [_split_word(word) for word in re.split(r"[._-]", name.lower())]
    words = [
        word
        for before, word in zip(["", *words], words, strict=False)
        if not (word == "tune" and before == "fine")
    ]
    for split, group in _SPLIT_WORDS:
        for word in words:
            if word in group:
                return split, word, False
    for folder in reversed(folders):
        word = _split_word(folder.lower())
        for split, group in _SPLIT_WORDS:
            if word in group:
                return split, folder, True
    return "train", "", False


def _split_word(word: str) -> str:
    """newstest2014 -> test, dev2010 -> dev: the word without WMT's prefix and year."""
    return re.sub(r"^news|\d+$", "", word)
