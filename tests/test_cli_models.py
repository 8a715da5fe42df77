"""``s2s-desktop models``: export (where the file goes, replacing one, its suffix, damaged
weights) and the list (unfinished runs and damaged models, whose names are taken, shown with
what to do). The command line runs in this process (``cli.main``) on the test's own
S2S_DESKTOP_DATA; the models are built by hand (real weights of a small untrained model), the
one round trip through import uses the session's trained toy model.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from s2s_desktop.cli import main
from s2s_desktop.engine import argos
from s2s_desktop.engine.atomic_files import atomic_write_json
from s2s_desktop.engine.config import RunSettings, TrainingConfig
from s2s_desktop.engine.model_files import (
    CHECKPOINT_FILE,
    CONFIG_FILE,
    CTRANSLATE2_DIR,
    CTRANSLATE2_WEIGHTS,
    LOCK_FILE,
    METRICS_FILE,
    RUN_FILE,
    SHARED_TOKENIZER,
    TRAINING_DIR,
    WEIGHTS_FILE,
    append_jsonl,
)
from s2s_desktop.engine.store import ModelStore
from tests.engine.test_store import SMALL_MODEL
from tests.stored_toy import store_toy


def run(capsys, *args) -> tuple[int, str, str]:
    """``s2s-desktop ARGS``: (status, stdout, stderr)."""
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return status, captured.out, captured.err


def ok(capsys, *args) -> str:
    status, out, err = run(capsys, *args)
    assert status == 0, out + err
    return out


def user_error(capsys, *args) -> str:
    """Status 2 and one line on stderr (what is wrong, what to do); returns that line."""
    status, out, err = run(capsys, *args)
    assert status == 2, out + err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("s2s-desktop: "), err
    return lines[0]


def make_model(name: str, created: str = "2024-05-01T10:00:00+00:00") -> Path:
    """A listed model with sound weights (a small untrained model's) and a card that matches."""
    from s2s_desktop.engine.model import Seq2Seq
    from s2s_desktop.engine.model_files import save_weights

    folder = ModelStore().path(name)
    folder.mkdir(parents=True)
    atomic_write_json(
        folder / CONFIG_FILE,
        {
            "name": name,
            "src_lang": "en",
            "tgt_lang": "de",
            "preset": "custom",
            "model": SMALL_MODEL.to_dict(),
            "parameters": 12_345,
            "tokenizer": {
                "type": "sentencepiece",
                "source": "source.model",
                "target": "target.model",
            },
            "metrics": {"bleu": 12.5},
            "created": created,
        },
    )
    save_weights(Seq2Seq(SMALL_MODEL), folder / WEIGHTS_FILE)
    for tokenizer in ("source.model", "target.model"):
        (folder / tokenizer).write_bytes(b"pieces")
    return folder


def make_argos_model(name: str) -> Path:
    """A translate-only model as an Argos Translate import leaves it (its files are not read)."""
    folder = ModelStore().path(name)
    (folder / CTRANSLATE2_DIR).mkdir(parents=True)
    atomic_write_json(
        folder / CONFIG_FILE,
        {"name": name, "src_lang": "en", "tgt_lang": "eo", "origin": argos.ORIGIN},
    )
    (folder / CTRANSLATE2_DIR / CTRANSLATE2_WEIGHTS).write_bytes(b"ctranslate2")
    (folder / argos.METADATA_FILE).write_text("{}", encoding="utf-8")
    (folder / SHARED_TOKENIZER).write_bytes(b"pieces")
    return folder


def make_run(name: str, step: int = 0, checkpoint: bool = True) -> Path:
    """A run stopped before its first evaluation: its settings, maybe a checkpoint and steps."""
    folder = ModelStore().path(name)
    (folder / TRAINING_DIR).mkdir(parents=True)
    settings = RunSettings(
        name=name,
        folder="/corpus",
        src="en",
        tgt="fr",
        preset="tiny",
        model=SMALL_MODEL,
        training=TrainingConfig(),
    )
    atomic_write_json(folder / TRAINING_DIR / RUN_FILE, settings.to_dict())
    if checkpoint:
        (folder / TRAINING_DIR / CHECKPOINT_FILE).write_bytes(b"state")
    if step:
        append_jsonl(folder / METRICS_FILE, [{"type": "step", "step": step, "epoch": 2}])
    return folder


def hidden_files(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob(".*")]


# ---------------------------------------------------------------------- export


def test_export_refuses_to_replace_a_file_unless_forced(capsys, tmp_path):
    make_model("m")
    target = tmp_path / "m.zip"
    target.write_bytes(b"keep me")

    message = user_error(capsys, "models", "export", "m", target)
    assert f"{target} exists already" in message and "--force" in message
    assert target.read_bytes() == b"keep me"

    out = ok(capsys, "models", "export", "m", target, "--force")
    assert f"Exported 'm' to {target}." in out
    with zipfile.ZipFile(target) as archive:
        assert {CONFIG_FILE, WEIGHTS_FILE} <= set(archive.namelist())
    assert hidden_files(tmp_path) == []


def test_export_into_a_folder_writes_name_zip_inside_it(capsys, tmp_path):
    make_model("m")
    folder = tmp_path / "exports"
    folder.mkdir()

    out = ok(capsys, "models", "export", "m", folder)
    assert f"Exported 'm' to {folder / 'm.zip'}." in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]
    assert [p.name for p in folder.iterdir()] == ["m.zip"]

    # The file it would write exists now: the same refusal, naming it.
    assert f"{folder / 'm.zip'} exists already" in user_error(
        capsys, "models", "export", "m", folder
    )
    ok(capsys, "models", "export", "m", folder, "--force")

    # Where that name is itself a folder, it is said, not a stray error.
    (folder / "m.zip").unlink()
    (folder / "m.zip").mkdir()
    message = user_error(capsys, "models", "export", "m", folder, "--force")
    assert "is a folder; choose another file name" in message

    # A folder that is not there is said, not made (a typo would make a tree of them).
    missing = tmp_path / "typo" / "exports" / "m.zip"
    message = user_error(capsys, "models", "export", "m", missing)
    assert f"The folder {missing.parent} does not exist" in message
    assert not (tmp_path / "typo").exists()


def test_export_suffixes_match_the_help(capsys, tmp_path):
    with pytest.raises(SystemExit):
        main(["models", "export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--force" in help_text
    assert "imported from Argos Translate" in help_text and ".argosmodel" in help_text

    make_model("m")
    # One of our models is no Argos package: refused, nothing written.
    message = user_error(capsys, "models", "export", "m", tmp_path / "m.argosmodel")
    assert "Only a model imported from Argos Translate" in message and ".zip file" in message
    assert list(tmp_path.iterdir()) == []
    # Another suffix gets .zip added, and the message names the file written.
    out = ok(capsys, "models", "export", "m", tmp_path / "m.v2")
    assert f"Exported 'm' to {tmp_path / 'm.v2.zip'}." in out
    assert zipfile.is_zipfile(tmp_path / "m.v2.zip")

    # An Argos Translate model is written as a package again: NAME.argosmodel in a folder.
    make_argos_model("argos-en-eo")
    folder = tmp_path / "packages"
    folder.mkdir()
    out = ok(capsys, "models", "export", "argos-en-eo", folder)
    assert f"to {folder / 'argos-en-eo.argosmodel'}." in out
    assert [p.name for p in folder.iterdir()] == ["argos-en-eo.argosmodel"]
    assert "exists already" in user_error(capsys, "models", "export", "argos-en-eo", folder)


@pytest.mark.parametrize("damage", ["truncated", "empty", "longer", "other architecture"])
def test_export_refuses_damaged_weights(capsys, tmp_path, damage):
    folder = make_model("m")
    weights = folder / WEIGHTS_FILE
    data = weights.read_bytes()
    if damage == "truncated":
        weights.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        weights.write_bytes(b"")
    elif damage == "longer":
        weights.write_bytes(data + b"\0" * 64)
    else:
        card = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        card["model"]["hid_dim"] = 32
        atomic_write_json(folder / CONFIG_FILE, card)

    message = user_error(capsys, "models", "export", "m", tmp_path / "m.zip")
    assert "'m' cannot be exported" in message and str(weights) in message
    assert "delete it (s2s-desktop models delete m)" in message
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file


def test_an_exported_model_imports_again(capsys, tmp_path, trained_toy_model):
    store_toy(trained_toy_model.model_dir, ModelStore(), "toy")
    folder = tmp_path / "out"
    folder.mkdir()
    ok(capsys, "models", "export", "toy", folder)
    out = ok(capsys, "models", "import", folder / "toy.zip", "--name", "copy")
    assert "Imported 'copy' (en->eo)" in out


# ---------------------------------------------------------------------- list


def test_the_list_shows_unfinished_runs_and_damaged_models_with_what_to_do(capsys):
    make_model("good")
    make_run("resumable", step=1234)
    make_run("fresh")
    make_run("early", checkpoint=False)
    broken = make_model("broken")
    (broken / CONFIG_FILE).write_text("{not json", encoding="utf-8")
    gone = make_model("gone")
    (gone / WEIGHTS_FILE).unlink()

    out = ok(capsys, "models")
    models, _, rest = out.partition("\n\n")
    lines = models.splitlines()
    assert lines[0].split()[0] == "NAME" and [line.split()[0] for line in lines[1:]] == ["good"]

    runs, _, damaged = rest.partition("\n\n")
    runs_lines = runs.splitlines()
    assert runs_lines[0].startswith("Unfinished runs")
    found = {line.split()[0].rstrip(":"): line for line in runs_lines[1:]}
    assert set(found) == {"resumable", "fresh", "early"}
    assert "(en->fr)" in found["resumable"] and "at step 1,234 (epoch 2)" in found["resumable"]
    for name in ("resumable", "fresh"):
        assert f"'s2s-desktop train --name {name} --resume'" in found[name]
        assert f"'s2s-desktop models delete {name}'" in found[name]
    assert "--resume" not in found["early"]
    assert (
        "before its first checkpoint: delete it with 's2s-desktop models delete early'"
        in (found["early"])
    )

    damaged_lines = damaged.splitlines()
    assert damaged_lines[0].startswith("Damaged")
    assert damaged_lines[1:] == [
        f"  {name}: damaged; delete it with 's2s-desktop models delete {name}'."
        for name in ("broken", "gone")
    ]

    # Their names are taken, as listed; deleting one frees it and takes it off the list.
    for name in ("fresh", "broken", "gone"):
        assert f"'{name}' already exists" in user_error(capsys, "models", "rename", "good", name)
    ok(capsys, "models", "delete", "broken", "--yes")
    assert "broken" not in ok(capsys, "models")
    ok(capsys, "models", "rename", "good", "broken")


def test_the_list_names_models_whose_run_can_go_on_with_the_command(capsys):
    """A model stopped by its user, out of time, or killed while training (its ending still
    "training", no process on it) is listed with the command that goes on; one that ran to
    its end, one from before endings were noted and one without a checkpoint are not."""
    from s2s_desktop.engine.runs import record_ending

    for name, reason, step in [
        ("stopped", "stopped", 1200),
        ("timed", "time limit", 5000),
        ("killed", "training", 300),
        ("done", "completed", 900),
        ("patient", "early stop", 800),
        ("old", None, 0),
        ("nocheckpoint", "stopped", 10),
        ("resuming", "stopped", 70),  # resumed: a live process holds it, preparing
    ]:
        folder = make_model(name)
        training = folder / TRAINING_DIR
        make_run(name, step=step + 50 if reason == "training" else 0)  # a checkpoint, steps
        if reason is not None:
            record_ending(training, reason, step)
        if name == "nocheckpoint":
            (training / CHECKPOINT_FILE).unlink()
        if name == "resuming":
            (training / LOCK_FILE).write_text(str(os.getpid()))

    out = ok(capsys, "models")
    _, _, further = out.partition("\nCan train further:\n")
    assert sorted(further.splitlines()) == [
        "  killed: interrupted after step 350 (closed or crashed); continue it from its last "
        "checkpoint, step 300, with 's2s-desktop train --name killed --resume'.",
        "  stopped: stopped at step 1,200; continue it with "
        "'s2s-desktop train --name stopped --resume'.",
        "  timed: used its time budget at step 5,000; train it longer with "
        "'s2s-desktop train --name timed --resume --time-budget 30m'.",
    ]


def test_delete_asks_at_the_terminal_and_a_script_says_yes(capsys, monkeypatch):
    """Hours of training go with one command: it asks first; a script must say --yes."""
    make_run("run", step=5)
    message = user_error(capsys, "models", "delete", "run")
    assert "add --yes to delete 'run' without asking" in message
    assert "no model named 'nothing'" in user_error(capsys, "models", "delete", "nothing")

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "n")
    status, out, _ = run(capsys, "models", "delete", "run")
    assert status == 1 and out == "Kept 'run'.\n"
    assert asked == ["Delete 'run' for good (its weights and its saved run)? [y/N] "]
    assert ModelStore().path("run").is_dir()
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    assert ok(capsys, "models", "delete", "run") == "Deleted 'run'.\n"
    assert not ModelStore().path("run").exists()


def test_with_only_unfinished_runs_the_list_says_no_models_and_shows_them(capsys):
    make_run("run", step=5)
    out = ok(capsys, "models")
    assert out.startswith("No models yet")
    assert "\nUnfinished runs" in out
    assert "  run (en->fr): ended at step 5 (epoch 2): resume it with" in out
    assert "Damaged" not in out

    ok(capsys, "models", "delete", "run", "--yes")
    out = ok(capsys, "models", "list")
    assert out.startswith("No models yet") and "Unfinished" not in out


def test_show_lists_the_card_in_sections_and_json_prints_it_as_stored(capsys):
    """``models show`` reads as the window's details do (sections of labelled facts, the models
    made from it, how its last run ended); ``--json`` prints the card for scripts."""
    from s2s_desktop.engine.runs import record_ending

    base = make_model("base")
    make_run("base")  # its checkpoint: the run can go on
    record_ending(base / TRAINING_DIR, "stopped", 1200)
    child = make_model("child")
    card = json.loads((child / CONFIG_FILE).read_text(encoding="utf-8"))
    atomic_write_json(child / CONFIG_FILE, {**card, "lineage": {"base": "base"}})

    out = ok(capsys, "models", "show", "base")
    lines = out.splitlines()
    assert lines[0] == "base"
    titles = [line for line in lines if line and not line.startswith(" ")]
    assert titles == ["base", "Model", "Validation scores", "Training", "Files"]
    facts = dict(line.strip().split(":", 1) for line in lines if line.startswith("  "))
    facts = {label: value.strip() for label, value in facts.items()}
    assert facts["Languages"] == "en → de"
    assert facts["Fine-tuned into"] == "child"
    assert facts["Best BLEU"] == "12.5"
    assert facts["Parameters"] == "12,345"
    assert facts["Folder"] == str(base)
    assert "stopped at step 1,200" in facts["Last run"]
    assert "s2s-desktop train --name base --resume" in facts["Last run"]
    assert ok(capsys, "models", "show", "child").count("Fine-tuned from:") == 1
    assert "no step scored better" not in ok(capsys, "models", "show", "child")
    at_start = {**card, "lineage": {"base": "base"}, "metrics": {**card["metrics"], "step": 0}}
    atomic_write_json(child / CONFIG_FILE, at_start)  # saved before its first step: the base
    assert "Fine-tuned from:  base (the same weights: no step scored better)" in ok(
        capsys, "models", "show", "child"
    )
    atomic_write_json(child / CONFIG_FILE, {**card, "lineage": {"base": "base"}})

    shown = json.loads(ok(capsys, "models", "show", "child", "--json"))
    assert shown == {**card, "lineage": {"base": "base"}}


def test_deleting_a_base_names_the_models_and_runs_made_from_it(capsys):
    """The fine-tuned models keep working on their own; a run from it with no checkpoint yet
    cannot resume (it starts from the base's weights): both are named."""
    make_model("base")
    for name in ("legal", "medical"):
        folder = make_model(name)
        card = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        atomic_write_json(folder / CONFIG_FILE, {**card, "lineage": {"base": "base"}})
    for name, checkpoint in (("fresh", False), ("going", True)):
        run_folder = make_run(name, checkpoint=checkpoint)
        settings = json.loads((run_folder / TRAINING_DIR / RUN_FILE).read_text(encoding="utf-8"))
        atomic_write_json(run_folder / TRAINING_DIR / RUN_FILE, {**settings, "base": "base"})

    out = ok(capsys, "models", "delete", "base", "--yes")
    assert out.splitlines() == [
        "Deleted 'base'.",
        "The models fine-tuned from it keep working on their own: legal, medical.",
        "Unfinished runs that started from it before their first checkpoint can no longer "
        "resume (start them again from another model): fresh.",
    ]
    assert ok(capsys, "models", "delete", "legal", "--yes").splitlines() == ["Deleted 'legal'."]
