"""Fine-tuning: a new model from a stored one (``--from``), on another folder.

The base is the session's trained toy model, copied into each test's private store.
"""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.evaluation import corpus_scores
from s2s_desktop.engine.events import (
    Checkpoint,
    Evaluation,
    Failed,
    Finished,
    Preparing,
    Started,
)
from s2s_desktop.engine.fine_tune import RATE_SHARE, WARMUP_STEPS
from s2s_desktop.engine.model_files import (
    CONFIG_FILE,
    SOURCE_TOKENIZER,
    TARGET_TOKENIZER,
    load_model_files,
    read_card,
    read_metrics,
)
from s2s_desktop.engine.planning import RunRequest, plan_run
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.training import Trainer
from s2s_desktop.engine.translator import Translator
from tests.toy import toy_pairs, write_moses


@pytest.fixture
def store(trained_toy_model) -> ModelStore:
    """A private store holding the trained toy model as "toy" (en -> eo)."""
    store = ModelStore()
    shutil.copytree(trained_toy_model.model_dir, store.path("toy"))
    return store


def digest(folder) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def fine_tune(store, folder, events, stop_at_start=False, **training) -> Finished | Failed:
    """Fine-tune "toy" on ``folder`` as "tuned"; ``stop_at_start``: stop right after the first
    checkpoint (the base, scored)."""
    request = RunRequest(
        name="tuned",
        folder=str(folder),
        base="toy",
        training={"epochs": 2, "device": "cpu", "final_beam": 1, **training},
    )
    plan = plan_run(request, store)

    def listen(event) -> None:
        events.append(event)
        if stop_at_start and isinstance(event, Checkpoint) and event.reason == "start":
            trainer.request_stop()

    trainer = Trainer(plan.settings, listen, report=plan.report, store=store)
    return trainer.run()


def test_a_fine_tuned_model_starts_from_its_base_which_stays_unchanged(store, small_corpus):
    base = store.path("toy")
    before = digest(base)
    events: list = []
    result = fine_tune(store, small_corpus, events)
    assert isinstance(result, Finished), result
    assert digest(base) == before
    tuned = store.path("tuned")
    for file in (SOURCE_TOKENIZER, TARGET_TOKENIZER):
        assert (tuned / file).read_bytes() == (base / file).read_bytes()
    started = next(e for e in events if isinstance(e, Started))
    assert started.parameters == read_card(base).parameters

    # The first evaluation, before any step, is the base's own score on the new validation set.
    first = next(e for e in events if isinstance(e, Evaluation))
    assert first.step == 0
    loaded = load_model_files(base, "cpu")
    translator = Translator(loaded, compute_type="float32")
    sources = (small_corpus / "dev.en").read_text(encoding="utf-8").splitlines()
    references = (small_corpus / "dev.eo").read_text(encoding="utf-8").splitlines()
    hypotheses = translator.translate(sources, beam=1, split=False)
    bleu, _ = corpus_scores(hypotheses, references, "eo")
    assert first.bleu == pytest.approx(bleu, abs=0.5)
    assert first.bleu > 30  # the base already translates the toy language

    card = json.loads((tuned / CONFIG_FILE).read_text(encoding="utf-8"))
    lineage = card["lineage"]
    assert lineage["base"] == "toy" and lineage["base_card"]["name"] == "toy"
    assert lineage["folder"] == str(small_corpus.resolve()) and lineage["pairs"] > 0
    assert read_card(tuned).base == "toy"
    forgetting = lineage["forgetting"]
    assert forgetting["pairs"] == 100 and forgetting["base_bleu"] > 30
    assert any("On the validation set of 'toy' (100 pairs)" in line for line in result.summary)
    assert [r for r in read_metrics(tuned) if r["type"] == "forgetting"]


def test_a_fine_tune_that_never_beats_its_base_says_it_is_the_base(store, small_corpus):
    events: list = []
    result = fine_tune(store, small_corpus, events, epochs=1, learning_rate=1e-9)
    assert isinstance(result, Finished), result
    assert read_card(store.path("tuned")).step == 0
    assert any(
        "No step scored better than 'toy'" in line and "'tuned' is 'toy' as it was" in line
        for line in result.summary
    )


def test_the_schedule_suits_trained_weights(store, small_corpus):
    plan = plan_run(RunRequest(folder=str(small_corpus), base="toy"), store)
    training = plan.settings.training
    base_training = read_card(store.path("toy")).data["training"]
    assert training.warmup_steps == WARMUP_STEPS
    assert training.learning_rate == base_training["learning_rate"] * RATE_SHARE
    assert training.batch_tokens == base_training["batch_tokens"]
    assert plan.settings.name == "toy-tuned" and plan.settings.base == "toy"
    assert any("Learning rate: peak" in reason for reason in plan.reasons)
    by_hand = plan_run(
        RunRequest(folder=str(small_corpus), base="toy", training={"learning_rate": 3e-4}), store
    )
    assert by_hand.settings.training.learning_rate == 3e-4


def test_mixing_in_the_base_data(store, small_corpus):
    events: list = []
    result = fine_tune(store, small_corpus, events, epochs=1, mix_base=0.2)
    assert isinstance(result, Finished), result
    said = [e.message for e in events if isinstance(e, Preparing)]
    assert "Mixing in 75 pairs of the base's training data (20%)" in said
    started = next(e for e in events if isinstance(e, Started))
    assert started.train_pairs > 300


@pytest.mark.parametrize(
    ("change", "fragments"),
    [
        ({"model": {"hid_dim": 64}}, ["keeps the architecture", "--hid-dim is 128, not 64"]),
        ({"model": {"src_vocab_size": 500}}, ["--src-vocab-size is"]),
        ({"preset": "tiny"}, ["leave out --preset tiny"]),
        ({"base": "ghost"}, ["no model named 'ghost'"]),
        ({"tgt": "fr"}, ["'toy' translates en → eo", "en → fr"]),
        ({"name": "toy"}, ["'toy' stays as it is, so it needs another name", "toy-tuned"]),
    ],
)
def test_mismatches_are_refused_before_anything_runs(store, tmp_path, change, fragments):
    folder = tmp_path / "data"
    write_moses(folder, "train", toy_pairs(50, seed=1))
    write_moses(folder, "train", toy_pairs(50, seed=1), tgt="fr")
    request = {"name": "tuned", "folder": str(folder), "base": "toy", **change}
    with pytest.raises(UserError) as error:
        plan_run(RunRequest(**request), store)
    for fragment in fragments:
        assert fragment in str(error.value)
    assert not store.exists("tuned")


def test_a_folder_without_the_base_languages_says_a_fine_tune_keeps_them(store, tmp_path):
    folder = tmp_path / "de-fr"
    write_moses(folder, "train", toy_pairs(30, seed=1), src="de", tgt="fr")
    with pytest.raises(UserError) as error:
        plan_run(RunRequest(folder=str(folder), base="toy"), store)
    message = str(error.value)
    assert "has no en–eo pairs, the languages of 'toy' (it has de–fr)" in message
    assert "--src/--tgt" not in message  # which it would then refuse


def test_mix_base_needs_a_base_and_its_data(store, small_corpus, trained_toy_model):
    with pytest.raises(UserError, match="use it with --from"):
        plan_run(RunRequest(folder=str(small_corpus), training={"mix_base": 0.2}), store)
    run_file = store.path("toy") / "training" / "run.json"
    run = json.loads(run_file.read_text(encoding="utf-8"))
    run["folder"] = str(small_corpus / "gone")
    run_file.write_text(json.dumps(run), encoding="utf-8")
    with pytest.raises(UserError, match="is gone; leave out --mix-base"):
        plan_run(
            RunRequest(folder=str(small_corpus), base="toy", training={"mix_base": 0.2}), store
        )


def test_a_translate_only_model_cannot_be_a_base(store, small_corpus):
    config = store.path("toy") / CONFIG_FILE
    card = json.loads(config.read_text(encoding="utf-8"))
    config.write_text(
        json.dumps({**card, "translate_only": True, "origin": "Argos Translate"}), "utf-8"
    )
    with pytest.raises(UserError, match="translate-only model"):
        plan_run(RunRequest(folder=str(small_corpus), base="toy"), store)


def test_text_the_base_cannot_write_is_refused(store, tmp_path):
    greek = str.maketrans("abdeilmnorstuv", "αβδειλμνορστυϐ")
    folder = tmp_path / "greek"
    write_moses(folder, "train", [(s.translate(greek), t) for s, t in toy_pairs(60, seed=2)])
    events: list = []
    result = fine_tune(store, folder, events)
    assert isinstance(result, Failed)
    assert "unknown to the vocabularies of 'toy'" in result.message
    assert not store.exists("tuned")


def test_a_folder_with_its_sides_swapped_is_refused(store, tmp_path):
    """The .en files hold the target language: the base reads the pairs far better the other
    way round, so the run refuses before it trains (it would unlearn the base)."""
    folder = tmp_path / "swapped"
    write_moses(folder, "train", [(t, s) for s, t in toy_pairs(300, seed=3)])
    write_moses(folder, "dev", [(t, s) for s, t in toy_pairs(60, seed=4)])
    result = fine_tune(store, folder, [])
    assert isinstance(result, Failed)
    assert "look swapped" in result.message and "loss" in result.message, result.message
    assert not store.exists("tuned")


def test_a_fine_tuning_run_resumes_with_its_own_command(store, small_corpus):
    events: list = []

    def stop_after_two_steps(event) -> None:
        events.append(event)
        if type(event).__name__ == "Step" and event.step == 2:
            trainer.request_stop()

    request = RunRequest(
        name="tuned",
        folder=str(small_corpus),
        base="toy",
        preset="auto",  # accepted for a fine-tune, and so on its resume
        training={"epochs": 2, "device": "cpu"},
    )
    plan = plan_run(request, store)
    trainer = Trainer(plan.settings, stop_after_two_steps, report=plan.report, store=store)
    assert trainer.run().reason == "stopped"
    resumed = plan_run(request, store, resume=True)
    assert resumed.settings.base == "toy"
    result = Trainer(resumed.settings, events.append, resume=True, store=store).run()
    assert isinstance(result, Finished) and result.reason != "stopped", result
    assert read_card(store.path("tuned")).base == "toy"
    with pytest.raises(UserError, match="--from was toy, not other"):
        plan_run(RunRequest(name="tuned", base="other"), store, resume=True)


def test_an_imported_opus_mt_model_fine_tunes(small_corpus, tmp_path):
    """An OPUS-MT model brought in through the store is a base like our own: the run keeps
    its vocabulary list and tied embeddings, starts from its weights, and says that an
    imported base has no validation set to measure forgetting on."""
    from tests.engine.test_marian import build_opus_mt

    store = ModelStore()
    build_opus_mt(tmp_path / "opus-mt-en-eo")
    store.import_(tmp_path / "opus-mt-en-eo")
    events: list = []
    request = RunRequest(
        folder=str(small_corpus),
        base="opus-mt-en-eo",
        # Random weights rarely end a sentence: few, greedy translations keep it quick.
        training={"epochs": 1, "device": "cpu", "final_beam": 1, "bleu_sentences": 4},
    )
    plan = plan_run(request, store)
    assert plan.settings.model.joint_vocab and plan.settings.model.tied_embeddings
    result = Trainer(plan.settings, events.append, report=plan.report, store=store).run()
    assert isinstance(result, Finished), result
    assert next(e for e in events if isinstance(e, Evaluation)).step == 0
    assert "the base was imported, without a validation set" in result.summary[-1]
    tuned = load_model_files(store.path("opus-mt-en-eo-tuned"), "cpu")
    assert (
        tuned.source_tokenizer.pieces
        == load_model_files(store.path("opus-mt-en-eo"), "cpu").source_tokenizer.pieces
    )


def test_once_started_a_run_no_longer_needs_its_base(store, small_corpus):
    """After the base's score is checkpointed, deleting the base does not stop a resume (a
    rename is followed: ``store.rename``); the starting point is logged once."""
    events: list = []
    assert fine_tune(store, small_corpus, events, stop_at_start=True).reason == "stopped"
    tuned = store.path("tuned")
    store.delete("toy")
    resumed = plan_run(RunRequest(name="tuned", base="toy"), store, resume=True)
    result = Trainer(resumed.settings, events.append, resume=True, store=store).run()
    assert isinstance(result, Finished) and result.reason != "stopped", result
    starts = [r for r in read_metrics(tuned) if r["type"] == "eval" and r["step"] == 0]
    assert len(starts) == 1
    assert "no longer stored under that name" in result.summary[-1]


def test_a_torn_tokenizer_copy_is_made_again(store, small_corpus):
    events: list = []
    assert fine_tune(store, small_corpus, events, stop_at_start=True).reason == "stopped"
    (store.path("tuned") / TARGET_TOKENIZER).unlink()
    resumed = plan_run(RunRequest(name="tuned", base="toy"), store, resume=True)
    result = Trainer(resumed.settings, events.append, resume=True, store=store).run()
    assert isinstance(result, Finished), result
    copied = (store.path("tuned") / TARGET_TOKENIZER).read_bytes()
    assert copied == (store.path("toy") / TARGET_TOKENIZER).read_bytes()


def test_the_cluster_command_of_a_fine_tuning_run_plans_the_same_run(store, small_corpus):
    from s2s_desktop import cli
    from s2s_desktop.cluster_command import train_arguments

    request = RunRequest(
        name="tuned",
        folder=str(small_corpus),
        base="toy",
        model={"enc_dropout": 0.3},
        training={"batch_tokens": 4096, "max_minutes": 5.0},
    )
    settings = plan_run(request, store).settings
    arguments = train_arguments(settings)
    assert "--from" in arguments and "--preset" not in arguments
    again = cli._plan(cli.build_parser().parse_args(["train", *arguments]), store).settings
    assert again == settings
