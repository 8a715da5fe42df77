"""``s2s-desktop bench --quick --json`` runs and reports every figure as a number.

The numbers themselves are never checked: machines (and CI runners) are too noisy for that. The
smoke run takes about a minute, so it runs when ``S2S_BENCH_SMOKE`` is set, as CI does after the
suite (``.ci/run``), not in every ``pytest``.
"""

import json
import math
import os
import subprocess
import sys
import time
from types import SimpleNamespace

import numpy as np
import pytest

from s2s_desktop.bench.report import KEYS, format_table


@pytest.mark.skipif(
    not os.environ.get("S2S_BENCH_SMOKE"),
    reason="the benchmark's smoke run (about a minute): CI runs it after the suite "
    "(S2S_BENCH_SMOKE=1, .ci/run)",
)
def test_quick_bench_reports_every_figure(tmp_path):
    env = dict(os.environ, S2S_DESKTOP_DATA=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "s2s_desktop", "bench", "--quick", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    for key in KEYS:
        assert isinstance(results[key], float) and math.isfinite(results[key]), key
    assert results["notes"]["quick"] is True
    table = format_table(results)
    assert all(key in table for key in KEYS)


@pytest.mark.skipif(
    not os.environ.get("S2S_BENCH_SMOKE"), reason="with the smoke run (S2S_BENCH_SMOKE=1)"
)
def test_the_opus_mt_size_reports_its_training_mfu_and_memory(tmp_path):
    env = dict(os.environ, S2S_DESKTOP_DATA=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "s2s_desktop", "bench", "--size", "opus-mt", "--quick", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    assert results["parameters"] > 70_000_000
    for key in ("train_tokens_per_s", "train_mfu", "train_mfu_fp32_roof", "train_peak_rss_mb"):
        assert isinstance(results[key], float) and results[key] > 0, key
    assert results["matmul_gflops"] > 0
    assert results["train_mfu"] < 1 and results["train_mfu_fp32_roof"] < 1


def test_an_mfu_divides_by_the_roof_of_the_precision_it_computed_in():
    import torch

    from s2s_desktop.bench import roof

    roofs = {"matmul_gflops": 400.0, "matmul_bf16_gflops": 2800.0}
    assert roof.mfu(1.4e12, roofs, torch.bfloat16) == pytest.approx(0.5)
    assert roof.mfu(1.4e12, roofs, None) == pytest.approx(3.5)  # the flattering ratio
    assert roof.roof_key(torch.float16) == "matmul_fp16_gflops"
    assert roof.roof_key(torch.float32) == roof.roof_key(None) == "matmul_gflops"
    # measured, not taken from a datasheet: each precision's own multiply
    for dtype in (torch.float32, torch.bfloat16):
        assert 0 < roof.matmul_gflops(size=128, seconds=0.05, dtype=dtype) < 1e6


def test_training_speed_is_the_fastest_of_its_passes_over_the_same_batches(monkeypatch):
    """``_timed`` runs the warm-up once, then each pass over the same batches, and the rates
    are the fastest pass's: a disturbed one (here the second, as if another process had woken)
    is not averaged in."""
    from s2s_desktop.bench import training

    clock = [0.0]
    monkeypatch.setattr(training.time, "perf_counter", lambda: clock[0])
    plan = [np.array([i]) for i in range(5)]
    seen: list[int] = []
    # Seconds per batch: the warm-up's two, then three passes (the second disturbed).
    costs = iter([1.0, 1.0] + [1.0, 3.0, 1.5] + [2.0, 6.0, 3.0] + [1.0, 2.0, 1.0])

    def run(indices: np.ndarray) -> int:
        seen.append(int(indices[0]))
        clock[0] += next(costs)
        return 0

    seconds, timed = training._timed(plan, run, warmup=2, passes=3)
    assert seen == [0, 1] + [2, 3, 4] * 3
    assert [int(b[0]) for b in timed] == [2, 3, 4]
    assert seconds == [5.5, 11.0, 4.0]

    pairs = SimpleNamespace(lengths=lambda side: np.full(5, 10 if side == "src" else 6))
    rates = training._rates(pairs, seconds, timed, lambda src, tgt: 100.0 * len(src))
    assert rates.tokens_per_s == 3 * (10 + 5) / 4.0  # target tokens after BOS
    assert rates.flops_per_s == 300.0 / 4.0
    assert rates.pass_tokens_per_s == [45 / 5.5, 45 / 11.0, 45 / 4.0]


def test_quality_bench_refuses_an_unknown_recipe_in_one_sentence(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "s2s_desktop", "bench", "--quality", str(tmp_path)]
        + ["--minutes", "1", "--recipes", "auto,fancy"],
        capture_output=True,
        text=True,
        env=dict(os.environ, S2S_DESKTOP_DATA=str(tmp_path / "data")),
        timeout=120,
    )
    assert done.returncode == 2
    assert "--recipes takes names from auto, tutorial, plain, auto-tutorial-size" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_quality_table_shows_greedy_scores_and_beam_beside_the_recipes_that_had_it():
    from s2s_desktop.bench.quality import format_quality

    def run(recipe, budget, bleu, beam=None):
        return {"recipe": recipe, "budget_minutes": budget, "bleu": bleu, "chrf": bleu * 2} | {
            "beam_bleu": beam,
            "beam_chrf": beam and beam * 2,
        }

    results = {
        "corpus": "/data/en-es",
        "languages": "en-es",
        "train_pairs": 7800,
        "valid_pairs": 200,
        "runs": [run("auto", 5, 10.0, 11.5), run("plain", 5, 1.0), run("auto", 10, 15.0)]
        + [run("plain", 10, 4.0)],
        "auto_choices": {"5": ["128 wide"]},
    }
    lines = format_quality(results).splitlines()
    assert lines[2].split() == ["budget", "auto", "plain", "auto", "+beam"]
    assert lines[3].split() == [
        "5",
        "min",
        "10.0",
        "/",
        "20.0",
        "1.0",
        "/",
        "2.0",
        "11.5",
        "/",
        "23.0",
    ]
    assert lines[4].split() == ["10", "min", "15.0", "/", "30.0", "4.0", "/", "8.0", "-"]


def test_auto_at_the_tutorial_size_keeps_autos_vocabulary_and_sizes_the_rest_for_it(tmp_path):
    """The ``auto-tutorial-size`` recipe is ``auto`` with the tutorial's model size set by hand:
    the plain recipe's dimensions, auto's vocabulary, and the dropout, batch and peak rate auto
    chooses for that size."""
    from s2s_desktop.bench.quality import recipe_settings
    from s2s_desktop.engine.auto import AUTO, SIZE_FIELDS, auto_choice, peak_learning_rate
    from s2s_desktop.engine.config import PRESETS
    from s2s_desktop.engine.corpus import scan_folder
    from tests.toy import write_toy_corpus

    report = scan_folder(write_toy_corpus(tmp_path / "toy"), None, None)
    sized, notes = recipe_settings("auto-tutorial-size", report, 10, "cpu")
    auto, auto_notes = recipe_settings("auto", report, 10, "cpu")
    plain, _ = recipe_settings("plain", report, 10, "cpu")
    tutorial = PRESETS["tutorial"]
    assert sized.preset == AUTO and notes == [] and auto_notes
    for key in SIZE_FIELDS:
        assert getattr(sized.model, key) == getattr(tutorial, key) == getattr(plain.model, key)
    choice = auto_choice(report, 10, "cpu", {key: getattr(tutorial, key) for key in SIZE_FIELDS})
    assert sized.model.src_vocab_size == choice.model.src_vocab_size == auto.model.src_vocab_size
    assert sized.model.shared_vocab == choice.model.shared_vocab
    assert sized.model.enc_dropout == choice.model.enc_dropout
    assert sized.training.max_minutes == 10 and sized.training.epochs is None
    assert sized.training.learning_rate == peak_learning_rate(tutorial.hid_dim)
    assert sized.training.batch_tokens == choice.batch_tokens


def test_the_quality_bench_trains_each_recipe_for_its_budget_and_reports_what_it_used(tmp_path):
    """A real (tiny) ``bench --quality`` run: each recipe trains on the folder for the budget
    and reports its scores, updates and settings; the table shows them."""
    from s2s_desktop.bench.quality import format_quality, run_quality
    from tests.toy import write_toy_corpus

    folder = write_toy_corpus(tmp_path / "toy", train=600, valid=30)
    results = run_quality(str(folder), [0.1, 0.2], device="cpu", recipes=("auto", "plain"))
    _, plain_short, auto, plain = results["runs"]
    assert (auto["recipe"], plain["recipe"]) == ("auto", "plain")
    for run in (auto, plain):
        assert run["steps"] > 0 and run["bleu"] is not None and run["minutes"] < 1.0
    # The plain recipe trained once; its shorter budget is read from that run, by then.
    assert plain_short["budget_minutes"] == 0.1 and plain_short["minutes"] <= 0.1
    assert 0 < plain_short["steps"] < plain["steps"]
    assert plain_short["parameters"] == plain["parameters"] and plain_short["beam_bleu"] is None
    assert plain["settings"]["batch_tokens"] == 4096 and plain["settings"]["hid_dim"] == 256
    assert plain["settings"]["learning_rate"] == 5e-4 and plain["settings"]["dropout"] == 0.1
    assert auto["settings"]["shared_vocab"] and results["auto_choices"]["0.1"]
    table = format_quality(results)
    assert "auto at 0.1 min:" in table
    assert table.splitlines()[3].startswith(" 0.1 min") and table.splitlines()[4].startswith(" 0.2")


def test_an_epoch_run_is_scored_at_each_budget_by_its_best_evaluation_until_then():
    """The plain recipe trains once, for the longest budget: a shorter budget gets the best
    evaluation that had come by then, and the updates made by then."""
    from s2s_desktop.bench.quality import Timeline
    from s2s_desktop.engine import events

    timeline = Timeline()
    log = [
        (30.0, events.Step(100, 1, 5.0, 1e-4, 1000.0, 0.1, 30.0, None)),
        (40.0, events.Evaluation(100, 1, 4.0, 3.0, 20.0, True)),
        (200.0, events.Step(600, 3, 3.0, 4e-4, 1000.0, 0.5, 200.0, None)),
        (250.0, events.Evaluation(600, 3, 3.5, 9.0, 30.0, True)),
        (280.0, events.Evaluation(700, 4, 3.6, 8.0, 31.0, False)),
        (290.0, events.Step(720, 4, 2.9, 4e-4, 1000.0, 0.6, 290.0, None)),
    ]
    for seconds, event in log:
        timeline.start = time.monotonic() - seconds
        timeline(event)
    assert timeline.by(0.6) == {
        "bleu": None,
        "chrf": None,
        "beam_bleu": None,
        "beam_chrf": None,
        "steps": 100,
        "minutes": 0.5,
    }
    assert (timeline.by(1)["bleu"], timeline.by(1)["steps"]) == (3.0, 100)
    five = timeline.by(5)
    assert (five["bleu"], five["chrf"], five["steps"], five["minutes"]) == (9.0, 30.0, 720, 4.83)
