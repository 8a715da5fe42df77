"""The checks and figures a machine with an NVIDIA GPU gives, in one run of a few minutes.

Run from the repository root (PySide6 and pytest-qt are not needed; pytest is):

    python scripts/gpu_check.py [--budget 90s] [--out DIR]

1. The CUDA tests and the distributed tests, with short tracebacks.
2. ``s2s-desktop train`` of the sample corpus with ``--preset auto --time-budget BUDGET`` on
   the GPU, into a private data folder; its log and metrics are copied to DIR.
3. That model's translation speed on the GPU: 1,000 lines greedy and with beam 4, and one short
   sentence's latency.
4. Per size of ``auto``: the time of 30 training steps on batch shapes seen for the first time
   against the same 30 again (a per-shape start-up cost shows here), then steady batch tokens
   per second on those shapes, beside the speed ``auto`` assumes for a GPU; the profile of one
   step on a new shape; and all of it again with PyTorch's expandable memory segments.

Each part runs in its own process with a time limit, so one that hangs or fails leaves the
others their turn.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample" / "en-es"
MODEL = "gpu-check"


def run(title: str, command: list[str], limit_s: int, env: dict[str, str]) -> None:
    print(f"== {title}", flush=True)
    start = time.monotonic()
    try:
        subprocess.run(command, cwd=REPO, env=env, timeout=limit_s, check=False)
    except subprocess.TimeoutExpired:
        print(f"(stopped after {limit_s} s)")
    print(f"({time.monotonic() - start:.0f} s)", flush=True)


def translation_speed() -> None:
    import torch

    from s2s_desktop.engine.store import ModelStore
    from s2s_desktop.engine.translator import load_translator

    lines = (SAMPLE / "train.en").read_text(encoding="utf-8").splitlines()[:1000]
    translator = load_translator(ModelStore().path(MODEL), device="cuda")
    print("weights:", next(translator.model.parameters()).dtype)
    translator.translate(lines[:50])
    for beam in (1, 4):
        torch.cuda.synchronize()
        start = time.perf_counter()
        translator.translate(lines, beam=beam)
        torch.cuda.synchronize()
        seconds = time.perf_counter() - start
        print(f"beam {beam}: {len(lines) / seconds:.0f} sentences/s over {len(lines)} lines")
    times = []
    for _ in range(30):
        start = time.perf_counter()
        translator.translate(["The Lord is my shepherd."])
        torch.cuda.synchronize()
        times.append((time.perf_counter() - start) * 1000)
    median, slowest = statistics.median(times), max(times)
    print(f"one short sentence, greedy: p50 {median:.1f} ms, max {slowest:.1f} ms")


def step_times() -> None:
    from dataclasses import replace

    import torch

    from s2s_desktop.bench.data import prepare_data
    from s2s_desktop.engine.auto import SIZES
    from s2s_desktop.engine.batching import collate, plan_batches
    from s2s_desktop.engine.config import PRESETS
    from s2s_desktop.engine.model import Seq2Seq
    from s2s_desktop.engine.train_step import TrainStep, make_optimizer

    device = torch.device("cuda")
    pairs = prepare_data(6000, 10).train
    every = plan_batches(pairs, 8192, seed=1)
    plan, unseen = every[:30], every[30:]
    for size in SIZES:
        model = Seq2Seq(replace(PRESETS["tutorial"], **size.dims())).to(device).train()
        step = TrainStep(
            model, make_optimizer(model, 1e-3), label_smoothing=0.1, clip_norm=1.0,
            amp_dtype=torch.bfloat16,
        )  # fmt: skip
        batches = [collate(pairs, indices) for indices in plan]
        times = []
        for batch in batches + batches:
            start = time.perf_counter()
            step(batch.to(device), 1e-3)
            torch.cuda.synchronize()
            times.append(time.perf_counter() - start)
        tokens, steps, start = 0, 0, time.perf_counter()
        while time.perf_counter() - start < 5:
            for batch in batches:
                step(batch.to(device), 1e-3)
                tokens += (batch.src.numel() + batch.tgt.numel()) // 2
                steps += 1
        torch.cuda.synchronize()
        seconds = time.perf_counter() - start
        print(
            f"{size.name}: 30 new shapes {sum(times[:30]):.2f} s (slowest {max(times[:30]):.3f}),"
            f" the same again {sum(times[30:]):.2f} s; steady {tokens / seconds:,.0f} batch"
            f" tokens/s ({steps / seconds:.0f} steps/s); auto assumes {size.gpu_speed:,}"
        )
        if size is SIZES[0] and unseen:  # where a new shape's time goes
            batch = collate(pairs, unseen[0]).to(device)
            with torch.profiler.profile() as profile:
                step(batch, 1e-3)
                torch.cuda.synchronize()
            print(profile.key_averages().table(sort_by="self_cpu_time_total", row_limit=12))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget", default="90s")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "gpu-check")
    parser.add_argument("--part", choices=("speed", "steps"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part == "speed":
        return translation_speed()
    if args.part == "steps":
        return step_times()

    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="gpu-check-data-"))
    env = {**os.environ, "S2S_DESKTOP_DATA": str(data), "PYTHONUNBUFFERED": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    python = sys.executable
    subprocess.run(["nvidia-smi", "--query-gpu=name,memory.total,driver_version",
                    "--format=csv,noheader"], check=False)  # fmt: skip
    tests = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=short", "-rfs"]
    run("CUDA tests", [*tests, "tests/engine/test_cuda.py"], 180, env)
    run("distributed tests", [*tests, "tests/engine/test_distributed.py"], 300, env)
    log = args.out / "train.log"
    train = [python, "-m", "s2s_desktop", "train", str(SAMPLE), "--src", "en", "--tgt", "es",
             "--preset", "auto", "--time-budget", args.budget, "--device", "cuda",
             "--name", MODEL]  # fmt: skip
    print(f"== train (log: {log})", flush=True)
    with log.open("w", encoding="utf-8") as output:
        subprocess.run(train, cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT)
    text = log.read_text(encoding="utf-8").splitlines()
    print("\n".join(line for line in text if line.startswith(("auto:", "Model:", "BLEU"))))
    print("\n".join(line for line in text if line.startswith(("Finished", "Training"))))
    metrics = data / "models" / MODEL / "metrics.jsonl"
    if metrics.exists():
        shutil.copy(metrics, args.out / "metrics.jsonl")
        run("translation speed", [python, __file__, "--part", "speed"], 240, env)
    steps = [python, __file__, "--part", "steps"]
    run("step times on new and seen shapes", steps, 240, env)
    growable = {**env, "PYTORCH_CUDA_ALLOC_CONF": "expandable_segments:True"}
    run("the same with expandable memory segments", steps, 240, growable)
    shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
