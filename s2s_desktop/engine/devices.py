"""Which torch device to run on, and how to name it for the user."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from s2s_desktop.engine.atomic_files import atomic_write_json
from s2s_desktop.engine.data_folder import data_root
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate

DEVICE_CHOICES = ("auto", "cpu", "cuda", "mps")


def mps_available() -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend and backend.is_available())


def resolve_device(choice: str = "auto") -> torch.device:
    """Map a user's choice to a device; ``auto`` prefers CUDA, then Apple's MPS, then the CPU."""
    choice = (choice or "auto").lower()
    if choice == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if mps_available():
            return torch.device("mps")
        return torch.device("cpu")
    if choice == "cpu":
        return torch.device("cpu")
    if choice.startswith("cuda"):
        if not torch.cuda.is_available():
            raise UserError(
                translate(
                    "devices",
                    "CUDA was asked for but no usable NVIDIA GPU was found; use --device cpu "
                    "(or auto), or install a CUDA build of PyTorch.",
                )
            )
        return torch.device(choice)
    if choice == "mps":
        if not mps_available():
            raise UserError(
                translate(
                    "devices", "Apple's MPS was asked for but is not available; use --device cpu."
                )
            )
        return torch.device("mps")
    raise UserError(
        translate("devices", "Unknown device {device!r}; choose one of {choices}.").format(
            device=choice, choices=", ".join(DEVICE_CHOICES)
        )
    )


# bfloat16 pays on a CPU only where the hardware multiplies bfloat16 matrices clearly faster
# than float32: 2.2-2.5x (AVX512-BF16) trains 1.85x faster, AMX's 7x more; CPUs without
# bfloat16 instructions emulate it at half float32's rate (docs/performance.md).
CPU_BFLOAT16_MIN_SPEEDUP = 1.5
# Narrower models multiply matrices too small for the gain to cover the casts (see
# docs/performance.md, "bfloat16 on a CPU").
CPU_BFLOAT16_MIN_WIDTH = 256
PRECISION_VARIABLE = "S2S_DESKTOP_PRECISION"  # "float32" turns mixed precision off


SPEEDUP_FILE = "cpu-bfloat16.json"  # in the data folder's machine/ folder


@functools.cache
def cpu_bfloat16_speedup() -> float:
    """How many times faster this CPU multiplies bfloat16 matrices than float32 ones.

    Measured on a machine's first run and remembered in the data folder, per CPU, torch version
    and thread count: a CPU that measures near the threshold would otherwise train in another
    precision, and ``auto`` pick another size, from one launch to the next.
    """
    path = data_root() / "machine" / SPEEDUP_FILE
    key = machine_key()
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if not isinstance(known, dict):
        known = {}
    if isinstance(known.get(key), (int, float)) and known[key] > 0:
        return float(known[key])
    speedup = measure_cpu_bfloat16_speedup()
    known[key] = round(speedup, 3)
    with contextlib.suppress(OSError):  # a read-only data folder measures again next time
        atomic_write_json(path, known)
    return speedup


def machine_key() -> str:
    """'AMD EPYC 9654 | torch 2.13.0 | 2 threads': what the bfloat16 speedup depends on."""
    return f"{cpu_model()} | torch {torch.__version__} | {torch.get_num_threads()} threads"


def cpu_model() -> str:
    """The CPU's marketing name where the system says it (Linux's /proc/cpuinfo), else what
    ``platform`` knows."""
    with contextlib.suppress(OSError):
        for line in (
            Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines()
        ):
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or platform.machine() or "unknown CPU"


def measure_cpu_bfloat16_speedup() -> float:
    """Time a training-sized product in both types (about 0.1 s): instruction-set flags say
    what exists, not what is fast. (Smaller products measure the call overhead more than the
    arithmetic and understate the gain.)"""
    operands = {
        dtype: (torch.randn(2048, 512).to(dtype), torch.randn(512, 512).to(dtype))
        for dtype in (torch.float32, torch.bfloat16)
    }
    best = dict.fromkeys(operands, float("inf"))
    for _ in range(6):  # interleaved, so a busy moment slows both kinds alike
        for dtype, (a, b) in operands.items():
            start = time.perf_counter()
            for _ in range(3):
                torch.mm(a, b)
            best[dtype] = min(best[dtype], time.perf_counter() - start)
    return best[torch.float32] / best[torch.bfloat16]


def float32_forced() -> bool:
    return os.environ.get(PRECISION_VARIABLE, "").lower() in ("float32", "fp32")


def cpu_trains_bfloat16(width: int) -> bool:
    """Whether training a model ``width`` wide on this CPU goes faster in bfloat16."""
    return (
        not float32_forced()
        and width >= CPU_BFLOAT16_MIN_WIDTH
        and cpu_bfloat16_speedup() >= CPU_BFLOAT16_MIN_SPEEDUP
    )


def half_precision(device: torch.device, width: int = CPU_BFLOAT16_MIN_WIDTH) -> torch.dtype | None:
    """The 16-bit type training a model ``width`` wide computes its matrix products in, or None
    for float32.

    GPUs: bfloat16 where supported, else float16 (which needs a gradient scaler). CPUs:
    bfloat16 where this one multiplies it several times faster and the model is wide enough
    (``cpu_trains_bfloat16``). MPS keeps float32. S2S_DESKTOP_PRECISION=float32 turns it off.
    """
    if float32_forced():
        return None
    if device.type == "cuda":
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device.type == "cpu" and cpu_trains_bfloat16(width):
        return torch.bfloat16
    return None


def inference_precision(device: torch.device) -> torch.dtype | None:
    """The type translation weights take: bfloat16 on GPUs that have it (float16 weights without
    autocast can overflow in layer norms, so older GPUs keep float32, as do CPUs)."""
    if device.type != "cuda":
        return None
    return torch.bfloat16 if half_precision(device) == torch.bfloat16 else None


def describe_precision(dtype: torch.dtype | None) -> str:
    """'bfloat16 mixed precision' or 'float32', for the training log."""
    return "float32" if dtype is None else f"{str(dtype).removeprefix('torch.')} mixed precision"


def describe_device(device: torch.device) -> str:
    """'CPU (2 threads)', 'NVIDIA GeForce RTX 4090', 'Apple GPU (MPS)' (in the window's
    language where it is shown: the status bar, the log, the card of a model trained there)."""
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    if device.type == "mps":
        return translate("devices", "Apple GPU (MPS)")
    threads = torch.get_num_threads()
    if threads == 1:
        return translate("devices", "CPU (1 thread)")
    return translate("devices", "CPU ({threads} threads)").format(threads=threads)


@dataclass(frozen=True)
class DeviceInfo:
    """What this machine offers, for the window's device choice and status bar."""

    auto: str  # the description of the device ``auto`` picks
    cuda_name: str | None  # the first CUDA GPU's name, None without one
    mps: bool


def probe_devices() -> DeviceInfo:
    """Look at the available devices (imports torch: call it off the GUI thread)."""
    cuda_name = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    return DeviceInfo(describe_device(resolve_device("auto")), cuda_name, mps_available())
