"""``s2s-desktop evaluate``: one table of scores, each saved with its model; mistakes are one
line on stderr with status 2."""

import pytest

from s2s_desktop.cli import main
from s2s_desktop.engine.held_out_scores import read_test_scores
from s2s_desktop.engine.store import ModelStore
from tests.stored_toy import store_toy
from tests.toy import toy_pairs, write_moses


@pytest.fixture
def two_models(trained_toy_model):
    store = ModelStore()
    return [store_toy(trained_toy_model.model_dir, store, name) for name in ("toy", "toy-copy")]


def test_evaluate_prints_one_table_and_saves_each_score(two_models, tmp_path, capsys):
    write_moses(tmp_path, "test", toy_pairs(8, seed=41))
    assert main(["evaluate", "toy", "toy-copy", "--test", str(tmp_path), "--beam", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Test set: test (")
    assert lines[1].split() == ["MODEL", "BLEU", "CHRF", "BEAM", "SENTENCES"]
    rows = [line.split() for line in lines[2:4]]
    assert [(row[0], row[3], row[4]) for row in rows] == [("toy", "2", "8"), ("toy-copy", "2", "8")]
    assert rows[0][1:3] == rows[1][1:3]  # the same model, the same scores
    for folder in two_models:
        [score] = read_test_scores(folder)
        assert (score.beam, score.sentences, f"{score.bleu:.1f}") == (2, 8, rows[0][1])


def test_evaluate_with_source_and_reference_files(two_models, tmp_path, capsys):
    pairs = toy_pairs(4, seed=42)
    (tmp_path / "src.txt").write_text("".join(f"{s}\n" for s, _ in pairs))
    (tmp_path / "ref.txt").write_text("".join(f"{t}\n" for _, t in pairs))
    args = ["--src-file", str(tmp_path / "src.txt"), "--tgt-file", str(tmp_path / "ref.txt")]
    assert main(["evaluate", "toy", *args]) == 0
    assert capsys.readouterr().out.splitlines()[2].split()[0] == "toy"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--test", "{tmp}/test.fr"], "'toy' translates en → eo"),
        ([], "--test PATH"),
        (["--test", "{tmp}", "--src-file", "{tmp}/test.fr"], "not both"),
        (["--test", "{tmp}", "--beam", "0"], "--beam must be at least 1"),
    ],
)
def test_evaluate_mistakes_are_one_line(two_models, tmp_path, capsys, args, words):
    write_moses(tmp_path, "test", toy_pairs(3, seed=43), src="fr", tgt="de")
    argv = ["evaluate", "toy", *(arg.format(tmp=tmp_path) for arg in args)]
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert words in error and error.count("\n") == 1, error
    assert read_test_scores(two_models[0]) == []
