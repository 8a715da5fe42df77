"""``s2s-desktop serve``: its options, and the server in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse
import sys
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
    serve.add_argument("--char-limit", type=int, default=5000, help="characters per request (5000)")
    serve.add_argument(
        "--file-limit-mb", type=float, default=10.0, help="size of a translated file (10 MB)"
    )
    serve.add_argument(
        "--max-in-flight", type=int, default=64, help="requests at once before 503 (64)"
    )
    serve.set_defaults(handler=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from s2s_desktop.engine.errors import UserError
    from s2s_desktop.server.app import ServerSettings
    from s2s_desktop.server.pool import ModelPool
    from s2s_desktop.server.running import ServerThread, read_keys

    for name, value in (("--char-limit", args.char_limit), ("--max-in-flight", args.max_in_flight)):
        if value < 1:
            raise UserError(f"{name} must be at least 1, not {value}.")
    if not 0 <= args.port <= 65535:
        raise UserError(f"--port must be from 1 to 65535 (0: any free port), not {args.port}.")
    settings = ServerSettings(
        char_limit=args.char_limit,
        file_limit_mb=args.file_limit_mb,
        max_in_flight=args.max_in_flight,
        api_keys=read_keys(args.api_key, args.api_key_file),
    )
    pool = ModelPool(names=args.model)
    pairs = pool.models()
    if not pairs:
        raise UserError("There are no models to serve; train or import one first.")
    server = ServerThread(pool, settings, args.host, args.port)
    address = server.start()
    listed = ", ".join(f"{s}->{t} ({info.name})" for (s, t), info in sorted(pairs.items()))
    print(f"Serving {listed} at {address} (LibreTranslate API); Ctrl+C stops.", flush=True)
    try:
        server.thread.join()
    except KeyboardInterrupt:
        print("Stopping…", file=sys.stderr)
    finally:
        server.stop()
    return 0
