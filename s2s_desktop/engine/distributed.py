"""Training across processes started by torchrun: who this process is, and the few collectives
the ``Trainer`` needs.

``torchrun --nproc_per_node=N -m s2s_desktop train ...`` starts N copies of the command line, each
with ``RANK``, ``LOCAL_RANK`` and ``WORLD_SIZE`` in its environment. Rank 0 leads: it creates the
run folder, learns the tokenizers, writes every checkpoint, metric and model, and evaluates; the
other ranks receive what they need from it over the process group (so nodes need not share a
disk, only the corpus folder at the same path).

Batches are split, not multiplied: each global batch of ``batch_tokens`` (the same plan a
one-process run follows) is dealt out row by row to the ranks, and the loss is normalised by the
global batch's token count. So a run's steps, learning-rate schedule and checkpoints mean the same
at any world size, and ``--resume`` works after the world size changed.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import torch
import torch.distributed as dist

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate

T = TypeVar("T")

# Rank 0 evaluates (a thousand translations) while the others wait at the next collective: give
# that wait room, but not forever, so a rank that hangs ends the run instead of freezing it.
COLLECTIVE_TIMEOUT = datetime.timedelta(minutes=30)


class PeerFailed(UserError):
    """Another rank failed; its own message says why (this rank only follows it)."""


def peer_failure_message(cluster: Cluster, step: int) -> str:
    """What this rank says when another process of the run failed or vanished."""
    return translate(
        "distributed",
        "Another process of this distributed run failed or lost its connection, so rank {rank} "
        "stopped at step {step:,}; the last checkpoint is intact: fix the cause (the failing "
        "process says it), then run the same torchrun command with --resume.",
    ).format(rank=cluster.rank, step=step)


@dataclass(frozen=True)
class Cluster:
    """This process's place in the run: rank ``rank`` of ``world_size`` (one process: 0 of 1)."""

    rank: int = 0
    local_rank: int = 0
    world_size: int = 1

    @property
    def active(self) -> bool:
        """True when there are other processes to talk to."""
        return self.world_size > 1

    @property
    def is_leader(self) -> bool:
        """Rank 0: the one process that writes files and reports progress."""
        return self.rank == 0


SINGLE = Cluster()


def cluster_from_env(environ: Mapping[str, str] | None = None) -> Cluster:
    """The cluster torchrun describes in the environment; one process when it describes none."""
    environ = os.environ if environ is None else environ
    try:
        world_size = int(environ.get("WORLD_SIZE", "1"))
        rank = int(environ.get("RANK", "0"))
        local_rank = int(environ.get("LOCAL_RANK", str(rank)))
    except ValueError as error:
        raise UserError(
            translate(
                "distributed",
                "WORLD_SIZE, RANK and LOCAL_RANK must be whole numbers; start distributed runs "
                "with torchrun, which sets them.",
            )
        ) from error
    if world_size < 1 or not 0 <= rank < world_size:
        raise UserError(
            translate(
                "distributed",
                "RANK {rank} does not fit WORLD_SIZE {world_size}; start with torchrun.",
            ).format(rank=rank, world_size=world_size)
        )
    return Cluster(rank, local_rank, world_size)


def process_group_backend(device_choice: str | None, cuda: bool) -> str:
    """gloo for CPU tensors (and every object collective), and NCCL for CUDA tensors where the
    run may use a GPU: a run told ``--device cpu`` makes no NCCL process group at all, even on a
    GPU machine (NCCL's process group starts threads and watches the GPU even when unused)."""
    return "cpu:gloo,cuda:nccl" if cuda and device_choice in (None, "auto", "cuda") else "gloo"


def join(cluster: Cluster, device_choice: str | None = "auto") -> None:
    """Join the process group, once per process; ``device_choice`` is the user's --device (None:
    not given, as on a resume, which may go on on a GPU)."""
    if not cluster.active or dist.is_initialized():
        return
    backend = process_group_backend(device_choice, torch.cuda.is_available())
    try:
        dist.init_process_group(backend=backend, timeout=COLLECTIVE_TIMEOUT)
    except (RuntimeError, ValueError) as error:
        raise UserError(
            translate(
                "distributed",
                "Could not join the distributed run ({error}); check that every node was started "
                "with the same torchrun --rdzv-endpoint and can reach it.",
            ).format(error=str(error).splitlines()[0])
        ) from error


def leave(cluster: Cluster, finished: bool = False) -> None:
    """Leave the process group (end of the run). After a run that ``finished`` on this rank,
    wait first for the others (rank 0 scores the saved model alone): a rank that tore its gloo
    connections down while rank 0 still held them could abort as it exited ("terminate called
    without an active exception"). A peer that failed ends the wait with an error, ignored."""
    if not (cluster.active and dist.is_initialized()):
        return
    if finished:
        with contextlib.suppress(Exception):
            dist.barrier()
    dist.destroy_process_group()


def local_device(cluster: Cluster, device: torch.device) -> torch.device:
    """Each process of a node uses its own GPU; CPU processes share the CPU."""
    if not cluster.active or device.type != "cuda":
        return device
    count = torch.cuda.device_count()
    if cluster.local_rank >= count:
        if count == 1:
            too_many = translate(
                "distributed",
                "This machine has {count} GPU but torchrun started more training processes on "
                "it; use --nproc_per_node={count} (or gpu), or --device cpu.",
            )
        else:
            too_many = translate(
                "distributed",
                "This machine has {count} GPUs but torchrun started more training processes on "
                "it; use --nproc_per_node={count} (or gpu), or --device cpu.",
            )
        raise UserError(too_many.format(count=count))
    torch.cuda.set_device(cluster.local_rank)
    return torch.device("cuda", cluster.local_rank)


def share(cluster: Cluster, value: T) -> T:
    """Rank 0's ``value`` on every rank (the others' ``value`` is ignored)."""
    if not cluster.active:
        return value
    box = [value]
    dist.broadcast_object_list(box, src=0, device=torch.device("cpu"))
    return box[0]


def agree(cluster: Cluster, error: BaseException | None) -> None:
    """A barrier that fails together: if any rank brings an error, every rank raises it.

    Without it a rank that fails while preparing (say, its node lacks the corpus) would leave
    the others waiting for it at the next collective until the timeout.
    """
    if not cluster.active:
        if error is not None:
            raise error
        return
    message = None if error is None else _one_line(error)
    messages: list[str | None] = [None] * cluster.world_size
    dist.all_gather_object(messages, message)
    if error is not None:
        raise error
    for rank, text in enumerate(messages):
        if text is not None:
            raise PeerFailed(
                translate("distributed", "Rank {rank} could not prepare the run: {error}").format(
                    rank=rank, error=text
                )
            )


def _one_line(error: BaseException) -> str:
    if isinstance(error, UserError):
        return str(error)
    return f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}".strip()


def sum_over_ranks(cluster: Cluster, values: list[float], device: torch.device) -> list[float]:
    """Each value summed over the ranks (one small all-reduce)."""
    if not cluster.active:
        return values
    tensor = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(tensor)
    return tensor.tolist()


def shard_rows(indices: np.ndarray, cluster: Cluster) -> tuple[np.ndarray, float]:
    """This rank's rows of a global batch, and the weight of its loss (0 for a stand-in row).

    Rows are dealt out in turn (rank r takes rows r, r + N, ...), so every rank gets sentences of
    about the same length. A batch with fewer rows than ranks leaves some ranks a stand-in row
    whose loss is multiplied by 0: every rank still takes part in the gradient all-reduce.
    """
    if not cluster.active:
        return indices, 1.0
    mine = indices[cluster.rank :: cluster.world_size]
    if len(mine) == 0:
        return indices[:1], 0.0
    return mine, 1.0


def is_peer_failure(error: BaseException) -> bool:
    """A collective that failed because another process died, hung or lost the network."""
    if isinstance(error, dist.DistError):
        return True
    text = str(error).lower()
    return isinstance(error, RuntimeError) and any(
        word in text for word in ("gloo", "nccl", "connection", "timed out", "peer")
    )
