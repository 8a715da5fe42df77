"""Constrained beam search: a term the model would not write appears, whole; no constraints
change nothing; a term that cannot be placed is reported, not dropped."""

import pytest
import torch

from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import EOS_ID, preset_config
from s2s_desktop.engine.constrained import (
    ConstraintState,
    SentenceConstraints,
    _allocate,
    _Candidate,
    _constrained,
    _ending_rows,
    constrained_beam_search,
)
from s2s_desktop.engine.glossary import Glossary, Term
from s2s_desktop.engine.glossary_translation import _source_positions, translate_with_glossary
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.search import Hypothesis, beam_search
from s2s_desktop.engine.term_places import Gate, Span, stood_in
from s2s_desktop.engine.translator import load_translator
from tests.toy import NOUNS, toy_pairs

SENTENCES = [s for s, _ in toy_pairs(6, seed=41)]


@pytest.fixture(scope="module")
def translator(trained_toy_model):
    return load_translator(trained_toy_model.model_dir, device="cpu")


def source_batch(translator, sentences):
    ids = translator.source_tokenizer.encode(sentences)
    return pad_rows([[*row, EOS_ID] for row in ids])


def target_ids(translator, text):
    return translator.target_tokenizer.encode([text])[0]


def contains_run(tokens, run):
    return any(tokens[i : i + len(run)] == run for i in range(len(tokens) - len(run) + 1))


def test_no_constraints_give_plain_beam_search_output(translator):
    src = source_batch(translator, SENTENCES)
    plain = beam_search(translator.model, src, beam=4)
    constrained = constrained_beam_search(translator.model, src, [[] for _ in SENTENCES], beam=4)
    assert [r.hypothesis.tokens for r in constrained] == [h.tokens for h in plain]
    for result, hypothesis in zip(constrained, plain):
        assert result.hypothesis.score == pytest.approx(hypothesis.score, abs=1e-5)
        assert result.met == []
    # The banked search itself, given no constraints, is plain beam search.
    banked = _constrained(translator.model, src, [[] for _ in SENTENCES], 4, 1.0, False, None, None)
    assert [r.hypothesis.tokens for r in banked] == [h.tokens for h in plain]


def test_a_constraint_the_model_would_not_write_appears_and_leaves_other_sentences_alone(
    translator,
):
    src = source_batch(translator, SENTENCES)
    plain = beam_search(translator.model, src, beam=4)
    # "granda felica" ("big happy") in the first sentence only, whose plain output lacks it.
    wanted = target_ids(translator, "granda felica")
    assert len(wanted) > 1 and not contains_run(plain[0].tokens, wanted)
    constraints = [[wanted]] + [[] for _ in SENTENCES[1:]]
    results = constrained_beam_search(translator.model, src, constraints, beam=4)
    assert results[0].met == [True]
    assert contains_run(results[0].hypothesis.tokens, wanted)  # contiguous, in order
    assert [r.hypothesis.tokens for r in results[1:]] == [h.tokens for h in plain[1:]]


def test_several_constraints_in_one_sentence_are_all_met(translator):
    src = source_batch(translator, ["the cat sees the dog"])
    constraints = [[target_ids(translator, "arbo"), target_ids(translator, "verda")]]
    result = constrained_beam_search(translator.model, src, constraints, beam=4)[0]
    assert result.met == [True, True]
    text = translator.target_tokenizer.decode([result.hypothesis.tokens])[0]
    assert "arbo" in text and "verda" in text


def test_a_constraint_too_long_for_the_length_limit_is_reported_unmet(translator):
    src = source_batch(translator, ["the cat sees the dog"])
    impossible = target_ids(translator, " ".join(["arbo"] * 40))
    placeable = target_ids(translator, "verda")
    result = constrained_beam_search(translator.model, src, [[impossible, placeable]], beam=4)[0]
    assert result.met == [False, True]  # the best ending that places what it can
    assert result.hypothesis.tokens and contains_run(result.hypothesis.tokens, placeable)


def test_an_impossible_constraint_is_dropped_and_the_others_fit_a_whole_translation(translator):
    src = source_batch(translator, ["the big cat sees a dog"])
    plain = beam_search(translator.model, src, beam=4)[0]
    impossible = target_ids(translator, " ".join(["urbo"] * 40))
    placeable = target_ids(translator, "arbo")
    assert not contains_run(plain.tokens, placeable)
    result = constrained_beam_search(translator.model, src, [[impossible, placeable]], beam=4)[0]
    alone = constrained_beam_search(translator.model, src, [[placeable]], beam=4)[0]
    assert result.met == [False, True]  # reported, not dropped silently
    # Decoded as if only the feasible constraint were asked: not collapsed to the term alone.
    assert result.hypothesis.tokens == alone.hypothesis.tokens
    assert len(result.hypothesis.tokens) > len(placeable) + 1


def test_an_abandoned_constraint_goes_back_to_unmet():
    sentence = SentenceConstraints([[5, 6, 7], [9]])
    state = sentence.advance(sentence.start(), 5)
    assert (state.current, state.progress, sentence.bank(state)) == (0, 1, 1)
    state = sentence.advance(state, 8)  # not 6: the started constraint is dropped
    assert state == ConstraintState((False, False)) and sentence.bank(state) == 0
    state = sentence.advance(sentence.advance(sentence.advance(state, 5), 6), 9)
    assert state == ConstraintState((False, True), just_met=True)  # 9 abandons [5, 6, 7]
    assert sentence.advance(state, 8) == ConstraintState((False, True))  # its word ended
    for token in (5, 6, 7):
        state = sentence.advance(state, token)
    assert sentence.all_met(state) and sentence.bank(state) == 4
    assert sentence.next_tokens(state) == []


def test_a_hypothesis_that_met_every_constraint_ends_when_its_own_bank_ranks_eos_first():
    """Rows still placing terms have likelier continuations than the finished translation's
    EOS: ranked against them, it never ended and the search returned junk (a reviewer's
    "Abra el archivo rojo ahora. documento")."""
    sentence = SentenceConstraints([[5]])
    met, unmet = ConstraintState((True,)), ConstraintState((False,))
    log_probs = torch.full((4, 8), -9.0)
    log_probs[0, EOS_ID], log_probs[0, 6] = -0.5, -3.0  # all met: EOS is its best
    log_probs[1, 7] = -0.2  # all met: it would go on
    log_probs[2:, 6] = -0.01  # unmet rows, far likelier
    scores = torch.tensor([-6.0, -6.5, -1.0, -1.1])
    rows = _ending_rows(log_probs, scores, [met, met, unmet, unmet], sentence, 0, beam=4)
    assert rows == [0]
    assert _ending_rows(log_probs, scores, [unmet] * 4, sentence, 0, beam=4) == []


def test_no_piece_glues_onto_a_placed_term():
    """After the last token of a constraint, a piece that goes on the word ("pie" after
    "fichero": "ficheropie") is never written."""
    torch.manual_seed(4)
    model = Seq2Seq(preset_config("tiny", src_vocab_size=30, tgt_vocab_size=30)).eval()
    src = torch.randint(4, 30, (6, 7))
    constraint = [11, 12]
    allowed = {13, 14}  # the only pieces that may follow the term, but EOS
    glued = [token for token in range(4, 30) if token not in allowed]
    results = constrained_beam_search(
        model, src, [[constraint]] * 6, 4, word_continuations=glued, max_lengths=None
    )
    for result in results:
        tokens = result.hypothesis.tokens
        assert result.met == [True]
        ends = [i + 2 for i in range(len(tokens) - 1) if tokens[i : i + 2] == constraint]
        assert ends and all(end == len(tokens) or tokens[end] in allowed for end in ends)


def test_beam_places_are_shared_among_banks_and_unused_places_pass_down():
    def candidate(score, bank):
        return _Candidate(score, 0, int(score * -100), ConstraintState(()), bank)

    pool = [candidate(-0.1, 0), candidate(-0.2, 0), candidate(-0.3, 0), candidate(-0.9, 1)]
    pool += [candidate(-0.8, 2), candidate(-0.7, 2), candidate(-0.95, 2)]
    chosen = _allocate(pool, beam=4, banks=3)  # shares 1, 1, 2
    assert [c.score for c in chosen] == [-0.1, -0.7, -0.8, -0.9]
    chosen = _allocate(pool[:4], beam=4, banks=3)  # bank 2 is empty: its places go to bank 1,
    assert [c.score for c in chosen] == [-0.1, -0.2, -0.3, -0.9]  # then to bank 0


def test_translate_with_glossary_marks_placed_terms_and_flags_unplaceable_ones(translator):
    glossary = Glossary("en", "eo", [Term("cat", "arbo"), Term("red dog", "birdo verda")])
    glossary.add(Term("river", " ".join(["urbo"] * 40)))  # too long for any translation
    sentences = ["the cats see the red dogs", "a bird finds the river", "the bird has a book"]
    results = translate_with_glossary(translator, sentences, glossary, beam=4)
    first, second, third = results
    assert [m.text for m in first.matches] == ["cats", "red dogs"]
    placed = {p.term.source: first.text[p.start : p.end] for p in first.placed}
    assert placed == {"cat": "arbo", "red dog": "birdo verda"}
    assert not first.unmet
    assert [t.source for t in second.unmet] == ["river"] and second.text
    assert not third.matches and not third.placed and not third.unmet
    assert third.text == translator.translate([sentences[2]], beam=4)[0]


def test_a_term_whose_source_occurs_twice_is_placed_twice(translator):
    """In "the cat sees a cat", the glossary's target for "cat" at both places, each marked; a
    translation holding it once is not enough."""
    glossary = Glossary("en", "eo", [Term("cat", "arbo")])
    [result] = translate_with_glossary(translator, ["the cat sees a cat"], glossary, beam=4)
    assert len(result.matches) == 2
    assert result.text.split().count("arbo") == 2, result.text
    assert [result.text[p.start : p.end] for p in result.placed] == ["arbo", "arbo"]
    assert not result.unmet


def test_constraints_need_one_list_per_sentence(translator):
    with pytest.raises(ValueError):
        constrained_beam_search(translator.model, torch.tensor([[5, EOS_ID]]), [], beam=2)


def test_a_sentence_longer_than_the_model_reads_is_translated_whole_and_its_terms_reported(
    translator,
):
    from s2s_desktop.engine.glossary_translation import GlossaryTranslator

    glossary = Glossary("en", "eo", [Term("cat", "arbo")])
    wrapped = GlossaryTranslator(translator, glossary)
    long_line = " ".join(["the big cat sees a dog"] * 60)  # one sentence, over 255 pieces
    assert len(translator.source_tokenizer.encode([long_line])[0]) > translator.max_source
    [output] = wrapped.translate([long_line])
    assert output == translator.translate([long_line])[0]  # every chunk, none cut off
    assert wrapped.unmet and {term.target for _, term in wrapped.unmet} == {"arbo"}


def test_a_terms_source_words_are_found_among_the_pieces(translator):
    """The gate needs the pieces that spell a term's source words, whatever the spacing
    (no-break spaces, runs of spaces), and every occurrence of a term asking for one target."""
    sentence = "the\u00a0big  dog sees a   dog"
    glossary = Glossary("en", "eo", [Term("dog", "arbo"), Term("big", "nova")])
    matches = glossary.find_terms(sentence)
    pieces = translator.source_tokenizer.encode_pieces(sentence)
    length = len(translator.source_tokenizer.encode([sentence])[0])
    where = _source_positions(translator, sentence, length, matches)
    assert "".join(pieces[p] for p in where["arbo"]).replace("\u2581", "") == "dogdog"
    assert "".join(pieces[p] for p in where["nova"]).replace("\u2581", "") == "big"
    assert _source_positions(translator, sentence, 2, matches)["arbo"] == []  # cut off


# Terms the toy model never writes: other nouns of its language.
UNSEEN_TERMS = {"dog": "arbo", "book": "kato", "river": "libro"}
UNSEEN_GLOSSARY = Glossary("en", "eo", [Term(word, term) for word, term in UNSEEN_TERMS.items()])


def unseen_term_pairs() -> list[tuple[str, str]]:
    """40 toy pairs whose source holds a term's word and whose reference none of the terms."""
    terms = UNSEEN_TERMS
    return [
        (source, target)
        for source, target in toy_pairs(2000, seed=7)
        if set(terms) & set(source.split()) and not set(terms.values()) & set(target.split())
    ][:40]


def test_the_gate_opens_on_the_terms_words_or_past_them_never_before_the_plain_step():
    gate = Gate([[Span([3], expected=2), Span([6, 7], expected=5)]], beam=2, eos=[9])
    sentences = [SentenceConstraints([[11], [12, 13]])]

    def attending(*positions):
        weights = torch.zeros(2, 10)
        for row, position in enumerate(positions):
            weights[row, position] = 1.0
        return weights

    # Step 0: row 0 reads the first term's word, but the plain translation wrote it later.
    assert gate.startable(attending(3, 9), sentences, 0) == [[False, False], [False, False]]
    # Step 2: row 0 reads it again; row 1 rests on EOS, which counts as reading nothing.
    assert gate.startable(attending(3, 9), sentences, 2) == [[True, False], [False, False]]
    gate.reorder([0, 0])  # both rows now continue row 0, which has read up to position 3
    assert gate.startable(attending(6, 1), sentences, 5) == [[False, True], [False, False]]
    # Row 0 has been past the first term's word (its furthest reading is 6), not the second's.
    assert gate.startable(attending(8, 2), sentences, 6) == [[True, False], [False, False]]
    # Now past both: either may begin anywhere.
    assert gate.startable(attending(2, 2), sentences, 7) == [[True, True], [False, False]]


def test_terms_the_model_never_writes_land_where_their_source_words_are(translator, monkeypatch):
    """Without the gate, the banked search rewards placing terms as early as possible, and a
    model that would never write a term puts it first ("libro la kato ..."); with the gate each
    term goes where the plain translation read its source word."""
    import s2s_desktop.engine.glossary_translation as glossary_translation

    glossary, pairs = UNSEEN_GLOSSARY, unseen_term_pairs()
    terms = UNSEEN_TERMS

    def in_place(results):
        """How many terms are at the word their source's usual translation holds."""
        count = 0
        for (_, reference), result in zip(pairs, results):
            words, wanted = result.text.split(), reference.split()
            for source, target in terms.items():
                if NOUNS[source] in wanted and target in words:
                    count += words.index(target) == wanted.index(NOUNS[source])
        return count

    sentences = [source for source, _ in pairs]
    gated = translate_with_glossary(translator, sentences, glossary, beam=4)
    assert all(not result.unmet for result in gated)
    monkeypatch.setattr(glossary_translation, "_source_positions", lambda *args: {})
    ungated = translate_with_glossary(translator, sentences, glossary, beam=4)
    assert in_place(gated) >= in_place(ungated) + 5, (in_place(gated), in_place(ungated))


def test_a_stand_in_meets_its_term_and_takes_the_place_of_the_models_word():
    sentence = SentenceConstraints([[21, 22], [30]])
    state = sentence.advance(sentence.start(), 5)
    state = sentence.stand_in(state, 0, position=1)  # the model began its own word there
    assert state.met == (True, False) and not state.just_met  # its other pieces may follow
    state = sentence.advance(state, 40)  # a piece going on the model's word
    assert state.stand_ins == ((1, 0),) and sentence.bank(state) == 2
    attention = torch.eye(5)
    glue = {40}
    # tokens: 5, [7 40] (the model's word in two pieces), 8; EOS's row last
    plain = Hypothesis([5, 7, 40, 8], -1.0, attention)
    stood = stood_in(plain, state.stand_ins, sentence.constraints, glue)
    assert stood.tokens == [5, 21, 22, 8] and stood.score == -1.0
    assert stood.attention.tolist() == [attention[i].tolist() for i in (0, 1, 1, 3, 4)]


def test_terms_the_model_never_writes_take_the_place_of_its_own_words(translator, monkeypatch):
    """Placed beside the model's own word ("la hundo arbo"), a term doubles it; standing in
    for it, the term replaces it and the words after it stay as fluent as the plain ones."""
    import s2s_desktop.engine.constrained as constrained

    glossary, pairs = UNSEEN_GLOSSARY, unseen_term_pairs()
    terms = UNSEEN_TERMS

    def doubled(results):
        """Terms written beside the usual translation of their source word."""
        count = 0
        for (source, reference), result in zip(pairs, results):
            words = result.text.split()
            for word, target in terms.items():
                if word in source.split() and target in words:
                    count += words.count(NOUNS[word]) >= reference.split().count(NOUNS[word])
        return count

    sentences = [source for source, _ in pairs]
    standing = translate_with_glossary(translator, sentences, glossary, beam=4)
    assert all(not result.unmet for result in standing)
    monkeypatch.setattr(constrained, "usual_words", lambda plain, spans, glue: [None] * len(spans))
    beside = translate_with_glossary(translator, sentences, glossary, beam=4)
    assert doubled(standing) + 10 <= doubled(beside), (doubled(standing), doubled(beside))
