"""Glossaries: stored per pair, imported from TSV/CSV/TBX, exported, and found in sentences
whatever the case or inflection."""

import pytest

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.glossary import Glossary, Term, glossary_path, read_terms
from s2s_desktop.engine.store import data_root


def test_a_glossary_is_saved_per_pair_under_the_data_root_and_loaded_back():
    glossary = Glossary("en", "es", [Term("king", "rey", "not monarca"), Term("a\tb", "c")])
    glossary.save()
    assert glossary.path == data_root() / "glossaries" / "en-es.tsv"
    assert Glossary.load("en", "es").terms == glossary.terms
    assert [p.name for p in glossary.path.parent.iterdir()] == ["en-es.tsv"]  # nothing aside
    assert Glossary.load("en", "de").terms == []
    assert not glossary_path("en", "de").exists()


def test_a_term_needs_both_sides():
    with pytest.raises(UserError, match="both a source term and a target term"):
        Glossary("en", "es").add(Term("king", "  "))


@pytest.mark.parametrize(
    "text",
    [
        "source\ttarget\tnote\nking\trey\tcrown\nhard disk\tdisco duro\n",
        "en,es\nking,rey,crown\nhard disk,disco duro\n",
        "\ufeffking;rey;crown\n\nhard disk;disco duro\n",
    ],
)
def test_delimited_files_are_sniffed_and_their_header_skipped(tmp_path, text):
    path = tmp_path / "terms.txt"
    path.write_text(text, encoding="utf-8")
    assert read_terms(path, "en", "es") == [
        Term("king", "rey", "crown"),
        Term("hard disk", "disco duro"),
    ]


def test_bad_files_are_one_sentence(tmp_path):
    short = tmp_path / "short.tsv"
    short.write_text("king\trey\nqueen\n", encoding="utf-8")
    with pytest.raises(UserError, match="short.tsv line 2"):
        read_terms(short, "en", "es")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("ni\xf1o,child\n".encode("latin-1"))
    with pytest.raises(UserError, match="not UTF-8"):
        read_terms(latin, "es", "en")
    with pytest.raises(UserError, match="Cannot read"):
        read_terms(tmp_path / "missing.tsv", "en", "es")


TBX_BASIC = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US"><text><body>
  <termEntry id="1">
    <descrip type="definition">Device that stores data.</descrip>
    <langSet xml:lang="en-US"><tig><term>hard disk</term></tig><tig><term>HDD</term></tig></langSet>
    <langSet xml:lang="es"><tig><term>disco duro</term></tig></langSet>
  </termEntry>
  <termEntry id="2"><langSet xml:lang="fr"><tig><term>serveur</term></tig></langSet></termEntry>
</body></text></martif>"""

TBX_2019 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body><conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>server</term></termSec></langSec>
  <langSec xml:lang="es-ES"><termSec><term>servidor</term></termSec></langSec>
</conceptEntry></body></text></tbx>"""


def test_tbx_basic_and_tbx_2019_are_read(tmp_path):
    basic = tmp_path / "basic.tbx"
    basic.write_text(TBX_BASIC, encoding="utf-8")
    note = "Device that stores data."
    assert read_terms(basic, "en", "es") == [
        Term("hard disk", "disco duro", note),
        Term("HDD", "disco duro", note),
    ]
    modern = tmp_path / "modern.tbx"
    modern.write_text(TBX_2019, encoding="utf-8")
    assert read_terms(modern, "en", "es") == [Term("server", "servidor")]
    with pytest.raises(UserError, match="no entry with terms in both en and de"):
        read_terms(modern, "en", "de")


def test_tbx_with_entities_or_broken_xml_is_refused(tmp_path):
    hostile = tmp_path / "hostile.tbx"
    hostile.write_text(
        '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><martif>&a;</martif>',
        encoding="utf-8",
    )
    with pytest.raises(UserError, match="refused for safety"):
        read_terms(hostile, "en", "es")
    broken = tmp_path / "broken.tbx"
    broken.write_text("<martif><termEntry></martif>", encoding="utf-8")
    with pytest.raises(UserError, match="not well-formed XML"):
        read_terms(broken, "en", "es")


def test_import_merges_and_export_round_trips(tmp_path):
    glossary = Glossary("en", "es", [Term("king", "monarca"), Term("queen", "reina")])
    source = tmp_path / "in.tsv"
    source.write_text("King\trey\nhard disk\tdisco duro\n", encoding="utf-8")
    report = glossary.import_file(source)
    assert (report.added, report.updated) == (1, 1)
    assert [t.target for t in glossary.terms] == ["rey", "reina", "disco duro"]
    for name in ("out.csv", "out.tsv"):
        glossary.export_file(tmp_path / name)
        assert read_terms(tmp_path / name, "en", "es") == glossary.terms
    assert (tmp_path / "out.csv").read_text().splitlines()[1] == "King,rey,"


def test_terms_are_found_whatever_their_case_or_inflection():
    glossary = Glossary(
        "en",
        "es",
        [Term("server", "servidor"), Term("hard disk", "disco duro"), Term("disk", "disco")],
    )
    sentence = "Servers and the Server's hard disks; one disk."
    found = glossary.find_terms(sentence)
    assert [(m.text, m.term.target) for m in found] == [
        ("Servers", "servidor"),
        ("Server's", "servidor"),
        ("hard disks", "disco duro"),  # the longer term wins over "disk"
        ("disk", "disco"),
    ]
    assert all(sentence[m.start : m.end] == m.text for m in found)
    assert glossary.find_terms("The observer serves.") == []  # whole words only


def test_overlapping_terms_keep_the_longest_and_unknown_languages_match_by_case():
    glossary = Glossary("en", "es", [Term("solid state", "a"), Term("state drive unit", "b")])
    assert [m.text for m in glossary.find_terms("a solid state drive unit")] == ["state drive unit"]
    klingon = Glossary("tlh", "en", [Term("Qapla", "success")])
    assert [m.text for m in klingon.find_terms("QAPLA, Qaplas!")] == ["QAPLA"]
    spanish = Glossary("es", "en", [Term("canción", "song")])
    assert [m.text for m in spanish.find_terms("Las canciones")] == ["canciones"]
