"""Nothing lost: a training process killed with SIGKILL at random moments never leaves the store
broken, never touches other models, and the run resumes to its end.

Also a full disk while a checkpoint is written, and a crafted checkpoint that would run code.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from s2s_desktop.engine import events
from s2s_desktop.engine.config import RunSettings, TrainingConfig, preset_config
from s2s_desktop.engine.model_files import CHECKPOINT_FILE, TRAINING_DIR
from s2s_desktop.engine.runs import ending
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.training import Trainer
from s2s_desktop.engine.translator import load_translator
from tests.payloads import pickled_payloads
from tests.toy import write_toy_corpus

REPO = Path(__file__).parents[1]
TRAIN_OPTIONS = [
    "--preset",
    "tiny",
    "--vocab-size",
    "200",
    "--batch-tokens",
    "1000",
    "--lr",
    "1e-3",
    "--final-beam",  # the end-of-run beam scoring has its own tests
    "1",
]
KILLS = 4


def folder_digest(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with the hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def assert_store_is_sound(store: ModelStore) -> list[str]:
    """Listing works and every listed model loads and translates; returns the listed names."""
    names = []
    for info in store.list():
        translator = load_translator(info.path)
        assert len(translator.translate(["the cat sees a dog"])) == 1
        names.append(info.name)
    return names


def start_training(args: list[str], log: Path) -> subprocess.Popen:
    with log.open("w", encoding="utf-8") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "s2s_desktop", "train", *map(str, args)],
            cwd=REPO,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},  # a killed process keeps its log
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def wait_for_training(process: subprocess.Popen, log: Path) -> None:
    """Until the run prints its first step (a resumed run: its first step after the resume)."""
    deadline = time.monotonic() + 300
    while not re.search(r"epoch \d+/25 step", log.read_text(encoding="utf-8")):
        assert process.poll() is None, log.read_text(encoding="utf-8")
        assert time.monotonic() < deadline, log.read_text(encoding="utf-8")
        time.sleep(0.05)


def test_sigkill_at_random_moments_then_resume_to_the_end(
    tmp_path, private_data_root, trained_toy_model
):
    store = ModelStore()
    shutil.copytree(trained_toy_model.model_dir, store.path("other"))
    other_before = folder_digest(store.path("other"))
    corpus = write_toy_corpus(tmp_path / "corpus", train=600, valid=40)
    fresh = [corpus, "--name", "run", "--epochs", "25", "--patience", "0", *TRAIN_OPTIONS]
    # Checkpoints every ~0.6 s, so kills land in checkpoint writes as well as in steps,
    # evaluations, tokenizer training and start-up.
    fresh += ["--checkpoint-minutes", "0.01"]
    resume = ["--name", "run", "--resume"]
    rng = random.Random(4)
    run = store.path("run")
    resumed_from: list[int] = []

    for attempt in range(KILLS):
        log = tmp_path / f"attempt-{attempt}.log"
        process = start_training(resume if run.exists() else fresh, log)
        if attempt == 0:  # somewhere in start-up: imports, scan, vocabularies, tokenizing
            time.sleep(rng.uniform(0.3, 3.0))
        else:  # somewhere in training: steps, evaluations, checkpoint writes
            wait_for_training(process, log)
            time.sleep(rng.uniform(0.0, 2.5))
        assert process.poll() is None, log.read_text(encoding="utf-8")  # still training
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

        assert set(assert_store_is_sound(store)) <= {"other", "run"}
        assert folder_digest(store.path("other")) == other_before
        if run.exists():  # a run folder always holds what --resume needs
            assert (run / TRAINING_DIR / "run.json").is_file()
        resumed_from += [int(s) for s in re.findall(r"Resuming from step (\d+)", log.read_text())]

    assert resumed_from and resumed_from[-1] > 0, "no kill came after a checkpoint"
    assert ending(store, run).reason == "interrupted"  # `models` says it can go on
    log = tmp_path / "final.log"
    process = start_training(resume, log)
    assert process.wait(timeout=300) == 0, log.read_text(encoding="utf-8")
    output = log.read_text(encoding="utf-8")
    assert "Traceback" not in output
    assert re.search(r"Resuming from step \d+[.,]", output), output
    assert re.search(r"Training finished after [\d,]+ steps", output), output
    assert "Epoch 25 step" in output, output
    assert resumed_from == sorted(resumed_from), "a resume went back to an earlier step"
    assert set(assert_store_is_sound(store)) == {"other", "run"}
    assert folder_digest(store.path("other")) == other_before
    assert not list(run.rglob(".*.tmp")), "a killed write's temporary file was left behind"
    assert ending(store, run) is None  # it ran to its end


def small_run(corpus: Path, name: str = "run", epochs: int = 2) -> RunSettings:
    return RunSettings(
        name=name,
        folder=str(corpus),
        src="en",
        tgt="eo",
        preset="tiny",
        model=preset_config("tiny", src_vocab_size=120, tgt_vocab_size=120),
        training=TrainingConfig(epochs=epochs, batch_tokens=1000, device="cpu"),
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_toy_corpus(tmp_path_factory.mktemp("corpus"), train=300, valid=20)


def test_a_full_disk_during_a_checkpoint_keeps_the_previous_one(corpus, monkeypatch):
    store = ModelStore()
    assert isinstance(Trainer(small_run(corpus, epochs=1), store=store).run(), events.Finished)
    checkpoint = store.path("run") / TRAINING_DIR / CHECKPOINT_FILE
    before = checkpoint.read_bytes()

    import torch

    real_save = torch.save

    def save_until_the_disk_fills(obj, handle, *args, **kwargs):
        real_save(obj, handle, *args, **kwargs)
        handle.truncate(1000)  # half written, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(torch, "save", save_until_the_disk_fills)
    settings = small_run(corpus, epochs=2)
    result = Trainer(settings, store=store, resume=True).run()

    assert isinstance(result, events.Failed)
    assert "No space left on device" in result.message
    assert "previous checkpoint is intact" in result.message
    assert "\n" not in result.message
    assert checkpoint.read_bytes() == before
    assert not list(checkpoint.parent.glob(".*.tmp"))
    assert assert_store_is_sound(store) == ["run"]
    monkeypatch.setattr(torch, "save", real_save)
    finished = Trainer(settings, store=store, resume=True).run()
    assert isinstance(finished, events.Finished) and finished.reason == "completed"


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")
def test_a_crafted_checkpoint_is_refused_and_runs_nothing(corpus, tmp_path):
    store = ModelStore()
    settings = small_run(corpus, epochs=1)
    assert isinstance(Trainer(settings, store=store).run(), events.Finished)
    marker = tmp_path / "marker"
    checkpoint = store.path("run") / TRAINING_DIR / CHECKPOINT_FILE
    checkpoint.write_bytes(pickled_payloads(marker)["torch"])

    result = Trainer(small_run(corpus, epochs=2), store=store, resume=True).run()

    assert isinstance(result, events.Failed)
    assert "cannot be loaded" in result.message and "delete it" in result.message
    assert not marker.exists()
    assert assert_store_is_sound(store) == ["run"]  # the model itself is untouched
