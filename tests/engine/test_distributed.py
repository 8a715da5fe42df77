"""Distributed training with torchrun on the CPU (gloo): two processes train one model that
follows a one-process run, resumes at another world size, and ends cleanly when a process dies.

Each run here is the real command a user types (``torchrun ... -m s2s_desktop train``), started
as a subprocess with its own data root.
"""

from __future__ import annotations

import json
import math
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.multiprocessing as mp

from s2s_desktop.engine.distributed import (
    Cluster,
    PeerFailed,
    agree,
    cluster_from_env,
    join,
    leave,
    process_group_backend,
    shard_rows,
    share,
    sum_over_ranks,
)
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.translator import load_translator
from tests.toy import write_toy_corpus

REPO = Path(__file__).parents[2]
# Dropout off: the two runs then compute the same sums in another order (see the tolerance).
OPTIONS = [
    "--preset", "tiny", "--vocab-size", "200", "--batch-tokens", "1000", "--lr", "1e-3",
    "--device", "cpu", "--enc-dropout", "0", "--dec-dropout", "0", "--final-beam", "1",
]  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_toy_corpus(tmp_path_factory.mktemp("toy"))


@pytest.fixture
def data_root(tmp_path) -> Path:
    return tmp_path / "data"


def command(processes: int, *args: object) -> list[str]:
    """The command line a user runs: torchrun for several processes, plain for one."""
    if processes == 1:
        return [sys.executable, "-m", "s2s_desktop", "train", *map(str, args)]
    runner = [sys.executable, "-m", "torch.distributed.run", f"--nproc_per_node={processes}"]
    return [*runner, "-m", "s2s_desktop", "train", *map(str, args)]


def environment(data_root: Path) -> dict[str, str]:
    return {**os.environ, "S2S_DESKTOP_DATA": str(data_root), "PYTHONUNBUFFERED": "1"}


def train(processes: int, data_root: Path, *args: object) -> subprocess.CompletedProcess:
    result = subprocess.run(
        command(processes, *args),
        cwd=REPO,
        env=environment(data_root),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def logged_losses(data_root: Path, name: str) -> list[float]:
    """The training loss metrics.jsonl holds (one value per 10 steps)."""
    path = data_root / "models" / name / "metrics.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r["loss"] for r in records if r["type"] == "step"]


def steps_per_epoch(output: str) -> int:
    """The steps an epoch takes, as the run reports them. They depend on the pieces
    sentencepiece learns from the toy corpus: 0.2.3 learns 47 and 53 pieces (55 steps an
    epoch), 0.2.2 whole words, 77 and 61 pieces (25 steps an epoch)."""
    found = re.search(r"steps per epoch: ([\d,]+)", output)
    assert found, output
    return int(found.group(1).replace(",", ""))


def test_two_processes_follow_one_process_and_resume_in_one(corpus, data_root):
    # About 110 steps whatever the tokenizer: a one-epoch probe (its own data root) counts them.
    probe = train(1, data_root.parent / "probe", corpus, "--epochs", 1, *OPTIONS)
    per_epoch = steps_per_epoch(probe.stdout)
    epochs = max(2, math.ceil(110 / per_epoch))
    train(1, data_root, corpus, "--name", "one", "--epochs", epochs, *OPTIONS)
    two = train(2, data_root, corpus, "--name", "two", "--epochs", epochs, *OPTIONS)
    assert "on 2 processes, each on CPU" in two.stdout
    assert two.stdout.count("Training finished") == 1, "only rank 0 reports"

    one_losses, two_losses = logged_losses(data_root, "one"), logged_losses(data_root, "two")
    assert len(one_losses) == len(two_losses) == epochs * per_epoch // 10 >= 10
    # Both runs see the same global batches in the same order, with the same weights and no
    # dropout: the only difference is the order of floating-point sums (rows split over two
    # processes, gradients added by the all-reduce). Those rounding differences (~1e-7
    # relative) grow through training; measured, they stayed under 0.1% over 110 steps,
    # while a wrong normalisation (mean instead of sum, the batch counted twice) is off by
    # tens of percent. 1% separates the two with room for other CPUs' kernels.
    np.testing.assert_allclose(two_losses, one_losses, rtol=0.01)
    assert two_losses[-1] < two_losses[0] / 4

    translator = load_translator(data_root / "models" / "two")
    assert translator.translate(["the cat sees a dog"])[0].startswith("la kato")

    # The two-process checkpoint resumes in one process, and goes on learning.
    resumed = train(1, data_root, "--resume", "--name", "two", "--epochs", epochs + 1)
    assert f"Resuming from step {epochs * per_epoch}" in resumed.stdout
    after = logged_losses(data_root, "two")
    assert len(after) == len(two_losses) + per_epoch // 10  # a line per 10 steps since resuming
    assert after[-1] < two_losses[-1]
    assert {m.name for m in ModelStore(data_root).list()} == {"one", "two"}


def process_of_rank(launcher: subprocess.Popen, rank: int) -> int | None:
    """The pid of torchrun's worker with ``rank`` (Linux: /proc), None until it has started."""
    children = Path(f"/proc/{launcher.pid}/task/{launcher.pid}/children")
    for pid in children.read_text().split():
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"RANK={rank}".encode() in environ:
            return int(pid)
    return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds workers through /proc")
def test_a_process_that_dies_ends_the_run_with_a_sentence_and_the_run_resumes(corpus, data_root):
    log = data_root.parent / "run.log"
    data_root.mkdir()
    with log.open("w", encoding="utf-8") as output:
        launcher = subprocess.Popen(
            command(2, corpus, "--name", "run", "--epochs", 40, "--checkpoint-minutes", 0.02,
                    *OPTIONS),
            cwd=REPO, env=environment(data_root), stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        # Killed after the first evaluation (end of epoch 1), whose model is saved.
        while not re.search(r"step \d+: validation", log.read_text(encoding="utf-8")):
            assert launcher.poll() is None, log.read_text(encoding="utf-8")
            assert time.monotonic() < deadline, log.read_text(encoding="utf-8")
            time.sleep(0.2)
        worker = process_of_rank(launcher, 1)
        assert worker is not None
        os.kill(worker, signal.SIGKILL)
        killed_at = time.monotonic()
        launcher.wait(timeout=120)
        ended_after = time.monotonic() - killed_at
    finally:
        if launcher.poll() is None:
            launcher.kill()
    text = log.read_text(encoding="utf-8")
    assert launcher.returncode != 0
    assert ended_after < 60, "a dead process must end the run, not hang it"
    assert "Another process of this distributed run failed or lost its connection" in text
    assert "--resume" in text
    assert load_translator(data_root / "models" / "run").translate(["a dog"])

    resumed = train(1, data_root, "--resume", "--name", "run", "--epochs", 2)
    assert "Resuming from step" in resumed.stdout
    assert "Training finished" in resumed.stdout


# ---------------------------------------------------------------------- the helpers


def test_rows_are_dealt_out_in_turn_and_a_short_batch_gets_stand_ins():
    indices = np.arange(7)
    shards = [shard_rows(indices, Cluster(rank, rank, 3)) for rank in range(3)]
    assert [list(rows) for rows, _ in shards] == [[0, 3, 6], [1, 4], [2, 5]]
    assert all(weight == 1.0 for _, weight in shards)
    rows, weight = shard_rows(np.arange(1), Cluster(1, 1, 2))
    assert list(rows) == [0] and weight == 0.0  # takes part in the all-reduce, adds nothing
    rows, weight = shard_rows(indices, Cluster())
    assert rows is indices and weight == 1.0


def test_the_cluster_comes_from_torchruns_environment():
    assert cluster_from_env({}) == Cluster(0, 0, 1)
    cluster = cluster_from_env({"WORLD_SIZE": "4", "RANK": "3", "LOCAL_RANK": "1"})
    assert (cluster.rank, cluster.local_rank, cluster.world_size) == (3, 1, 4)
    assert cluster.active and not cluster.is_leader
    with pytest.raises(UserError, match="does not fit"):
        cluster_from_env({"WORLD_SIZE": "2", "RANK": "2"})
    with pytest.raises(UserError, match="whole numbers"):
        cluster_from_env({"WORLD_SIZE": "two"})


def _collectives(rank: int, world_size: int, port: int, results: dict) -> None:
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    os.environ.update(RANK=str(rank), WORLD_SIZE=str(world_size), LOCAL_RANK=str(rank))
    cluster = cluster_from_env()
    join(cluster)
    try:
        shared = share(cluster, {"settings": rank})  # rank 0's value everywhere
        sums = sum_over_ranks(cluster, [1.0, float(rank)], torch.device("cpu"))
        agree(cluster, None)
        try:
            agree(cluster, UserError("no corpus here") if rank == 1 else None)
            outcome = "none"
        except PeerFailed as error:
            outcome = f"peer: {error}"
        except UserError as error:
            outcome = f"own: {error}"
        results[rank] = (shared, sums, outcome)
    finally:
        leave(cluster)


def test_a_cpu_run_makes_no_nccl_process_group_even_on_a_gpu_machine():
    assert process_group_backend("cpu", cuda=True) == "gloo"
    assert process_group_backend("auto", cuda=False) == "gloo"
    for choice in ("auto", "cuda", None):  # None: a resume, which keeps the run's device
        assert process_group_backend(choice, cuda=True) == "cpu:gloo,cuda:nccl"


def test_collectives_share_sum_and_fail_together():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    manager = mp.Manager()
    results = manager.dict()
    mp.spawn(_collectives, args=(2, port, results), nprocs=2, join=True)
    assert results[0][0] == results[1][0] == {"settings": 0}
    assert results[0][1] == results[1][1] == [2.0, 1.0]
    assert results[1][2] == "own: no corpus here"
    assert results[0][2] == "peer: Rank 1 could not prepare the run: no corpus here"
