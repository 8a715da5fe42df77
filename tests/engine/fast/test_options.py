"""The speed paths with the options imported OPUS-MT models use (sinusoidal positions, swish or
GELU, unscaled embeddings, tied embeddings over a joint list of pieces): the cached step decoder
and CTranslate2 decode as model.py's decoder does."""

from __future__ import annotations

import pytest
import torch

from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import EOS_ID, preset_config
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.search import beam_search, greedy_decode, max_output_lengths
from s2s_desktop.engine.tokenizer import Tokenizer, train_tokenizer, with_pieces
from tests.toy import toy_pairs

VOCAB = 300
# Each with a bias on EOS under which some sentences end at once or early, others run into the
# length limit (random weights repeat themselves).
OPTIONS = [
    ({"activation": "swish"}, 2.5),
    ({"activation": "gelu", "scale_embeddings": False}, 2.9),
]


def model_with(options: dict, eos_bias: float) -> Seq2Seq:
    config = preset_config(
        "tiny",
        src_vocab_size=VOCAB,
        tgt_vocab_size=VOCAB,
        joint_vocab=True,
        tied_embeddings=True,
        positions="sinusoidal",
        max_positions=64,
        **options,
    )
    torch.manual_seed(5)
    model = Seq2Seq(config).eval()
    with torch.no_grad():  # random layer norms and biases too: a mix-up shows
        for name, parameter in model.named_parameters():
            if parameter.dim() == 1:
                parameter.normal_(1.0 if "norm.weight" in name else 0.0, 0.2)
        model.decoder.fc_out.bias[EOS_ID] += eos_bias
    return model


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    """A tokenizer with its own list of pieces (as an imported model's), VOCAB of them."""
    learned = train_tokenizer([s for s, _ in toy_pairs(300, seed=2)], 60)
    pieces = ["<pad>", "<unk>", "<s>", "</s>"] + [f"p{i}" for i in range(4, VOCAB)]
    pieces[4 : 4 + learned.vocab_size - 4] = learned.id_to_piece(range(4, learned.vocab_size))
    return Tokenizer(with_pieces(learned.proto, pieces))


def sources() -> torch.Tensor:
    rows = [[(7 * i + 3 * j) % (VOCAB - 4) + 4 for j in range(3 + i % 6)] for i in range(12)]
    return pad_rows([[*row, EOS_ID] for row in rows])


@pytest.mark.parametrize(("options", "eos_bias"), OPTIONS)
def test_the_step_decoder_decodes_as_model_py(options, eos_bias):
    model = model_with(options, eos_bias)
    src = sources()
    cached = greedy_decode(model, src, need_attention=True)
    reference = greedy_decode(model, src, use_cache=False, need_attention=True)
    assert [h.tokens for h in cached] == [h.tokens for h in reference]
    for fast, slow in zip(cached, reference):
        assert fast.score == pytest.approx(slow.score, abs=1e-4)
        torch.testing.assert_close(fast.attention, slow.attention)
    assert len(beam_search(model, src, 3)) == len(src)


@pytest.mark.parametrize(("options", "eos_bias"), OPTIONS)
def test_ctranslate2_decodes_as_our_decoder(options, eos_bias, tokenizer):
    pytest.importorskip("ctranslate2")
    from s2s_desktop.engine.fast import ctranslate

    model = model_with(options, eos_bias)
    src = sources()
    pieces = [[i for i in row if i not in (0, EOS_ID)] for row in src.tolist()]
    fast = ctranslate.FastDecoder(model, tokenizer, tokenizer, "float32")
    ours = greedy_decode(model, src)
    theirs = fast.decode(pieces)
    assert [h.tokens for h in theirs] == [h.tokens for h in ours]
    limits = max_output_lengths(src, model.config.max_positions).tolist()
    ended = [(m, o) for m, o, limit in zip(ours, theirs, limits) if len(m.tokens) < limit - 1]
    assert 0 < len(ended) < len(ours)
    # (At the limit we force EOS, CTranslate2 stops without it: their scores differ there.)
    for mine, other in ended:
        assert other.score == pytest.approx(mine.score, abs=1e-3)


def test_a_tokenizer_with_its_own_pieces(tokenizer):
    text = "the big cat sees a dog"
    ids = tokenizer.encode([text])[0]
    assert ids and all(4 <= i < VOCAB for i in ids)
    assert tokenizer.decode([[2, *ids, EOS_ID, 0]]) == [text]
    assert tokenizer.vocab_size == VOCAB
    assert tokenizer.encode([">>eo<< the cat"])[0][0] == 1  # a language code: one piece (unk)
    assert Tokenizer(tokenizer.proto).pieces == tokenizer.pieces  # its file is all it needs
