"""What the server's tests share: the toy model's sentence, a real server on a free port over
real (toy) models, and a raw HTTP client for what httpx will not send (a body cut short)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from s2s_desktop.engine.store import ModelStore
from s2s_desktop.server.app import ServerSettings
from s2s_desktop.server.pool import ModelPool
from s2s_desktop.server.running import ServerThread

SENTENCE, TRANSLATION = "the big cat sees a dog", "la kato granda vidas unu hundo"


def serve(trained_toy_model, settings: ServerSettings | None = None, pool: ModelPool | None = None):
    """A running server (the session's toy model, or ``pool``), its address and its pool."""
    pool = pool or ModelPool(ModelStore(trained_toy_model.model_dir.parent.parent))
    server = ServerThread(pool, settings, port=0)
    return server, server.start(), pool


def serve_process(data: Path, **environment: str) -> subprocess.Popen:
    """``s2s-desktop serve --port 0`` in a process of its own on the data root ``data``; its
    first line of output says where it listens."""
    return subprocess.Popen(
        [sys.executable, "-m", "s2s_desktop", "serve", "--port", "0"],
        env={**os.environ, "S2S_DESKTOP_DATA": str(data), **environment},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )


def stored_copy(trained_toy_model, store: ModelStore, name: str, **card: Any) -> Path:
    """The toy model copied into ``store`` as ``name``, its card's fields changed to ``card``
    (``src_lang="es"``: a second language into Esperanto)."""
    folder = store.path(name)
    shutil.copytree(trained_toy_model.model_dir, folder, ignore=shutil.ignore_patterns("training"))
    config = folder / "config.json"
    data = json.loads(config.read_text(encoding="utf-8"))
    data.update(name=name, **card)
    config.write_text(json.dumps(data), encoding="utf-8")
    return folder


def raw_request(address: str, head: str, body: bytes = b"", timeout: float = 20) -> tuple[int, Any]:
    """Send ``head`` (request line and headers) and ``body`` as they are, and the status and
    JSON of the answer, read without sending more (a server that waits for the rest of the
    body times out here)."""
    parts = urlsplit(address)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as connection:
        connection.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer.split(b"\r\n\r\n", 1)[1]) < _length(answer):
            chunk = connection.recv(65536)
            if not chunk:
                break
            answer += chunk
    status = int(answer.split(b" ", 2)[1])
    return status, json.loads(answer.split(b"\r\n\r\n", 1)[1])


def _length(answer: bytes) -> int:
    for line in answer.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 1 << 30
