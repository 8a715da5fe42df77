"""Which stored model answers each language pair, loaded on first use and kept warm."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import weights_stamp
from s2s_desktop.engine.store import ModelInfo, ModelStore
from s2s_desktop.server.batching import Batcher


class ModelPool:
    """The models served (``names``, or every stored one), one per pair: the one the window's
    user picked (``prefer``), else the best scored, then the newest. New models appear without
    a restart: the store is read again when the
    last reading is ``FRESH_S`` old (not on every request: it reads every model's card). A
    model trained further (its weights file changed) is loaded again, as the window does.
    ``beam``: the width every model translates with; None: each model's scored beam (the one
    its BLEU was measured with, as ``translate`` uses)."""

    FRESH_S = 2.0

    def __init__(
        self,
        store: ModelStore | None = None,
        names: list[str] | None = None,
        load: Callable[[str], Any] | None = None,  # a model folder -> its translator
        beam: int | None = None,
    ) -> None:
        self.store = store or ModelStore()
        self.names = names
        self.beam = beam
        self._load = load or _load_translator
        # By model folder: the weights' stamp when loaded, and the warm model.
        self._batchers: dict[Path, tuple[tuple[int, int] | None, Batcher]] = {}
        self._lock = threading.Lock()
        # The last reading of the store: when, for which preference, the model of each pair.
        self._read: tuple[float, str | None, dict[tuple[str, str], ModelInfo]] | None = None
        self._preferred: str | None = None
        if names:
            for name in names:
                self.store.info(name)  # an unknown name is refused before the server starts

    def models(self) -> dict[tuple[str, str], ModelInfo]:
        """The model for each (source, target) pair served."""
        fresh = self._fresh()
        if fresh is not None:
            return fresh
        chosen: dict[tuple[str, str], ModelInfo] = {}
        infos = self.store.list()
        if self.names:
            infos = [info for info in infos if info.name in self.names]
        ranked = sorted(
            infos, key=lambda i: (i.bleu or 0.0, i.created.timestamp() if i.created else 0)
        )
        preferred = self._preferred
        ranked.sort(key=lambda i: i.name == preferred)  # stable: the picked one comes last
        for info in ranked:  # the better (then newer) one comes later and wins
            chosen[(info.src_lang, info.tgt_lang)] = info
        self._read = (time.monotonic(), preferred, chosen)
        return chosen

    def prefer(self, name: str | None) -> None:
        """Serve ``name`` for its pair, whatever its score: the model picked in the window,
        which its user expects other apps to get too. The next request reads the store."""
        self._preferred = name

    def batcher(self, source: str, target: str) -> Batcher:
        """The warm model for ``source`` -> ``target`` (loading it the first time)."""
        info = self.models().get((source, target))
        if info is None:
            raise UserError(
                f"No model here translates {source} → {target}; GET /languages lists the pairs."
            )
        stamp = weights_stamp(info.path)
        with self._lock:
            kept = self._batchers.get(info.path)
            if kept is not None and kept[0] == stamp:
                return kept[1]
            beam = self.beam or info.scored_beam
            batcher = Batcher(self._load(str(info.path)), info.name, beam)
            self._batchers[info.path] = (stamp, batcher)
        if kept is not None:  # the old weights answer what was sent to them, then go
            threading.Thread(target=kept[1].close, name="s2s-serve-retire", daemon=True).start()
        return batcher

    def ready(self, source: str, target: str) -> Batcher | None:
        """The warm model for ``source`` -> ``target`` when answering needs no reading (the
        store's last reading is fresh, the model loaded and its weights unchanged), else None.
        The server's event loop asks this first: a hop to a worker thread per request cost
        about 8 % of the throughput under load (docs/performance.md, "The server")."""
        chosen = self._fresh()
        if chosen is None:
            return None
        info = chosen.get((source, target))
        kept = None if info is None else self._batchers.get(info.path)
        if info is None or kept is None or kept[0] != weights_stamp(info.path):
            return None
        return kept[1]

    def _fresh(self) -> dict[tuple[str, str], ModelInfo] | None:
        """The last reading's choice of models, if it is recent and for today's preference."""
        read = self._read
        if read is None or time.monotonic() - read[0] >= self.FRESH_S:
            return None
        return read[2] if read[1] == self._preferred else None

    def close(self) -> None:
        with self._lock:
            batchers, self._batchers = [b for _, b in self._batchers.values()], {}
        for batcher in batchers:
            batcher.close()


def _load_translator(name: str) -> Any:
    from s2s_desktop.engine.translator import load_translator

    return load_translator(name)
