"""A translation memory: the pairs a model was trained on, and any TMX the user adds, indexed on
disk so that the sentence being typed finds its exact and fuzzy matches in milliseconds.

One SQLite file per language pair under ``data_root()/memory`` (``en-es.sqlite``). An exact match
is found through an index on the source's hash; fuzzy candidates come from an FTS5 index of the
source side (word tokens), queried with clauses of the query's rarer words; RapidFuzz scores them
and gives the word-level differences a window highlights. See docs/translation-memory.md for
why words and not trigrams, and why no bm25.

Writes go in chunks, each its own transaction in WAL mode: an interrupted indexing keeps the
chunks already committed and never corrupts the file, and adding a pair again is a no-op (a unique
key per origin, source and target), so an interrupted import is finished by running it again.
A TMX's origin is its full path: adding the same file again replaces what it added before (an
updated export), and among equal matches the most recently added comes first.

Sources are normalised (whitespace collapsed) so that exact matches are exact; targets are stored
as written, non-breaking spaces included, since "Use" inserts them.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import math
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from s2s_desktop.engine import tmx
from s2s_desktop.engine.corpus import iter_pairs, normalize_language, scan_folder
from s2s_desktop.engine.data_folder import data_root
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate

MEMORY_DIR = "memory"
DEFAULT_THRESHOLD = 70
MAX_CHARS = 2000  # longer segments are not sentences a translator types; they are skipped
CHUNK_PAIRS = 5000  # pairs per transaction: progress and stop checks come this often

# Candidate retrieval: units holding the query's rarest word, or two or three of its rarer words
# together, as many such clauses as fit two budgets: the units they are estimated to find (each
# is fetched and scored) and the postings walked to find them, so that a sentence of common
# words does not read half the memory.
_RARE_TERMS = 6
_MAX_CLAUSE_TERMS = 3
_MAX_CLAUSES = 12
_RANK_BUDGET = 3000  # estimated units scored per lookup
_SEEK_BUDGET = 15_000  # postings of a clause's rarest word, summed: what finding them costs
_CANDIDATES = 3000  # at most this many units are scored

_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS origins (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY,
    origin INTEGER NOT NULL REFERENCES origins (id),
    pair_key INTEGER NOT NULL,
    source_key INTEGER NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS units_by_pair ON units (pair_key);
CREATE INDEX IF NOT EXISTS units_by_source ON units (source_key);
CREATE INDEX IF NOT EXISTS units_by_origin ON units (origin);
CREATE VIRTUAL TABLE IF NOT EXISTS units_text USING fts5 (
    source, content = 'units', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS units_terms USING fts5vocab (units_text, 'row');
CREATE TABLE IF NOT EXISTS term_counts (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS term_counts_total (units INTEGER NOT NULL);
CREATE TRIGGER IF NOT EXISTS units_indexed AFTER INSERT ON units BEGIN
    INSERT INTO units_text (rowid, source) VALUES (new.id, new.source);
END;
"""
# Apart: clear() drops it for a moment, so emptying the table takes no per-row work.
_UNINDEX_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS units_unindexed AFTER DELETE ON units BEGIN
    INSERT INTO units_text (units_text, rowid, source) VALUES ('delete', old.id, old.source);
END;
"""

_WORD = re.compile(r"[^\W_]+")
_LANGUAGE = re.compile(r"[a-z]{2,3}")

SpanKind = Literal["same", "match_only", "query_only"]


@dataclass(frozen=True)
class Span:
    """A run of words in a match's word-level comparison with the query.

    ``same``: in both; ``match_only``: in the match's source where the query differs (what a
    window highlights); ``query_only``: typed in the query but absent from the match.
    """

    kind: SpanKind
    text: str


@dataclass(frozen=True)
class Match:
    """One stored pair whose source resembles the query.

    Attributes:
        source: the stored source sentence.
        target: its stored translation (what "Use" inserts).
        score: 0-100 similarity (RapidFuzz ``ratio``, rounded down); 100 only when identical.
        origin: the corpus folder or TMX file the pair came from (its full path; older
            memories name a TMX by its file name only).
        differences: the match's source as spans against the query, in reading order.
    """

    source: str
    target: str
    score: int
    origin: str
    differences: tuple[Span, ...]


@dataclass(frozen=True)
class IndexProgress:
    """Reported after every chunk: pairs read so far, of ``total`` when known, and newly added."""

    read: int
    added: int
    total: int | None


@dataclass(frozen=True)
class IndexReport:
    """What one indexing call did; ``stopped`` when ``should_stop`` ended it early."""

    origin: str
    read: int
    added: int
    skipped: int
    stopped: bool


@dataclass(frozen=True)
class Origin:
    """One corpus or TMX in the memory and the number of pairs it holds there."""

    name: str
    pairs: int


def memory_path(src: str, tgt: str, root: Path | None = None) -> Path:
    """The memory file of a language pair, e.g. ``<data root>/memory/en-es.sqlite``."""
    return (root or data_root() / MEMORY_DIR) / f"{src}-{tgt}.sqlite"


def clean_text(text: str) -> str:
    """Strip and collapse whitespace, as the corpus reader does, so exact matches are exact.
    For sources and keys only: a target is kept as written."""
    return " ".join(text.split())


def origin_labels(names: Iterable[str]) -> dict[str, str]:
    """How to show each origin: its file or folder name, with its folder where two names
    clash (``project.tmx (v1)``, ``project.tmx (v2)``); the full path if those clash too."""
    short = {name: Path(name).name or name for name in names}
    labels = {name: _with_folder(name, label, short) for name, label in short.items()}
    return {name: name if _clashes(label, labels) else label for name, label in labels.items()}


def _with_folder(name: str, label: str, labels: dict[str, str]) -> str:
    folder = Path(name).parent.name
    return f"{label} ({folder})" if folder and _clashes(label, labels) else label


def _clashes(label: str, labels: dict[str, str]) -> bool:
    return list(labels.values()).count(label) > 1


class TranslationMemory:
    """The memory of one language pair (source ``src``, target ``tgt``), open on one SQLite file.

    A connection belongs to the thread that opened it: open one memory per thread (a lookup
    thread and an indexing thread may work on the same file at once; WAL lets readers go on while
    a chunk is written).
    """

    def __init__(self, src: str, tgt: str, root: Path | None = None) -> None:
        self.src, self.tgt = _language(src, "source"), _language(tgt, "target")
        if self.src == self.tgt:
            raise UserError(
                translate(
                    "translation_memory",
                    "A memory needs two different languages, not {src} and {tgt}.",
                ).format(src=src, tgt=tgt)
            )
        self.path = memory_path(self.src, self.tgt, root)
        self._db = _connect(self.path)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- Looking up ---------------------------------------------------------------------------

    def lookup(
        self, text: str, limit: int = 5, threshold: float = DEFAULT_THRESHOLD
    ) -> list[Match]:
        """The best ``limit`` matches scoring at least ``threshold``: exact ones first, then by
        score; a pair stored by several origins is listed once."""
        query = clean_text(text)
        if not query or limit < 1:
            return []
        scored = [(100.0, row) for row in self._exact_rows(query)]
        candidates = [row for row in self._candidate_rows(query) if row[1] != query]
        for _, ratio, index in process.extract(
            query,
            [row[1] for row in candidates],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            limit=None,
        ):
            scored.append((min(ratio, 99.99), candidates[index]))
        scored.sort(key=lambda item: (-item[0], -item[1][0]))  # equal scores: newest first
        matches: list[Match] = []
        seen: set[tuple[str, str]] = set()
        for ratio, (_, source, target, origin) in scored:
            if (source, clean_text(target)) in seen:
                continue
            seen.add((source, clean_text(target)))
            matches.append(Match(source, target, int(ratio), origin, differences(query, source)))
            if len(matches) == limit:
                break
        return matches

    def _exact_rows(self, query: str) -> list[tuple[int, str, str, str]]:
        """(id, source, target, origin) of the pairs whose source is ``query``, newest first."""
        rows = self._db.execute(
            "SELECT u.id, u.source, u.target, o.name FROM units u "
            "JOIN origins o ON o.id = u.origin WHERE u.source_key = ? ORDER BY u.id DESC",
            (_key(query),),
        ).fetchall()
        return [row for row in rows if row[1] == query]

    def _candidate_rows(self, query: str) -> list[tuple[int, str, str, str]]:
        """Stored pairs sharing the query's rarer words. Not ranked by FTS5's bm25, which reads
        every query word's whole posting list to weigh it: RapidFuzz scores them all instead."""
        expression = self._match_expression(query)
        if expression is None:
            return []
        return self._db.execute(
            "SELECT u.id, u.source, u.target, o.name FROM units u "
            "JOIN origins o ON o.id = u.origin "
            "WHERE u.id IN (SELECT rowid FROM units_text WHERE units_text MATCH ? LIMIT ?)",
            (expression, _CANDIDATES),
        ).fetchall()

    def _match_expression(self, query: str) -> str | None:
        """An FTS5 query: OR of the most selective clauses (one rare word, or two or three
        rarer words together) whose estimated units fit the ranking budget."""
        units, frequency = self._term_frequencies(query)
        rarest = sorted(frequency, key=frequency.__getitem__)[:_RARE_TERMS]
        clauses: list[tuple[float, tuple[str, ...]]] = []
        for size in range(1, min(_MAX_CLAUSE_TERMS, len(rarest)) + 1):
            for terms in itertools.combinations(rarest, size):
                # Words taken as independent: the share of units holding all of them.
                estimate = units * math.prod(frequency[term] / units for term in terms)
                clauses.append((estimate, terms))
        clauses.sort()
        chosen: list[tuple[str, ...]] = []
        spent = seeks = 0.0
        for estimate, terms in clauses:
            if chosen and spent + estimate > _RANK_BUDGET:
                break
            seek = min(frequency[term] for term in terms)
            if chosen and seeks + seek > _SEEK_BUDGET:
                continue
            if any(set(taken) <= set(terms) for taken in chosen):
                continue  # already found through a clause of fewer words
            chosen.append(terms)
            spent += estimate
            seeks += seek
            if len(chosen) == _MAX_CLAUSES:
                break
        if not chosen or spent > _RANK_BUDGET * 20:
            return None  # only common words: nothing selective enough to look through
        return " OR ".join(
            "(" + " AND ".join('"' + term.replace('"', '""') + '"' for term in terms) + ")"
            for terms in chosen
        )

    def _term_frequencies(self, query: str) -> tuple[int, dict[str, int]]:
        """Units counted at the last snapshot, and how many of them hold each query word."""
        row = self._db.execute("SELECT units FROM term_counts_total").fetchone()
        if not row or not row[0]:
            return 0, {}
        frequency = {}
        for term in set(index_terms(query)):
            found = self._db.execute(
                "SELECT docs FROM term_counts WHERE term = ?", (term,)
            ).fetchone()
            if found:
                frequency[term] = found[0]
        return row[0], frequency

    # --- Adding -------------------------------------------------------------------------------

    def add_pairs(
        self,
        pairs: Iterable[tuple[str, str]],
        origin: str,
        *,
        total: int | None = None,
        progress: Callable[[IndexProgress], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
        chunk: int = CHUNK_PAIRS,
        replace: bool = False,
    ) -> IndexReport:
        """Add (source, target) pairs under ``origin``, streaming, one transaction per chunk.

        Pairs already stored under the same origin are skipped, as are pairs with an empty side
        or a side over ``MAX_CHARS``. ``should_stop`` is asked between chunks; a stop keeps the
        chunks written, and an error rolls back only the chunk it interrupted. ``replace``: the
        origin's earlier pairs go in the first chunk's transaction, so a file that cannot be
        read from its start, or holds no pairs, leaves them in place.
        """
        origin = origin.strip()
        if not origin:
            raise ValueError("a memory's pairs need an origin name")
        origin_id = self._origin_id(origin)
        read = added = skipped = removed = 0
        stopped = False
        for rows, count, rejected in _chunks(pairs, origin_id, chunk):
            if should_stop is not None and should_stop():
                stopped = True
                break
            with self._db:  # one transaction: committed whole or rolled back whole
                if replace and not read:
                    removed = self._db.execute(
                        "DELETE FROM units WHERE origin = ?", (origin_id,)
                    ).rowcount
                added += self._db.executemany(
                    "INSERT OR IGNORE INTO units (origin, pair_key, source_key, source, target) "
                    "VALUES (?, ?, ?, ?, ?)",
                    rows,
                ).rowcount
            read += count
            skipped += rejected
            if progress is not None:
                progress(IndexProgress(read, added, total))
        if added or removed:
            self._count_terms()
        return IndexReport(origin, read, added, skipped, stopped)

    def add_tmx(
        self,
        path: str | Path,
        origin: str | None = None,
        *,
        progress: Callable[[IndexProgress], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> IndexReport:
        """Add every unit of a TMX file that has both of this memory's languages, in place of
        what the same file (``origin``: by default its full path) added before."""
        path = Path(path).expanduser()
        report = self.add_pairs(
            self._tmx_pairs(path),
            origin or str(path.resolve()),
            progress=progress,
            should_stop=should_stop,
            replace=True,
        )
        if report.read == 0 and not report.stopped:
            raise UserError(
                translate(
                    "translation_memory",
                    "{path} holds no {src}–{tgt} translation units; choose a TMX file "
                    "with {src} and {tgt} segments.",
                ).format(path=path, src=self.src, tgt=self.tgt)
            )
        return report

    def _tmx_pairs(self, path: Path) -> Iterator[tuple[str, str]]:
        for unit in tmx.read_units(path):
            texts: dict[str, str] = {}
            for language, text in unit:
                texts.setdefault(normalize_language(language), text)
            if self.src in texts and self.tgt in texts:
                yield texts[self.src], texts[self.tgt]

    def add_corpus_folder(
        self,
        folder: str | Path,
        origin: str | None = None,
        *,
        progress: Callable[[IndexProgress], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> IndexReport:
        """Add a folder's training and validation pairs, read as training reads them."""
        folder = Path(folder).expanduser()
        report = scan_folder(folder, self.src, self.tgt)  # UserError when it has no such pairs
        if (report.src, report.tgt) != (self.src, self.tgt):
            raise UserError(
                translate(
                    "translation_memory",
                    "{folder} holds {found_src}–{found_tgt} data, not {src}–{tgt}; "
                    "choose a folder with this memory's language pair.",
                ).format(
                    folder=folder,
                    found_src=report.src,
                    found_tgt=report.tgt,
                    src=self.src,
                    tgt=self.tgt,
                )
            )
        pairs = (pair for split in ("train", "valid") for pair in iter_pairs(report, split))
        return self.add_pairs(
            pairs,
            origin or str(folder),
            total=report.train_pairs + report.valid_pairs,
            progress=progress,
            should_stop=should_stop,
        )

    # --- Inspecting and removing --------------------------------------------------------------

    def count(self) -> int:
        """How many pairs are stored (a pair added by two origins counts twice)."""
        return self._db.execute("SELECT count(*) FROM units").fetchone()[0]

    def origins(self) -> list[Origin]:
        """The corpora and TMX files in the memory, by name, with their pair counts."""
        rows = self._db.execute(
            "SELECT o.name, (SELECT count(*) FROM units u WHERE u.origin = o.id) "
            "FROM origins o ORDER BY o.name"
        ).fetchall()
        return [Origin(name, pairs) for name, pairs in rows if pairs]

    def remove_origin(self, origin: str) -> int:
        """Remove every pair one origin added; returns how many."""
        with self._db:
            row = self._db.execute("SELECT id FROM origins WHERE name = ?", (origin,)).fetchone()
            if row is None:
                return 0
            removed = self._db.execute("DELETE FROM units WHERE origin = ?", row).rowcount
            self._db.execute("DELETE FROM origins WHERE id = ?", row)
        self._count_terms()
        return removed

    def clear(self) -> None:
        """Empty the memory (in one transaction) and give the disk space back."""
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")  # DROP alone would not open the transaction
            self._db.execute("DROP TRIGGER units_unindexed")
            self._db.execute("DELETE FROM units")
            self._db.execute("INSERT INTO units_text (units_text) VALUES ('delete-all')")
            self._db.execute("DELETE FROM origins")
            self._db.execute(_UNINDEX_TRIGGER)
        self._count_terms()
        self._db.execute("VACUUM")

    # --- Helpers ------------------------------------------------------------------------------

    def _count_terms(self) -> None:
        """Snapshot how many units hold each word: FTS5 counts a word's units by reading its
        whole posting list, too slow to do per lookup for common words."""
        with self._db:
            self._db.execute("DELETE FROM term_counts")
            self._db.execute("INSERT INTO term_counts SELECT term, doc FROM units_terms")
            self._db.execute("DELETE FROM term_counts_total")
            self._db.execute("INSERT INTO term_counts_total SELECT count(*) FROM units")

    def _origin_id(self, origin: str) -> int:
        with self._db:
            self._db.execute("INSERT OR IGNORE INTO origins (name) VALUES (?)", (origin,))
        return self._db.execute("SELECT id FROM origins WHERE name = ?", (origin,)).fetchone()[0]


def differences(query: str, source: str) -> tuple[Span, ...]:
    """The match's source against the query, word by word (RapidFuzz's Levenshtein opcodes)."""
    typed, stored = query.split(), source.split()
    spans: list[Span] = []
    for tag, q_start, q_end, s_start, s_end in Levenshtein.opcodes(typed, stored):
        if tag in ("replace", "delete"):
            spans.append(Span("query_only", " ".join(typed[q_start:q_end])))
        if tag in ("replace", "insert"):
            spans.append(Span("match_only", " ".join(stored[s_start:s_end])))
        if tag == "equal":
            spans.append(Span("same", " ".join(stored[s_start:s_end])))
    return tuple(spans)


def index_terms(text: str) -> list[str]:
    """The words FTS5's unicode61 tokenizer indexes: lowercased, without diacritics."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    plain = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return _WORD.findall(plain)


def _chunks(
    pairs: Iterable[tuple[str, str]], origin_id: int, size: int
) -> Iterator[tuple[list[tuple[int, int, int, str, str]], int, int]]:
    """Rows to insert, ``size`` pairs at a time, with the pairs read and rejected for each."""
    rows: list[tuple[int, int, int, str, str]] = []
    read = rejected = 0
    for source, target in pairs:
        read += 1
        source, target = clean_text(source), target.strip()  # the target as written
        if not source or not target or len(source) > MAX_CHARS or len(target) > MAX_CHARS:
            rejected += 1
        else:
            # Keyed on the normalised target, as memories written before kept it: adding the
            # same pairs again still adds nothing.
            pair_key = _key(f"{origin_id}\0{source}\0{clean_text(target)}")
            rows.append((origin_id, pair_key, _key(source), source, target))
        if read == size:
            yield rows, read, rejected
            rows, read, rejected = [], 0, 0
    if read:
        yield rows, read, rejected


def _key(text: str) -> int:
    """A signed 64-bit hash: a compact index key (rows are compared in full where it matters)."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _language(code: str, side: str) -> str:
    base = normalize_language(code or "")
    if not _LANGUAGE.fullmatch(base):
        if side == "source":
            message = translate(
                "translation_memory",
                "{code!r} is not a source language code; use a code like en or es.",
            )
        else:
            message = translate(
                "translation_memory",
                "{code!r} is not a target language code; use a code like en or es.",
            )
        raise UserError(message.format(code=code))
    return base


def _connect(path: Path) -> sqlite3.Connection:
    """Open (creating) a memory file in WAL mode with its schema; a broken file is refused."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=30, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        raise UserError(
            translate(
                "translation_memory", "Cannot open the translation memory {path} ({error})."
            ).format(path=path, error=error)
        ) from None
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # with WAL: never corrupt, fewer fsyncs
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > _SCHEMA_VERSION:
            raise UserError(
                translate(
                    "translation_memory",
                    "The translation memory {path} was written by a newer version of the app; "
                    "update the app to use it.",
                ).format(path=path)
            )
        if version < _SCHEMA_VERSION:
            db.executescript(
                f"BEGIN; {_SCHEMA} {_UNINDEX_TRIGGER} "
                f"PRAGMA user_version = {_SCHEMA_VERSION}; COMMIT;"
            )
    except sqlite3.DatabaseError as error:
        with contextlib.suppress(sqlite3.Error):
            db.close()
        raise UserError(
            translate(
                "translation_memory",
                "The translation memory {path} is damaged or not a memory file ({error}); move it "
                "aside and add its corpora again.",
            ).format(path=path, error=error)
        ) from None
    except UserError:
        db.close()
        raise
    # isolation_level=None leaves transactions to us: ``with db`` needs an explicit BEGIN.
    db.isolation_level = "DEFERRED"
    return db
