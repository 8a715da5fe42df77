"""The server under load: 16 clients at once, each sending one sentence per request and the next
when the answer comes, against one client alone, through a real server on a free local port.
The model is the bench's random tutorial model behind ``documents.BenchTranslator``, each
output stopped at its reference's length as a trained model's ends at its EOS, so the figures
are the server's and the batching's."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from s2s_desktop.bench.data import BenchData
from s2s_desktop.bench.documents import BenchTranslator
from s2s_desktop.server.batching import Batcher


class BenchPool:
    """A ``server.pool.ModelPool`` of one model, en -> de."""

    def __init__(self, translator: BenchTranslator) -> None:
        self.batcher_ = Batcher(translator, "bench")

    def models(self) -> dict[tuple[str, str], Any]:
        return {("en", "de"): SimpleNamespace(name="bench")}

    def batcher(self, source: str, target: str) -> Batcher:
        return self.batcher_

    def ready(self, source: str, target: str) -> Batcher | None:
        return self.batcher_

    def close(self) -> None:
        self.batcher_.close()


def _load(address: str, lines: list[str], clients: int, each: int) -> tuple[float, list[float]]:
    """Requests per second and each request's milliseconds, ``clients`` at once, sent from
    another process (as other apps send them: their work does not share our interpreter)."""
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "s2s_desktop.bench.serve_clients", address, str(clients), str(each)],
        input=json.dumps(lines),
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    figures = json.loads(done.stdout)
    return figures["requests_per_s"], figures["latencies_ms"]


def measure_serving(model: Any, data: BenchData, fast: Any, requests: int) -> dict[str, float]:
    """``serve_requests_per_s`` and ``serve_ms_p99`` with 16 clients, the one-client rate, and
    their ratio."""
    from s2s_desktop.server.running import ServerThread

    server = ServerThread(BenchPool(BenchTranslator(model, data, fast, stop_each=True)), port=0)  # type: ignore[arg-type]
    address = server.start()
    try:
        _load(address, data.lines, 1, 5)  # warm
        single, _ = _load(address, data.lines, 1, max(requests // 4, 5))
        rate, latencies = _load(address, data.lines, 16, max(requests // 16, 1))
    finally:
        server.stop()
    latencies.sort()
    return {
        "serve_requests_per_s": rate,
        "serve_ms_p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "serve_single_requests_per_s": single,
        "serve_speedup": rate / single,
    }
