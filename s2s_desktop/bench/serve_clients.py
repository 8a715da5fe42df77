"""``python -m s2s_desktop.bench.serve_clients ADDRESS CLIENTS EACH`` (lines as JSON on standard
input): CLIENTS clients at once, each posting EACH one-sentence requests to ADDRESS/translate
on its own kept-alive connection, the next when its answer comes; prints the rate and each
request's milliseconds as JSON.

The clients speak HTTP/1.1 over asyncio's streams, not through a client library: like ``wrk``,
a load generator should cost next to nothing, or on a small machine it measures itself (httpx
took about as much CPU per request as the server; docs/performance.md, "The server")."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from urllib.parse import urlsplit


async def _client(
    host: str, port: int, lines: list[str], first: int, each: int, latencies: list[float]
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for request in range(each):
            line = lines[(first + request) % len(lines)]
            body = json.dumps({"q": line, "source": "en", "target": "de"}).encode()
            head = (
                f"POST /translate HTTP/1.1\r\nHost: {host}:{port}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            )
            start = time.perf_counter()
            writer.write(head.encode() + body)
            await writer.drain()
            status = await reader.readline()
            length = 0
            while (header := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = header.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
            if b" 200 " not in status:
                raise RuntimeError(f"The server answered {status.decode().strip()}.")
            latencies.append((time.perf_counter() - start) * 1000)
    finally:
        writer.close()


async def _run(address: str, lines: list[str], clients: int, each: int) -> dict:
    where = urlsplit(address)
    latencies: list[float] = []
    start = time.perf_counter()
    await asyncio.gather(
        *(
            _client(
                where.hostname or "127.0.0.1", where.port or 80, lines, n * each, each, latencies
            )
            for n in range(clients)
        )
    )
    seconds = time.perf_counter() - start
    return {"requests_per_s": clients * each / seconds, "latencies_ms": latencies}


def main() -> None:
    address, clients, each = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    lines = json.loads(sys.stdin.read())
    print(json.dumps(asyncio.run(_run(address, lines, clients, each))))


if __name__ == "__main__":
    main()
