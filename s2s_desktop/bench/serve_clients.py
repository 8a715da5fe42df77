"""``python -m s2s_desktop.bench.serve_clients ADDRESS CLIENTS EACH`` (lines as JSON on standard
input): CLIENTS clients at once, each posting EACH one-sentence requests to ADDRESS/translate,
the next when its answer comes; prints the rate and each request's milliseconds as JSON."""

from __future__ import annotations

import asyncio
import json
import sys
import time


async def _run(address: str, lines: list[str], clients: int, each: int) -> dict:
    import httpx

    latencies: list[float] = []
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=address, timeout=120, limits=limits) as http:

        async def client(number: int) -> None:
            for request in range(each):
                line = lines[(number * each + request) % len(lines)]
                start = time.perf_counter()
                answer = await http.post(
                    "/translate", json={"q": line, "source": "en", "target": "de"}
                )
                answer.raise_for_status()
                latencies.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        await asyncio.gather(*(client(n) for n in range(clients)))
        seconds = time.perf_counter() - start
    return {"requests_per_s": clients * each / seconds, "latencies_ms": latencies}


def main() -> None:
    address, clients, each = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    lines = json.loads(sys.stdin.read())
    print(json.dumps(asyncio.run(_run(address, lines, clients, each))))


if __name__ == "__main__":
    main()
