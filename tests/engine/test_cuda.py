"""The CUDA paths: mixed-precision training, half-precision translation, pinned copies, and a
two-GPU torchrun run (NCCL). They skip cleanly on machines without a GPU; the same code runs on
the CPU in the other tests, and ``test_decoding`` covers bfloat16 weights on the CPU."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from s2s_desktop.engine.batching import Batch, pad_rows
from s2s_desktop.engine.config import RunSettings, TrainingConfig, preset_config
from s2s_desktop.engine.devices import (
    CPU_BFLOAT16_MIN_SPEEDUP,
    PRECISION_VARIABLE,
    SPEEDUP_FILE,
    cpu_bfloat16_speedup,
    half_precision,
    inference_precision,
    machine_key,
)
from s2s_desktop.engine.model import Seq2Seq, sdpa_backends
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.train_step import TrainStep, make_optimizer
from s2s_desktop.engine.training import Trainer
from s2s_desktop.engine.translator import load_translator
from tests.toy import write_toy_corpus

REPO = Path(__file__).parents[2]
needs_cuda = pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU here")
needs_two_gpus = pytest.mark.skipif(
    not torch.cuda.is_available() or torch.cuda.device_count() < 2, reason="needs two CUDA GPUs"
)


def test_the_cpu_trains_in_bfloat16_only_where_it_multiplies_much_faster(monkeypatch):
    cpu = torch.device("cpu")
    fast = cpu_bfloat16_speedup() >= CPU_BFLOAT16_MIN_SPEEDUP
    assert half_precision(cpu) == (torch.bfloat16 if fast else None)
    assert inference_precision(cpu) is None
    monkeypatch.setenv(PRECISION_VARIABLE, "float32")
    assert half_precision(cpu) is None


def test_the_bfloat16_speedup_is_measured_once_per_machine_and_remembered(tmp_path, monkeypatch):
    # A CPU measuring near the threshold (2.2-2.8 on one) must not flip precision, and auto's
    # size, between launches: the first launch's figure is kept.
    import s2s_desktop.engine.devices as devices

    monkeypatch.setenv("S2S_DESKTOP_DATA", str(tmp_path))
    measured = []
    monkeypatch.setattr(devices, "measure_cpu_bfloat16_speedup", lambda: measured.append(1) or 2.6)
    path = tmp_path / "machine" / SPEEDUP_FILE
    path.parent.mkdir()
    path.write_text('{"another CPU | torch 2.3 | 8 threads": 7.1}', encoding="utf-8")
    cpu_bfloat16_speedup.cache_clear()
    try:
        assert cpu_bfloat16_speedup() == 2.6 and len(measured) == 1
        known = json.loads(path.read_text(encoding="utf-8"))
        assert known == {"another CPU | torch 2.3 | 8 threads": 7.1, machine_key(): 2.6}

        path.write_text(json.dumps({machine_key(): 2.4}), encoding="utf-8")
        cpu_bfloat16_speedup.cache_clear()  # a later launch reads the figure and measures nothing
        assert cpu_bfloat16_speedup() == 2.4 and len(measured) == 1

        path.write_text("{not json", encoding="utf-8")  # a damaged file is measured again
        cpu_bfloat16_speedup.cache_clear()
        assert cpu_bfloat16_speedup() == 2.6 and len(measured) == 2
        assert json.loads(path.read_text(encoding="utf-8")) == {machine_key(): 2.6}
    finally:
        cpu_bfloat16_speedup.cache_clear()


@needs_cuda
def test_a_run_on_the_gpu_trains_in_half_precision_and_translates(tmp_path):
    corpus = write_toy_corpus(tmp_path / "toy")
    store = ModelStore(tmp_path / "store")
    settings = RunSettings(
        "gpu", str(corpus), "en", "eo", "tiny",
        preset_config("tiny", src_vocab_size=200, tgt_vocab_size=200),
        # Smaller batches and more epochs than a CPU test needs: with sentencepiece 0.2.2 an
        # epoch of the toy corpus is half as many steps (test_distributed.steps_per_epoch).
        TrainingConfig(epochs=8, batch_tokens=1000, learning_rate=1e-3, device="cuda"),
    )  # fmt: skip
    events: list = []
    result = Trainer(settings, events.append, store=store).run()
    assert type(result).__name__ == "Finished", result
    started = next(e for e in events if type(e).__name__ == "Started")
    assert started.device.startswith(torch.cuda.get_device_name(0))  # then its precision
    translator = load_translator(store.path("gpu"), device="cuda")
    expected = inference_precision(torch.device("cuda")) or torch.float32
    assert next(translator.model.parameters()).dtype == expected
    assert translator.translate(["the cat sees a dog"])[0].startswith("la kato")


@needs_cuda
def test_float16_with_a_gradient_scaler_learns():
    """The path of GPUs without bfloat16 (before Ampere), forced here on any GPU."""
    device = torch.device("cuda")
    model = Seq2Seq(preset_config("tiny", src_vocab_size=50, tgt_vocab_size=50)).to(device)
    step = TrainStep(
        model, make_optimizer(model, 1e-3), label_smoothing=0.1, clip_norm=1.0,
        amp_dtype=torch.float16, scaler=torch.amp.GradScaler("cuda"),
    )  # fmt: skip
    rows = [[5 + (i + j) % 40 for j in range(12)] + [3] for i in range(32)]
    batch = Batch(pad_rows(rows), pad_rows([[2, *r] for r in rows]), 32 * 13, 32 * 13)
    batch = batch.to(device)
    losses = [step(batch, 1e-3) for _ in range(60)]
    assert all(loss == loss for loss in losses)  # no NaN
    assert losses[-1] < losses[0] / 2


@needs_cuda
def test_training_attends_without_cudnn_whose_graphs_cost_each_new_shape():
    """cuDNN's attention builds a graph per shape (``model.CUDA_ATTENTION_BACKENDS``): a step on
    a batch shape seen for the first time must not run it, forward or backward."""
    device = torch.device("cuda")
    model = Seq2Seq(preset_config("tiny", src_vocab_size=50, tgt_vocab_size=50)).to(device)
    step = TrainStep(
        model, make_optimizer(model, 1e-3), label_smoothing=0.1, clip_norm=1.0,
        amp_dtype=torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16,
        scaler=None if torch.cuda.is_bf16_supported() else torch.amp.GradScaler("cuda"),
    )  # fmt: skip
    rows = [[5 + (i + j) % 40 for j in range(3 + i % 9)] + [3] for i in range(24)]
    tokens = sum(map(len, rows))
    batch = Batch(pad_rows(rows), pad_rows([[2, *r] for r in rows]), tokens, tokens).to(device)
    with sdpa_backends(batch.src):
        assert not torch.backends.cuda.cudnn_sdp_enabled()
    with torch.profiler.profile() as profile:
        step(batch, 1e-3)
        torch.cuda.synchronize()
    names = {event.key for event in profile.key_averages()}
    assert not [name for name in names if "cudnn_attention" in name], sorted(names)
    assert any("scaled_dot_product" in name for name in names), "attention went through SDPA"


@needs_cuda
def test_batches_reach_the_gpu_through_pinned_memory():
    batch = Batch(pad_rows([[5, 6, 3]]), pad_rows([[2, 5, 3]]), 3, 2).to(torch.device("cuda"))
    assert batch.src.is_cuda and batch.tgt.is_cuda


@needs_two_gpus
def test_two_gpus_train_one_model_with_nccl(tmp_path):
    corpus = write_toy_corpus(tmp_path / "toy")
    command = [
        sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=2",
        "-m", "s2s_desktop", "train", str(corpus), "--name", "two-gpus", "--preset", "tiny",
        "--vocab-size", "200", "--batch-tokens", "2000", "--lr", "1e-3", "--epochs", "4",
        "--device", "cuda",
    ]  # fmt: skip
    env = {**os.environ, "S2S_DESKTOP_DATA": str(tmp_path / "data")}
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "on 2 processes" in result.stdout
    assert load_translator(tmp_path / "data" / "models" / "two-gpus").translate(["a dog"])


@needs_cuda
def test_the_bench_measures_training_and_its_roofs_on_the_gpu():
    """``bench --device cuda``'s training figures: the same keys as on a CPU, each roof measured
    in its own precision on the GPU, and an MFU below 1 against the precision trained in."""
    from s2s_desktop.bench import roof, training
    from s2s_desktop.bench.data import prepare_data
    from s2s_desktop.engine.config import PRESETS

    gpu = torch.device("cuda")
    precision = half_precision(gpu)
    data = prepare_data(600, 20)
    price = training.flop_pricer(PRESETS["tutorial"])
    ours = training.measure_ours(data.train, 1, 3, 2, price, precision, gpu)
    plain = training.measure_plain(data.train, 1, 3, 2, price, gpu)
    roofs = {
        roof.roof_key(dtype): roof.matmul_gflops(size=1024, seconds=0.2, dtype=dtype, device=gpu)
        for dtype in (torch.float32, precision)
    }
    assert ours.tokens_per_s > 0 and plain.tokens_per_s > 0
    assert 0 < roof.mfu(ours.flops_per_s, roofs, precision) < 1
