"""Fixtures the engine's training tests share."""

import pytest

from tests.toy import toy_pairs, write_moses


@pytest.fixture
def small_corpus(tmp_path):
    """300 toy training pairs and 20 validation pairs: a run of a few seconds."""
    folder = tmp_path / "corpus"
    write_moses(folder, "train", toy_pairs(300, seed=4))
    write_moses(folder, "dev", toy_pairs(20, seed=5))
    return folder
