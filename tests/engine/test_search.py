"""Greedy and beam search: the cache changes nothing but speed; beam finds better scores."""

import math

import pytest
import torch

from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import BOS_ID, EOS_ID, UNK_ID, preset_config
from s2s_desktop.engine.constrained import constrained_beam_search
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.search import beam_search, beam_search_nbest, greedy_decode, step_log_probs
from s2s_desktop.engine.sentences import LONGEST_PART, fitting_parts, segment_lines
from s2s_desktop.engine.train_step import make_optimizer
from s2s_desktop.engine.translator import load_translator, split_sentences
from tests.toy import toy_pairs

HELD_OUT = toy_pairs(60, seed=99)


@pytest.fixture(scope="module")
def translator(trained_toy_model):
    return load_translator(trained_toy_model.model_dir, device="cpu")


def source_batch(translator, sentences):
    ids = translator.source_tokenizer.encode(sentences)
    return pad_rows([[*row, EOS_ID] for row in ids])


def test_cached_decoding_equals_full_prefix_decoding_on_a_trained_model(translator):
    src = source_batch(translator, [s for s, _ in HELD_OUT[:20]])
    cached = greedy_decode(translator.model, src, use_cache=True)
    full = greedy_decode(translator.model, src, use_cache=False)
    assert [h.tokens for h in cached] == [h.tokens for h in full]
    for a, b in zip(cached, full):
        assert a.score == pytest.approx(b.score, abs=1e-4)


def test_cached_decoding_equals_full_prefix_decoding_on_long_random_outputs():
    torch.manual_seed(3)
    model = Seq2Seq(preset_config("tiny", src_vocab_size=40, tgt_vocab_size=40)).eval()
    src = torch.randint(4, 40, (3, 12))
    cached = greedy_decode(model, src, use_cache=True)
    full = greedy_decode(model, src, use_cache=False)
    assert [h.tokens for h in cached] == [h.tokens for h in full]
    assert max(len(h.tokens) for h in cached) > 10  # an untrained model rambles: long outputs


def test_beam_search_scores_at_least_greedy(translator):
    src = source_batch(translator, [s for s, _ in HELD_OUT])
    greedy = greedy_decode(translator.model, src)
    beam = beam_search(translator.model, src, beam=4)
    for g, b in zip(greedy, beam):
        assert b.normalized_score() >= g.normalized_score() - 1e-5


def test_beam_search_finds_higher_scores_than_greedy_on_an_uncertain_model():
    torch.manual_seed(5)
    model = Seq2Seq(preset_config("tiny", src_vocab_size=30, tgt_vocab_size=30)).eval()
    src = torch.randint(4, 30, (8, 6))
    greedy = greedy_decode(model, src)
    beam = beam_search(model, src, beam=5)
    gains = [b.normalized_score() - g.normalized_score() for g, b in zip(greedy, beam)]
    assert min(gains) >= -1e-5
    assert max(gains) > 0.01


def test_beam_of_one_is_greedy(translator):
    src = source_batch(translator, [s for s, _ in HELD_OUT[:10]])
    assert [h.tokens for h in beam_search(translator.model, src, beam=1)] == [
        h.tokens for h in greedy_decode(translator.model, src)
    ]


def test_trained_model_translates_held_out_sentences(translator):
    sources = [s for s, _ in HELD_OUT]
    references = [t for _, t in HELD_OUT]
    for beam in (1, 4):
        outputs = translator.translate(sources, beam=beam)
        correct = sum(o == r for o, r in zip(outputs, references))
        assert correct / len(HELD_OUT) >= 0.9, (beam, correct)


def test_lines_keep_their_places_and_blank_lines_stay_blank(translator):
    lines = [HELD_OUT[0][0], "", "   ", HELD_OUT[1][0]]
    out = translator.translate(lines)
    assert len(out) == 4 and out[1] == "" and out[2] == ""
    assert out[0] == HELD_OUT[0][1] and out[3] == HELD_OUT[1][1]


def test_attention_rows_cover_the_source(translator):
    (result,) = translator.translate_detailed(HELD_OUT[0][0])
    assert result.text == HELD_OUT[0][1]
    assert result.attention.shape == (len(result.target_pieces), len(result.source_pieces))
    torch.testing.assert_close(result.attention.sum(dim=1), torch.ones(len(result.target_pieces)))
    (beamed,) = translator.translate_detailed(HELD_OUT[0][0], beam=3)
    assert beamed.attention.shape == (len(beamed.target_pieces), len(beamed.source_pieces))


def test_paragraphs_are_split_into_sentences():
    assert split_sentences("Open the file. Then save it! Done? yes") == [
        "Open the file.",
        "Then save it!",
        "Done? yes",
    ]
    assert split_sentences("Version 2.5 is out.") == ["Version 2.5 is out."]
    assert split_sentences("Mr. Smith met Dr. Jones. They talked.") == [
        "Mr. Smith met Dr. Jones.",
        "They talked.",
    ]
    assert split_sentences("Am 3. Mai sah ich z. B. Hunde. Sie bellten!") == [
        "Am 3. Mai sah ich z. B. Hunde.",
        "Sie bellten!",
    ]
    assert split_sentences("") == []


def test_sentences_of_other_scripts_and_after_years_are_split():
    assert split_sentences("He was born in 1999. The war began.") == [
        "He was born in 1999.",
        "The war began.",
    ]
    assert split_sentences("Он пришёл. Ёлка стояла.") == ["Он пришёл.", "Ёлка стояла."]
    assert split_sentences("Ήταν εκεί. Έφυγε νωρίς.") == ["Ήταν εκεί.", "Έφυγε νωρίς."]
    assert split_sentences("ذهب الرجل. اشترى الخبز؟ نعم.") == ["ذهب الرجل.", "اشترى الخبز؟", "نعم."]
    assert split_sentences("我今天很忙。明天见吧！好") == ["我今天很忙。", "明天见吧！", "好"]
    assert split_sentences("«Hola». ¿Qué tal? Bien.") == ["«Hola».", "¿Qué tal?", "Bien."]


def test_a_sentence_too_long_for_the_model_is_cut_after_clauses_then_spaces_then_anywhere():
    words = lambda text: len(text.split())  # noqa: E731 (one piece a word)
    text = "one two three, four five six seven; eight nine ten eleven twelve"
    parts = fitting_parts(text, words, 5)
    assert parts == [(0, "one two three,"), (15, "four five six seven;"),
                     (36, "eight nine ten eleven twelve")]  # fmt: skip
    assert all(text[start:].startswith(part) for start, part in parts)
    assert fitting_parts("short one", words, 5) == [(0, "short one")]
    chars = len  # one piece a character: a run without spaces is cut where it must be
    parts = fitting_parts("我今天很忙明天见吧", chars, 4)
    assert parts == [(0, "我今天很"), (4, "忙明天见"), (8, "吧")]
    # a comma early in the part is not worth a tiny part: the cut is at the last space instead
    assert fitting_parts("a, b c d e f", words, 4)[0] == (0, "a, b c d")


def test_a_line_longer_than_the_model_reads_is_translated_in_parts_at_word_boundaries(translator):
    clauses = [s for s, _ in HELD_OUT[:45]]  # about 300 pieces, one "sentence" with commas
    line = ", ".join(clauses)
    assert translator.count_pieces(line) > translator.max_source
    encode = lambda text: translator.source_tokenizer.encode([text])[0]  # noqa: E731
    segments, inputs = segment_lines([line], encode, translator.max_source, split=True)
    assert len(segments[0]) == len(inputs) > 1
    assert all(len(pieces) <= translator.max_source for pieces in inputs)
    longest = min(translator.max_source, LONGEST_PART)  # parts a model reads well
    parts = [part for _, part in fitting_parts(line, translator.count_pieces, longest)]
    assert " ".join(parts) == line  # every word once, none cut in two
    assert inputs == [encode(part) for part in parts]
    assert all(part.endswith(",") for part in parts[:-1])  # cut after a clause
    [output] = translator.translate([line])
    assert output == " ".join(translator.translate(parts))  # each part translated


def test_cached_attention_and_length_caps_match_full_prefix_decoding():
    torch.manual_seed(7)
    model = Seq2Seq(preset_config("tiny", src_vocab_size=40, tgt_vocab_size=40)).eval()
    src = torch.randint(4, 40, (3, 10))
    src[1, 6:] = 0  # a shorter sentence, padded
    caps = torch.tensor([5, 9, 30])
    cached = greedy_decode(model, src, need_attention=True, max_lengths=caps)
    full = greedy_decode(model, src, use_cache=False, need_attention=True, max_lengths=caps)
    assert [h.tokens for h in cached] == [h.tokens for h in full]
    for a, b, cap in zip(cached, full, caps.tolist()):
        assert len(a.tokens) < cap  # the cap counts EOS
        assert torch.allclose(a.attention, b.attention, atol=1e-5)
    beams = beam_search(model, src, beam=3, max_lengths=caps)
    assert all(len(h.tokens) < cap for h, cap in zip(beams, caps.tolist()))


def test_decoding_sees_weights_changed_in_place_by_training():
    torch.manual_seed(8)
    model = Seq2Seq(preset_config("tiny", src_vocab_size=40, tgt_vocab_size=40)).eval()
    src = torch.randint(4, 40, (2, 8))
    greedy_decode(model, src)  # decode once, then train (in place, fused Adam), decode again
    optimizer = make_optimizer(model, 0.05)
    for _ in range(3):
        model(src, src).logsumexp(dim=-1).mean().backward()
        optimizer.step()
    cached = greedy_decode(model, src)
    full = greedy_decode(model, src, use_cache=False)
    assert [h.tokens for h in cached] == [h.tokens for h in full]
    for a, b in zip(cached, full):  # the same weights, not only the same (likeliest) tokens
        assert a.score == pytest.approx(b.score, rel=1e-5)


def test_a_translator_lays_out_its_decoder_weights_once(trained_toy_model):
    """Stacking the fused projections costs milliseconds per sentence: a Translator, whose
    model never changes, does it at its first use of our decoder and keeps the layout."""
    from s2s_desktop.engine.model_files import load_model_files
    from s2s_desktop.engine.translator import Translator

    translator = Translator(load_model_files(trained_toy_model.model_dir, "cpu"), compute_type=None)
    translator.translate(["a b c"], beam=2)
    weights = translator._decoder_weights
    assert weights is not None and weights.decoder is translator.model.decoder
    translator.translate(["d e f"], beam=2)
    assert translator._decoder_weights is weights


def test_half_precision_weights_translate_like_float32(trained_toy_model):
    """What a GPU runs (bfloat16 weights), exercised on the CPU: the same translations for a
    model this sure of itself, and float32 attention for the view."""
    from s2s_desktop.engine.model_files import load_model_files
    from s2s_desktop.engine.translator import Translator

    half = Translator(load_model_files(trained_toy_model.model_dir, "cpu", torch.bfloat16))
    full = Translator(load_model_files(trained_toy_model.model_dir, "cpu"))
    assert next(half.model.parameters()).dtype == torch.bfloat16
    sources = [s for s, _ in HELD_OUT[:30]]
    same = sum(a == b for a, b in zip(half.translate(sources), full.translate(sources)))
    assert same >= 27
    assert half.translate(sources[:5], beam=4) == full.translate(sources[:5], beam=4)
    detailed = half.translate_detailed(sources[0])
    assert detailed[0].attention.dtype == torch.float32


def test_a_prefix_is_kept_and_the_search_goes_on_after_it(translator):
    """The window's "other words here": the translation must begin with the words before the
    clicked one and the chosen word, and the rest is decoded after them."""
    src = source_batch(translator, ["the big cat sees a dog"])
    best = beam_search(translator.model, src, 4)[0].tokens
    other = next(t for t in range(4, translator.model.config.tgt_vocab_size) if t != best[1])
    prefix = [best[0], other]
    for beam in (1, 4):
        found = beam_search(translator.model, src, beam, prefixes=[prefix])[0]
        assert found.tokens[:2] == prefix and len(found.tokens) > 2
    # Without a prefix (or an empty one) nothing changes.
    unforced = beam_search(translator.model, src.repeat(2, 1), 4, prefixes=[[], []])
    assert [h.tokens for h in unforced] == [best, best]


def unknown_loving_model() -> Seq2Seq:
    """A small random model whose unknown logit is by far the largest at every step."""
    torch.manual_seed(11)
    model = Seq2Seq(preset_config("tiny", src_vocab_size=40, tgt_vocab_size=40)).eval()
    with torch.no_grad():
        model.decoder.fc_out.bias[UNK_ID] += 100.0
    return model


def test_the_unknown_token_is_never_chosen_even_when_it_is_the_likeliest():
    model = unknown_loving_model()
    src = torch.randint(4, 40, (3, 9))
    with torch.no_grad():
        logits, _ = model.decoder(torch.full((3, 1), BOS_ID), *model.encode(src))
    assert bool((logits[:, -1].argmax(dim=-1) == UNK_ID).all())  # unmasked, it would win
    found = [
        *greedy_decode(model, src, use_cache=True),
        *greedy_decode(model, src, use_cache=False),
        *beam_search(model, src, 4),
        *(h for hyps in beam_search_nbest(model, src, 4) for h in hyps),
        *(r.hypothesis for r in constrained_beam_search(model, src, [[[5, 6]], [], [[7]]], 3)),
    ]
    assert all(h.tokens and UNK_ID not in h.tokens for h in found)
    assert all(math.isfinite(h.score) for h in found)
    # The masked scores are a proper distribution over the other tokens.
    log_probs = step_log_probs(logits[:, -1])
    assert bool((log_probs[:, UNK_ID] == float("-inf")).all())
    assert torch.allclose(log_probs.exp().sum(dim=-1), torch.ones(3))
    # Greedy with and without the cache still agree, scores included.
    for a, b in zip(found[:3], found[3:6]):
        assert a.tokens == b.tokens and a.score == pytest.approx(b.score, abs=1e-4)


def test_a_prefix_may_still_force_the_unknown_token_and_constraints_holding_it_are_unmet():
    model = unknown_loving_model()
    src = torch.randint(4, 40, (2, 9))
    for beam in (1, 3):
        found = beam_search(model, src, beam, prefixes=[[5, UNK_ID], []])
        assert found[0].tokens[:2] == [5, UNK_ID] and UNK_ID not in found[0].tokens[2:]
        assert UNK_ID not in found[1].tokens
        assert all(math.isfinite(h.score) for h in found)
    results = constrained_beam_search(model, src, [[[5, UNK_ID]], [[6]]], 3)
    assert results[0].met == [False] and UNK_ID not in results[0].hypothesis.tokens
    assert results[1].met == [True] and UNK_ID not in results[1].hypothesis.tokens


def test_an_nbest_list_is_ranked_by_the_score_each_translation_carries(translator):
    """A longer translation can have a lower total but a better per-piece score: the list is
    ranked by the latter, so that is the score shown (`translate --nbest` printed the total)."""
    sentences = [source for source, _ in toy_pairs(12, seed=61)] + ["the cat", "a"]
    for sentence in sentences:
        found = translator.translate_nbest(sentence, 4, 4)
        scores = [translation.score for translation in found]
        assert scores == sorted(scores, reverse=True), (sentence, scores)
