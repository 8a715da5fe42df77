"""Glossaries: stored per pair, imported from TSV/CSV/TBX, exported, and found in sentences
whatever the case or inflection."""

import pytest

from s2s_desktop.engine.data_folder import data_root
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.glossary import Glossary, Term, glossary_path, read_term_file, read_terms


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
    short.write_text("king\nqueen\n", encoding="utf-8")  # no line holds a term
    with pytest.raises(UserError, match="short.tsv line 1"):
        read_terms(short, "en", "es")
    short.write_text("king\trey\nqueen\n", encoding="utf-8")  # one does: the other is named
    assert read_term_file(short, "en", "es").incomplete == (2,)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("ni\xf1o,child\n".encode("latin-1"))
    with pytest.raises(UserError, match="not UTF-8 text; save it as UTF-8 and try again"):
        read_terms(latin, "es", "en")
    binary = tmp_path / "terms.tsv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(UserError, match="terms.tsv holds binary data, not terms"):
        read_terms(binary, "en", "es")
    with pytest.raises(UserError, match="Cannot read"):
        read_terms(tmp_path / "missing.tsv", "en", "es")
    page = tmp_path / "terms.html"  # its lines of markup were read as terms, with a warning
    page.write_text("<p>king,\trey</p>\n<p>queen,\treina</p>\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"terms.html is a document, not a glossary; a glossary"):
        read_term_file(page, "en", "es")


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


def test_a_quote_in_a_tsv_term_never_swallows_the_lines_after_it(tmp_path):
    path = tmp_path / "quotes.tsv"
    path.write_text(
        '"As is" clause\tcláusula "tal cual"\n"Quick Start guide\tguía de inicio rápido\n'
        'file\tdocumento\n12" display\tpantalla de 12"\n"a\tb"\tc\n',
        encoding="utf-8",
    )
    assert [(t.source, t.target) for t in read_terms(path, "en", "es")] == [
        ('"As is" clause', 'cláusula "tal cual"'),
        ('"Quick Start guide', "guía de inicio rápido"),
        ("file", "documento"),
        ('12" display', 'pantalla de 12"'),
        ("a\tb", "c"),  # a quoted field, as a spreadsheet writes a tab inside one
    ]
    stored = Glossary("en", "es", read_terms(path, "en", "es"))
    stored.save()
    assert Glossary.load("en", "es").terms == stored.terms


def test_a_quote_left_open_in_a_csv_term_is_text_and_a_quoted_line_break_is_a_space(tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text(
        '"Quick Start guide,guía\nfile,documento\n"server","servidor","main\nmachine"\n'
        '"As is" clause,tal cual\n',
        encoding="utf-8",
    )
    assert read_terms(path, "en", "es") == [
        Term('"Quick Start guide', "guía"),
        Term("file", "documento"),
        Term("server", "servidor", "main machine"),  # the glossary keeps one term a line
        Term('"As is" clause', "tal cual"),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "English\tSpanish",
        "en-US\tes-ES",
        "EN_us\tES_es",
        "en\tpt-BR",
        "English (United States)\tSpanish (Spain)",
        "Term\tTranslation",
        "SOURCE TERM\tTarget term",
        "source term,target term,comment",
    ],
)
def test_a_first_row_naming_languages_or_columns_is_a_header(tmp_path, header):
    path = tmp_path / "terms.txt"
    delimiter = "," if "," in header else "\t"
    path.write_text(f"{header}\nfile{delimiter}fichero\n", encoding="utf-8")
    assert read_terms(path, "en", "es") == [Term("file", "fichero")]


@pytest.mark.parametrize("first", ["IT\tTI", "Spanish\tespañol", "Wi-Fi\tWi-Fi", "English\tinglés"])
def test_a_first_row_that_only_looks_like_a_header_is_a_term(tmp_path, first):
    path = tmp_path / "terms.tsv"
    path.write_text(f"{first}\nTerm\tTranslation\n", encoding="utf-8")
    assert [t.source for t in read_terms(path, "en", "es")] == [first.split("\t")[0], "Term"]


def test_comment_lines_are_skipped_and_a_term_opening_with_a_hash_is_kept(tmp_path):
    path = tmp_path / "terms.tsv"
    lines = [
        "# Glossary of the Foo project, 2026",
        "#",
        "source\ttarget",
        "file\tfichero",
        "#draft",
        "#hashtag\t#etiqueta",
        "# of items\tnúmero de elementos",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [term.source for term in read_terms(path, "en", "es")] == [
        "file",
        "#hashtag",
        "# of items",
    ]
    path.write_text("# terms\nfile,fichero\n", encoding="utf-8")
    assert read_terms(path, "en", "es") == [Term("file", "fichero")]


def test_terms_in_capitals_match_only_in_capitals():
    glossary = Glossary("en", "es", [Term("IT", "TI"), Term("US", "EE. UU."), Term("NASA", "NASA")])
    assert glossary.find_terms("Save it now. Send us the report. It is fine.") == []
    found = glossary.find_terms("The IT team, the US and NASA's rockets.")
    assert [m.text for m in found] == ["IT", "US", "NASA's"]
    ordinary = Glossary("en", "es", [Term("it department", "informática")])
    assert [m.text for m in ordinary.find_terms("The IT Department")] == ["IT Department"]


def test_a_terms_symbols_must_be_in_the_text():
    terms = [Term(s, s) for s in ("C++", "U.S.", ".NET", "Wi-Fi", "C#", "C")]
    glossary = Glossary("en", "es", terms)
    found = [m.text for m in glossary.find_terms("I write C++ and C# in the U.S. with .NET")]
    assert found == ["C++", "C#", "U.S.", ".NET"]  # "C++" over the shorter "C"
    assert [m.text for m in glossary.find_terms("u s, ASP.NET, the U.S.A., wi fi")] == []
    assert [m.text for m in glossary.find_terms("Vitamin c and wi-fi")] == ["c", "wi-fi"]
    plain = Glossary("en", "es", [Term("hard disk", "disco duro")])
    assert [m.text for m in plain.find_terms("a hard-disk drive")] == ["hard-disk"]


TBX_STATUS = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic"><text><body>
  <termEntry id="1">
    <langSet xml:lang="en">
      <tig><term>file</term></tig>
      <tig><term>data set</term>
        <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
    </langSet>
    <langSet xml:lang="es">
      <tig><term>fichero</term>
        <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      <tig><term>documento</term>
        <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
      <tig><term>archivo</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    </langSet>
  </termEntry>
  <termEntry id="2">
    <langSet xml:lang="en"><ntig><termGrp><term>printer</term></termGrp></ntig></langSet>
    <langSet xml:lang="es">
      <ntig><termGrp><term>imprenta</term>
        <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termGrp></ntig>
      <ntig><termGrp><term>impresora</term></termGrp></ntig>
    </langSet>
  </termEntry>
  <termEntry id="3">
    <langSet xml:lang="en"><tig><term>disk</term></tig></langSet>
    <langSet xml:lang="es"><tig><term>disquete</term>
      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
  </termEntry>
</body></text></martif>"""


def test_tbx_targets_are_the_preferred_term_never_a_deprecated_one(tmp_path):
    path = tmp_path / "status.tbx"
    path.write_text(TBX_STATUS, encoding="utf-8")
    assert read_terms(path, "en", "es") == [
        Term("file", "archivo"),
        Term("data set", "archivo"),  # a deprecated source may still be in a text
        Term("printer", "impresora"),
    ]


def test_a_term_repeated_in_a_file_keeps_its_first_row_on_import_and_on_the_command_line(
    tmp_path,
):
    path = tmp_path / "dups.tsv"
    path.write_text("file\tfichero\nFile\tarchivo\nfile\tdocumento\nIT\tTI\nit\tello\n")
    expected = [Term("file", "fichero"), Term("IT", "TI"), Term("it", "ello")]
    assert read_terms(path, "en", "es") == expected
    glossary = Glossary("en", "es")
    report = glossary.import_file(path)
    assert glossary.terms == expected
    assert (report.added, report.updated, report.repeats) == (3, 0, 2)
    again = glossary.import_file(path)
    assert (again.added, again.updated, again.repeats) == (0, 0, 2)


def test_a_utf16_file_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("\ufeffsource\ttarget\nniño\tchild\n".encode("utf-16-le"))
    assert read_terms(path, "es", "en") == [Term("niño", "child")]
    path.write_bytes("\ufeffniño;child\n".encode("utf-16-be"))
    assert read_terms(path, "es", "en") == [Term("niño", "child")]
