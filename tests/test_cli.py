"""The command line end to end, as a user runs it: ``cli.main`` in this process with its own
standard streams, and ``python -m s2s_desktop`` where a process of its own matters.

One tiny model is trained per module (about 15 s) and reused by the list, show, translate and
export tests; the Ctrl+C test trains its own, smaller run.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
import torch

from s2s_desktop import __version__
from s2s_desktop.engine.config import format_parameters
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.history import FILE_NAME as HISTORY_FILE
from s2s_desktop.engine.history import History
from tests.toy import (
    ADJECTIVES,
    DETERMINERS,
    NOUNS,
    VERBS,
    toy_pairs,
    write_moses,
    write_toy_corpus,
)

REPO = Path(__file__).parents[1]
TARGET_WORDS = {*DETERMINERS.values(), *NOUNS.values(), *ADJECTIVES.values(), *VERBS.values()}
TRAIN_OPTIONS = [
    "--preset",
    "tiny",
    "--vocab-size",
    "200",
    "--batch-tokens",
    "2000",
    "--lr",
    "1e-3",
    "--final-beam",  # the end-of-run beam scoring has its own tests
    "1",
]
MODEL = "en-eo-tiny"  # the default name: SRC-TGT-PRESET


def cli(*args, data: Path | None = None, input: str | None = None, process: bool = False):
    """Run ``s2s-desktop ARGS`` and return its status, stdout and stderr.

    In this process (``cli.main`` with its own standard streams), which saves the seconds of a
    fresh interpreter per call; ``process=True`` runs ``python -m s2s_desktop`` as a user does,
    for what a process of its own shows (the window, what is imported). ``data`` overrides this
    test's private S2S_DESKTOP_DATA."""
    if process:
        env = os.environ.copy()
        if data is not None:
            env["S2S_DESKTOP_DATA"] = str(data)
        return subprocess.run(
            [sys.executable, "-m", "s2s_desktop", *map(str, args)],
            cwd=REPO,
            env=env,
            input=input,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )
    return _cli_here([str(arg) for arg in args], data, input or "")


def _cli_here(argv: list[str], data: Path | None, input: str) -> subprocess.CompletedProcess:
    from s2s_desktop.cli import main

    stdin = io.TextIOWrapper(io.BytesIO(input.encode("utf-8")), encoding="utf-8")
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    stderr = io.StringIO()
    logged = logging.StreamHandler(stderr)  # what main's logging.basicConfig shows a user
    logged.setFormatter(logging.Formatter(logging.BASIC_FORMAT))
    logged.setLevel(logging.WARNING)
    streams = sys.stdin, sys.stdout, sys.stderr
    data_root = os.environ.get("S2S_DESKTOP_DATA")
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
    logging.getLogger().addHandler(logged)
    if data is not None:
        os.environ["S2S_DESKTOP_DATA"] = str(data)
    try:
        status = main(argv)
    except SystemExit as exit:  # argparse's usage errors and --help, --version
        status = exit.code if isinstance(exit.code, int) else 0 if exit.code is None else 1
        if isinstance(exit.code, str):
            print(exit.code, file=stderr)
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
        logging.getLogger().removeHandler(logged)
        if data_root is None:
            os.environ.pop("S2S_DESKTOP_DATA", None)
        else:
            os.environ["S2S_DESKTOP_DATA"] = data_root
    stdout.flush()
    out = stdout.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
    return subprocess.CompletedProcess(argv, status, out, stderr.getvalue())


def assert_ok(result) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def assert_user_error(result, *fragments: str) -> str:
    """Status 2, exactly one line on stderr, no traceback; returns that line."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    message = lines[0]
    assert message.startswith("s2s-desktop")
    for fragment in fragments:
        assert fragment in message, message
    return message


def model_rows(output: str) -> dict[str, list[str]]:
    """The `models` table: NAME -> the row's cells."""
    lines = output.splitlines()
    assert lines[0].split() == ["NAME", "LANGUAGES", "PRESET", "PARAMETERS", "BLEU", "CREATED"]
    return {cells[0]: cells for cells in (line.split() for line in lines[1:])}


@dataclass
class Trained:
    data: Path
    corpus: Path
    output: str
    config: dict


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Trained:
    """`s2s-desktop train` run once on the toy corpus (languages and name found by itself)."""
    data = tmp_path_factory.mktemp("cli-data")
    corpus = write_toy_corpus(tmp_path_factory.mktemp("cli-corpus"))
    result = cli("train", corpus, "--epochs", "3", *TRAIN_OPTIONS, data=data)
    output = assert_ok(result)
    config = json.loads((data / "models" / MODEL / "config.json").read_text(encoding="utf-8"))
    return Trained(data, corpus, output, config)


@pytest.fixture(scope="module")
def cat_sees_dog(trained) -> str:
    """The model's translation of one sentence given as an argument."""
    output = assert_ok(cli("translate", "--model", MODEL, "the cat sees a dog", data=trained.data))
    assert output.endswith("\n")
    lines = output.splitlines()
    assert len(lines) == 1, output
    return lines[0]


def assert_target_language(text: str) -> None:
    """Mostly toy-target words, and none of the source sentence copied through."""
    words = text.split()
    assert len(words) >= 3, text
    assert sum(word in TARGET_WORDS for word in words) >= len(words) - 1, text
    assert not {"the", "cat", "sees", "dog", "bird", "has", "book"} & set(words), text


# ---------------------------------------------------------------------- training


def test_train_prints_the_scan_report(trained):
    out = trained.output
    assert f"Data folder: {trained.corpus}" in out
    assert "Languages: en → eo" in out
    assert re.search(r"train\.en \+ train\.eo\s+moses\s+train\s+3,000 pairs", out), out
    assert re.search(r"dev\.en \+ dev\.eo\s+moses\s+valid\s+100 pairs", out), out
    assert "Training pairs: 3,000" in out
    assert "Validation pairs: 100 (from the validation files)" in out
    assert f"Training '{MODEL}': preset tiny, en → eo." in out


def test_train_prints_the_model_size_progress_and_result(trained):
    out = trained.output
    parameters = re.search(r"^Model: ([\d,]+) parameters, vocabularies (\d+) \+ (\d+)", out, re.M)
    assert parameters, out
    assert int(parameters[1].replace(",", "")) == trained.config["parameters"] > 100_000
    vocabularies = (int(parameters[2]), int(parameters[3]))
    model = trained.config["model"]
    assert vocabularies == (model["src_vocab_size"], model["tgt_vocab_size"])
    assert 8 <= vocabularies[0] <= 200
    assert "Data: 2,994 training pairs, 100 validation pairs" in out  # 6 repeat a dev source
    assert "Left out 6 training pairs whose source is also a validation or test sentence" in out
    epochs = re.findall(
        r"^Epoch (\d+) step [\d,]+: validation loss [\d.]+, BLEU ([\d.]+)", out, re.M
    )
    assert [epoch for epoch, _ in epochs] == ["1", "2", "3"]
    saved = re.search(r"^Saved as '(.+?)'", out, re.M)
    assert saved and saved[1] == MODEL, out
    # The verdict in plain words: the saved model's scores (an average of the last epochs'
    # weights is kept when it scores better than every epoch).
    beam = r"( with beam search of 4 \(greedy: BLEU [\d.]+\))?"
    best = re.search(rf"^BLEU ([\d.]+), chrF [\d.]+ on 100 held-out pairs{beam}: \w", out, re.M)
    assert best, out
    assert float(best[1]) == pytest.approx(trained.config["metrics"]["bleu"], abs=0.05)
    assert float(best[1]) >= max(float(bleu) for _, bleu in epochs) - 0.05
    assert float(best[1]) > 5  # the toy language is learnable: three epochs get somewhere
    assert re.search(r"^Training finished after [\d,]+ steps", out, re.M)
    assert f"s2s-desktop translate --model {MODEL}" in out


# ---------------------------------------------------------------------- models


def test_models_lists_the_trained_model(trained):
    listed = assert_ok(cli("models", data=trained.data))
    assert assert_ok(cli("models", "list", data=trained.data)) == listed
    rows = model_rows(listed)
    assert set(rows) == {MODEL}
    name, languages, preset, parameters, bleu, created = rows[MODEL][:6]
    assert (languages, preset) == ("en->eo", "tiny")
    assert parameters == format_parameters(trained.config["parameters"])
    assert bleu == f"{trained.config['metrics']['bleu']:.1f}"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", created)


def test_models_with_no_models(private_data_root):
    out = assert_ok(cli("models"))
    assert "No models yet" in out
    assert str(private_data_root / "models") in out
    sample = re.search(r"English → Spanish sample, in 3 minutes: s2s-desktop train (\S+) ", out)
    assert sample and (Path(sample[1]) / "train.en").is_file(), out  # a command that runs


def test_models_show_prints_the_card(trained):
    out = assert_ok(cli("models", "show", MODEL, data=trained.data))
    assert out.splitlines()[0] == MODEL
    assert re.search(rf"^  Folder:\s+{re.escape(str(trained.data / 'models' / MODEL))}$", out, re.M)
    size = re.search(r"^  Size:\s+([\d.]+) MB$", out, re.M)
    assert size and float(size[1]) > 1
    assert re.search(r"^  Layers:\s+2 encoder \+ 2 decoder$", out, re.M)
    assert re.search(r"^  Width:\s+128, ", out, re.M)
    assert re.search(r"^  Languages:\s+en → eo$", out, re.M)
    assert re.search(r"^  Preset:\s+tiny$", out, re.M)
    shown = json.loads(assert_ok(cli("models", "show", MODEL, "--json", data=trained.data)))
    assert shown == trained.config


# ---------------------------------------------------------------------- translate


def test_translate_an_argument(cat_sees_dog):
    assert_target_language(cat_sees_dog)


def test_translate_joins_the_words_of_its_arguments(trained, cat_sees_dog):
    out = assert_ok(
        cli("translate", "--model", MODEL, "the", "cat", "sees", "a", "dog", data=trained.data)
    )
    assert out.splitlines() == [cat_sees_dog]  # as one text: a shell splits unquoted words


def test_translate_nbest_lists_each_lines_best_translations(trained, cat_sees_dog):
    text = "the cat sees a dog\n\na red bird has a book\n"
    out = assert_ok(
        cli("translate", "--model", MODEL, "--nbest", "3", data=trained.data, input=text)
    )
    entries = [line.split(" ||| ") for line in out.splitlines()]
    assert [number for number, _, _ in entries] == ["0", "0", "0", "1", "2", "2", "2"]
    assert entries[0][1] == cat_sees_dog  # the best first, as the plain translation
    assert entries[3] == ["1", "", "0.0000"]  # a blank line keeps its number
    for line in ("0", "2"):  # each line's list ranked by the score it prints
        scores = [float(score) for number, _, score in entries if number == line]
        assert scores == sorted(scores, reverse=True), entries
    assert_user_error(
        cli("translate", "--model", MODEL, "--nbest", "2", "--file", "x.txt", data=trained.data),
        "--nbest lists a line's translations",
    )


def test_translate_standard_input_line_by_line(trained, cat_sees_dog):
    text = "the cat sees a dog\n\na red bird has a book\r\n\n\nthe cat sees a dog"
    out = assert_ok(cli("translate", "--model", MODEL, data=trained.data, input=text))
    lines = out.split("\n")
    assert lines[-1] == ""  # every output line ends with a newline
    lines = lines[:-1]
    assert len(lines) == 6, out
    assert lines[0] == lines[5] == cat_sees_dog  # same as the argument; last line lacks "\n"
    assert lines[1] == lines[3] == lines[4] == ""
    assert_target_language(lines[2])
    assert "\r" not in out


def test_translate_keeps_numbers_addresses_and_placeholders_of_typed_and_piped_text(trained):
    """As a .txt file's lines (the README's ``translate < document.en``; typed text takes the
    same path): a model would garble them. Each line's indentation is kept too."""
    kept = ["1,250.50", "john@example.com", "12/05/2024", "https://example.com/docs", "%s"]
    text = "the cat sees 1,250.50 john@example.com 12/05/2024\n\tsee https://example.com/docs %s\n"
    out = assert_ok(cli("translate", "--model", MODEL, data=trained.data, input=text))
    lines = out.split("\n")
    assert all(item in out for item in kept), out
    assert len(lines) == 3 and lines[1].startswith("\t") and not lines[1][1:2].isspace()


def test_out_names_a_folder_or_the_translations_own_kind(tmp_path):
    from s2s_desktop.translate_command import _out_path

    template, beside = tmp_path / "app.pot", tmp_path / "app.eo.po"
    assert _out_path(str(tmp_path / "x.po"), beside, template) == tmp_path / "x.po"
    assert _out_path(f"{tmp_path}/", beside, template) == beside
    with pytest.raises(UserError, match="x.pot names a gettext template, but the translation"):
        _out_path(str(tmp_path / "x.pot"), beside, template)
    with pytest.raises(UserError, match="The folder .*new does not exist"):
        _out_path(f"{tmp_path}/new/", beside, template)  # not a file named "new"


def test_standard_input_that_is_not_utf8_names_its_line():
    from s2s_desktop.translate_command import _line_batches

    read, write = os.pipe()
    os.write(write, b"the cat\nthe dog\nCaf\xe9\n")
    os.close(write)
    with os.fdopen(read, "r") as stream, pytest.raises(UserError, match="Line 3 of the standard"):
        list(_line_batches(stream))
    read, write = os.pipe()
    os.write(write, "Hello\r\n".encode("utf-16"))  # PowerShell's and Notepad's "Unicode"
    os.close(write)
    with os.fdopen(read, "r") as stream, pytest.raises(UserError) as refused:
        list(_line_batches(stream))
    assert "(it looks like UTF-16); convert it to UTF-8 (iconv -f utf-16 -t utf-8)" in str(
        refused.value
    )


def test_translate_a_document_beside_it_never_over_an_existing_one(trained, tmp_path):
    page = tmp_path / "page.en.html"
    page.write_text("<p>the <b>cat</b> sees a dog</p>\n<p>a %s and {0}</p>\n", encoding="utf-8")
    out = assert_ok(cli("translate", "--model", MODEL, "--file", page, data=trained.data))
    written = tmp_path / "page.eo.html"
    assert f"Wrote {written}" in out and "sentences/s" in out
    html = written.read_text(encoding="utf-8")
    assert html.count("<b>") == 1 and "%s" in html and "{0}" in html
    assert "the cat sees" not in html
    assert_user_error(
        cli("translate", "--model", MODEL, "--file", page, data=trained.data),
        "page.eo.html exists already; pass --force",
    )
    assert written.read_text(encoding="utf-8") == html
    other = tmp_path / "other.html"
    other.write_text("an earlier file", encoding="utf-8")
    assert_ok(
        cli(
            "translate",
            "--model",
            MODEL,
            "--file",
            page,
            "--out",
            other,
            "--force",
            data=trained.data,
        )
    )
    assert other.read_text(encoding="utf-8") == html
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip at all")
    assert_user_error(
        cli("translate", "--model", MODEL, "--file", broken, data=trained.data),
        "broken.docx cannot be read as a Word document",
    )
    assert not (tmp_path / "broken.eo.docx").exists()
    latin = tmp_path / "latin.txt"
    latin.write_bytes("the cat sees a dog – café\n".encode("latin-1", "replace"))
    assert_user_error(
        cli("translate", "--model", MODEL, "--file", latin, data=trained.data),
        "latin.txt is not utf-8 text",
        "--encoding latin-1",
    )
    assert_user_error(
        cli("translate", "--model", MODEL, "--file", tmp_path, data=trained.data),
        "is a folder; give --file one document",
    )


def test_translate_out_into_a_folder_never_into_another_format(trained, tmp_path):
    page = tmp_path / "page.en.html"
    page.write_text("<p>the cat sees a dog</p>\n", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()

    def translate_to(out, *options):
        return cli(
            "translate", "--model", MODEL, "--file", page, "--out", out, *options, data=trained.data
        )

    assert_ok(translate_to(folder))
    assert "<p>" in (folder / "page.eo.html").read_text(encoding="utf-8")
    assert_user_error(
        translate_to(tmp_path / "x.docx"),
        "--out x.docx names a Word document, but the translation of page.en.html is HTML",
    )
    assert_user_error(
        translate_to(tmp_path / "no" / "x.html"),
        "does not exist; create it, or choose another --out",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "page.en.html"]

    # "-" is standard output; a link (/dev/stdout is one) is refused, never replaced by a file.
    out = assert_ok(translate_to("-"))
    assert out == (folder / "page.eo.html").read_text(encoding="utf-8")  # the same document
    link = tmp_path / "link.html"
    link.symlink_to(tmp_path / "page.en.html")
    assert_user_error(translate_to(link, "--force"), "is not a plain file", "- for standard output")
    assert link.is_symlink()


def test_translate_with_a_beam_and_a_glossary(trained, tmp_path):
    """The glossary's term is placed (a word the model would not write there); a term too long
    for any translation is named on stderr, never dropped silently."""
    terms = tmp_path / "terms.tsv"
    long = " ".join(["urbo"] * 40)
    terms.write_text(f"source\ttarget\ncat\tarbo\ndog\t{long}\nCat\tdomo\n")  # Cat: a repeat
    result = cli(
        "translate",
        "--model",
        MODEL,
        "--beam",
        "3",
        "--glossary",
        terms,
        "the cat sees a dog",
        data=trained.data,
    )
    lines = assert_ok(result).splitlines()
    assert len(lines) == 1 and "arbo" in lines[0].split()
    assert_target_language(lines[0])
    said = result.stderr.splitlines()
    assert (
        said[0] == "Glossary: 1 row of terms.tsv repeats a term; the first row of each term counts."
    )
    assert said[1].startswith("Glossary: could not place 'urbo urbo")
    assert "(for 'dog') in: the cat sees a dog" in said[1]
    folder = cli("translate", "--model", MODEL, "--glossary", tmp_path, "a", data=trained.data)
    assert_user_error(folder, f"{tmp_path} is a folder; give --glossary a term file")


# ---------------------------------------------------------------------- export and import


def test_export_import_rename_delete(trained, tmp_path):
    data = trained.data
    archive = tmp_path / "shared" / "model.zip"
    archive.parent.mkdir()
    out = assert_ok(cli("models", "export", MODEL, archive, data=data))
    assert f"Exported '{MODEL}' to {archive}" in out
    assert archive.is_file() and archive.stat().st_mode & 0o044 == 0o044  # for others to read

    out = assert_ok(cli("models", "import", archive, "--name", "copy", data=data))
    assert "Imported 'copy' (en->eo)" in out
    assert set(model_rows(assert_ok(cli("models", data=data)))) == {MODEL, "copy"}

    text = "the cat sees a dog\na small tree likes the old house\n\nthe city finds a new car\n"
    original = assert_ok(cli("translate", "--model", MODEL, data=data, input=text))
    copied = assert_ok(cli("translate", "--model", "copy", data=data, input=text))
    assert copied == original
    assert len(original.splitlines()) == 4

    assert_user_error(
        cli("models", "import", archive, "--name", "copy", data=data), "'copy' already exists"
    )

    History(data / HISTORY_FILE).add("copy", "en", "eo", "the cat", "la kato")
    out = assert_ok(cli("models", "rename", "copy", "renamed", data=data))
    assert "Renamed 'copy' to 'renamed'" in out
    assert [e.model for e in History(data / HISTORY_FILE).search()] == ["renamed"]
    assert set(model_rows(assert_ok(cli("models", data=data)))) == {MODEL, "renamed"}
    shown = assert_ok(cli("models", "show", "renamed", "--json", data=data))
    assert json.loads(shown)["name"] == "renamed"
    assert_user_error(cli("models", "show", "copy", data=data), "no model named 'copy'")

    out = assert_ok(cli("models", "delete", "renamed", "--yes", data=data))
    assert "Deleted 'renamed'" in out
    assert set(model_rows(assert_ok(cli("models", data=data)))) == {MODEL}
    assert sorted(p.name for p in (data / "models").iterdir()) == [MODEL]
    assert_user_error(cli("models", "delete", "renamed", data=data), "no model named 'renamed'")


# ---------------------------------------------------------------------- mistakes


def test_train_on_an_empty_folder(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cli("train", empty, "--preset", "tiny")
    assert_user_error(result, "No parallel data found", str(empty))


def test_train_on_a_missing_folder(tmp_path):
    assert_user_error(cli("train", tmp_path / "nowhere"), "does not exist")


def test_train_on_two_language_pairs_needs_src_and_tgt(tmp_path):
    write_moses(tmp_path, "a", toy_pairs(30), "en", "eo")
    write_moses(tmp_path, "b", toy_pairs(30), "fr", "de")
    message = assert_user_error(cli("train", tmp_path, "--preset", "tiny"), "--src", "--tgt")
    assert re.search(r"de.fr", message) and re.search(r"en.eo", message), message


def test_translate_with_an_unknown_model():
    assert_user_error(
        cli("translate", "--model", "nope", "hello"), "no model named 'nope'", "none yet"
    )


def test_translate_with_beam_zero_or_too_wide():
    assert_user_error(cli("translate", "--model", "any", "--beam", "0", "hi"), "--beam", "0")
    assert_user_error(cli("translate", "--model", "any", "--beam", "1000", "hi"), "1 and 16")


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["translate", "--model", "m", "--frobnicate", "x"],
        ["translate", "hello"],  # --model missing
        ["train", ".", "--epochs", "three"],
        ["train", ".", "--device", "tpu"],
        ["models", "explode"],
    ],
)
def test_usage_mistakes_are_one_line(args):
    assert_user_error(cli(*args), "--help")


@pytest.mark.skipif(torch.cuda.is_available(), reason="needs a machine without CUDA")
def test_train_on_cuda_without_cuda(tmp_path, private_data_root):
    corpus = write_toy_corpus(tmp_path / "corpus", train=50, valid=10)
    result = cli("train", corpus, "--device", "cuda", *TRAIN_OPTIONS)
    assert_user_error(result, "CUDA", "--device cpu")
    # Nothing is left behind to clash with the next attempt.
    assert not (private_data_root / "models").exists() or not any(
        (private_data_root / "models").iterdir()
    )


def test_train_with_an_existing_name_needs_resume(trained):
    before = assert_ok(cli("models", data=trained.data))
    result = cli("train", trained.corpus, "--name", MODEL, "--epochs", "1", data=trained.data)
    assert_user_error(result, f"'{MODEL}' already exists", "--resume")
    assert "Data folder" not in result.stdout  # refused before reading the corpus
    assert assert_ok(cli("models", data=trained.data)) == before


def test_the_same_command_with_resume_continues_the_run(trained):
    """fairseq's and Marian's convention: the run's own command, --resume appended, continues
    it; here a finished run, which has nothing left to train: said in one sentence, without
    scoring the same model again. A changed value is refused before that."""
    command = ["train", trained.corpus, "--epochs", "3", *TRAIN_OPTIONS, "--name", MODEL]
    done = cli(*command, "--resume", data=trained.data)
    assert_user_error(done, f"'{MODEL}' has already finished epoch 3, its last; ask for more")
    assert f"Resuming '{MODEL}'" in done.stdout and "Training finished" not in done.stdout
    changed = cli(
        *command, "--resume", "--batch-tokens", "1000", "--hid-dim", "64", data=trained.data
    )
    assert_user_error(changed, "--batch-tokens was 2000, not 1000", "--hid-dim was 128, not 64")


def test_a_run_whose_data_moved_resumes_from_the_new_folder(trained, tmp_path):
    """The data folder renamed or moved: named on the command line, the run goes on there once
    its files prove the same; without it, one sentence says what to do."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(trained.data / "models" / MODEL, data / "models" / MODEL)
    moved = shutil.copytree(trained.corpus, tmp_path / "moved")
    run_file = data / "models" / MODEL / "training" / "run.json"
    run = json.loads(run_file.read_text(encoding="utf-8"))
    run["folder"] = str(tmp_path / "gone")  # where the data was before it moved
    run_file.write_text(json.dumps(run), encoding="utf-8")

    lost = cli("train", "--name", MODEL, "--resume", "--epochs", "4", data=data)
    assert_user_error(lost, f"{tmp_path / 'gone'}, which is not there any more", "moved to")
    output = assert_ok(cli("train", moved, "--name", MODEL, "--resume", "--epochs", "4", data=data))
    assert "the run checks that the files here are the same" in output
    assert "Training finished" in output
    assert json.loads(run_file.read_text(encoding="utf-8"))["folder"] == str(moved.resolve())


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["train", "--resume"], ["--resume needs the --name"]),
        (["train", "--name", "ghost", "--resume"], ["Cannot resume 'ghost'"]),
        (["train"], ["FOLDER"]),
        (["train", ".", "--name", "../escape"], ["not a usable model name"]),
        (["train", ".", "--epochs", "-1"], ["--epochs must be 1 or more (0: no limit)"]),
        (["train", ".", "--preset", "huge"], ["Unknown preset 'huge'"]),
        (["models", "show", "../etc"], ["not a usable model name"]),
        (["models", "import", "missing.zip"], ["does not exist"]),
        (["serve", "--port", "99999"], ["--port must be from 1 to 65535"]),
    ],
)
def test_other_user_errors(args, fragments):
    assert_user_error(cli(*args), *fragments)


# ---------------------------------------------------------------------- the program itself


def test_version():
    assert assert_ok(cli("--version", process=True)).strip() == f"s2s-desktop {__version__}"


def test_no_arguments_opens_the_window(monkeypatch):
    monkeypatch.setenv("S2S_DESKTOP_STARTUP_PROBE", "1")  # quit once the window is shown
    out = assert_ok(cli(process=True))
    assert "shown_at=" in out and "torch_loaded=False" in out


def test_no_display_is_one_sentence(monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux")
    assert_user_error(cli(process=True), "No display found", "s2s-desktop --help")


def test_train_help_shows_the_training_defaults():
    from s2s_desktop.engine.config import TrainingConfig

    defaults = TrainingConfig()
    out = assert_ok(cli("train", "--help"))
    flat = " ".join(out.split())
    assert f"passes over the data ({defaults.epochs}; 0 = no limit" in flat
    assert "--time-budget DURATION" in flat and "(90s, 30m, 2h, 1h30; a bare number" in flat
    assert f"tokens per batch ({defaults.batch_tokens})" in flat
    assert f"peak learning rate ({defaults.learning_rate})" in flat
    assert "{defaults" not in out


def test_parsing_a_command_line_does_not_load_torch():
    """`s2s-desktop models` and `--version` must start instantly, not after importing torch."""
    from s2s_desktop.cli import DEVICE_CHOICES
    from s2s_desktop.engine import devices

    assert DEVICE_CHOICES == devices.DEVICE_CHOICES
    code = (
        "import sys; from s2s_desktop.cli import build_parser; "
        "build_parser().parse_args(['train', '.', '--device', 'cpu', '--epochs', '2']); "
        "print(sorted(m for m in ('torch', 'sacrebleu', 'sentencepiece') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


# ---------------------------------------------------------------------- Ctrl+C and resume


def test_a_second_signal_aborts_even_where_the_shell_ignored_ctrl_c():
    """A run started with ``&`` from a script ignores SIGINT; the first signal asks a stop,
    the second must still abort (it used to restore "ignore")."""
    from s2s_desktop.cli import _run_until_signalled
    from s2s_desktop.engine.distributed import SINGLE

    class Run:  # stands for a Trainer that takes long to reach its stop
        cluster = SINGLE
        stops = 0

        def request_stop(self) -> None:
            self.stops += 1

        def run(self) -> None:
            os.kill(os.getpid(), signal.SIGTERM)  # the handler runs before this returns
            os.kill(os.getpid(), signal.SIGINT)

    run = Run()
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with pytest.raises(KeyboardInterrupt):
            _run_until_signalled(run)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN  # put back as it was
    finally:
        signal.signal(signal.SIGINT, before)
    assert run.stops == 1


def test_ctrl_c_stops_with_a_checkpoint_and_resume_continues(tmp_path, private_data_root):
    corpus = write_toy_corpus(tmp_path / "corpus", train=1000, valid=50)
    command = [sys.executable, "-m", "s2s_desktop", "train", corpus, "--name", "run"]
    process = subprocess.Popen(
        [*map(str, command), "--epochs", "50", *TRAIN_OPTIONS],
        cwd=REPO,
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    watchdog = threading.Timer(300, process.kill)
    watchdog.start()
    seen = []
    try:
        for line in process.stdout:
            seen.append(line)
            if re.match(r"\s*\d+% epoch 1/50 step \d+ ", line):  # a step is done: interrupt
                process.send_signal(signal.SIGINT)
                break
        rest, err = process.communicate(timeout=120)
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
    out = "".join(seen) + rest

    assert process.returncode == 0, out + err
    assert "Traceback" not in err
    assert "Stopping after this step" in err
    saved = re.search(r"^Checkpoint saved at step ([\d,]+) \(stopped\)\.$", out, re.M)
    assert saved, out
    step = int(saved[1].replace(",", ""))
    assert step > 0
    assert f"Training stopped after {saved[1]} steps" in out
    assert "--name run --resume" in out  # no evaluation yet: says how to continue

    # Interrupted before its first evaluation: not a usable model yet, and said so.
    assert "No models yet" in assert_ok(cli("models"))
    assert_user_error(cli("models", "show", "run"), "not finished", "--resume")

    # A renamed run resumes under its new name.
    assert_ok(cli("models", "rename", "run", "resumed"))
    result = cli("train", "--name", "resumed", "--resume", "--epochs", "4")
    out = assert_ok(result)
    assert f"Resuming from step {saved[1]}." in out, out
    finished = re.search(r"^Training finished after ([\d,]+) steps", out, re.M)
    assert finished and int(finished[1].replace(",", "")) > step, out
    assert [int(e) for e in re.findall(r"^Epoch (\d+) step", out, re.M)] == [1, 2, 3, 4]
    assert not (private_data_root / "models" / "run").exists()
    rows = model_rows(assert_ok(cli("models")))
    assert set(rows) == {"resumed"}
    assert rows["resumed"][1:3] == ["en->eo", "tiny"]
