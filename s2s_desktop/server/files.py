"""The documents sent to ``/translate_file`` and their translations, kept in a private temporary
folder only while their download may come: each is deleted once ``keep_s`` old (LibreTranslate
keeps them 30 minutes), and all of them when the server stops. Users' documents are private:
the folders a killed server left (its process gone) are deleted when the next one starts."""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import shutil
import tempfile
import threading
import time
from pathlib import Path

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.store import process_alive

KEEP_S = 3600.0  # how long a translated file waits for its download
LONGEST_SWEEP_S = 300.0  # a file outlives its time by at most this
PREFIX = "s2s-serve-"  # then the server's process id, a dash and mkdtemp's random part
_OWNED = re.compile(re.escape(PREFIX) + r"(\d+)-")


class TranslatedFiles:
    """One folder per upload, named by an unguessable token (its download URL's secret)."""

    def __init__(self, keep_s: float = KEEP_S) -> None:
        self.keep_s = keep_s
        self._root: Path | None = None  # made on the first upload: none without one
        # token -> when its translation was ready (monotonic); None while it is being made.
        self._made: dict[str, float | None] = {}
        self._lock = threading.Lock()  # the server's threads and the one that stops it
        self._closed = False
        remove_orphans(Path(tempfile.gettempdir()))

    def new_folder(self) -> tuple[str, Path]:
        """A token and its new, empty folder."""
        token = secrets.token_urlsafe(12)
        with self._lock:
            if self._closed:
                raise UserError("The server is stopping; send the file again once it runs.")
            if self._root is None:
                self._root = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
            folder = self._root / token
            folder.mkdir()
            self._made[token] = None  # never swept while it translates
        return token, folder

    def ready(self, token: str, translation: Path) -> None:
        """The upload ``token`` is translated: its source is deleted (only the translation is
        downloaded), and the translation's time to wait for its download starts now."""
        for path in translation.parent.iterdir():
            if path != translation:
                path.unlink(missing_ok=True)
        with self._lock:
            if token in self._made:
                self._made[token] = time.monotonic()

    def find(self, token: str, name: str) -> Path | None:
        """The file ``name`` of upload ``token``, or None when there is none or it expired."""
        self.sweep()
        with self._lock:
            if self._root is None or token not in self._made:
                return None
            path = self._root / token / Path(name).name
        return path if path.is_file() else None

    def remove(self, token: str) -> None:
        """Delete one upload's folder now (its translation failed)."""
        with self._lock:
            self._made.pop(token, None)
            if self._root is not None:
                shutil.rmtree(self._root / token, ignore_errors=True)

    def sweep(self) -> None:
        """Delete the folders older than ``keep_s``."""
        now = time.monotonic()
        with self._lock:
            expired = [
                token
                for token, made in self._made.items()
                if made is not None and now - made >= self.keep_s
            ]
        for token in expired:
            self.remove(token)

    async def sweep_regularly(self) -> None:
        """Sweep every so often until cancelled (a sleep between sweeps, not a busy loop)."""
        interval = min(max(self.keep_s / 4, 0.05), LONGEST_SWEEP_S)
        while True:
            await asyncio.sleep(interval)
            await asyncio.to_thread(self.sweep)

    def close(self) -> None:
        """Delete every file and the folder; later uploads are refused. Safe to call twice."""
        with self._lock:
            self._closed = True
            self._made.clear()
            root, self._root = self._root, None
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)


def remove_orphans(folder: Path) -> None:
    """Delete the upload folders in ``folder`` whose server process is gone (killed before it
    could delete them)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        owner = _OWNED.match(entry.name)
        if owner and entry.is_dir() and not process_alive(int(owner.group(1))):
            shutil.rmtree(entry, ignore_errors=True)
