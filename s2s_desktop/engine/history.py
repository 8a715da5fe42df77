"""The translations a user made in the window: kept on disk, searchable, cleared in one call.

One SQLite file (``history.sqlite`` under the data root): SQLite writes each entry atomically,
survives a killed process, and searches a year of entries in milliseconds. The same text
translated again with the same model moves to the top instead of being kept twice. A damaged file
is never deleted: clearing moves it aside (``history.sqlite.damaged``) and starts a fresh one.
"""

from __future__ import annotations

import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from s2s_desktop.engine.data_folder import data_root
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate

FILE_NAME = "history.sqlite"
MOST_ENTRIES = 10_000  # the oldest go beyond this: a history, not an archive
GROWN_S = 600  # the newest entry a text typed further replaces: kept this recently
DAMAGED_SUFFIX = ".damaged"
# SQLite's files beside the database: a hot journal must follow its file, never meet a new one.
_SIDE_FILES = ("-journal", "-wal", "-shm")
# Primary result codes that say the file itself is broken (not busy, locked or unreadable).
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY,
    made REAL NOT NULL,
    model TEXT NOT NULL,
    src_lang TEXT NOT NULL,
    tgt_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    UNIQUE (model, source)
);
CREATE INDEX IF NOT EXISTS entries_made ON entries (made);
"""


@dataclass(frozen=True)
class Entry:
    """One kept translation; ``made`` in seconds since the epoch."""

    id: int
    made: float
    model: str
    src_lang: str
    tgt_lang: str
    source: str
    target: str


class DamagedHistory(UserError):
    """The history file is not a sound SQLite database: only moving it aside helps."""


def fold(text: str | None) -> str:
    """Text as search compares it: NFC, then Unicode case folding (``Über`` as ``über``,
    ``ÉCOLE`` as ``école``); SQLite's own LIKE folds ASCII letters only."""
    return unicodedata.normalize("NFC", text or "").casefold()


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # raised by the sqlite3 module itself, without a result code
        return type(error) is sqlite3.DatabaseError
    return code & 0xFF in _DAMAGE_CODES


class History:
    """The window's translation history (``path``: the SQLite file, by default in the data
    root). Each call opens and closes its own connection, so any thread may use it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_root() / FILE_NAME
        # The entry the last ``add`` made new: only it may be replaced by the text typed
        # further. An older entry brought back to the top (restored, translated again) stays.
        self._typed: int | None = None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=5)
        except (OSError, sqlite3.Error) as error:
            raise UserError(
                translate("history", "Cannot open the history at {path}: {error}.").format(
                    path=self.path, error=error
                )
            ) from error
        try:
            connection.create_function("fold", 1, fold, deterministic=True)
            with connection:  # one transaction: committed, or rolled back on an error
                connection.executescript(_SCHEMA)
                yield connection
        except sqlite3.DatabaseError as error:
            kind = DamagedHistory if _is_damage(error) else UserError
            raise kind(
                translate(
                    "history",
                    "The history at {path} cannot be used ({error}); clear it or move it away.",
                ).format(path=self.path, error=error)
            ) from error
        finally:
            connection.close()

    def add(self, model: str, src_lang: str, tgt_lang: str, source: str, target: str) -> None:
        """Keep one translation (the same source with the same model replaces its entry, and
        so does the text typed further: the newest entry, made new by the last call minutes
        ago, that it begins with, a pause while typing)."""
        source, target = source.strip(), target.strip()
        if not source:
            return
        now = time.time()
        with self._connect() as db:
            newest = db.execute(
                "SELECT id, made, model, source FROM entries ORDER BY made DESC LIMIT 1"
            ).fetchone()
            grown = newest is not None and newest[3] != source and source.startswith(newest[3])
            typed_on = grown and newest[0] == self._typed and newest[2] == model
            if typed_on and now - newest[1] < GROWN_S:
                db.execute("DELETE FROM entries WHERE id = ?", (newest[0],))
            kept = db.execute(
                "SELECT id FROM entries WHERE model = ? AND source = ?", (model, source)
            ).fetchone()
            written = db.execute(
                "INSERT INTO entries (made, model, src_lang, tgt_lang, source, target) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (model, source) DO UPDATE SET "
                "made = excluded.made, target = excluded.target, "
                "src_lang = excluded.src_lang, tgt_lang = excluded.tgt_lang",
                (now, model, src_lang, tgt_lang, source, target),
            )
            self._typed = written.lastrowid if kept is None else None
            db.execute(
                "DELETE FROM entries WHERE id NOT IN "
                "(SELECT id FROM entries ORDER BY made DESC LIMIT ?)",
                (MOST_ENTRIES,),
            )

    def search(self, text: str = "", limit: int = 200) -> list[Entry]:
        """The newest entries whose source or translation contains ``text`` (any case, in any
        script; all entries for an empty ``text``), newest first. Compared through ``fold``, a
        Python function, as a year of entries is scanned in milliseconds anyway."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, made, model, src_lang, tgt_lang, source, target FROM entries "
                "WHERE instr(fold(source), ?1) OR instr(fold(target), ?1) "
                "ORDER BY made DESC LIMIT ?2",
                (fold(text.strip()), limit),
            ).fetchall()
        return [Entry(*row) for row in rows]

    def count(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])

    def rename_model(self, old: str, new: str) -> None:
        """Entries of a renamed model follow it (an entry of the same text under ``new``, left
        from a model of that name deleted before, gives way)."""
        with self._connect() as db:
            db.execute("UPDATE OR REPLACE entries SET model = ? WHERE model = ?", (new, old))

    def delete(self, entry_id: int) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))

    def clear(self) -> Path | None:
        """Forget every entry (the file is emptied and compacted, not left with the text).

        A damaged file cannot be emptied: it is moved aside, never deleted (it may still be
        recovered), and a fresh history started. Returns where it went, else None.
        """
        try:
            with self._connect() as db:
                db.execute("DELETE FROM entries")
        except DamagedHistory:
            return self._move_aside()
        self._compact()
        return None

    def _compact(self) -> None:
        try:
            connection = sqlite3.connect(self.path, timeout=5)
            try:
                connection.execute("VACUUM")  # outside a transaction, as SQLite requires
            finally:
                connection.close()
        except sqlite3.Error as error:
            raise UserError(
                translate(
                    "history",
                    "The history is cleared, but {path} could not be compacted ({error}).",
                ).format(path=self.path, error=error)
            ) from error

    def _move_aside(self) -> Path:
        """Rename the damaged file (and its journal) to a free ``.damaged`` name; start anew."""
        aside = _free_name(self.path.with_name(self.path.name + DAMAGED_SUFFIX))
        try:
            for suffix in _SIDE_FILES:
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.rename(aside.with_name(aside.name + suffix))
            self.path.rename(aside)
        except OSError as error:
            raise UserError(
                translate(
                    "history",
                    "The history at {path} is damaged and could not be moved aside ({error}); "
                    "move it away yourself.",
                ).format(path=self.path, error=error.strerror or error)
            ) from error
        with self._connect():
            pass  # a fresh, empty history in its place
        return aside


def _free_name(path: Path) -> Path:
    """``path``, or ``path-2``, ``path-3``…: an earlier damaged file is never replaced."""
    candidate, number = path, 1
    while any(
        candidate.with_name(candidate.name + suffix).exists() for suffix in ("", *_SIDE_FILES)
    ):
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate
