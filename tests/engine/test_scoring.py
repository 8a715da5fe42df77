"""Scoring stored models on a test set: read as training reads data, scored, kept in the card."""

import json

import pytest

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.held_out_scores import read_test_scores
from s2s_desktop.engine.held_out_sets import read_test_set
from s2s_desktop.engine.scoring import evaluate_models
from s2s_desktop.engine.store import ModelStore
from tests.stored_toy import store_toy
from tests.toy import toy_pairs, write_moses


@pytest.fixture
def toy(trained_toy_model):
    store = ModelStore()
    return store, store_toy(trained_toy_model.model_dir, store)


def test_scores_are_saved_read_back_and_a_rescore_on_the_same_set_replaces(toy, tmp_path):
    store, folder = toy
    write_moses(tmp_path / "sets", "newstest", toy_pairs(20, seed=31))
    write_moses(tmp_path / "sets", "other", toy_pairs(12, seed=32))
    seen, saved = [], []
    first = evaluate_models(
        store,
        ["toy"],
        [tmp_path / "sets" / "newstest.en"],  # one side: its partner is found beside it
        progress=seen.append,
        scored=saved.append,
    )
    assert saved == first and len(first) == 1
    score = first[0]
    assert (score.model, score.test_set, score.sentences) == ("toy", "newstest", 20)
    assert score.beam == store.info("toy").scored_beam  # the model's own beam by default
    assert score.bleu > 50 and score.chrf > 50  # the toy model knows the toy language
    assert seen[0].done == 0 and seen[-1].done == seen[-1].total == 20
    assert read_test_scores(folder) == first

    beam = score.beam
    again = evaluate_models(store, ["toy"], [tmp_path / "sets" / "newstest.eo"], beam=beam)
    wider = evaluate_models(store, ["toy"], [tmp_path / "sets" / "newstest.en"], beam=beam + 1)
    other = evaluate_models(store, ["toy"], [tmp_path / "sets" / "other.en"], beam=2)
    kept = read_test_scores(folder)  # one score per set and beam: a toolkit compares beams
    assert [(s.test_set, s.beam) for s in kept] == [
        ("newstest", beam),
        ("newstest", beam + 1),
        ("other", 2),
    ]
    assert kept == again + wider + other
    card = json.loads((folder / "config.json").read_text())
    assert card["metrics"]["bleu"] == store.info("toy").bleu  # the rest of the card untouched


def test_a_stop_saves_nothing(toy, tmp_path):
    store, folder = toy
    write_moses(tmp_path, "test", toy_pairs(5, seed=33))
    assert evaluate_models(store, ["toy"], [tmp_path], stopped=lambda: True) == []
    assert read_test_scores(folder) == []


@pytest.mark.parametrize(
    ("files", "words"),
    [
        (["test.fr", "test.de"], ["fr–de", "'toy' translates en → eo"]),
        (["test.de"], ["de text", "'toy' translates en → eo"]),
        (["missing.en"], ["does not exist"]),
        (["empty.en"], ["no usable en–eo pairs"]),
        (["notes.txt"], ["not a test file"]),
        (["lone.en"], ["no eo partner"]),
        ([], ["no en–eo test files"]),  # the folder itself: it has none
    ],
)
def test_each_mistake_is_one_sentence(toy, tmp_path, files, words):
    store, folder = toy
    write_moses(tmp_path, "test", toy_pairs(3, seed=34), src="fr", tgt="de")
    write_moses(tmp_path, "empty", [])
    (tmp_path / "notes.txt").write_text("a\n")
    (tmp_path / "lone.en").write_text("a\n")
    with pytest.raises(UserError) as error:
        evaluate_models(store, ["toy"], [tmp_path / name for name in files] or [tmp_path])
    message = str(error.value)
    assert all(word in message for word in words), message
    assert message.count(". ") == 0 and message.endswith(".") and "\n" not in message
    assert read_test_scores(folder) == []


def test_a_model_that_cannot_be_loaded_is_one_sentence(toy, tmp_path):
    store, folder = toy
    write_moses(tmp_path, "test", toy_pairs(3, seed=35))
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])
    with pytest.raises(UserError, match="damaged or unreadable"):
        evaluate_models(store, ["toy"], [tmp_path])


def test_test_sets_are_read_as_training_reads_data(tmp_path):
    pairs = toy_pairs(4, seed=36)
    # A .tsv whose name says eo-en: its columns are swapped for an en -> eo model.
    (tmp_path / "set.eo-en.tsv").write_text("".join(f"{t}\t{s}\n" for s, t in pairs))
    assert read_test_set([tmp_path / "set.eo-en.tsv"], "en", "eo").pairs == pairs
    # Two files without language names: source and reference, in the order given.
    (tmp_path / "src.txt").write_text("".join(f"{s}\n" for s, _ in pairs))
    (tmp_path / "ref.txt").write_text("".join(f"{t}\n" for _, t in pairs))
    plain = read_test_set([tmp_path / "src.txt", tmp_path / "ref.txt"], "en", "eo")
    assert plain.pairs == pairs and plain.name == "src"
    # A TMX memory.
    units = "".join(
        f'<tu><tuv xml:lang="en-US"><seg>{s}</seg></tuv>'
        f'<tuv xml:lang="eo"><seg>{t}</seg></tuv></tu>'
        for s, t in pairs
    )
    (tmp_path / "memory.tmx").write_text(f"<tmx><body>{units}</body></tmx>")
    assert read_test_set([tmp_path / "memory.tmx"], "en", "eo").pairs == pairs
    # A training folder: only its test files count; the same pairs, the same digest.
    corpus = tmp_path / "corpus"
    write_moses(corpus, "train", toy_pairs(30, seed=37))
    write_moses(corpus / "sets", "newstest2014", pairs)
    found = read_test_set([corpus], "en", "eo")
    assert found.pairs == pairs and found.name == "newstest2014"
    assert found.digest == plain.digest
    reverse = read_test_set([corpus / "sets" / "newstest2014.eo"], "eo", "en")
    assert reverse.pairs == [(t, s) for s, t in pairs]
    # Misaligned files are refused as training refuses them.
    (tmp_path / "bad.en").write_text("a\nb\n")
    (tmp_path / "bad.eo").write_text("a\n")
    with pytest.raises(UserError, match="align the files"):
        read_test_set([tmp_path / "bad.en"], "en", "eo")
