"""The best model in the time given: the schedule over a budget, a 20-second run that ends on
time, settings sized to the corpus, checkpoint averaging and the verdict in plain words."""

from __future__ import annotations

from dataclasses import asdict

import pytest
import torch

from s2s_desktop.engine import events
from s2s_desktop.engine.auto import CorpusFacts, choose, script_of
from s2s_desktop.engine.averaging import WeightAverage, snapshot_epochs, snapshot_points
from s2s_desktop.engine.config import parse_duration
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.schedule import WARMUP_MIN_STEPS, WARMUP_SHARE, Schedule
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.training import Trainer
from s2s_desktop.engine.translator import load_translator
from s2s_desktop.engine.verdict import EvalPoint, quality_words, summary
from tests.engine.test_training import small_run

# ---------------------------------------------------------------------- the schedule


def test_the_budget_schedule_warms_up_then_reaches_its_end_at_the_deadline():
    schedule = Schedule(peak=1e-3, warmup_steps=50, budget_s=600.0)
    assert schedule.rate(1, 0.5) < 1e-4  # cold at the start
    warm = WARMUP_SHARE * 600
    assert schedule.rate(500, warm) == pytest.approx(1e-3)  # the peak when warmed up
    times = [warm + (600 - warm) * k / 20 for k in range(21)]
    rates = [schedule.rate(1000 + k, t) for k, t in enumerate(times)]
    assert all(a >= b for a, b in zip(rates, rates[1:]))  # only down after the warm-up
    assert rates[10] == pytest.approx(5e-4, rel=1e-6)  # a straight line...
    assert rates[-1] == 0.0  # ...to zero at the deadline: a finished model
    assert schedule.rate(5000, 700.0) == 0.0  # past it (the last evaluation runs at zero)
    # A budget too short for the step warm-up aims at the peak by half the time instead.
    assert Schedule(1e-3, 50, 10.0).rate(5, 2.5) == pytest.approx(0.5e-3)


def test_a_budget_run_warms_up_over_a_thousand_updates_however_long_the_budget():
    """The post-norm Transformer needs its warm-up in updates (docs/quality.md, "Warm-up"); a
    budget too short for them aims at the peak by half the time."""
    assert WARMUP_MIN_STEPS == 1000
    long_run = Schedule(peak=1e-3, warmup_steps=WARMUP_MIN_STEPS, budget_s=7200.0)
    assert long_run.rate(500, 360.0) == pytest.approx(5e-4)  # 5% of the time is past, not 1,000
    assert long_run.rate(1000, 360.0) == pytest.approx(1e-3)
    short_run = Schedule(peak=1e-3, warmup_steps=WARMUP_MIN_STEPS, budget_s=300.0)
    rates = [short_run.rate(3 * second, second) for second in range(1, 301)]  # 900 updates
    top = max(rates)
    assert 0.65e-3 < top < 0.72e-3  # never the peak: the warm-up meets the decay
    assert 95 <= rates.index(top) <= 110 and rates[-1] == 0.0  # at about a third of the time
    # A budget of 2,000 updates or more warms up over its first 1,000, as before.
    rates = [short_run.rate(10 * second, second) for second in range(1, 301)]  # 3,000 updates
    assert rates[49] == pytest.approx(0.5e-3)  # 500 updates: half-way, not a third of it


def test_a_short_fine_tune_reaches_its_peak_rate_within_its_run():
    from s2s_desktop.engine.schedule import WARMUP_MIN_STEPS, warmup_for

    assert warmup_for(100, False, 50, fine_tune=True) == 5  # 400 pairs, 10 epochs: 50 updates
    assert warmup_for(100, False, 5000, fine_tune=True) == 100
    assert warmup_for(100, True, 0, fine_tune=True) == 100  # a time budget: no plan to cut
    assert warmup_for(300, False, 50, fine_tune=False) == 300  # set by hand for a new model
    assert warmup_for(None, True, 0, fine_tune=False) == WARMUP_MIN_STEPS
    assert warmup_for(None, False, 50_000, fine_tune=False) == 4000


def test_an_epoch_run_keeps_the_inverse_square_root_schedule():
    schedule = Schedule(peak=5e-4, warmup_steps=100)
    assert schedule.rate(50, 999.0) == pytest.approx(2.5e-4)
    assert schedule.rate(100, 0.0) == pytest.approx(5e-4)
    assert schedule.rate(400, 0.0) == pytest.approx(2.5e-4)


@pytest.mark.parametrize(
    "text, minutes",
    [
        ("30m", 30),
        ("2h", 120),
        ("90s", 1.5),
        ("1h30m", 90),
        ("45", 45),
        ("10min", 10),
        ("1h30", 90),
        ("2h 15m", 135),
    ],
)
def test_durations_read_as_people_write_them(text, minutes):
    assert parse_duration(text) == pytest.approx(minutes)


@pytest.mark.parametrize("text", ["", "soon", "0", "-5m", "5x"])
def test_a_duration_that_is_not_one_is_one_sentence(text):
    with pytest.raises(UserError, match="duration|longer than zero"):
        parse_duration(text)


# ---------------------------------------------------------------------- a budget run


def test_a_20_second_budget_ends_on_time_with_a_finished_model(small_corpus):
    run_events: list = []
    settings = small_run(
        small_corpus,
        "budget",
        epochs=None,
        max_minutes=1 / 3,
        patience=None,
        batch_tokens=200,
        average_checkpoints=5,
        warmup_steps=25,  # a busy machine makes fewer than the default 1,000 updates a minute
    )
    result = Trainer(settings, run_events.append).run()
    assert isinstance(result, events.Finished), result
    assert result.reason == "time limit" and result.has_model
    steps = [e for e in run_events if isinstance(e, events.Step)]
    evaluations = [e for e in run_events if isinstance(e, events.Evaluation) and not e.averaged]
    # On time: training stops one evaluation's time before the deadline, so the final
    # evaluation and the average's end the run near it (a tiny model evaluates in seconds).
    assert steps[-1].elapsed_s < 20
    assert 16 <= result.elapsed_s < 20 + 8
    # Laid out over the budget: warmed up, then down to almost zero when training stops (one
    # evaluation's time before the deadline, where it reaches zero).
    peak = settings.training.learning_rate
    assert max(s.learning_rate for s in steps) == pytest.approx(peak, rel=0.05)
    assert steps[-1].learning_rate < 0.1 * peak
    # The progress bar counts to the deadline.
    assert steps[-1].eta_s == pytest.approx(20 - steps[-1].elapsed_s, abs=0.5)
    assert steps[len(steps) // 2].progress == pytest.approx(steps[len(steps) // 2].elapsed_s / 20)
    # Evaluations follow the clock (about every eighth of the budget), not the tiny epochs.
    assert 5 <= len(evaluations) <= 10
    checkpoints = [e for e in run_events if isinstance(e, events.Checkpoint)]
    assert any(c.reason == "evaluation" for c in checkpoints)
    # The last checkpoints were averaged and evaluated; the saved model loads and translates.
    assert any(isinstance(e, events.Evaluation) and e.averaged >= 2 for e in run_events)
    assert result.summary and result.summary[0].startswith(f"BLEU {result.best_bleu:.1f}")
    translator = load_translator(ModelStore().path("budget"), device="cpu")
    assert len(translator.translate(["the cat sees a dog"])[0]) > 0


# ---------------------------------------------------------------------- auto


def test_auto_sizes_a_small_and_a_huge_corpus_differently():
    small = choose(CorpusFacts(2_000, "Latin", "Latin"), 30, "cpu")
    huge = choose(CorpusFacts(2_000_000, "Latin", "Cyrillic"), None, "cuda")
    assert small.model.src_vocab_size < huge.model.src_vocab_size
    assert small.model.shared_vocab and not huge.model.shared_vocab  # one script vs two
    assert not small.model.tied_embeddings  # measured: untied scored higher
    assert small.model.enc_dropout > huge.model.enc_dropout
    assert small.label_smoothing >= huge.label_smoothing
    assert small.model.hid_dim < huge.model.hid_dim  # a GPU with time earns the base model
    assert small.batch_tokens < huge.batch_tokens
    assert small.model.parameter_count() < huge.model.parameter_count() / 5
    small.model.validate()
    huge.model.validate()
    # One line per choice, in words.
    assert len(small.reasons) >= 5
    assert any("2,000 pairs" in line for line in small.reasons)
    assert any("Latin" in line and "Cyrillic" in line for line in huge.reasons)


def test_a_corpus_with_little_text_gets_a_vocabulary_it_can_learn_and_says_why():
    """Under the text a 2,000-piece vocabulary needs (each piece seen about 30 times), auto
    takes fewer pieces, in 250s, never under 250, and its reason says so; more text keeps
    the tier's size."""
    few = choose(CorpusFacts(2_000, "Latin", "Cyrillic", mean_chars=100), 30, "cpu")
    tiny = choose(CorpusFacts(300, "Latin", "Latin", mean_chars=60), 30, "cpu")
    enough = choose(CorpusFacts(8_000, "Latin", "Cyrillic", mean_chars=250), 30, "cpu")
    assert few.model.src_vocab_size == few.model.tgt_vocab_size == 750
    assert tiny.model.src_vocab_size == 500  # 250 a language, shared: 1.5 times, in 250s
    assert enough.model.src_vocab_size == 2_000
    chinese = choose(CorpusFacts(400, "Latin", "Han", mean_chars=80), 30, "cpu")
    assert chinese.model.tgt_vocab_size == 2_000  # a Han vocabulary must hold its characters
    (line,) = [line for line in few.reasons if line.startswith("Vocabulary")]
    assert "2,000 pairs are few: a small vocabulary" in line
    (line,) = [line for line in enough.reasons if line.startswith("Vocabulary")]
    assert "8,000 pairs: each piece is seen often enough" in line


def test_tied_embeddings_asked_for_on_auto_need_its_shared_vocabulary():
    from s2s_desktop.engine.config import TrainingConfig

    shared = choose(CorpusFacts(2_000, "Latin", "Latin"), 30, "cpu")
    model, _ = shared.applied(TrainingConfig(), {}, {"tied_embeddings": True})
    assert model.shared_vocab and model.tied_embeddings
    each = choose(CorpusFacts(2_000, "Latin", "Cyrillic"), 30, "cpu")
    with pytest.raises(UserError, match="Tied embeddings need one shared vocabulary"):
        each.applied(TrainingConfig(), {}, {"tied_embeddings": True})


def test_a_cpu_keeps_the_vocabulary_small_enough_to_afford():
    cpu = choose(CorpusFacts(2_000_000, "Latin", "Latin"), 30, "cpu")
    gpu = choose(CorpusFacts(2_000_000, "Latin", "Latin"), 30, "cuda")
    assert cpu.model.src_vocab_size < gpu.model.src_vocab_size


def test_a_larger_vocabulary_means_fewer_expected_updates_on_a_cpu(monkeypatch):
    """The output layer's cost grows with the vocabulary: auto's expected speed (and so its
    updates and choices) follows. 26,000 pairs get 6,000 shared pieces, 8,000 pairs 3,000."""
    from s2s_desktop.engine.auto import SIZES

    monkeypatch.setattr("s2s_desktop.engine.auto.os.cpu_count", lambda: 2)  # one batch size

    small = SIZES[0]
    assert small.cpu_cost(3_000) == pytest.approx(1.0)
    assert small.cpu_cost(6_000) > 1.2 * small.cpu_cost(3_000)
    assert SIZES[2].cpu_cost(6_000) < SIZES[1].cpu_cost(6_000) < small.cpu_cost(6_000)

    def expected_updates(pairs: int) -> tuple[int, float]:
        choice = choose(CorpusFacts(pairs, "Latin", "Latin", mean_chars=200), 10, "cpu")
        assert choice.model.hid_dim == small.hid_dim and choice.batch_tokens == 2_048
        line = next(line for line in choice.reasons if line.startswith("Batch"))
        return choice.model.src_vocab_size, float(
            line.split("about ")[1].split(" updates")[0].replace(",", "")
        )

    (vocabulary_26k, updates_26k), (vocabulary_8k, updates_8k) = (
        expected_updates(26_000),
        expected_updates(8_000),
    )
    assert (vocabulary_26k, vocabulary_8k) == (6_000, 3_000)
    assert updates_26k / updates_8k == pytest.approx(1 / small.cpu_cost(6_000), rel=0.01)


def test_the_script_is_the_one_most_letters_use():
    assert script_of(["Hello world", "Ça va?"]) == "Latin"
    assert script_of(["Привет, мир"]) == "Cyrillic"
    assert script_of(["日本語のテキスト"]) == "Han"
    assert script_of(["123 !?"]) == "Unknown"


# ---------------------------------------------------------------------- averaging


def test_the_average_of_snapshots_is_their_mean():
    model = torch.nn.Linear(2, 1)
    average = WeightAverage()
    for step, value in enumerate((1.0, 2.0, 6.0)):
        torch.nn.init.constant_(model.weight, value)
        average.add(model.state_dict(), step)
    average.add(model.state_dict(), 2)  # the same step twice counts once
    assert average.count == 3
    assert torch.allclose(average.mean()["weight"], torch.full((1, 2), 3.0))
    assert snapshot_points(100.0, 3) == pytest.approx([90.0, 95.0])
    assert list(snapshot_epochs(10, 3)) == [8, 9, 10]


def test_an_epoch_run_averages_its_last_checkpoints_into_a_model_that_translates(small_corpus):
    run_events: list = []
    settings = small_run(small_corpus, "averaged", epochs=4, average_checkpoints=3)
    result = Trainer(settings, run_events.append).run()
    assert result.reason == "completed"
    averaged = [e for e in run_events if isinstance(e, events.Evaluation) and e.averaged]
    assert len(averaged) == 1 and averaged[0].averaged == 3
    assert averaged[0].step == result.step
    config = load_translator(ModelStore().path("averaged"), device="cpu").config
    assert config["metrics"]["averaged_checkpoints"] in (0, 3)  # kept only if it scored better
    assert config["metrics"]["training_seconds"] >= 0
    # How long it trained in all, at its end: the Models tab's "Trained" (the best checkpoint
    # may be older, as a fine-tune's that never beat its base is step 0's).
    run_seconds = config["metrics"]["run_seconds"]
    assert run_seconds >= config["metrics"]["training_seconds"]
    assert abs(run_seconds - result.elapsed_s) <= 1
    translator = load_translator(ModelStore().path("averaged"), device="cpu")
    assert len(translator.translate(["a dog"])) == 1


def test_a_stopped_run_is_not_averaged(small_corpus):
    run_events: list = []
    trainer = Trainer(small_run(small_corpus, "stopped", epochs=50), run_events.append)

    def stop_after_two_epochs(event):
        run_events.append(event)
        if isinstance(event, events.Evaluation) and event.epoch >= 2:
            trainer.request_stop()

    trainer.callback = stop_after_two_epochs
    assert trainer.run().reason == "stopped"
    assert not any(isinstance(e, events.Evaluation) and e.averaged for e in run_events)


# ---------------------------------------------------------------------- the verdict


def test_the_verdict_reads_the_curve():
    climbing = [EvalPoint(100 * i, 3.0 - 0.3 * i, 5.0 + 3 * i) for i in range(5)]
    flat = [EvalPoint(100 * i, 2.0, 20.0 + 0.1 * (i % 2)) for i in range(5)]
    overfit = [EvalPoint(100 * i, v, 10.0) for i, v in enumerate((3.0, 2.0, 1.8, 2.0, 2.2))]
    assert "More time" in summary(17.0, 45.0, 1000, 200_000, climbing, "time limit")[1]
    assert "More data" in summary(20.1, 50.0, 1000, 8_000, flat, "completed")[1]
    assert "larger model" in summary(20.1, 50.0, 1000, 900_000, flat, "completed")[1]
    assert "memorise" in summary(10.0, 40.0, 1000, 8_000, overfit, "completed")[1]
    # Early on BLEU stays near zero while chrF climbs: still learning, not "stopped rising".
    early = [
        EvalPoint(100 * i, 5.0 - 0.01 * i, (0.29, 0.24, 0.29)[i], 4.9 + 0.8 * i) for i in range(3)
    ]
    assert "More time" in summary(0.3, 6.5, 200, 8_000, early, "time limit")[1]
    # A time budget's learning rate runs down at the deadline: a slow rise to the best score yet
    # is still a rise, not "stopped rising".
    slow = [EvalPoint(100 * i, 5.0 - 0.02 * i, 0.2 + 0.05 * i, 3.0 + 0.3 * i) for i in range(4)]
    assert "scores were still rising" in summary(0.35, 3.9, 200, 2_900, slow, "time limit")[1]
    # Minutes in, the loss falls while chrF swings down: the loss is what still moves.
    chaotic = [
        EvalPoint(4, 7.0, 0.1, 6.18),
        EvalPoint(8, 6.5, 0.0, 2.0),
        EvalPoint(12, 6.2, 0, 0.32),
    ]
    advice = summary(0.1, 6.18, 200, 2_900, chaotic, "time limit")[1]
    assert "loss was still falling" in advice and "scores were still rising" not in advice
    first = summary(23.4, 51.0, 1000, 10_000, flat, "completed")[0]
    assert first.startswith("BLEU 23.4, chrF 51.0 on 1,000 held-out pairs: understandable")
    beam = summary(23.4, 51.0, 1000, 10_000, flat, "completed", "beam search of 4 (greedy: 21.0)")
    assert beam[0].startswith("BLEU 23.4, chrF 51.0 on 1,000 held-out pairs with beam search of 4")
    assert quality_words(2.0).startswith("not usable yet")
    assert summary(None, None, 100, 100, [], "stopped")[0].startswith("No evaluation")


def test_a_score_on_few_held_out_pairs_says_it_is_unsure():
    flat = [EvalPoint(100 * i, 2.0, 20.0) for i in range(5)]
    lines = summary(20.0, 50.0, 40, 170, flat, "completed")
    assert lines[0].startswith("BLEU 20.0, chrF 50.0 on 40 held-out pairs: understandable")
    assert lines[1].startswith("Only 40 held-out pairs were scored")
    assert "More data" in lines[2]
    assert not any("Only" in line for line in summary(20.0, 50.0, 100, 900, flat, "completed"))
    # On a handful, no band in words at all: one sentence of the scores was luck.
    lines = summary(6.8, 16.0, 1, 9, flat, "completed")
    assert lines[0] == (
        "BLEU 6.8, chrF 16.0 (held-out pairs scored: 1, too few to say how well it translates; "
        "a validation file, valid or dev, of a few hundred pairs gives a firm score)."
    )
    assert "More data" in lines[1]
    beam = summary(6.8, 16.0, 1, 9, flat, "completed", "beam search of 4")[0]
    assert beam.startswith("BLEU 6.8, chrF 16.0 with beam search of 4 (held-out pairs scored: 1,")


def test_a_size_set_by_hand_on_auto_gets_dropout_batch_and_rate_chosen_for_it(monkeypatch):
    """A model set wider and deeper by hand trains slower: fewer passes over the data in the
    budget, so less dropout, and the peak rate of its width; a rate given by hand still wins."""
    from s2s_desktop.engine.config import TrainingConfig

    monkeypatch.setattr("s2s_desktop.engine.auto.os.cpu_count", lambda: 2)  # its speeds

    facts = CorpusFacts(8_000, "Latin", "Latin", mean_chars=260)
    small = choose(facts, 10, "cpu")
    assert (small.model.hid_dim, small.learning_rate, small.model.enc_dropout) == (128, 2e-3, 0.2)
    assert choose(facts, 10, "cpu", asdict(small.model)) == small  # its own size: no change

    size = {"hid_dim": 256, "enc_layers": 3, "dec_layers": 3, "enc_heads": 8, "dec_heads": 8}
    wider = choose(facts, 10, "cpu", {**size, "src_vocab_size": 99, "enc_pf_dim": None})
    assert wider.model.src_vocab_size == small.model.src_vocab_size  # only the size is taken
    assert (wider.model.hid_dim, wider.model.dec_layers, wider.model.dec_heads) == (256, 3, 8)
    assert wider.model.enc_pf_dim == small.model.enc_pf_dim  # not set: auto's
    assert wider.learning_rate == 1e-3  # the 256-wide size's peak, not the small one's
    assert wider.model.enc_dropout == wider.model.dec_dropout == 0.1  # few passes: less
    assert wider.batch_tokens == 2_048
    model_line = next(line for line in wider.reasons if line.startswith("Model"))
    assert "set by hand" in model_line and "auto would choose 128 wide" in model_line

    def updates(choice) -> float:
        line = next(line for line in choice.reasons if line.startswith("Batch"))
        return float(line.split("about ")[1].split(" updates")[0].replace(",", ""))

    assert updates(wider) < updates(small) / 2  # about 4x the multiply-adds per token
    assert choose(facts, 10, "cpu", {"hid_dim": 1024, "enc_heads": 8}).learning_rate == 5e-4

    model, training = wider.applied(TrainingConfig(), {}, size)
    assert (model.hid_dim, model.enc_dropout, training.learning_rate) == (256, 0.1, 1e-3)
    _, given = wider.applied(TrainingConfig(learning_rate=3e-4), {"learning_rate": 3e-4}, size)
    assert given.learning_rate == 3e-4  # a rate set by hand wins
    model, _ = wider.applied(TrainingConfig(), {}, {**size, "enc_dropout": 0.3})
    assert model.enc_dropout == 0.3  # and so does a dropout


def test_a_model_whose_weights_see_few_tokens_in_the_budget_keeps_dropout_low(monkeypatch):
    """More dropout comes with more passes over the data, but not for a model too large to
    learn them in the budget: as measured at the tutorial's size on 8,000 pairs in 20 minutes
    (14.4 BLEU at 0.1 against 7.9 at the 0.2 its passes would give)."""
    monkeypatch.setattr("s2s_desktop.engine.auto.os.cpu_count", lambda: 2)  # its speeds
    facts = CorpusFacts(8_000, "Latin", "Latin", mean_chars=166, cpu_bfloat16=True)
    size = {"hid_dim": 256, "enc_layers": 3, "dec_layers": 3, "enc_heads": 8, "dec_heads": 8}

    def line(choice, start: str) -> str:
        return next(line for line in choice.reasons if line.startswith(start))

    tutorial = choose(facts, 20, "cpu", size)
    assert "about 27 passes over the data" in line(tutorial, "Model")  # past 17...
    assert tutorial.model.enc_dropout == tutorial.model.dec_dropout == 0.1  # ...yet
    assert tutorial.label_smoothing == 0.1
    assert line(tutorial, "Dropout") == (
        "Dropout 0.1, label smoothing 0.1: about 27 passes over the data, but its 6.4 M weights "
        "see only about 1.0 training tokens each: a model still learning, which more dropout "
        "would only slow."
    )
    own = choose(facts, 20, "cpu")  # auto's own 2.1 M weights: many passes, enough tokens
    assert (own.model.hid_dim, own.model.enc_dropout, own.label_smoothing) == (128, 0.3, 0.2)
    assert choose(facts, 10, "cpu").model.enc_dropout == 0.2  # as measured
    assert choose(facts, 120, "cpu", size).model.enc_dropout == 0.3  # 6 tokens a weight
    assert choose(facts, None, "cpu", size).model.enc_dropout == 0.3  # no deadline: passes rule


def test_the_command_line_chooses_for_the_size_it_is_given(tmp_path, capsys, monkeypatch):
    """``train --preset auto --hid-dim 256 ...``: auto's settings for that model, said so."""
    from s2s_desktop import cli
    from tests.toy import write_toy_corpus

    # auto's expected speeds, and so its choices, as on a 2-core CPU without bfloat16.
    monkeypatch.setattr("s2s_desktop.engine.auto.os.cpu_count", lambda: 2)
    monkeypatch.setattr("s2s_desktop.engine.devices.cpu_trains_bfloat16", lambda width: False)

    corpus = write_toy_corpus(tmp_path / "toy")
    words = ["train", str(corpus), "--preset", "auto", "--time-budget", "10m", "--device", "cpu"]
    size = ["--hid-dim", "256", "--enc-layers", "3", "--dec-layers", "3"]
    args = cli.build_parser().parse_args(words + size)
    settings = cli._plan(args, ModelStore(tmp_path / "store")).settings
    out = capsys.readouterr().out
    assert "auto: Model: 256 wide, 3 + 3 layers, 4 heads, feed-forward 512, set by hand" in out
    assert (settings.model.hid_dim, settings.model.enc_layers) == (256, 3)
    assert settings.training.learning_rate == 1e-3


def test_autos_passes_over_the_data_count_what_a_real_batch_plan_holds():
    """auto's speeds count batch tokens (padded, per side): a pass over the sample corpus, cut
    into 3,000 shared pieces and planned into 2,048-token batches, costs what it expects."""
    from s2s_desktop.engine.auto import pair_batch_tokens
    from s2s_desktop.engine.batching import TokenizedPairs, plan_batches
    from s2s_desktop.engine.corpus import iter_pairs, scan_folder
    from s2s_desktop.engine.tokenizer import train_tokenizer
    from s2s_desktop.resources import sample_corpus

    pairs = list(iter_pairs(scan_folder(sample_corpus(), None, None), "train"))
    tokenizer = train_tokenizer([text for pair in pairs for text in pair], 3_000)
    tokenized = TokenizedPairs()
    for source, target in zip(
        tokenizer.encode([s for s, _ in pairs]), tokenizer.encode([t for _, t in pairs])
    ):
        tokenized.add(source, target)
    batches = plan_batches(tokenized.freeze(), 2_048, seed=1)
    mean_chars = sum(len(s) + len(t) for s, t in pairs) / len(pairs)
    expected = len(pairs) * pair_batch_tokens(mean_chars)
    assert len(batches) * 2_048 == pytest.approx(expected, rel=0.15)
