"""Translation through CTranslate2: the same outputs as our decoder at float32 (greedy, beam
search, n-best lists, alternatives after a prefix, attention), int8 by default, and our decoder
where CTranslate2 is turned off or not installed."""

import copy

import pytest
import torch

from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import EOS_ID, UNK_ID
from s2s_desktop.engine.fast import ctranslate
from s2s_desktop.engine.model_files import load_model_files
from s2s_desktop.engine.search import beam_search, beam_search_nbest, greedy_decode
from s2s_desktop.engine.sentences import continues_word
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


def test_sentences_stopped_each_at_its_own_limit_are_our_decoders(loaded):
    # 20 sentences: several parts over the threads; the callback must find each by its index.
    _, pieces = sources(loaded, 20)
    fast = ctranslate.FastDecoder(
        loaded.model, loaded.source_tokenizer, loaded.target_tokenizer, "float32"
    )
    limits = [2 + index % 5 for index in range(len(pieces))]
    src = pad_rows([[*ids, EOS_ID] for ids in pieces])
    ours = greedy_decode(loaded.model, src, max_lengths=torch.tensor(limits))
    stopped = fast.decode(pieces, max_lengths=limits, stop_each=True)
    assert [h.tokens for h in stopped] == [h.tokens for h in ours]
    assert [len(h.tokens) for h in stopped] == [limit - 1 for limit in limits]


def test_a_large_input_is_cut_into_parts_of_a_few_rows_at_least_two_per_worker(loaded):
    """Small parts decode faster per sentence on a CPU, and a worker done with short sentences
    takes the next part while another finishes a long one (docs/performance.md)."""
    _, pieces = sources(loaded, 60)
    fast = ctranslate.FastDecoder(
        loaded.model, loaded.source_tokenizer, loaded.target_tokenizer, "float32", threads=2
    )
    parts = []
    translate_batch = fast.translator.translate_batch

    def recorded(*args, **options):
        parts.append(options["max_batch_size"])
        return translate_batch(*args, **options)

    fast.translator = type("Recorded", (), {"translate_batch": staticmethod(recorded)})()
    fast.decode(pieces[:16])  # two workers: four parts of 4
    fast.decode(pieces)  # parts of 8 rows
    fast.decode(pieces[:12], beam=4)  # 4 rows a sentence: parts of 2
    fast.decode(pieces[:2], beam=4)  # 8 rows: one part
    fast.decode(pieces[:1])
    assert parts == [4, 8, 2, 0, 0]


def test_the_translator_uses_int8_on_the_cpu_and_still_translates_the_toy_language(loaded):
    threads = torch.get_num_threads()
    translator = Translator(loaded)
    assert translator.fast is not None
    assert torch.get_num_threads() == threads  # a training run keeps its threads
    for source, target in toy_pairs(20, seed=1):  # training pairs: the model knows them
        assert translator.translate([source]) == [target]
    detailed = translator.translate_detailed(toy_pairs(1, seed=1)[0][0], beam=4)
    assert detailed[0].attention.shape == (
        len(detailed[0].target_pieces),
        len(detailed[0].source_pieces),
    )


@pytest.fixture(scope="module")
def exact(loaded):
    """CTranslate2 at float32: what our decoder computes, in another engine."""
    return ctranslate.FastDecoder(
        loaded.model, loaded.source_tokenizer, loaded.target_tokenizer, "float32"
    )


def test_float32_beam_search_and_its_attention_are_ours(loaded, exact):
    _, pieces = sources(loaded, 40)
    src = pad_rows([[*ids, EOS_ID] for ids in pieces])
    ours = beam_search(loaded.model, src, 4, need_attention=True)
    theirs = exact.decode(pieces, need_attention=True, beam=4)
    assert [h.tokens for h in theirs] == [h.tokens for h in ours]
    for mine, other in zip(ours, theirs):
        assert other.score == pytest.approx(mine.score, abs=1e-3)  # sums, not normalised
        width = mine.attention.shape[1]  # ours is as wide as the padded batch
        assert torch.allclose(other.attention, mine.attention[:, : other.attention.shape[1]])
        assert float(mine.attention[:, other.attention.shape[1] : width].sum()) < 1e-5


def test_float32_n_best_lists_agree_with_ours(loaded, exact):
    """The best of each list is ours; further down, the two searches (which stop at different
    moments) may keep different hypotheses, but each list is distinct and best first."""
    _, pieces = sources(loaded, 6)
    src = pad_rows([[*ids, EOS_ID] for ids in pieces])
    ours = beam_search_nbest(loaded.model, src, 4, count=3)
    theirs = exact.decode_nbest(pieces, beam=4, count=3)
    assert [found[0].tokens for found in theirs] == [found[0].tokens for found in ours]
    for found in theirs:
        assert len({tuple(h.tokens) for h in found}) == len(found) == 3
        scores = [h.normalized_score() for h in found]
        assert scores == sorted(scores, reverse=True)


def test_alternatives_after_a_prefix_are_ours(loaded):
    """A click on the second word: the other likeliest words there, each with the rest of the
    sentence decoded after it; CTranslate2 and our decoder agree."""
    sentence = toy_pairs(1, seed=7)[0][0]
    fast = Translator(loaded, compute_type="float32")
    reference = Translator(loaded, compute_type=None)
    best = reference.translate_sentences([sentence], beam=4)[0]
    prefix = best.text.split()[0]
    start = len(loaded.target_tokenizer.encode_pieces(prefix))
    found = fast.alternatives(sentence, prefix, count=3, beam=4)
    assert [t.text for t in found] == [
        t.text for t in reference.alternatives(sentence, prefix, 3, beam=4)
    ]
    assert len(found) == 3 and all(t.text.startswith(prefix + " ") for t in found)
    next_pieces = [t.target_pieces[start] for t in found]
    assert len(set(next_pieces)) == 3  # a different piece after the prefix each
    assert found[0].text == best.text  # the model's own choice first


def test_alternatives_are_whole_words_never_a_piece_glued_to_the_word_before(loaded):
    """A click on a word offers other words there, not the rest of the word before it ("bra"
    after "rojo" gave "rojobra"), with either decoder."""
    glued = set(loaded.target_tokenizer.word_continuations)
    assert glued  # the toy vocabulary has pieces that go on a word
    for compute_type in ("int8", None):
        translator = Translator(loaded, compute_type=compute_type)
        for sentence, _ in toy_pairs(3, seed=8):
            words = translator.translate([sentence])[0].split()
            for at in range(len(words)):
                prefix = " ".join(words[:at])
                start = len(loaded.target_tokenizer.encode_pieces(prefix)) if prefix else 0
                found = translator.alternatives(sentence, prefix, count=6)
                assert found
                for translation in found:
                    piece = translation.target_pieces[start]
                    assert not continues_word(piece), (prefix, translation.text)
                    assert translation.text.split()[:at] == words[:at]


def test_the_unknown_token_is_never_chosen_as_by_our_decoder(loaded):
    # CTranslate2 finds the unknown token by its piece: "<unk>", at our UNK_ID.
    assert ctranslate.vocabulary(loaded.target_tokenizer)[UNK_ID] == "<unk>"
    assert ctranslate.vocabulary(loaded.source_tokenizer)[UNK_ID] == "<unk>"
    model = copy.deepcopy(loaded.model)
    with torch.no_grad():
        model.decoder.fc_out.bias[UNK_ID] += 100.0  # the likeliest token at every step
    _, pieces = sources(loaded, 6)
    fast = ctranslate.FastDecoder(
        model, loaded.source_tokenizer, loaded.target_tokenizer, "float32"
    )
    src = pad_rows([[*ids, EOS_ID] for ids in pieces])
    ours = greedy_decode(model, src)
    theirs = fast.decode(pieces)
    assert [h.tokens for h in theirs] == [h.tokens for h in ours]
    assert all(h.tokens for h in theirs)
    found = [*theirs, *fast.decode(pieces, beam=4)]
    found += [h for hyps in fast.decode_nbest(pieces, beam=4, count=3) for h in hyps]
    assert all(UNK_ID not in h.tokens for h in found)
