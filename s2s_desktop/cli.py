"""The command line: the engine, headless (``s2s-desktop train|translate|models|bench``).

With no command, ``s2s-desktop`` opens the window when the GUI is installed. Every mistake a user
can make ends with status 2 and one sentence on stderr; unexpected errors are logged with their
traceback under the user log dir and reported in one line (status 1).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from typing import Any, NoReturn

from s2s_desktop import __version__
from s2s_desktop.bench.command import add_bench
from s2s_desktop.engine.error_log import describe_unexpected, log_unexpected
from s2s_desktop.engine.errors import UserError
from s2s_desktop.evaluate_command import add_evaluate
from s2s_desktop.models_command import add_models
from s2s_desktop.server.command import add_serve
from s2s_desktop.translate_command import add_translate

PROGRAM = "s2s-desktop"
# engine.devices.DEVICE_CHOICES, repeated so that parsing a command line never imports torch.
DEVICE_CHOICES = ("auto", "cpu", "cuda", "mps")
MODEL_FIELDS = (
    ("hid_dim", int, "model width (HID_DIM)"),
    ("enc_layers", int, "encoder layers"),
    ("dec_layers", int, "decoder layers"),
    ("enc_heads", int, "encoder attention heads"),
    ("dec_heads", int, "decoder attention heads"),
    ("enc_pf_dim", int, "encoder feed-forward width"),
    ("dec_pf_dim", int, "decoder feed-forward width"),
    ("enc_dropout", float, "encoder dropout"),
    ("dec_dropout", float, "decoder dropout"),
    ("max_positions", int, "longest sentence in pieces (position table size)"),
)


class LoggedError(Exception):
    """An unexpected error whose traceback is already in the log; the message names the log."""


class HelpFormatter(argparse.HelpFormatter):
    """Fills ``{defaults.FIELD}`` in help texts from TrainingConfig when help is shown.

    The defaults live in the engine's settings, whose import loads torch (seconds): reading
    them only for ``--help`` keeps ``s2s-desktop models`` and ``--version`` instant.
    """

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        if text and "{defaults." in text:
            from s2s_desktop.engine.config import TrainingConfig

            text = text.format(defaults=TrainingConfig())
        return text


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and status 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help').\n")


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(
        prog=PROGRAM,
        description="Train and run Transformer translation models on your own machine. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add the app and its icon to this user's Linux application menu, then exit",
    )
    parser.add_argument(
        "--translate-clipboard",
        action="store_true",
        help="translate the clipboard in a popup near the cursor, in the running window (or a "
        "new one): bind it to a key in your desktop's keyboard settings",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    _add_train(commands)
    add_translate(commands)
    add_evaluate(commands)
    add_models(commands)
    add_bench(commands, DEVICE_CHOICES)
    add_serve(commands)
    return parser


def _add_train(commands: Any) -> None:
    train = commands.add_parser(
        "train",
        help="train a model on a folder of parallel text",
        description="Train a model on the parallel text found below FOLDER (Moses file pairs "
        "like train.en + train.de, tab-separated .tsv files, TMX files).",
    )
    train.add_argument("folder", nargs="?", help="folder with parallel text (searched recursively)")
    train.add_argument("--src", help="source language code, e.g. en")
    train.add_argument("--tgt", help="target language code, e.g. de")
    train.add_argument("--name", help="model name (default: SRC-TGT-PRESET)")
    train.add_argument(
        "--resume", action="store_true", help="continue the run named --name from its checkpoint"
    )
    train.add_argument(
        "--from",
        dest="base",
        metavar="BASE",
        help="fine-tune the stored model BASE on FOLDER: a new model with BASE's architecture, "
        "vocabularies and weights (BASE itself is not changed)",
    )
    train.add_argument(
        "--mix-base",
        type=float,
        metavar="SHARE",
        help="with --from: this share of the training pairs (e.g. 0.2) from BASE's own "
        "training data, so the new model forgets less of it",
    )
    model = train.add_argument_group("model (a preset, then any field overridden)")
    model.add_argument(
        "--preset",
        help="auto (sized to the corpus, the budget and the device), tutorial (default), tiny "
        "or base",
    )
    model.add_argument("--vocab-size", type=int, help="sentencepiece pieces per side")
    model.add_argument("--src-vocab-size", type=int, help="source pieces (INPUT_DIM)")
    model.add_argument("--tgt-vocab-size", type=int, help="target pieces (OUTPUT_DIM)")
    model.add_argument(
        "--shared-vocab",
        action=argparse.BooleanOptionalAction,
        help="one vocabulary for both languages (or --no-shared-vocab: one each)",
    )
    model.add_argument(
        "--tied-embeddings",
        action=argparse.BooleanOptionalAction,
        help="one matrix for both embeddings and the output layer (needs --shared-vocab)",
    )
    for field, kind, text in MODEL_FIELDS:
        model.add_argument(f"--{field.replace('_', '-')}", type=kind, help=text)
    options = train.add_argument_group("training")
    options.add_argument(
        "--epochs",
        type=int,
        help="passes over the data ({defaults.epochs}; 0 = no limit: until stopped or the "
        "--time-budget is spent; with --time-budget alone: no limit)",
    )
    options.add_argument(
        "--time-budget",
        metavar="DURATION",
        help="train the best model in this long (90s, 30m, 2h, 1h30; a bare number is minutes): "
        "the learning rate decays "
        "to its end at the deadline; on a resume, this much more time",
    )
    options.add_argument(
        "--average",
        type=int,
        help="average the last N checkpoints at the end, kept if it scores better "
        "(default {defaults.average_checkpoints}: off)",
    )
    options.add_argument(
        "--final-beam",
        type=int,
        metavar="N",
        help="score the best model with beam search of N at the end, reported when better "
        "({defaults.final_beam}; 1: greedy only)",
    )
    options.add_argument(
        "--device", choices=DEVICE_CHOICES, help="auto prefers CUDA, then MPS, then the CPU"
    )
    options.add_argument(
        "--batch-tokens", type=int, help="tokens per batch ({defaults.batch_tokens})"
    )
    options.add_argument("--lr", type=float, help="peak learning rate ({defaults.learning_rate})")
    options.add_argument(
        "--warmup",
        type=int,
        help="warm-up steps (default: 10%% of the run; with a time budget, 1000 or the first 5%% "
        "of the time, whichever ends later, aiming at the peak by half the time at the latest)",
    )
    options.add_argument("--label-smoothing", type=float, help="({defaults.label_smoothing})")
    options.add_argument("--clip", type=float, help="gradient norm clip ({defaults.clip_norm})")
    options.add_argument(
        "--patience",
        type=int,
        help="stop after this many evaluations without a better BLEU ({defaults.patience}; "
        "0 = never)",
    )
    options.add_argument(
        "--eval-every", type=int, help="evaluate every N steps as well as each epoch"
    )
    options.add_argument(
        "--checkpoint-minutes",
        type=float,
        help="save a checkpoint at least this often ({defaults.checkpoint_minutes:g})",
    )
    options.add_argument("--seed", type=int, help="random seed ({defaults.seed})")
    options.add_argument(
        "--max-chars", type=int, help="skip pairs with a longer side ({defaults.max_chars})"
    )
    options.add_argument("--encoding", help="text encoding of the corpus files (utf-8)")
    train.set_defaults(handler=cmd_train)


# ---------------------------------------------------------------------- train


def _run_request(args: argparse.Namespace) -> Any:
    """The ``RunRequest`` of ``train``'s options: only what the command line gives."""
    from s2s_desktop.engine.config import parse_duration
    from s2s_desktop.engine.planning import RunRequest

    training = {
        "epochs": args.epochs,
        "max_minutes": parse_duration(args.time_budget) if args.time_budget else None,
        "average_checkpoints": args.average,
        "final_beam": args.final_beam,
        "device": args.device,
        "batch_tokens": args.batch_tokens,
        "learning_rate": args.lr,
        "warmup_steps": args.warmup,
        "label_smoothing": args.label_smoothing,
        "clip_norm": args.clip,
        "patience": args.patience,
        "eval_every": args.eval_every,
        "checkpoint_minutes": args.checkpoint_minutes,
        "seed": args.seed,
        "max_chars": args.max_chars,
        "encoding": args.encoding,
        "mix_base": args.mix_base,
    }
    given = {key: value for key, value in training.items() if value is not None}
    for unlimited in ("patience", "epochs"):  # 0 on the command line: no limit
        if given.get(unlimited) == 0:
            given[unlimited] = None
    model = {
        "src_vocab_size": args.src_vocab_size or args.vocab_size,
        "tgt_vocab_size": args.tgt_vocab_size or args.vocab_size,
        "shared_vocab": args.shared_vocab,
        "tied_embeddings": args.tied_embeddings,
        **{field: getattr(args, field) for field, _, _ in MODEL_FIELDS},
    }
    return RunRequest(
        name=args.name,
        folder=args.folder,
        src=args.src,
        tgt=args.tgt,
        preset=args.preset,
        model={key: value for key, value in model.items() if value is not None},
        training=given,
        base=args.base,
    )


def cmd_train(args: argparse.Namespace) -> int:
    """Train (or resume) one run; under torchrun, this process's part of a distributed run."""
    from s2s_desktop.engine.store import ModelStore

    store = ModelStore()
    # One process plans before torch loads (2 s): a mistake in the command is told at once.
    planned = _plan(args, store) if os.environ.get("WORLD_SIZE", "1") == "1" else None

    from s2s_desktop.console import ConsoleReporter
    from s2s_desktop.engine import distributed
    from s2s_desktop.engine.config import RunSettings
    from s2s_desktop.engine.events import Failed
    from s2s_desktop.engine.planning import RunPlan
    from s2s_desktop.engine.training import Trainer

    cluster = distributed.cluster_from_env()
    distributed.join(cluster, args.device)
    finished = False
    try:
        # Rank 0 reads the store and the folder and decides the settings; the others follow.
        plan: Any = planned
        error: Exception | None = None
        if cluster.is_leader and plan is None:
            try:
                plan = _plan(args, store)
            except Exception as raised:
                error = raised
        distributed.agree(cluster, error)
        shared = distributed.share(
            cluster, (plan.settings.to_dict(), plan.extra_minutes) if plan else None
        )
        if plan is None:
            plan = RunPlan(RunSettings.from_dict(shared[0]), args.resume, None, shared[1])
        trainer = Trainer(
            plan.settings,
            ConsoleReporter(),
            resume=plan.resume,
            report=plan.report,
            store=store,
            extra_minutes=plan.extra_minutes,
            cluster=cluster,
        )
        result = _run_until_signalled(trainer)
        finished = not isinstance(result, Failed)
    except distributed.PeerFailed:
        if cluster.is_leader:
            raise
        return 2  # rank 0 says why; the same line from every rank would only repeat it
    finally:
        distributed.leave(cluster, finished)
    if isinstance(result, Failed):
        if result.elsewhere and not cluster.is_leader:
            return 2
        if result.traceback:
            raise LoggedError(log_unexpected(result.message, result.traceback))
        raise UserError(result.message)
    return 0


def _run_until_signalled(trainer: Any) -> Any:
    """Run ``trainer``; Ctrl+C or SIGTERM (a cluster's scheduler, torchrun) stops it after the
    current step with a checkpoint, and a second one aborts, whatever handled it before (a
    job a shell started with ``&`` ignores Ctrl+C: restored, the second one did nothing)."""
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def on_signal(signum: int, frame: Any) -> None:
        if trainer.cluster.is_leader:  # one line for the whole distributed run
            print("\nStopping after this step (press Ctrl+C again to abort)...", file=sys.stderr)
        trainer.request_stop()
        for sig in previous:
            signal.signal(sig, signal.default_int_handler)  # KeyboardInterrupt: "interrupted."

    for sig in previous:
        signal.signal(sig, on_signal)
    try:
        return trainer.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _plan(args: argparse.Namespace, store: Any) -> Any:
    """The run's plan (``engine.planning``); prints what the folder holds, what was chosen and
    why, and what is about to train."""
    from s2s_desktop.engine.planning import plan_run

    def print_report(report: Any) -> None:
        for line in report.summary_lines():
            print(line)

    plan = plan_run(_run_request(args), store, resume=args.resume, on_report=print_report)
    who = "" if plan.resume else "fine-tune: " if plan.settings.base else "auto: "
    for reason in plan.reasons:
        print(f"{who}{reason}")
    settings = plan.settings
    if not plan.resume:
        start = f"from {settings.base!r}" if settings.base else f"preset {settings.preset}"
        print(f"Training {settings.name!r}: {start}, {settings.src} → {settings.tgt}.")
    return plan


# ---------------------------------------------------------------------- main


def open_window(translate_clipboard: bool = False) -> int:
    """Start the desktop window (or hand over to the running one), or say in one sentence why
    it cannot open."""
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    )
    if headless:
        raise UserError(
            "No display found for the window (DISPLAY is not set); run it on a desktop, or use "
            "the command line: s2s-desktop --help."
        )
    try:
        from s2s_desktop.gui.app import run_app
    except ImportError as error:
        raise UserError(
            f"The window cannot start ({error}); reinstall with 'pip install s2s-desktop', or "
            "use the command line: s2s-desktop --help."
        ) from error
    return run_app(translate_clipboard=translate_clipboard)


def install_desktop_entry() -> int:
    """``--install-desktop-entry``: copy the .desktop file and icons, say where they went."""
    from s2s_desktop.desktop_entry import install_desktop_entry as install

    for path in install():
        print(f"Installed {path}")
    print("s2s-desktop is now in your application menu.")
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            if args.install_desktop_entry:
                return install_desktop_entry()
            return open_window(translate_clipboard=args.translate_clipboard)
        return args.handler(args)
    except UserError as error:
        print(f"{PROGRAM}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROGRAM}: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except LoggedError as error:
        print(f"{PROGRAM}: {error}", file=sys.stderr)
        return 1
    except Exception as error:
        print(f"{PROGRAM}: {describe_unexpected(error)}", file=sys.stderr)
        return 1
