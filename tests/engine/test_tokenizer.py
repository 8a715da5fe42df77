"""Sentencepiece: learned from the corpus, saved with the model, exact round trips."""

import pytest

from s2s_desktop.engine.config import BOS_ID, EOS_ID, PAD_ID, UNK_ID
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.tokenizer import Tokenizer, train_tokenizer
from tests.toy import toy_pairs

SENTENCES = [s for s, _ in toy_pairs(2000)] + ["Ünïcode, façade — naïve café!"] * 50


def test_round_trip_and_special_ids(tmp_path):
    tokenizer = train_tokenizer(SENTENCES, 120)
    text = ["the big cat sees a quiet river", "Ünïcode, façade — naïve café!"]
    ids = tokenizer.encode(text)
    assert tokenizer.decode(ids) == text
    assert all(i > EOS_ID for row in ids for i in row)  # specials never come from text
    sp = tokenizer.sp
    assert (sp.pad_id(), sp.unk_id(), sp.bos_id(), sp.eos_id()) == (PAD_ID, UNK_ID, BOS_ID, EOS_ID)
    path = tmp_path / "source.model"
    tokenizer.save(path)
    assert Tokenizer.load(path).encode(text) == ids


def test_vocabulary_size_is_a_soft_limit_on_small_corpora():
    tokenizer = train_tokenizer(SENTENCES, 8000)
    assert 40 < tokenizer.vocab_size < 8000
    assert tokenizer.decode(tokenizer.encode(["a red dog"])) == ["a red dog"]


def test_vocabulary_too_small_for_the_alphabet_says_what_to_choose():
    with pytest.raises(UserError, match="at least"):
        train_tokenizer(SENTENCES, 10)


def test_damaged_tokenizer_file_is_a_user_error(tmp_path):
    path = tmp_path / "source.model"
    path.write_bytes(b"not a model")
    with pytest.raises(UserError):
        Tokenizer.load(path)
