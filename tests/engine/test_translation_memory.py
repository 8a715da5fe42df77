"""The translation memory on real SQLite files: exact and fuzzy matches, their differences,
adding again, stopping and crashing mid-index, TMX and corpus folders, progress."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from xml.etree.ElementTree import fromstring

import pytest

from s2s_desktop.engine import tmx
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.translation_memory import (
    IndexProgress,
    Origin,
    Span,
    TranslationMemory,
    memory_path,
    origin_labels,
)
from tests.toy import toy_pairs, write_moses

STORED = [
    ("the small cat sees a dog", "la kato malgranda vidas unu hundo"),
    ("the small cat sees a red dog", "la kato malgranda vidas unu hundo ruga"),
    ("a happy child finds the old book", "unu infano felica trovas la libro malnova"),
]


@pytest.fixture
def memory(tmp_path):
    with TranslationMemory("en", "eo", root=tmp_path) as opened:
        opened.add_pairs(STORED + toy_pairs(200, seed=3), "toy corpus")
        yield opened


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def test_each_language_pair_has_its_own_file_under_the_data_root(private_data_root):
    with TranslationMemory("EN-us", "es") as memory:
        assert memory.path == private_data_root / "memory" / "en-es.sqlite"
        assert memory.path == memory_path("en", "es")
    assert (private_data_root / "memory" / "en-es.sqlite").is_file()


def test_an_exact_match_comes_first_at_100_then_fuzzy_ones_by_score(memory):
    matches = memory.lookup("  the small cat   sees a dog ")  # as typed: stray spaces
    assert matches[0].source == "the small cat sees a dog"
    assert matches[0].target == "la kato malgranda vidas unu hundo"
    assert (matches[0].score, matches[0].origin) == (100, "toy corpus")
    assert matches[0].differences == (Span("same", "the small cat sees a dog"),)
    assert all(match.score < 100 for match in matches[1:])
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    assert "the small cat sees a red dog" in [match.source for match in matches]


def test_fuzzy_matches_respect_the_threshold_and_the_limit(memory):
    query = "the small cat sees a big dog"
    matches = memory.lookup(query)
    assert 0 < len(matches) <= 5
    assert all(70 <= match.score < 100 for match in matches)
    assert matches[0].source in ("the small cat sees a dog", "the small cat sees a red dog")
    assert len(memory.lookup(query, limit=1)) == 1
    assert memory.lookup(query, threshold=99) == []
    assert memory.lookup("completely unrelated words here") == []
    assert memory.lookup("   ") == []


def test_differences_mark_the_words_that_differ_from_the_query(memory):
    match = next(
        m for m in memory.lookup("the big cat sees a red dog") if m.target.endswith("ruga")
    )
    assert match.differences == (
        Span("same", "the"),
        Span("query_only", "big"),
        Span("match_only", "small"),
        Span("same", "cat sees a red dog"),
    )
    shorter = memory.lookup("the small cat sees a dog now")[0]
    assert shorter.differences == (
        Span("same", "the small cat sees a dog"),
        Span("query_only", "now"),
    )


def test_adding_the_same_pairs_again_adds_nothing_and_another_origin_is_listed_once(memory):
    before = memory.count()
    report = memory.add_pairs(STORED, "toy corpus")
    assert (report.read, report.added) == (3, 0)
    assert memory.count() == before
    memory.add_pairs(STORED[:1], "glossary.tmx")
    exact = [m for m in memory.lookup(STORED[0][0]) if m.score == 100]
    assert len(exact) == 1
    assert memory.origins() == [Origin("glossary.tmx", 1), Origin("toy corpus", before)]


def test_progress_is_reported_per_chunk_and_bad_pairs_are_skipped(tmp_path):
    seen: list[IndexProgress] = []
    pairs = toy_pairs(25, seed=9) + [("", "empty source"), ("x" * 3000, "too long")]
    with TranslationMemory("en", "eo", root=tmp_path) as memory:
        report = memory.add_pairs(pairs, "toy", total=27, progress=seen.append, chunk=10)
        assert [(p.read, p.total) for p in seen] == [(10, 27), (20, 27), (27, 27)]
        assert seen[-1].added == report.added == memory.count() == len(set(pairs[:25]))
        assert report.skipped == 2 and not report.stopped


def test_a_stop_keeps_the_chunks_written_and_adding_again_finishes_the_job(tmp_path):
    pairs = sorted(set(toy_pairs(60, seed=5)))
    seen: list[IndexProgress] = []
    with TranslationMemory("en", "eo", root=tmp_path) as memory:
        report = memory.add_pairs(
            pairs, "toy", progress=seen.append, should_stop=lambda: len(seen) == 2, chunk=10
        )
        assert report.stopped and memory.count() == report.added == 20
        assert memory.lookup(pairs[0][0])[0].score == 100
        again = memory.add_pairs(pairs, "toy", chunk=10)
        assert (again.added, memory.count()) == (len(pairs) - 20, len(pairs))


def test_an_error_mid_chunk_rolls_back_that_chunk_only(tmp_path):
    pairs = sorted(set(toy_pairs(40, seed=6)))

    def failing():
        yield from pairs[:25]
        raise OSError("disk went away")

    with TranslationMemory("en", "eo", root=tmp_path) as memory:
        with pytest.raises(OSError):
            memory.add_pairs(failing(), "toy", chunk=10)
        assert memory.count() == 20
        assert memory.lookup(pairs[19][0])[0].score == 100
    assert integrity(memory.path) == "ok"


KILLED_INDEXER = """
import itertools, sys
from pathlib import Path
from s2s_desktop.engine.translation_memory import TranslationMemory
from tests.toy import toy_pair
import random
rng = random.Random(1)
pairs = ((f"{i} " + s, t) for i, (s, t) in enumerate(toy_pair(rng) for _ in itertools.count()))
memory = TranslationMemory("en", "eo", root=Path(sys.argv[1]))
memory.add_pairs(pairs, "endless", progress=lambda p: print(p.read, flush=True), chunk=500)
"""


def test_a_killed_indexing_leaves_the_memory_sound(tmp_path):
    with TranslationMemory("en", "eo", root=tmp_path) as memory:
        memory.add_pairs(STORED, "kept")
    indexer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(KILLED_INDEXER), str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2])),
    )
    try:
        while int(indexer.stdout.readline() or 0) < 1500:
            assert indexer.poll() is None
        time.sleep(0.01)  # land in the middle of a chunk
    finally:
        indexer.send_signal(signal.SIGKILL)
        indexer.wait()
    assert integrity(memory.path) == "ok"
    with TranslationMemory("en", "eo", root=tmp_path) as memory:
        assert memory.count() >= 1500 + len(STORED)
        assert (memory.count() - len(STORED)) % 500 == 0
        assert memory.lookup(STORED[2][0])[0].origin == "kept"
        assert memory.lookup("0 " + toy_pairs(1, seed=1)[0][0])


def tmx_file(path: Path, units: str) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
        '<header srclang="en-US" segtype="sentence" datatype="plaintext" o-tmf="test" '
        'adminlang="en" creationtool="test" creationtoolversion="1"/>\n'
        f"<body>\n{units}</body>\n</tmx>\n",
        encoding="utf-8",
    )
    return path


def tu(**segments: str) -> str:
    variants = "".join(
        f'<tuv xml:lang="{lang.replace("_", "-")}"><seg>{text}</seg></tuv>'
        for lang, text in segments.items()
    )
    return f"<tu>{variants}</tu>\n"


def test_a_tmx_adds_its_units_in_this_memorys_direction(tmp_path):
    tmp_path = tmp_path.resolve()  # origins are full, resolved paths
    path = tmx_file(
        tmp_path / "client.tmx",
        tu(
            en_US="Press <bpt i='1'>&lt;b&gt;</bpt>Save<ept i='1'>&lt;/b&gt;</ept>.",
            es_ES="Pulse Guardar.",
        )
        + tu(es="Abrir el archivo.", en="Open the file.")
        + tu(en="No Spanish here.", fr="Pas d'espagnol."),
    )
    with TranslationMemory("en", "es", root=tmp_path) as memory:
        report = memory.add_tmx(path)
        assert (report.origin, report.read, report.added) == (str(path), 2, 2)
        match = memory.lookup("Open the files.")[0]
        assert (match.target, match.origin) == ("Abrir el archivo.", str(path))
        assert memory.lookup("Press Save.")[0].score == 100


def test_a_broken_tmx_or_one_without_the_pair_is_one_sentence(tmp_path):
    broken = tmp_path / "broken.tmx"
    broken.write_text("<tmx><body><tu>", encoding="utf-8")
    other = tmx_file(tmp_path / "fr.tmx", tu(en="Hello.", fr="Bonjour."))
    with TranslationMemory("en", "es", root=tmp_path) as memory:
        with pytest.raises(UserError, match="broken.tmx is not well-formed XML"):
            memory.add_tmx(broken)
        with pytest.raises(UserError, match="holds no en–es translation units"):
            memory.add_tmx(other)
        with pytest.raises(UserError, match="Cannot read"):
            memory.add_tmx(tmp_path / "missing.tmx")
        assert memory.count() == 0


def test_a_corpus_folder_is_read_as_training_reads_it(tmp_path):
    folder = tmp_path / "corpus"
    write_moses(folder, "train", toy_pairs(50, seed=7))
    write_moses(folder, "dev", toy_pairs(5, seed=8))
    seen: list[IndexProgress] = []
    with TranslationMemory("en", "eo", root=tmp_path) as memory:
        report = memory.add_corpus_folder(folder, progress=seen.append)
        assert report.read == 55 and seen[-1].total == 55
        assert memory.count() == len(set(toy_pairs(50, seed=7) + toy_pairs(5, seed=8)))
        assert memory.origins() == [Origin(str(folder), memory.count())]
    with (
        TranslationMemory("en", "es", root=tmp_path) as spanish,
        pytest.raises(UserError, match="No en–es data"),
    ):
        spanish.add_corpus_folder(folder)


def test_removing_an_origin_and_clearing_leave_a_working_memory(memory):
    toy = memory.count()
    memory.add_pairs([("open the file", "malfermu la dosieron")], "extra.tmx")
    assert memory.remove_origin("toy corpus") == toy
    assert [origin.name for origin in memory.origins()] == ["extra.tmx"]
    assert memory.lookup("the small cat sees a dog") == []
    assert memory.lookup("open the file")[0].origin == "extra.tmx"
    assert memory.remove_origin("never added") == 0
    memory.clear()
    assert (memory.count(), memory.origins()) == (0, [])
    memory.add_pairs(STORED, "again")
    assert memory.lookup(STORED[0][0])[0].score == 100


def test_a_damaged_file_or_a_bad_language_is_one_sentence(tmp_path):
    memory_path("en", "de", tmp_path).write_bytes(b"this is not a database, " * 100)
    with pytest.raises(UserError, match="damaged or not a memory file"):
        TranslationMemory("en", "de", root=tmp_path)
    with pytest.raises(UserError, match="'english' is not a source language code"):
        TranslationMemory("english", "de", root=tmp_path)
    with pytest.raises(UserError, match="two different languages"):
        TranslationMemory("en", "en-GB", root=tmp_path)


def test_a_tmx_is_known_by_its_path_re_adding_it_replaces_it_and_newer_matches_come_first(
    tmp_path,
):
    v1, v2 = tmp_path.resolve() / "v1", tmp_path.resolve() / "v2"
    v1.mkdir(), v2.mkdir()
    old = tmx_file(v1 / "project.tmx", tu(en="Save the file.", es="Salve el archivo."))
    new = tmx_file(v2 / "project.tmx", tu(en="Save the file.", es="Guarde el archivo."))
    with TranslationMemory("en", "es", root=tmp_path) as memory:
        memory.add_tmx(old)
        memory.add_tmx(new)  # another project's file of the same name: both kept
        assert [o.name for o in memory.origins()] == [str(old), str(new)]
        assert [(m.target, m.origin) for m in memory.lookup("Save the file.")] == [
            ("Guarde el archivo.", str(new)),
            ("Salve el archivo.", str(old)),
        ]
        assert memory.lookup("Save the files.")[0].target == "Guarde el archivo."
        tmx_file(old, tu(en="Save the file.", es="Guarda el archivo."))  # v1 corrected
        report = memory.add_tmx(old)
        assert (report.added, memory.count()) == (1, 2)  # in place of what it added before
        assert [m.target for m in memory.lookup("Save the file.")] == [
            "Guarda el archivo.",
            "Guarde el archivo.",
        ]
        old.unlink()
        with pytest.raises(UserError, match="Cannot read"):
            memory.add_tmx(old)  # an unreadable file takes nothing away
        assert memory.count() == 2
        assert memory.remove_origin(str(new)) == 1
        assert [m.target for m in memory.lookup("Save the file.")] == ["Guarda el archivo."]


def test_origins_are_shown_by_name_with_their_folder_where_names_clash():
    assert origin_labels(["/a/v1/project.tmx", "/a/v2/project.tmx", "/b/c.tmx", "old.tmx"]) == {
        "/a/v1/project.tmx": "project.tmx (v1)",
        "/a/v2/project.tmx": "project.tmx (v2)",
        "/b/c.tmx": "c.tmx",
        "old.tmx": "old.tmx",  # a memory written before origins were paths
    }
    assert origin_labels(["/a/v1/x.tmx", "/b/v1/x.tmx"]) == {
        "/a/v1/x.tmx": "/a/v1/x.tmx",
        "/b/v1/x.tmx": "/b/v1/x.tmx",
    }


def test_targets_are_kept_as_written_and_only_sources_are_normalised(tmp_path):
    target = "Attention\u00a0: le fichier est plein à 100\u202f%."
    with TranslationMemory("en", "fr", root=tmp_path) as memory:
        memory.add_pairs([(" Warning:  the file is 100 % full. ", f"  {target} ")], "a")
        match = memory.lookup("Warning: the file is 100 % full.")[0]
        assert (match.source, match.target, match.score) == (
            "Warning: the file is 100 % full.",
            target,
            100,
        )
        again = memory.add_pairs([("Warning: the file is 100 % full.", target)], "a")
        assert again.added == 0
        # A memory written before kept the target collapsed: the same pair is not added twice.
        collapsed = [("The disk is full.", "Le disque est plein\u00a0!")]
        memory.add_pairs([(s, " ".join(t.split())) for s, t in collapsed], "b")
        assert memory.add_pairs(collapsed, "b").added == 0


def seg_text(xml: str) -> str:
    return tmx.segment_text(fromstring(f"<seg>{xml}</seg>"))


@pytest.mark.parametrize(
    ("xml", "text"),
    [
        ('Press<ph x="2" type="lb"/>Enter.', "Press Enter."),  # Trados: a line break
        ("Press<ph>&lt;br0/&gt;</ph>Enter.", "Press Enter."),  # OmegaT: an HTML break
        ("Name:<ph>&lt;w:tab/&gt;</ph>Value", "Name: Value"),
        ("Line<ph>\\n</ph>two", "Line two"),
        ("100<ph>&amp;nbsp;</ph>km", "100 km"),
        ('Press <ph type="lb"/>Enter.', "Press Enter."),  # a space there already
        ('<ph type="lb"/>Enter.<ph type="lb"/>', "Enter."),  # at an edge: nothing
        ("un<bpt i='1'>&lt;b&gt;</bpt>believ<ept i='1'>&lt;/b&gt;</ept>able", "unbelievable"),
        ("Click <bpt i='1'>&lt;s&gt;</bpt>Save<ept i='1'>&lt;/s&gt;</ept> now", "Click Save now"),
        ('Delete <ph x="1" type="0"/>files?', "Delete files?"),
        ("A <hi type='b'>bold</hi> word", "A bold word"),
    ],
)
def test_a_break_code_between_words_becomes_a_space_and_other_codes_nothing(xml, text):
    assert seg_text(xml) == text


def test_a_tmx_with_a_line_break_code_keeps_the_words_apart(tmp_path):
    path = tmx_file(
        tmp_path / "trados.tmx",
        tu(en_US='Press<ph x="2" type="lb"/>Enter.', es_ES='Pulse<ph x="2" type="lb"/>Intro.'),
    )
    with TranslationMemory("en", "es", root=tmp_path) as memory:
        memory.add_tmx(path)
        match = memory.lookup("Press Enter.")[0]
        assert (match.score, match.target) == (100, "Pulse Intro.")
