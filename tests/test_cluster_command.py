"""The cluster command says exactly the settings it was made from: parsed back by the real
command line, it gives the same model and training settings."""

from __future__ import annotations

import subprocess
from dataclasses import replace

import pytest

from s2s_desktop import cli
from s2s_desktop.cluster_command import torchrun_command, train_arguments
from s2s_desktop.engine.config import RunSettings, TrainingConfig, preset_config
from s2s_desktop.engine.store import ModelStore
from tests.toy import write_toy_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_toy_corpus(tmp_path_factory.mktemp("toy corpus"))


def settings_of(corpus, model, training, preset="tiny") -> RunSettings:
    return RunSettings("my-model.v2", str(corpus), "en", "eo", preset, model, training)


def shell_words(command: str) -> list[str]:
    """The words bash passes to the program (quotes and line continuations resolved)."""
    assert command.startswith("torchrun ")
    printer = "printf '%s\\0' " + command.removeprefix("torchrun ")
    output = subprocess.run(["bash", "-c", printer], capture_output=True, text=True, check=True)
    return output.stdout.split("\0")[:-1]


def parsed_back(command: str, store: ModelStore) -> RunSettings:
    """What ``s2s-desktop train`` makes of the command's arguments (after ``-m s2s_desktop``)."""
    words = shell_words(command)
    arguments = words[words.index("s2s_desktop") + 1 :]
    args = cli.build_parser().parse_args(arguments)
    return cli._plan(args, store).settings


@pytest.mark.parametrize(
    "model, training",
    [
        (preset_config("tiny"), TrainingConfig()),
        (
            preset_config("tiny", hid_dim=64, enc_layers=1, enc_dropout=0.3, src_vocab_size=300,
                          tgt_vocab_size=300, shared_vocab=True, tied_embeddings=True),
            TrainingConfig(epochs=10, max_minutes=90.5, batch_tokens=12000, learning_rate=7e-4,
                           warmup_steps=250, label_smoothing=0.2, clip_norm=0.5, patience=None,
                           eval_every=400, checkpoint_minutes=3.0, seed=9, max_chars=500,
                           encoding="latin-1", device="cpu"),
        ),
    ],
)  # fmt: skip
def test_the_command_parses_back_to_the_same_settings(corpus, tmp_path, model, training):
    original = settings_of(corpus, model, training)
    store = ModelStore(tmp_path / "store")
    back = parsed_back(torchrun_command(original), store)
    assert back.model == original.model
    # The device is left to the cluster (auto: its GPUs); everything else is the same.
    assert back.training == replace(original.training, device="auto")
    assert (back.name, back.src, back.tgt, back.preset) == ("my-model.v2", "en", "eo", "tiny")
    assert back.folder == str(corpus)


def test_auto_settings_are_written_out_not_chosen_again_on_the_cluster(corpus, tmp_path):
    """What auto chose for this desktop (a CPU, 10 minutes) is what the cluster trains."""
    model = preset_config(
        "tutorial",
        src_vocab_size=3000,
        tgt_vocab_size=3000,
        enc_dropout=0.3,
        dec_dropout=0.3,
        enc_pf_dim=1024,
        dec_pf_dim=1024,
        shared_vocab=False,
    )
    training = TrainingConfig(epochs=None, max_minutes=10.0, patience=None, batch_tokens=2048,
                              learning_rate=1e-3, label_smoothing=0.2)  # fmt: skip
    original = settings_of(corpus, model, training, preset="auto")
    command = torchrun_command(original)
    assert "--no-shared-vocab" in command and "--time-budget 10m" in command
    assert "--no-tied-embeddings" in command
    store = ModelStore(tmp_path / "store")
    back = parsed_back(command, store)
    assert back.preset == "auto" and back.model == original.model
    assert back.training == replace(original.training, device="auto")


def test_one_node_is_standalone_and_several_meet_at_the_first(corpus):
    settings = settings_of(corpus, preset_config("tiny"), TrainingConfig())
    one = torchrun_command(settings)
    assert one.startswith(
        "torchrun --standalone --nproc_per_node=gpu \\\n    -m s2s_desktop train "
    )
    assert f" '{corpus}' " in one  # a path with a space, quoted for the shell
    assert all(len(line) < 100 for line in one.splitlines())
    several = torchrun_command(
        settings, nodes=4, processes="2", folder="/data/corpus", host="node01"
    )
    assert "--nnodes=4 --nproc_per_node=2 --rdzv_backend=c10d \\\n" in several
    assert "--rdzv_endpoint=node01:29500" in several
    assert " /data/corpus " in several and str(corpus) not in several


def test_defaults_are_left_out_so_the_command_stays_short(corpus):
    arguments = train_arguments(settings_of(corpus, preset_config("tiny"), TrainingConfig()))
    assert arguments == [str(corpus), "--src", "en", "--tgt", "eo", "--name", "my-model.v2",
                         "--preset", "tiny"]  # fmt: skip
