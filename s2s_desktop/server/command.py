"""``s2s-desktop serve``: its options, and the server in the foreground until Ctrl+C (or
SIGTERM, which a service manager sends: the same clean stop)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from s2s_desktop.server.running import DEFAULT_PORT


def add_serve(commands: Any) -> None:
    serve = commands.add_parser(
        "serve",
        help="let other apps use your models through a LibreTranslate-compatible HTTP API",
        description="Serve the stored models (one per language pair: the best scored) on a "
        "local HTTP API that LibreTranslate's clients speak: POST /translate, GET /languages, "
        "POST /detect, POST /translate_file. It listens on 127.0.0.1 (this computer only).",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port ({DEFAULT_PORT})")
    serve.add_argument(
        "--model", action="append", help="serve only this model (repeat for several)"
    )
    serve.add_argument("--api-key", help="a key every request must send (needed with --host)")
    serve.add_argument("--api-key-file", type=Path, help="a file of keys, one per line")
    serve.add_argument(
        "--beam",
        type=_at_least_one,
        metavar="N",
        help="beam width for every model (1 = greedy, the fastest; default: each model's "
        "scored beam, the one its BLEU was measured with, as translate uses)",
    )
    serve.add_argument(
        "--char-limit", type=_at_least_one, default=5000, help="characters per text (5000)"
    )
    serve.add_argument(
        "--batch-limit", type=_at_least_one, default=100, help="texts per request (100)"
    )
    serve.add_argument(
        "--file-limit-mb",
        type=_more_than_zero,
        default=10.0,
        help="size of a translated file (10 MB); translations are deleted after an hour",
    )
    serve.add_argument(
        "--max-in-flight", type=_at_least_one, default=64, help="requests at once before 429 (64)"
    )
    serve.set_defaults(handler=cmd_serve)


def _at_least_one(text: str) -> int:
    """A whole number of 1 or more, refused while the options are read."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _more_than_zero(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number, not {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def cmd_serve(args: argparse.Namespace) -> int:
    from s2s_desktop.engine.errors import UserError
    from s2s_desktop.server.app import ServerSettings
    from s2s_desktop.server.pool import ModelPool
    from s2s_desktop.server.running import ServerThread, read_keys

    if not 0 <= args.port <= 65535:
        raise UserError(f"--port must be from 1 to 65535 (0: any free port), not {args.port}.")
    settings = ServerSettings(
        char_limit=args.char_limit,
        batch_limit=args.batch_limit,
        file_limit_mb=args.file_limit_mb,
        max_in_flight=args.max_in_flight,
        api_keys=read_keys(args.api_key, args.api_key_file),
    )
    pool = ModelPool(names=args.model, beam=args.beam)
    pairs = pool.models()
    if not pairs:
        raise UserError("There are no models to serve; train or import one first.")
    with _terminate_as_interrupt():
        server = ServerThread(pool, settings, args.host, args.port)
        try:
            address = server.start()
            listed = ", ".join(f"{s}->{t} ({info.name})" for (s, t), info in sorted(pairs.items()))
            print(f"Serving {listed} at {address} (LibreTranslate API); Ctrl+C stops.", flush=True)
            _print_passed_over(pool, pairs)
            server.wait()
        except KeyboardInterrupt:
            print("Stopping…", file=sys.stderr, flush=True)
        finally:
            server.stop()  # the uploaded documents and their translations are deleted
    return 0


def _print_passed_over(pool: Any, pairs: dict[tuple[str, str], Any]) -> None:
    """Name the stored models of a served pair that another one serves: each pair's model is the
    one with the best validation BLEU, and BLEUs on different validation sets (a fine-tuned
    model's own domain) do not compare, so the user may want to choose."""
    if pool.names:  # chosen by name already
        return
    served = {info.name for info in pairs.values()}
    others: dict[tuple[str, str], list[str]] = {}
    for info in pool.store.list():
        pair = (info.src_lang, info.tgt_lang)
        if pair in pairs and info.name not in served:
            others.setdefault(pair, []).append(info.name)
    for (source, target), names in sorted(others.items()):
        print(
            f"Also stored for {source}->{target}: {', '.join(sorted(names))}; serve one with "
            f"--model NAME (the best validation BLEU is chosen, and BLEUs on different "
            "validation sets do not compare).",
            flush=True,
        )


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (a service manager's stop, ``kill``) raises KeyboardInterrupt as Ctrl+C does,
    so the same clean stop runs; its own handler comes back after."""
    if threading.current_thread() is not threading.main_thread():  # only it may set one
        yield
        return
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
