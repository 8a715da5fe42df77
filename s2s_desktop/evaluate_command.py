"""``s2s-desktop evaluate``: score stored models on one test set, in one table, and keep each
score with its model (``engine.scoring``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from s2s_desktop.engine.errors import UserError


def add_evaluate(commands: Any) -> None:
    evaluate = commands.add_parser(
        "evaluate",
        help="score stored models on a test set (BLEU, chrF)",
        description="Translate a test set with each MODEL and score it against the reference "
        "(BLEU and chrF, sacrebleu); each score is saved with its model, in place of an "
        "earlier one on the same test set with the same beam. The test set is --test PATH: a "
        "folder (its test files: test.en + test.de, newstest2014.*, ...), a .tsv or .tmx file, "
        "or one side of a file pair (test.en: test.de beside it is its reference); or "
        "--src-file and --tgt-file.",
    )
    evaluate.add_argument("models", nargs="+", metavar="MODEL", help="stored model names")
    evaluate.add_argument("--test", type=Path, help="the test set: a folder or a file")
    evaluate.add_argument("--src-file", type=Path, help="source sentences, one per line")
    evaluate.add_argument("--tgt-file", type=Path, help="their reference translations")
    evaluate.add_argument(
        "--beam",
        type=int,
        help="beam width for every model (1 = greedy; default: the beam each model's own BLEU "
        "was measured with)",
    )
    evaluate.add_argument(
        "--output",
        type=Path,
        metavar="FOLDER",
        help="write each model's translations of the test set to FOLDER/MODEL.<target "
        "language>, one line per test sentence (for sacrebleu or a look of your own)",
    )
    evaluate.add_argument("--device", default="auto", help="auto, cpu, cuda or mps")
    evaluate.add_argument("--encoding", default="utf-8", help="text encoding of the test files")
    evaluate.set_defaults(handler=cmd_evaluate)


def chosen_paths(args: argparse.Namespace) -> list[Path]:
    """The test set the options name: --test, or --src-file with --tgt-file."""
    pair = [path for path in (args.src_file, args.tgt_file) if path is not None]
    if args.test is not None and pair:
        raise UserError("Give either --test or --src-file and --tgt-file, not both.")
    if args.test is not None:
        return [args.test]
    if len(pair) != 2:
        raise UserError(
            "Name the test set with --test PATH, or with both --src-file and --tgt-file."
        )
    return pair


def cmd_evaluate(args: argparse.Namespace) -> int:
    from s2s_desktop.engine.scoring import ScoringProgress, evaluate_models
    from s2s_desktop.engine.store import ModelStore

    paths = chosen_paths(args)
    if args.beam is not None and args.beam < 1:
        raise UserError(f"--beam must be at least 1, not {args.beam}.")
    if args.output is not None:
        _check_output(args.output, args.models)
    written: list[Path] = []
    targets: dict[str, None] = {}  # the target languages scored into, for the signatures

    def keep(score: Any, tgt: str, translations: list[str]) -> None:
        from s2s_desktop.engine.atomic_files import atomic_write_bytes

        targets[tgt] = None
        if args.output is None:
            return
        path = args.output / f"{score.model}.{tgt}"
        try:
            atomic_write_bytes(path, "".join(line + "\n" for line in translations).encode())
        except OSError as error:
            raise UserError(
                f"Cannot write {path} ({error.strerror or error}); choose another --output."
            ) from None
        written.append(path)

    interactive = sys.stderr.isatty()

    def progress(step: ScoringProgress) -> None:
        if interactive and step.total:
            sys.stderr.write(
                f"\r{step.model} ({step.index + 1}/{step.models}): {step.done}/{step.total} "
                "sentences"
            )
            sys.stderr.flush()

    scores = evaluate_models(
        ModelStore(),
        args.models,
        paths,
        beam=args.beam,
        device=args.device,
        encoding=args.encoding,
        progress=progress,
        hypotheses=keep,
    )
    if interactive:
        sys.stderr.write("\n")
    origins = dict.fromkeys(f"{score.test_set} ({score.origin})" for score in scores)
    print(f"Test set: {', '.join(origins)}")
    rows = [("MODEL", "BLEU", "CHRF", "BEAM", "SENTENCES")]
    rows += [
        (s.model, f"{s.bleu:.1f}", f"{s.chrf:.1f}", str(s.beam), f"{s.sentences:,}") for s in scores
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        print("  ".join(cells).rstrip())
    from s2s_desktop.engine.held_out_scores import memory_warning

    for score in scores:
        warning = memory_warning(score)
        if warning:
            print(f"Warning: {warning}")
    beams = sorted({score.beam for score in scores})
    if len(beams) > 1:  # each model's own beam: the scores are not compared alike
        print(
            f"The models were scored with different beams ({', '.join(map(str, beams))}), each "
            f"the one it scored best with; to compare them alike, pass --beam {beams[-1]}."
        )
    print("Saved with each model (see them with 's2s-desktop models show MODEL').")
    _print_signatures(list(targets))
    for path in written:
        print(f"Wrote {path}")
    return 0


def _check_output(folder: Path, names: list[str]) -> None:
    """Refuse an --output folder that is missing, or holds a file a translation would replace
    (the test set's own reference, when it is the test folder)."""
    from s2s_desktop.engine.store import ModelStore

    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist; create it, or choose another.")
    store = ModelStore()
    for name in names:
        path = folder / f"{name}.{store.info(name).tgt_lang}"
        if path.exists():
            raise UserError(f"{path} exists already; choose another --output folder.")


def _print_signatures(targets: list[str]) -> None:
    """sacrebleu's signatures, as papers and toolkits report them beside a score."""
    from s2s_desktop.engine.evaluation import score_signatures

    for tgt in targets:
        bleu, chrf = score_signatures(tgt)
        print(f"sacrebleu: BLEU {bleu}; chrF {chrf}")
