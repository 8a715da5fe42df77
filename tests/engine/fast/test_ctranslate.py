"""Translation through CTranslate2: the same outputs as our decoder at float32, int8 by default,
and our decoder wherever CTranslate2 cannot serve (attention, turned off, not installed)."""

import pytest
import torch

from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import EOS_ID
from s2s_desktop.engine.fast import ctranslate
from s2s_desktop.engine.model_files import load_model_files
from s2s_desktop.engine.search import beam_search, greedy_decode
from s2s_desktop.engine.translator import Translator
from tests.toy import toy_pairs

pytest.importorskip("ctranslate2")


@pytest.fixture(scope="module")
def loaded(trained_toy_model):
    return load_model_files(trained_toy_model.model_dir, "cpu")


def sources(loaded, count=60):
    lines = [source for source, _ in toy_pairs(count, seed=5)]
    return lines, loaded.source_tokenizer.encode(lines)


def test_float32_decodes_exactly_as_our_greedy_decoder(loaded):
    _, pieces = sources(loaded)
    fast = ctranslate.FastDecoder(
        loaded.model, loaded.source_tokenizer, loaded.target_tokenizer, "float32"
    )
    src = pad_rows([[*ids, EOS_ID] for ids in pieces])
    ours = greedy_decode(loaded.model, src)
    theirs = fast.decode(pieces)
    assert [h.tokens for h in theirs] == [h.tokens for h in ours]
    for mine, other in zip(ours, theirs):
        assert other.score == pytest.approx(mine.score, abs=1e-3)


def test_output_limits_match_our_decoder(loaded):
    _, pieces = sources(loaded, 8)
    fast = ctranslate.FastDecoder(
        loaded.model, loaded.source_tokenizer, loaded.target_tokenizer, "float32"
    )
    capped = fast.decode(pieces, max_lengths=[3] * len(pieces))
    assert all(len(h.tokens) <= 2 for h in capped)  # EOS counts towards the limit


def test_the_translator_uses_int8_on_the_cpu_and_still_translates_the_toy_language(loaded):
    threads = torch.get_num_threads()
    translator = Translator(loaded)
    assert translator.fast is not None
    assert torch.get_num_threads() == threads  # a training run keeps its threads
    for source, target in toy_pairs(20, seed=1):  # training pairs: the model knows them
        assert translator.translate([source]) == [target]
    detailed = translator.translate_detailed(toy_pairs(1, seed=1)[0][0])
    assert detailed[0].attention is not None  # the attention view still uses our decoder
    lines, pieces = sources(loaded, 10)
    src = pad_rows([[*ids, EOS_ID] for ids in pieces])
    beam = loaded.target_tokenizer.decode([h.tokens for h in beam_search(loaded.model, src, 4)])
    assert translator.translate(lines, beam=4, split=False) == beam  # ours, not CTranslate2's


def test_our_decoder_when_ctranslate2_is_turned_off(loaded, monkeypatch):
    monkeypatch.setenv(ctranslate.BACKEND_VARIABLE, "torch")
    translator = Translator(loaded)
    assert translator.fast is None
    lines, _ = sources(loaded, 10)
    assert translator.translate(lines) == Translator(loaded, compute_type="float32").translate(
        lines
    )


def test_a_tied_model_decodes_exactly_as_our_decoder(loaded):
    from dataclasses import replace

    from s2s_desktop.engine.model import Seq2Seq

    config = replace(
        loaded.model.config,
        tgt_vocab_size=loaded.model.config.src_vocab_size,
        shared_vocab=True,
        tied_embeddings=True,
    )
    torch.manual_seed(3)
    model = Seq2Seq(config).eval()
    tokenizer = loaded.source_tokenizer  # one vocabulary for both sides
    _, pieces = sources(loaded, 12)
    fast = ctranslate.FastDecoder(model, tokenizer, tokenizer, "float32")
    src = pad_rows([[*ids, EOS_ID] for ids in pieces])
    limits = [12] * len(pieces)
    ours = greedy_decode(model, src, max_lengths=torch.tensor(limits))
    assert [h.tokens for h in fast.decode(pieces, limits)] == [h.tokens for h in ours]
