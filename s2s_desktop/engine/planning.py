"""A user's choices -> a run's settings, with the reason for each choice.

The command line's flags and the Train tab's form both become a ``RunRequest``: only what the
user set. ``plan_run`` turns it into the ``RunSettings`` of a new run or of a resumed one; the
CLI, the window (and any later front) ask it and decide nothing themselves, so the same choices
give the same run wherever they are made.

A run ``--from`` a stored model fine-tunes it (``engine.fine_tune``): the base's architecture
and vocabularies, its language pair, and a schedule for trained weights.

Resuming follows fairseq's and Marian's convention: running the same command again continues
the run. Only a value that differs from the run's own is refused, and the refusal names both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from s2s_desktop.engine import fine_tune
from s2s_desktop.engine.auto import AUTO, CorpusFacts, choose, facts_of
from s2s_desktop.engine.config import (
    PRESETS,
    ModelConfig,
    RunSettings,
    TrainingConfig,
    flag,
    preset_config,
)
from s2s_desktop.engine.corpus import ScanReport, normalize_language, scan_folder
from s2s_desktop.engine.errors import PairNotFound, UserError
from s2s_desktop.engine.model_files import check_model_name, load_run_settings
from s2s_desktop.engine.runs import ending
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.text_files import check_encoding
from s2s_desktop.engine.wording import translate

DEFAULT_PRESET = "tutorial"  # of a new run that names none (the window offers auto first)
# Training settings a resume keeps: they decide which batch comes next.
FIXED_ON_RESUME = ("batch_tokens", "seed", "max_chars", "encoding", "mix_base")
# What each launch sets anew: how long, where.
TIMING = ("epochs", "max_minutes", "device")


@dataclass(frozen=True)
class RunRequest:
    """What a user asked for: only what they set, the rest is for the planner to choose.

    Attributes:
        name: the model's name (None: named after the languages and preset).
        folder, src, tgt: the data, and its languages when the folder holds several.
        preset: ``auto``, a name in ``PRESETS``, or None (a new run: ``DEFAULT_PRESET``).
        model: ``ModelConfig`` fields set by hand; under ``auto``, size fields set by hand get
            the rest chosen for them.
        training: ``TrainingConfig`` fields set by hand. None means no limit for ``epochs`` and
            ``patience``; on a resume, ``max_minutes`` is time to add, and None there drops the
            run's time budget.
        base: the stored model to fine-tune (None: a new model).
    """

    name: str | None = None
    folder: str | None = None
    src: str | None = None
    tgt: str | None = None
    preset: str | None = None
    model: Mapping[str, Any] = field(default_factory=dict)
    training: Mapping[str, Any] = field(default_factory=dict)
    base: str | None = None


@dataclass
class RunPlan:
    """A run ready for ``Trainer``: its settings and how to start it.

    Attributes:
        settings: everything that defines the run (saved as its ``run.json``).
        resume: whether it continues a run from its checkpoint.
        report: the folder's scan for a new run (the trainer need not read it again); None on
            a resume, whose trainer scans the run's own folder.
        extra_minutes: on a resume, the minutes added to the run's time budget.
        reasons: what was chosen for the user and why, one line each (auto's or
            fine-tuning's choices).
    """

    settings: RunSettings
    resume: bool = False
    report: ScanReport | None = None
    extra_minutes: float | None = None
    reasons: list[str] = field(default_factory=list)


def plan_run(
    request: RunRequest,
    store: ModelStore,
    *,
    resume: bool = False,
    report: ScanReport | None = None,
    facts: CorpusFacts | None = None,
    device_kind: str | None = None,
    on_report: Callable[[ScanReport], None] | None = None,
) -> RunPlan:
    """The run ``request`` describes: a new one, or with ``resume`` the continuation of the run
    it names. For a new run, ``report`` and ``facts`` are the folder's scan and what auto reads
    of it when the caller has them already (else the folder is scanned here, and ``on_report``
    sees the report before anything is chosen); ``device_kind`` ("cpu", "cuda", "mps") is the
    device auto sizes for when the caller knows it. Raises UserError with one sentence."""
    if resume:
        return _plan_resume(request, store)
    if request.base:
        return _plan_fine_tune(request, store, report, on_report)
    if request.training.get("mix_base"):
        raise UserError(
            translate(
                "planning",
                "--mix-base mixes a base model's data into a fine-tuning run; use it with --from.",
            )
        )
    return _plan_new_run(request, store, report, facts, device_kind, on_report)


def default_name(store: ModelStore, src: str, tgt: str, preset: str) -> str:
    """``<src>-<tgt>-<preset>``, numbered past the names the store already holds."""
    return store.free_name(f"{src}-{tgt}-{preset}")


def check_new_name(store: ModelStore, name: str) -> str:
    """``name``, if a new run can take it; else UserError saying what to do instead."""
    if store.exists(check_model_name(name)):
        raise UserError(
            translate(
                "planning",
                "A model named {name!r} already exists; choose another --name, delete it "
                "(s2s-desktop models delete {name}), or continue it with --resume.",
            ).format(name=name)
        )
    return name


def resume_conflicts(stored: RunSettings, wanted: RunSettings) -> list[str]:
    """What ``wanted`` changes that a resumed run keeps, each as "--flag was OLD, not NEW": its
    data, its model and what decides its batches."""
    changes: list[tuple[str, Any, Any]] = []
    # A folder that is gone was moved: the trainer checks the new one holds the same files.
    if Path(wanted.folder) != Path(stored.folder) and Path(stored.folder).is_dir():
        changes.append(("FOLDER", stored.folder, wanted.folder))
    for side in ("src", "tgt"):
        changes.append((f"--{side}", getattr(stored, side), getattr(wanted, side)))
    changes.append(("--preset", stored.preset, wanted.preset))
    changes.append(("--from", stored.base, wanted.base))
    for model_field in fields(ModelConfig):
        name = model_field.name
        changes.append((flag(name), getattr(stored.model, name), getattr(wanted.model, name)))
    for name in FIXED_ON_RESUME:
        changes.append((flag(name), getattr(stored.training, name), getattr(wanted.training, name)))
    change = translate("planning", "{option} was {old}, not {new}")
    none = translate("planning", "none")  # an option not given: no base, no limit
    return [
        change.format(
            option=what, old=none if old is None else old, new=none if new is None else new
        )
        for what, old, new in changes
        if old != new
    ]


def check_resumable(stored: RunSettings, wanted: RunSettings) -> None:
    """Refuse a resume that would change the run's data, model or batches (UserError)."""
    conflicts = resume_conflicts(stored, wanted)
    if conflicts:
        raise UserError(
            translate(
                "planning",
                "A resumed run keeps its data, its model and its batches, but {changes}: leave "
                "those out to continue {name!r}, or start a new run under another --name.",
            ).format(changes="; ".join(conflicts), name=stored.name)
        )


# ---------------------------------------------------------------------- a new run


def _plan_new_run(
    request: RunRequest,
    store: ModelStore,
    report: ScanReport | None,
    facts: CorpusFacts | None,
    device_kind: str | None,
    on_report: Callable[[ScanReport], None] | None,
) -> RunPlan:
    # Said before the folder is read: a big corpus takes a while to scan.
    name = check_new_name(store, request.name) if request.name else None
    if report is None and not request.folder:
        raise UserError(
            translate(
                "planning", "Give the FOLDER with your parallel text: s2s-desktop train FOLDER."
            )
        )
    given = dict(request.training)
    if given.get("max_minutes"):  # a budget runs to its deadline, as many epochs as fit
        given.setdefault("epochs", None)
        given.setdefault("patience", None)
    training = replace(TrainingConfig(), **given)
    training.validate()
    preset = request.preset or DEFAULT_PRESET
    if preset not in (*PRESETS, AUTO):
        raise UserError(
            translate("planning", "Unknown preset {preset!r}; choose one of {presets}.").format(
                preset=preset, presets=", ".join((AUTO, *PRESETS))
            )
        )
    hand = {key: value for key, value in request.model.items() if value is not None}
    model = None if preset == AUTO else preset_config(preset, **hand)
    if report is None:
        report = scan_folder(
            request.folder,  # type: ignore[arg-type]  # checked above
            request.src,
            request.tgt,
            max_chars=training.max_chars,
            encoding=training.encoding,
        )
        if on_report is not None:
            on_report(report)
    reasons: list[str] = []
    if model is None:  # auto: sized to the corpus, the budget and the device
        kind = device_kind or _device_kind(training.device)
        choice = choose(facts or facts_of(report), training.max_minutes, kind, hand)
        model, training = choice.applied(training, given, hand)
        reasons = choice.reasons
    settings = RunSettings(
        name=name or default_name(store, report.src, report.tgt, preset),
        folder=_resolved(request.folder or report.folder),
        src=report.src,
        tgt=report.tgt,
        preset=preset,
        model=model,
        training=training,
    )
    return RunPlan(settings, report=report, reasons=reasons)


def _resolved(folder: str | Path) -> str:
    """A data folder as a run records it: absolute, so a resume finds it from anywhere."""
    return str(Path(folder).expanduser().resolve())


def _device_kind(device: str) -> str:
    """The kind of device ("cpu", "cuda", "mps") a run told ``device`` trains on."""
    from s2s_desktop.engine.devices import resolve_device  # torch: only when auto needs it

    return resolve_device(device).type


# ---------------------------------------------------------------------- fine-tuning


def _plan_fine_tune(
    request: RunRequest,
    store: ModelStore,
    report: ScanReport | None,
    on_report: Callable[[ScanReport], None] | None,
) -> RunPlan:
    """A new model that starts from ``request.base``: its architecture, vocabularies and
    language pair, on the request's folder. Every mismatch is refused before anything runs."""
    if request.name and request.name == request.base:
        raise UserError(
            translate(
                "planning",
                "The fine-tuned model is a new one and {base!r} stays as it is, so it needs "
                "another name: choose one with --name (without it: {base}-tuned).",
            ).format(base=request.base)
        )
    name = check_new_name(store, request.name) if request.name else None
    base = fine_tune.open_base(store, request.base)  # type: ignore[arg-type]  # set: see caller
    if report is None and not request.folder:
        raise UserError(
            translate(
                "planning",
                "Give the FOLDER with your parallel text: s2s-desktop train FOLDER --from {base}.",
            ).format(base=base.name)
        )
    if request.preset not in (None, AUTO):
        raise UserError(
            translate(
                "planning",
                "A fine-tuned model keeps the architecture of {base!r}; leave out "
                "--preset {preset}.",
            ).format(base=base.name, preset=request.preset)
        )
    model = fine_tune.fixed_architecture(base, request.model)
    given = dict(request.training)
    if given.get("max_minutes"):
        given.setdefault("epochs", None)
        given.setdefault("patience", None)
    training, reasons = fine_tune.training_for(base, given, given.get("max_minutes"))
    if report is None:
        report = _scan_for_base(request, base, training)
        if on_report is not None:
            on_report(report)
    fine_tune.check_pair(base, report.src, report.tgt, request.folder or report.folder)
    base_data = None
    if training.mix_base:
        base_data = fine_tune.base_data(base)
        where = base_data["folder"] if base_data else None
        if where is None or not Path(where).is_dir():
            if where:
                missing = translate(
                    "planning",
                    "--mix-base needs the training data of {base!r}, but its folder {folder} is "
                    "gone; leave out --mix-base, or put that folder back.",
                )
            else:
                missing = translate(
                    "planning",
                    "--mix-base needs the training data of {base!r}, but it was not trained "
                    "here, so its data is unknown; leave out --mix-base.",
                )
            raise UserError(missing.format(base=base.name, folder=where))
        reasons.append(
            translate(
                "planning",
                "Mixing in the training data of {base!r} from {folder}: {share:.0%} of the "
                "training pairs, so the model keeps more of what the base knew.",
            ).format(base=base.name, folder=where, share=training.mix_base)
        )
    settings = RunSettings(
        name=name or fine_tune.tuned_name(store, base.name),
        folder=_resolved(request.folder or report.folder),
        src=report.src,
        tgt=report.tgt,
        preset=base.card.preset,
        model=model,
        training=training,
        base=base.name,
        base_data=base_data,
    )
    return RunPlan(settings, report=report, reasons=reasons)


def _scan_for_base(
    request: RunRequest, base: fine_tune.Base, training: TrainingConfig
) -> ScanReport:
    """The folder scanned for the base's language pair (or the one asked for, which
    ``check_pair`` then refuses if it is another)."""
    src, tgt = base.card.src_lang, base.card.tgt_lang
    try:
        return scan_folder(
            request.folder,  # type: ignore[arg-type]  # checked by the caller
            request.src or src,
            request.tgt or tgt,
            max_chars=training.max_chars,
            encoding=training.encoding,
        )
    except PairNotFound as error:
        if request.src or request.tgt:
            raise
        raise UserError(
            translate(
                "planning",
                "{folder} has no {src}–{tgt} pairs, the languages of {base!r} (it has {found}); "
                "a fine-tuned model keeps its base's languages: choose a folder of {src}–{tgt} "
                "text, or train a new model without --from.",
            ).format(folder=request.folder, src=src, tgt=tgt, base=base.name, found=error.found)
        ) from None


# ---------------------------------------------------------------------- a resumed run


def _check_more_epochs(name: str, folder: Path, epochs: int | None) -> None:
    """Refuse a total of passes the run is already past: it would end at once, training
    nothing (``--epochs`` on a resume sets the run's new total)."""
    from s2s_desktop.engine.runs import last_step

    reached = last_step(folder)[1]  # the pass its last logged step was in
    if epochs is not None and epochs < reached:
        raise UserError(
            translate(
                "planning",
                "{name!r} has already trained into epoch {reached}; ask for more epochs than "
                "that in total, or for more time.",
            ).format(name=name, reached=reached)
        )


def _resumed_preset(given: str | None, stored: RunSettings) -> str:
    """The preset a resume asks for: a fine-tune's ``auto`` (accepted when it began: it chose
    the training settings, the base the model) is the one it runs under."""
    if given == AUTO and stored.base:
        return stored.preset
    return given or stored.preset


def _moved_data(stored: RunSettings, folder: str | None) -> str | None:
    """Where a run's data was when that folder is gone and ``folder`` is given instead (the
    trainer checks it holds the same files: ``corpus_fingerprint``). Refused in one sentence
    when no folder is given."""
    if Path(stored.folder).is_dir():
        return None
    if not folder or not Path(folder).expanduser().is_dir():
        raise UserError(
            translate(
                "planning",
                "{name!r} read its data from {folder}, which is not there any more: give the "
                "folder it moved to (s2s-desktop train FOLDER --name {name} --resume, or choose "
                "it under Data in the window), or put the files back.",
            ).format(name=stored.name, folder=stored.folder)
        )
    return stored.folder


def _plan_resume(request: RunRequest, store: ModelStore) -> RunPlan:
    if not request.name:
        raise UserError(translate("planning", "--resume needs the --name of the run to continue."))
    folder = store.path(request.name)
    if not folder.exists():
        raise UserError(
            translate(
                "planning",
                "Cannot resume {name!r}: there is no run of that name; start it without "
                "--resume (see 's2s-desktop models').",
            ).format(name=request.name)
        )
    stored = load_run_settings(folder)
    stored.name = request.name  # the folder's name is the run's (run.json may predate a rename)
    moved_from = _moved_data(stored, request.folder)
    given = dict(request.training)
    _check_more_epochs(request.name, folder, given.get("epochs"))
    budget = stored.training.max_minutes
    more_epochs = "epochs" in given and "max_minutes" not in given and budget
    end = ending(store, folder) if more_epochs else None
    if end is not None and end.reason == "time limit":  # its learning rate reached zero
        raise UserError(
            translate(
                "planning",
                "{name!r} trains to a time budget ({minutes:g} minutes), which it has used; "
                "give it more time with --time-budget (e.g. --time-budget 10m): more epochs "
                "alone do not lift the budget.",
            ).format(name=request.name, minutes=budget)
        )
    extra_minutes = None
    if "max_minutes" in given:
        extra_minutes = given.pop("max_minutes")  # time to add; None: no time budget
        if extra_minutes is None:
            given["max_minutes"] = None
        elif "epochs" not in given:  # more time, with no new pass limit: the time decides
            given["epochs"] = None
    same = given.get("encoding") and check_encoding(given["encoding"]) == check_encoding(
        stored.training.encoding
    )
    if same:  # "UTF8" is the run's "utf-8"
        given["encoding"] = stored.training.encoding
    hand = {key: value for key, value in request.model.items() if value is not None}
    wanted = RunSettings(
        name=stored.name,
        folder=_resolved(request.folder) if request.folder else stored.folder,
        src=normalize_language(request.src) if request.src else stored.src,
        tgt=normalize_language(request.tgt) if request.tgt else stored.tgt,
        preset=_resumed_preset(request.preset, stored),
        model=replace(stored.model, **hand),
        training=replace(stored.training, **given),
        base=request.base or stored.base,
        base_data=stored.base_data,
    )
    check_resumable(stored, wanted)
    wanted.training.validate()
    reasons = [
        translate("planning", "Resuming {name!r} on {folder} ({src} → {tgt}).").format(
            name=stored.name, folder=wanted.folder, src=stored.src, tgt=stored.tgt
        )
    ]
    if moved_from:
        reasons.append(
            translate(
                "planning",
                "Its data was in {old}, which is gone; the run checks that the files here are "
                "the same.",
            ).format(old=moved_from)
        )
    changed = translate("planning", "{option} changes from {old} to {new}, as asked.")
    for option in fields(TrainingConfig):  # what a resume may change, said when it does
        old, new = getattr(stored.training, option.name), getattr(wanted.training, option.name)
        if option.name not in (*FIXED_ON_RESUME, *TIMING) and old != new:
            reasons.append(changed.format(option=flag(option.name), old=old, new=new))
    return RunPlan(wanted, resume=True, extra_minutes=extra_minutes, reasons=reasons)
