"""Which torch device to run on, and how to name it for the user."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from s2s_desktop.engine.errors import UserError

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
                "CUDA was asked for but no usable NVIDIA GPU was found; use --device cpu "
                "(or auto), or install a CUDA build of PyTorch."
            )
        return torch.device(choice)
    if choice == "mps":
        if not mps_available():
            raise UserError("Apple's MPS was asked for but is not available; use --device cpu.")
        return torch.device("mps")
    raise UserError(f"Unknown device {choice!r}; choose one of {', '.join(DEVICE_CHOICES)}.")


def half_precision(device: torch.device) -> torch.dtype | None:
    """The 16-bit type a GPU computes fastest in: bfloat16 where supported, else float16 (which
    needs a gradient scaler in training); None on the CPU and MPS, where float32 is kept."""
    if device.type != "cuda":
        return None
    return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16


def inference_precision(device: torch.device) -> torch.dtype | None:
    """The type translation weights take: bfloat16 on GPUs that have it (float16 weights without
    autocast can overflow in layer norms, so older GPUs keep float32, as do CPUs)."""
    return torch.bfloat16 if half_precision(device) == torch.bfloat16 else None


def describe_device(device: torch.device) -> str:
    """'CPU (2 threads)', 'NVIDIA GeForce RTX 4090', 'Apple GPU (MPS)'."""
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    if device.type == "mps":
        return "Apple GPU (MPS)"
    threads = torch.get_num_threads()
    return f"CPU ({threads} thread{'s' if threads != 1 else ''})"


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
