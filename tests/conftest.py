"""Shared test set-up: headless Qt, a private data root, torch kept to the machine's cores."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@dataclass
class TrainedToy:
    model_dir: Path
    events: list
    corpus: Path


@pytest.fixture(autouse=True)
def private_data_root(tmp_path_factory, monkeypatch):
    """Every test gets its own S2S_DESKTOP_DATA so the user's models are never touched."""
    root = tmp_path_factory.mktemp("data-root")
    monkeypatch.setenv("S2S_DESKTOP_DATA", str(root))
    return root


@pytest.fixture(scope="session")
def trained_toy_model(tmp_path_factory):
    """A `tiny` model trained once per session on the toy language until it translates it.

    Returns a TrainedToy: the model folder (load it by path, since each test has its own
    S2S_DESKTOP_DATA), the events of the run, and the corpus folder. About 35 s on 2 CPU cores.
    """
    from s2s_desktop.engine.config import RunSettings, TrainingConfig, preset_config
    from s2s_desktop.engine.store import ModelStore
    from s2s_desktop.engine.training import Trainer
    from tests.toy import write_toy_corpus

    corpus = write_toy_corpus(tmp_path_factory.mktemp("toy-corpus"))
    store = ModelStore(tmp_path_factory.mktemp("trained-root"))
    settings = RunSettings(
        name="toy",
        folder=str(corpus),
        src="en",
        tgt="eo",
        preset="tiny",
        model=preset_config("tiny", src_vocab_size=200, tgt_vocab_size=200),
        training=TrainingConfig(
            # At BLEU 100 from about epoch 11 at this rate (17 epochs at 1e-3: 24 s more).
            epochs=12,
            batch_tokens=2000,
            learning_rate=2e-3,
            patience=3,
            device="cpu",
        ),
    )
    events = []
    result = Trainer(settings, events.append, store=store).run()
    assert type(result).__name__ == "Finished", result
    return TrainedToy(store.path("toy"), events, corpus)


@pytest.fixture(scope="session")
def argos_shared_model(tmp_path_factory) -> Path:
    """A small model with one shared, tied vocabulary (``tests.argos_package``), trained once."""
    pytest.importorskip("ctranslate2")
    from tests.argos_package import train_shared_model

    return train_shared_model(tmp_path_factory.mktemp("argos-model"))


@pytest.fixture(scope="session")
def argos_package(argos_shared_model, tmp_path_factory) -> Path:
    """An Argos Translate package of that model, built once (tests import it, never change it)."""
    from tests.argos_package import FOLDER, build_package

    folder = tmp_path_factory.mktemp("argos-package")
    return build_package(argos_shared_model, folder / f"{FOLDER}.argosmodel")
