"""``s2s-desktop evaluate``: one table of scores, each saved with its model; mistakes are one
line on stderr with status 2."""

import json
import shutil

import pytest

from s2s_desktop.cli import main
from s2s_desktop.engine.held_out_scores import read_test_scores
from s2s_desktop.engine.model_files import TRAINING_DIR
from s2s_desktop.engine.seen_sources import SEEN_FILE
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


def test_evaluate_writes_each_models_translations_and_names_the_sacrebleu_signature(
    two_models, tmp_path, capsys
):
    write_moses(tmp_path / "set", "test", toy_pairs(6, seed=43))
    out_folder = tmp_path / "hyp"
    out_folder.mkdir()
    args = ["evaluate", "toy", "toy-copy", "--test", str(tmp_path / "set")]
    assert main([*args, "--output", str(out_folder)]) == 0
    out = capsys.readouterr().out
    assert "sacrebleu: BLEU nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:" in out
    for name in ("toy", "toy-copy"):
        assert f"Wrote {out_folder / f'{name}.eo'}" in out
        lines = (out_folder / f"{name}.eo").read_text(encoding="utf-8").splitlines()
        assert len(lines) == 6 and all(lines)
    assert main([*args, "--output", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main([*args, "--output", str(out_folder)]) == 2  # never over a file: a reference?
    assert "toy.eo exists already; choose another --output folder" in capsys.readouterr().err


def test_every_test_line_is_translated_in_line_and_scored_as_it_is(two_models, tmp_path, capsys):
    """A line with an empty side or a long one is neither dropped nor moves the lines after
    it: --output has one line per source line, as sacrebleu reads it against the reference."""
    pairs = toy_pairs(6, seed=45)
    long_source = " ".join([pairs[0][0]] * 40)  # past training's 1,000 characters
    pairs[1] = (pairs[1][0], "")  # no reference
    pairs[2] = ("", pairs[2][1])  # no source
    pairs[3] = (long_source, " ".join([pairs[0][1]] * 40))
    write_moses(tmp_path / "set", "test", pairs)
    out_folder = tmp_path / "hyp"
    out_folder.mkdir()
    args = ["evaluate", "toy", "--test", str(tmp_path / "set"), "--output", str(out_folder)]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[2].split()[4] == "6"  # sentences scored
    lines = (out_folder / "toy.eo").read_text(encoding="utf-8").split("\n")[:-1]
    assert len(lines) == 6 and lines[2] == ""
    for index in (0, 3, 4, 5):
        assert lines[index], index


def test_models_scored_with_their_own_different_beams_say_how_to_compare_them(
    two_models, tmp_path, capsys
):
    config = two_models[1] / "config.json"
    card = json.loads(config.read_text())
    card["metrics"]["beam"] = 4  # its end-of-run beam search scored better
    config.write_text(json.dumps(card))
    write_moses(tmp_path, "test", toy_pairs(4, seed=41))
    assert main(["evaluate", "toy", "toy-copy", "--test", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert (
        "scored with different beams (1, 4), each the one it scored best with; to compare them "
        "alike, pass --beam 4." in out
    )
    assert main(["evaluate", "toy", "toy-copy", "--test", str(tmp_path), "--beam", "4"]) == 0
    assert "different beams" not in capsys.readouterr().out


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


def _other_pair(two_models, src="el", tgt="zh"):
    """The second toy copy relabelled as a model of another pair (its card says so)."""
    config = two_models[1] / "config.json"
    card = json.loads(config.read_text())
    card["src_lang"], card["tgt_lang"] = src, tgt
    config.write_text(json.dumps(card))
    return two_models


def _write_tsv(path, pairs):
    path.write_text("".join(f"{s}\t{t}\n" for s, t in pairs), encoding="utf-8")


def test_a_test_set_without_languages_scores_one_pair_only(two_models, tmp_path, capsys):
    _other_pair(two_models)
    _write_tsv(tmp_path / "t.tsv", toy_pairs(4, seed=44))
    assert main(["evaluate", "toy", "toy-copy", "--test", str(tmp_path / "t.tsv")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    for words in ("t.tsv does not say its languages", "en → eo, el → zh", "t.en-eo.tsv"):
        assert words in error, error
    assert "one pair at a time" in error
    assert [read_test_scores(folder) for folder in two_models] == [[], []]  # nothing saved

    pairs = toy_pairs(3, seed=45)
    (tmp_path / "src.txt").write_text("".join(f"{s}\n" for s, _ in pairs))
    (tmp_path / "ref.txt").write_text("".join(f"{t}\n" for _, t in pairs))
    args = ["--src-file", str(tmp_path / "src.txt"), "--tgt-file", str(tmp_path / "ref.txt")]
    assert main(["evaluate", "toy", "toy-copy", *args]) == 2
    error = capsys.readouterr().err
    assert "src.txt, " in error and "src.en + ref.eo" in error and error.count("\n") == 1, error
    assert [read_test_scores(folder) for folder in two_models] == [[], []]


def test_a_test_set_without_languages_still_scores_one_pair(two_models, tmp_path, capsys):
    _write_tsv(tmp_path / "t.tsv", toy_pairs(4, seed=46))
    assert main(["evaluate", "toy", "toy-copy", "--test", str(tmp_path / "t.tsv")]) == 0
    assert [len(read_test_scores(folder)) for folder in two_models] == [1, 1]


@pytest.mark.parametrize(
    ("name", "words"),
    [("t.en-eo.tsv", "'toy-copy' translates el → zh"), ("coded", "holds no el–zh test files")],
)
def test_a_test_set_of_known_languages_must_be_each_models(
    two_models, tmp_path, capsys, name, words
):
    _other_pair(two_models)
    if name == "coded":  # a folder of test.en + test.eo
        write_moses(tmp_path / name, "test", toy_pairs(3, seed=47))
    else:
        _write_tsv(tmp_path / name, toy_pairs(3, seed=47))
    assert main(["evaluate", "toy", "toy-copy", "--test", str(tmp_path / name)]) == 2
    error = capsys.readouterr().err
    assert words in error and error.count("\n") == 1, error
    assert [read_test_scores(folder) for folder in two_models] == [[], []]


def test_one_coded_file_of_two_must_be_of_the_models_pair(two_models, tmp_path, capsys):
    write_moses(tmp_path, "test", toy_pairs(3, seed=48), src="fr", tgt="de")
    (tmp_path / "ref.txt").write_text((tmp_path / "test.de").read_text())
    args = ["--src-file", str(tmp_path / "test.fr"), "--tgt-file", str(tmp_path / "ref.txt")]
    assert main(["evaluate", "toy", *args]) == 2
    error = capsys.readouterr().err
    assert "(test.fr) hold fr text" in error and "'toy' translates en → eo" in error, error
    assert read_test_scores(two_models[0]) == []


def test_a_folder_with_a_tsv_without_languages_scores_one_pair_only(two_models, tmp_path, capsys):
    _other_pair(two_models)
    _write_tsv(tmp_path / "test.tsv", toy_pairs(3, seed=49))
    assert main(["evaluate", "toy", "toy-copy", "--test", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "does not say its languages" in error and "en → eo, el → zh" in error, error
    assert [read_test_scores(folder) for folder in two_models] == [[], []]


def test_a_score_on_sentences_the_model_learned_is_told_as_memory(
    trained_toy_model, tmp_path, capsys
):
    """The run kept a sample of its training sources: a test set of its own training pairs is
    scored and saved, and the table, the card and ``models show`` say it measures memory."""
    folder = store_toy(trained_toy_model.model_dir, ModelStore())
    (folder / TRAINING_DIR).mkdir()
    shutil.copy(trained_toy_model.model_dir / TRAINING_DIR / SEEN_FILE, folder / TRAINING_DIR)
    write_moses(tmp_path / "learned", "test", toy_pairs(3000, seed=1)[:40])  # training's own
    write_moses(tmp_path / "new", "newstest2014", toy_pairs(100, seed=2)[:40])  # validation
    assert main(["evaluate", "toy", "--test", str(tmp_path / "learned")]) == 0
    out = capsys.readouterr().out
    assert "Warning: 'toy' was trained on about 100% of the sentences of test" in out
    [score] = read_test_scores(folder)
    assert score.seen is not None and score.seen > 0.9
    assert main(["models", "show", "toy"]) == 0
    assert "100% of it trained on" in capsys.readouterr().out
    assert main(["evaluate", "toy", "--test", str(tmp_path / "new")]) == 0
    assert "Warning" not in capsys.readouterr().out
    new = [s for s in read_test_scores(folder) if s.digest != score.digest]
    assert [s.seen for s in new] == [0.0]  # never trained on: the run left them out
    assert main(["models", "show", "toy"]) == 0
    _, _, tests = capsys.readouterr().out.partition("\nTest sets\n")
    rows = tests.split("\n\n")[0].splitlines()
    assert [row.split(":")[0].strip() for row in rows] == [
        "test (40 pairs)",
        "newstest2014 (40 pairs)",
    ]
    assert len({row.index("BLEU") for row in rows}) == 1  # the scores line up
