"""``s2s-desktop bench``: its options, and the runs they ask for (the measuring is the rest of
this package's; every module is imported only when its run is asked for)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from s2s_desktop.engine.errors import UserError

SIZES = ("tutorial", "opus-mt")  # the full bench measures the tutorial preset


def add_bench(commands: Any, devices: tuple[str, ...]) -> None:
    """The ``bench`` command's options (``devices``: the choices of ``--device``)."""
    bench = commands.add_parser(
        "bench", help="measure training and translation speed, start-up and window stalls"
    )
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--quick", action="store_true", help="a smoke run (under a minute)")
    bench.add_argument(
        "--quality",
        metavar="FOLDER",
        help="instead: train the auto, tutorial and plain recipes on FOLDER for each budget (the "
        "plain one once, read at each budget) and print the BLEU and chrF each reaches",
    )
    bench.add_argument(
        "--minutes", default="5,10,20", help="the budgets for --quality (default 5,10,20)"
    )
    bench.add_argument(
        "--recipes",
        default="auto,tutorial,plain",
        help="--quality: which recipes to train, of auto, tutorial, plain and "
        "auto-tutorial-size (default auto,tutorial,plain)",
    )
    bench.add_argument(
        "--size",
        choices=SIZES,
        default="tutorial",
        help="opus-mt: instead, a model of OPUS-MT's size (random weights): training tokens/s, "
        "MFU and peak memory, greedy ms per sentence (--device picks where)",
    )
    bench.add_argument("--src", help="--quality: source language, when FOLDER holds several")
    bench.add_argument("--tgt", help="--quality: target language")
    bench.add_argument(
        "--device",
        choices=devices,
        default="auto",
        help="where to train: the training figures and their roofs, --quality, --size opus-mt "
        "(translation, documents, serving and the window measure the CPU path)",
    )
    bench.set_defaults(handler=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    """Run the benchmark the options ask for and print its figures."""
    if args.quality:
        return _quality_bench(args)
    if args.size == "opus-mt":
        from s2s_desktop.bench.opus_mt import format_opus_mt, run_opus_mt_bench

        figures = run_opus_mt_bench(
            args.quick, args.device, lambda what: print(f"bench: {what}…", file=sys.stderr)
        )
        print(json.dumps(figures, indent=2) if args.json else format_opus_mt(figures))
        return 0
    from s2s_desktop.bench.report import format_table
    from s2s_desktop.bench.runner import run_bench

    results = run_bench(
        args.quick, lambda what: print(f"bench: {what}…", file=sys.stderr), args.device
    )
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(format_table(results))
        print(f"\nMachine: {results['machine']}")
        notes = results["notes"]
        print(f"Training: {notes['train_device']}, {notes['train_precision']}")
        print(f"Translation decoder: {results['notes']['translation_decoder']}")
        passes = results["notes"]["train_pass_tokens_per_s"]
        print(f"Training speed: {results['notes']['train_passes']}; each pass, tokens/s:")
        for name, rates in passes.items():
            print(f"  {name}: " + ", ".join(f"{rate:,.0f}" for rate in rates))
    return 0


def _quality_bench(args: argparse.Namespace) -> int:
    from s2s_desktop.bench.quality import RECIPES, format_quality, parse_minutes, run_quality

    minutes = parse_minutes(args.minutes)
    if not minutes:
        raise UserError("--minutes needs at least one budget, like 5,10,20.")
    recipes = tuple(name.strip() for name in args.recipes.split(",") if name.strip())
    unknown = [name for name in recipes if name not in RECIPES]
    if unknown or not recipes:
        raise UserError(f"--recipes takes names from {', '.join(RECIPES)}, like auto,plain.")
    results = run_quality(
        args.quality,
        minutes,
        src=args.src,
        tgt=args.tgt,
        device=args.device,
        recipes=recipes,
        progress=lambda what: print(f"bench: training {what}…", file=sys.stderr, flush=True),
    )
    print(json.dumps(results, indent=2) if args.json else format_quality(results))
    return 0
