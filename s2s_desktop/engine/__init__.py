"""The engine: corpus, tokenizer, model, decoding, training and store. Never imports Qt.

The names below are imported on first use, so ``import s2s_desktop.engine`` stays cheap (torch is
loaded only when a model is touched).
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

# oneDNN, which multiplies PyTorch's bfloat16 matrices on a CPU, keeps the kernels it compiles,
# about 1 MB each, up to 1,024 of them. Token-budget batches bring some 30 new shapes per step,
# so over a long run those kernels alone grew the training process by 1 GB; one step's shapes fit
# in 64, and compiling again costs too little to measure in a training step. oneDNN reads this
# when it compiles its first kernel, so setting it here, when the engine is first imported, takes
# effect.
os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "64")

_EXPORTS = {
    "UserError": "errors",
    "scan_folder": "corpus",
    "ScanReport": "corpus",
    "ModelConfig": "config",
    "PRESETS": "config",
    "preset_config": "config",
    "Seq2Seq": "model",
    "Trainer": "training",
    "TrainingConfig": "settings",
    "RunSettings": "settings",
    "ModelStore": "store",
    "Translator": "translator",
    "load_translator": "translator",
}

__all__ = [
    "PRESETS",
    "ModelConfig",
    "ModelStore",
    "RunSettings",
    "ScanReport",
    "Seq2Seq",
    "Trainer",
    "TrainingConfig",
    "Translator",
    "UserError",
    "load_translator",
    "preset_config",
    "scan_folder",
]

if TYPE_CHECKING:
    from s2s_desktop.engine.config import PRESETS, ModelConfig, preset_config
    from s2s_desktop.engine.corpus import ScanReport, scan_folder
    from s2s_desktop.engine.errors import UserError
    from s2s_desktop.engine.model import Seq2Seq
    from s2s_desktop.engine.settings import RunSettings, TrainingConfig
    from s2s_desktop.engine.store import ModelStore
    from s2s_desktop.engine.training import Trainer
    from s2s_desktop.engine.translator import Translator, load_translator


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{_EXPORTS[name]}")
    return getattr(module, name)
