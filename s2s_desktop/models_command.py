"""``s2s-desktop models``: list, show, delete, rename, export and import stored models
(``engine.store``); the list also names unfinished runs and models whose run can go on."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from s2s_desktop.engine.errors import UserError


def add_models(commands: Any) -> None:
    models = commands.add_parser("models", help="list and manage stored models")
    actions = models.add_subparsers(dest="action", metavar="ACTION", parser_class=type(models))
    models.set_defaults(handler=cmd_models_list)
    actions.add_parser("list", help="list stored models").set_defaults(handler=cmd_models_list)
    show = actions.add_parser("show", help="a model's settings, scores and training")
    show.add_argument("name")
    show.add_argument(
        "--json", action="store_true", help="print its card (config.json) as it is stored"
    )
    show.set_defaults(handler=cmd_models_show)
    delete = actions.add_parser("delete", help="delete a model (it asks first)")
    delete.add_argument("name")
    delete.add_argument(
        "--yes", "-y", action="store_true", help="delete without asking (for scripts)"
    )
    delete.set_defaults(handler=cmd_models_delete)
    rename = actions.add_parser("rename", help="rename a model")
    rename.add_argument("name")
    rename.add_argument("new_name")
    rename.set_defaults(handler=cmd_models_rename)
    export = actions.add_parser(
        "export",
        help="write a model to one .zip file (a model imported from Argos Translate: to an "
        ".argosmodel package)",
        description="Write a model, without its training state, to one file that 'models "
        "import' adds again: FILE.zip (another suffix gets .zip added), or NAME.zip inside an "
        "existing FOLDER. A model imported from Argos Translate is written as an Argos "
        "Translate package instead: FILE.argosmodel (or FILE.zip), or NAME.argosmodel.",
    )
    export.add_argument("name")
    export.add_argument("file", type=Path, metavar="FILE_OR_FOLDER")
    export.add_argument("--force", action="store_true", help="replace the file when it exists")
    export.set_defaults(handler=cmd_models_export)
    imported = actions.add_parser(
        "import",
        help="add an exported .zip, an OPUS-MT model (Helsinki-NLP/opus-mt-*: its folder or .zip, "
        "with model.safetensors) or an Argos Translate .argosmodel package (translation only)",
    )
    imported.add_argument("file", type=Path, metavar="FILE_OR_FOLDER")
    imported.add_argument("--name", help="store it under this name")
    imported.add_argument("--src", help="an OPUS-MT model's source language, if not in its name")
    imported.add_argument("--tgt", help="an OPUS-MT model's target language, if not in its name")
    imported.set_defaults(handler=cmd_models_import)


def cmd_models_list(args: argparse.Namespace) -> int:
    from s2s_desktop.engine.config import format_parameters
    from s2s_desktop.engine.store import ModelStore

    store = ModelStore()
    models = store.list()
    if not models:
        from s2s_desktop.resources import sample_corpus

        print(f"No models yet (they are kept in {store.models_dir}).")
        print("Train one on your own parallel text: s2s-desktop train FOLDER")
        print(
            "or on the bundled English → Spanish sample, in 3 minutes: "
            f"s2s-desktop train {sample_corpus()} --name sample-en-es --time-budget 3m"
        )
    else:
        _print_models(models, format_parameters)
        _print_endings(store, models)
    _print_unusable(store)
    return 0


def _print_models(models: list[Any], format_parameters: Any) -> None:
    rows = [("NAME", "LANGUAGES", "PRESET", "PARAMETERS", "BLEU", "CREATED")]
    for model in models:
        created = model.created.astimezone().strftime("%Y-%m-%d %H:%M") if model.created else "?"
        rows.append(
            (
                model.name,
                f"{model.src_lang}->{model.tgt_lang}",
                model.preset,
                format_parameters(model.parameters),
                f"{model.bleu:.1f}" if model.bleu is not None else "-",
                created,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


def _print_endings(store: Any, models: list[Any]) -> None:
    """The models whose last run did not reach its end, each with the command that goes on."""
    from s2s_desktop.engine.runs import ending

    lines = []
    for model in models:
        end = ending(store, model.path)
        if end is not None:
            lines.append(f"  {model.name}: {_ending_words(model.name, end)}.")
    if lines:
        print("\nCan train further:", *lines, sep="\n")


def _ending_words(name: str, end: Any) -> str:
    """How a run that can go on ended (``runs.Ending``), and the command that goes on."""
    resume = f"s2s-desktop train --name {name} --resume"
    return {
        "stopped": f"stopped at step {end.step:,}; continue it with '{resume}'",
        "time limit": f"used its time budget at step {end.step:,}; train it longer "
        f"with '{resume} --time-budget 30m'",
        "interrupted": f"interrupted after step {end.step:,} (closed or crashed); "
        f"continue it from its last checkpoint{_at_checkpoint(end)} with '{resume}'",
    }[end.reason]


def _at_checkpoint(end: Any) -> str:
    """ ", step 300" where an interrupted run's checkpoint is before its last logged step."""
    return f", step {end.checkpoint:,}," if end.checkpoint < end.step else ""


def _print_unusable(store: Any) -> None:
    """The names the store holds that are no model (yet): unfinished runs (as the window's
    Models tab lists them, ``engine.runs``) and damaged folders, each with what to do."""
    from s2s_desktop.engine.runs import unfinished_runs

    runs = unfinished_runs(store)
    damaged = store.damaged_names()
    if runs:
        print("\nUnfinished runs (no model until their first evaluation):")
    for run in runs:
        languages = f" ({run.languages[0]}->{run.languages[1]})" if run.languages else ""
        where = f" at step {run.step:,} (epoch {run.epoch})" if run.step else ""
        delete = f"s2s-desktop models delete {run.name}"
        if run.training_now:
            todo = "training now; its model appears after its first evaluation"
        elif run.resumable and run.settings is not None:
            todo = (
                f"ended{where}: resume it with 's2s-desktop train --name {run.name} --resume'"
                f", or delete it with '{delete}'"
            )
        elif run.settings is None:
            todo = f"its training settings are damaged: delete it with '{delete}'"
        else:
            todo = f"ended{where} before its first checkpoint: delete it with '{delete}'"
        print(f"  {run.name}{languages}: {todo}.")
    if damaged:
        print("\nDamaged (config.json or weights missing or unreadable):")
    for name in damaged:
        print(f"  {name}: damaged; delete it with 's2s-desktop models delete {name}'.")


def cmd_models_show(args: argparse.Namespace) -> int:
    import json

    from s2s_desktop.engine.model_facts import fine_tuned_into, model_sections
    from s2s_desktop.engine.runs import ending
    from s2s_desktop.engine.store import ModelStore

    store = ModelStore()
    info = store.info(args.name)
    if args.json:
        print(json.dumps(info.config, indent=2, ensure_ascii=False))
        return 0
    end = ending(store, info.path)
    sections = model_sections(
        info.card,
        info.size_bytes(),
        str(info.path),
        None if end is None else _ending_words(info.name, end),
        fine_tuned_into(info.name, (model.card for model in store.list())),
    )
    # Labels line up across sections; a section with longer ones ("newstest2014 (3,003
    # pairs)", "On the validation set of NAME") lines them up in a column of its own.
    width = max(len(label) for _, rows in sections for label, _ in rows if len(label) <= 20) + 1
    print(info.name)
    for title, rows in sections:
        print(f"\n{title}")
        column = max([width - 1, *(len(label) for label, _ in rows)]) + 1
        for label, value in rows:
            print(f"  {label + ':':<{column}}  {value}")
    return 0


def cmd_models_delete(args: argparse.Namespace) -> int:
    from s2s_desktop.engine.model_facts import fine_tuned_into
    from s2s_desktop.engine.runs import unfinished_runs
    from s2s_desktop.engine.store import ModelStore

    store = ModelStore()
    store.existing(args.name)  # an unknown name is said before anything is asked
    if not args.yes and not _confirmed(args.name, store.can_resume(args.name)):
        print(f"Kept {args.name!r}.")
        return 1
    made = fine_tuned_into(args.name, (model.card for model in store.list()))
    waiting = sorted(
        run.name
        for run in unfinished_runs(store)
        if run.settings is not None and run.settings.base == args.name and not run.resumable
    )
    store.delete(args.name)
    print(f"Deleted {args.name!r}.")
    if made:
        print(f"The models fine-tuned from it keep working on their own: {', '.join(made)}.")
    if waiting:
        print(
            f"Unfinished runs that started from it before their first checkpoint can no longer "
            f"resume (start them again from another model): {', '.join(waiting)}."
        )
    return 0


def _confirmed(name: str, resumable: bool) -> bool:
    """The user's yes at the terminal; without one (a script), a sentence saying --yes."""
    if not sys.stdin.isatty():
        raise UserError(
            f"models delete asks before it deletes; add --yes to delete {name!r} without asking."
        )
    what = "its weights and its saved run" if resumable else "its weights"
    try:
        answer = input(f"Delete {name!r} for good ({what})? [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def cmd_models_rename(args: argparse.Namespace) -> int:
    from s2s_desktop.engine.history import History
    from s2s_desktop.engine.store import ModelStore

    ModelStore().rename(args.name, args.new_name)
    if args.new_name == args.name:
        print(f"{args.name!r} has that name already; nothing changed.")
        return 0
    with contextlib.suppress(UserError):  # a damaged history keeps its old names
        History().rename_model(args.name, args.new_name)
    print(f"Renamed {args.name!r} to {args.new_name!r}.")
    return 0


def cmd_models_export(args: argparse.Namespace) -> int:
    from s2s_desktop.engine.store import ModelStore

    store = ModelStore()
    file = store.export_path(args.name, args.file)
    if not file.parent.is_dir():  # a typo would make a tree of folders
        raise UserError(
            f"The folder {file.parent} does not exist; create it, or choose another place."
        )
    if file.exists() and not args.force:
        raise UserError(
            f"{file} exists already; pass --force to replace it, or choose another file."
        )
    file = store.export(args.name, args.file)  # the same file again
    print(f"Exported {args.name!r} to {file}.")
    return 0


def cmd_models_import(args: argparse.Namespace) -> int:
    from s2s_desktop.engine.store import ModelStore

    info = ModelStore().import_(args.file, args.name, args.src, args.tgt)
    print(f"Imported {info.name!r} ({info.src_lang}->{info.tgt_lang}).")
    return 0
