"""Finding parallel data in a folder: file kinds, languages, cleaning, splits, and user errors."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from s2s_desktop.engine.corpus import (
    CorpusFile,
    iter_pairs,
    normalize_language,
    scan_folder,
)
from s2s_desktop.engine.errors import UserError


def write(path: Path, text: str | bytes) -> Path:
    """Write bytes as given, text as UTF-8 with no newline translation."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def lines(*items: str) -> str:
    return "".join(f"{item}\n" for item in items)


def moses(folder: Path, stem: str, **sides: list[str]) -> None:
    """Write stem.<lang> files, one sentence per line."""
    for language, sentences in sides.items():
        write(folder / f"{stem}.{language}", lines(*sentences))


def tmx_file(units: str, *, version: str = "1.4", prolog: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{prolog}"
        f'<tmx version="{version}">\n'
        '<header srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" '
        'creationtool="test" creationtoolversion="1" o-tmf="test"/>\n'
        f"<body>\n{units}</body>\n</tmx>\n"
    )


def tu(**segments: str) -> str:
    """One translation unit, a variant per language."""
    variants = "".join(
        f'<tuv xml:lang="{code}"><seg>{text}</seg></tuv>' for code, text in segments.items()
    )
    return f"<tu>{variants}</tu>\n"


def everything(report) -> tuple[list, list]:
    return list(iter_pairs(report, "train")), list(iter_pairs(report, "valid"))


# --- Moses file pairs ---------------------------------------------------------------------------


def test_moses_pairs_in_nested_folders(tmp_path):
    moses(tmp_path / "a" / "b", "train", en=["Hello", "Good day"], de=["Hallo", "Guten Tag"])
    moses(tmp_path / "c", "corpus.de-en", en=["one", "two"], de=["eins", "zwei"])

    report = scan_folder(tmp_path)

    assert [(f.kind, f.languages, f.split) for f in report.files] == [
        ("moses", ("de", "en"), "train"),
        ("moses", ("de", "en"), "train"),
    ]
    assert report.files[0].paths == (tmp_path / "a/b/train.de", tmp_path / "a/b/train.en")
    assert report.files[1].paths == (tmp_path / "c/corpus.de-en.de", tmp_path / "c/corpus.de-en.en")
    assert report.language_pairs == [("de", "en")]
    assert (report.src, report.tgt) == ("de", "en")  # the order corpus.de-en spells
    assert report.used_files == report.files
    assert (report.train_pairs, report.valid_pairs, report.valid_from_files) == (3, 1, False)
    train, valid = everything(report)
    assert train == [("Hallo", "Hello"), ("Guten Tag", "Good day"), ("eins", "one")]
    assert valid == [("zwei", "two")]


def test_reversed_direction_swaps_sides(tmp_path):
    moses(tmp_path, "train", en=["Hello", "Bye", "Yes"], de=["Hallo", "Tschüss", "Ja"])

    report = scan_folder(tmp_path, src="en", tgt="de")

    assert (report.src, report.tgt) == ("en", "de")
    assert everything(report) == ([("Hello", "Hallo"), ("Bye", "Tschüss")], [("Yes", "Ja")])
    forward = scan_folder(tmp_path)
    assert (forward.src, forward.tgt) == ("de", "en")
    assert everything(forward) == ([("Hallo", "Hello"), ("Tschüss", "Bye")], [("Ja", "Yes")])


def test_moses_without_name_order_is_alphabetical(tmp_path):
    moses(tmp_path, "train", fr=["Bonjour", "Merci"], en=["Hello", "Thanks"])

    report = scan_folder(tmp_path)

    assert (report.src, report.tgt) == ("en", "fr")
    assert list(iter_pairs(report, "train")) == [("Hello", "Bonjour")]
    assert list(iter_pairs(report, "valid")) == [("Thanks", "Merci")]


def test_language_codes_with_regions_are_normalized(tmp_path):
    moses(tmp_path, "train", **{"pt-BR": ["Olá", "Sim"], "EN": ["Hello", "Yes"]})

    report = scan_folder(tmp_path, src="en-US", tgt="PT")

    assert report.files[0].languages == ("en", "pt")
    assert (report.src, report.tgt) == ("en", "pt")
    assert list(iter_pairs(report, "train")) == [("Hello", "Olá")]


def test_txt_and_csv_with_same_stem_are_not_a_pair(tmp_path):
    write(tmp_path / "notes.txt", lines("a", "b"))
    write(tmp_path / "notes.csv", lines("a", "b"))
    with pytest.raises(
        UserError, match=r"No parallel data found in .* Not read: notes\.csv, notes\.txt\.$"
    ):
        scan_folder(tmp_path)

    write(tmp_path / "lonely.en", lines("only one language"))
    with pytest.raises(UserError, match=r"lonely\.en has no partner in another language: "):
        scan_folder(tmp_path)


def test_a_language_code_before_txt_names_one_side_of_a_pair(tmp_path):
    moses(tmp_path, "europarl", en=["x"])  # europarl.en, without a partner: apart
    write(tmp_path / "europarl.en.txt", lines("Hello", "Yes"))
    write(tmp_path / "europarl.es.txt", lines("Hola", "Sí"))

    report = scan_folder(tmp_path, src="en", tgt="es")

    assert [f.paths for f in report.used_files] == [
        (tmp_path / "europarl.en.txt", tmp_path / "europarl.es.txt")
    ]
    assert everything(report) == ([("Hello", "Hola")], [("Yes", "Sí")])


def test_gzip_compressed_files_are_read_as_the_files_they_hold(tmp_path):
    import gzip

    write(tmp_path / "train.en.gz", gzip.compress(lines("Hello", "Yes", "No").encode()))
    write(tmp_path / "train.es.gz", gzip.compress(lines("Hola", "Sí", "No").encode()))
    write(tmp_path / "more.en-es.tsv.gz", gzip.compress(lines("Thanks\tGracias").encode()))

    report = scan_folder(tmp_path)

    assert (report.src, report.tgt) == ("en", "es") and report.train_pairs + report.valid_pairs == 4
    train, valid = everything(report)
    assert set(train + valid) == {
        ("Hello", "Hola"),
        ("Yes", "Sí"),
        ("No", "No"),
        ("Thanks", "Gracias"),
    }
    write(tmp_path / "train.es.gz", gzip.compress(lines("Hola", "Sí", "No").encode())[:-12])
    with pytest.raises(UserError, match=r"Cannot read .*train\.es\.gz"):
        everything(scan_folder(tmp_path))  # cut short


def test_hidden_files_and_folders_are_skipped(tmp_path):
    moses(tmp_path, "train", en=["Hello", "Yes"], de=["Hallo", "Ja"])
    moses(tmp_path / ".git", "train", en=["x"], fr=["y"])
    moses(tmp_path, ".train", en=["x"], fr=["y"])

    report = scan_folder(tmp_path)

    assert report.language_pairs == [("de", "en")]
    assert len(report.files) == 1


# --- Tab-separated files ------------------------------------------------------------------------


def test_tsv_with_codes_in_name_and_extra_columns(tmp_path):
    write(tmp_path / "data.en-de.tsv", lines("Hello\tHallo\t0.9", "Yes\tJa\t0.8\textra", "no tab"))

    report = scan_folder(tmp_path)

    assert report.files == [
        CorpusFile("tsv", (tmp_path / "data.en-de.tsv",), ("en", "de"), "train")
    ]
    assert (report.src, report.tgt) == ("en", "de")
    assert report.skipped == {"no tab": 1}
    assert list(iter_pairs(report, "train")) == [("Hello", "Hallo")]
    assert list(iter_pairs(report, "valid")) == [("Yes", "Ja")]

    reverse = scan_folder(tmp_path, src="de", tgt="en")
    assert list(iter_pairs(reverse, "train")) == [("Hallo", "Hello")]


@pytest.mark.parametrize("name", ["en-de.tsv", "train.en_de.tsv", "train_en-de.tsv", "en2de.tab"])
def test_tsv_code_spellings(tmp_path, name):
    write(tmp_path / name, lines("Hello\tHallo", "Yes\tJa"))

    report = scan_folder(tmp_path)

    assert report.files[0].languages == ("en", "de")
    assert (report.src, report.tgt) == ("en", "de")


def test_tsv_without_codes_needs_src_and_tgt(tmp_path):
    write(tmp_path / "pairs.tsv", lines("Hello\tHallo", "Yes\tJa", "No\tNein"))

    with pytest.raises(UserError, match="--src and --tgt"):
        scan_folder(tmp_path)
    with pytest.raises(UserError, match="--src and --tgt"):
        scan_folder(tmp_path, src="en")

    report = scan_folder(tmp_path, src="en", tgt="de")
    assert report.files[0].languages == ()
    assert report.language_pairs == []
    train, valid = everything(report)
    assert train == [("Hello", "Hallo"), ("Yes", "Ja")]
    assert valid == [("No", "Nein")]


def test_tsv_without_codes_joins_the_only_pair_found(tmp_path):
    moses(tmp_path, "train", en=["Hello"], de=["Hallo"])
    write(tmp_path / "more.tsv", lines("Guten Tag\tGood day"))

    report = scan_folder(tmp_path, src="de", tgt="en")

    assert [f.kind for f in report.used_files] == ["tsv", "moses"]
    train, valid = everything(report)
    assert train + valid == [("Guten Tag", "Good day"), ("Hallo", "Hello")]
    # It could hold another pair (an English-Spanish export among en-de files): named.
    assert report.summary_lines()[-1] == (
        "Languages not said, read as de → en: more.tsv (if one holds another pair, name it "
        "like data.xx-yy.tsv or move it out)"
    )


@pytest.mark.parametrize(
    "header",
    ["en\tes\tnote", "EN-us\tes_MX", "source\ttarget", "Src\tTgt\tscore", '"en"\t"es"'],
)
def test_tsv_header_row_is_skipped_and_counted(tmp_path, header):
    write(tmp_path / "data.en-es.tsv", lines(header, "Hello\tHola\t1", "Yes\tSí", "No\tNo"))

    report = scan_folder(tmp_path)

    assert report.skipped == {"header row": 1}
    assert report.train_pairs + report.valid_pairs == 3
    train, valid = everything(report)
    assert train + valid == [("Hello", "Hola"), ("Yes", "Sí"), ("No", "No")]
    assert "Skipped: 1 header row" in report.summary_lines()[-1]


def test_tsv_header_codes_say_which_column_is_which(tmp_path):
    write(tmp_path / "pairs.tsv", lines("es\ten", "Hola\tHello", "Sí\tYes", "en\tes"))

    report = scan_folder(tmp_path, src="en", tgt="es")

    assert report.skipped == {"header row": 1}
    train, valid = everything(report)
    # Only the first line is a header: a later "en<TAB>es" is data, read in the header's order.
    assert train + valid == [("Hello", "Hola"), ("Yes", "Sí"), ("es", "en")]


def test_tsv_first_line_that_is_not_a_header_is_data(tmp_path):
    write(tmp_path / "data.en-es.tsv", lines("en\tfr", "source\tfuente", "Yes\tSí"))

    report = scan_folder(tmp_path)

    assert report.skipped == {}
    train, valid = everything(report)
    assert train + valid == [("en", "fr"), ("source", "fuente"), ("Yes", "Sí")]


def test_tsv_quoted_fields_are_unquoted_csv_style(tmp_path):
    write(
        tmp_path / "data.en-es.tsv",
        lines(
            '"He said, ""hi"""\t"Dijo ""hola"""',
            '"Tab\tinside"\t"Tabulador\tdentro"\t"a note"',
            '""""\t"x"',
            'Plain\t"Entre ""comillas"""',
        ),
    )

    report = scan_folder(tmp_path)

    train, valid = everything(report)
    assert train + valid == [
        ('He said, "hi"', 'Dijo "hola"'),
        ("Tab inside", "Tabulador dentro"),  # the tab inside a quoted field: a space when cleaned
        ('"', "x"),
        ("Plain", 'Entre "comillas"'),
    ]


def test_tsv_stray_quotes_stay_text_and_never_swallow_lines(tmp_path):
    rows = [
        'He said "hi\tDijo "hola',
        '"Unclosed\tAbierto',
        '"Quoted" then more\t"Citado" y más',
        'Ends with a quote"\t"',
        '"a""\tb',
        "Plain\tLlano",
    ]
    write(tmp_path / "data.en-es.tsv", lines(*rows))

    report = scan_folder(tmp_path)

    train, valid = everything(report)
    assert train + valid == [tuple(row.split("\t")) for row in rows]
    assert report.skipped == {}


def test_a_tsv_header_says_which_pair_an_unnamed_file_holds(tmp_path):
    """A spreadsheet's header names the file's languages, in codes with regions or in words:
    the file serves that pair only (a glossary of another pair beside the corpus stays out),
    and with one pair in the folder no --src/--tgt is needed."""
    moses(tmp_path / "en-es", "train", en=["Hello", "Yes"], es=["Hola", "Sí"])
    write(tmp_path / "en-fr" / "glossary.tsv", lines("English\tFrench", "cat\tchat", "dog\tchien"))
    write(tmp_path / "en-es" / "sheet.tsv", lines("English\tSpanish", "Thanks\tGracias"))

    report = scan_folder(tmp_path, src="en", tgt="es")
    assert [f.paths[0].name for f in report.used_files] == ["sheet.tsv", "train.en"]
    assert "also found en–fr (not used)" in report.summary_lines()[1]
    train, valid = everything(report)
    assert sorted(train + valid) == [("Hello", "Hola"), ("Thanks", "Gracias"), ("Yes", "Sí")]

    with pytest.raises(UserError, match="No de–fr data .* found en–es, en–fr"):
        scan_folder(tmp_path, src="de", tgt="fr")
    alone = write(tmp_path / "alone" / "data.tsv", lines("es-ES\ten-US", "Hola\tHello"))
    report = scan_folder(alone.parent)
    assert (report.src, report.tgt) == ("es", "en")  # the header's order, as a name's


def test_a_first_row_of_two_short_words_is_data_not_a_header_of_other_languages(tmp_path):
    """A bare code is a header's only where it is the chosen pair's: "my<TAB>mi" (Burmese,
    Maori) opens an English-Spanish word list, and "en<TAB>es" names the columns."""
    write(tmp_path / "main.en-es.tsv", lines("Hello\tHola", "Yes\tSí"))
    write(tmp_path / "words.tsv", lines("my\tmi", "is\tes", "house\tcasa"))
    write(tmp_path / "more" / "sheet.tsv", lines("es\ten", "Gracias\tThanks"))

    report = scan_folder(tmp_path, src="en", tgt="es")

    assert report.language_pairs == [("en", "es")] and report.skipped == {"header row": 1}
    train, valid = everything(report)
    assert {("my", "mi"), ("is", "es"), ("house", "casa"), ("Thanks", "Gracias")} <= set(
        train + valid
    )


def test_a_tsv_with_a_row_number_column_reads_the_header_languages_columns(tmp_path):
    write(
        tmp_path / "memory.tsv",
        lines("id\ten\tes\tnote", "1\tIn the beginning\tEn el principio\tGn 1", "2\tAnd\tY"),
    )

    report = scan_folder(tmp_path, src="en", tgt="es")

    assert report.files[0].languages == ("en", "es") and report.skipped == {"header row": 1}
    train, valid = everything(report)
    assert train + valid == [("In the beginning", "En el principio"), ("And", "Y")]
    write(tmp_path / "memory.tsv", lines("no\ten\tsv", "Ja\tYes\tJa", "Nei\tNo\tNej"))
    train, valid = everything(scan_folder(tmp_path, src="en", tgt="no"))  # "no": Norwegian here
    assert train + valid == [("Yes", "Ja"), ("No", "Nei")]


def test_a_quoted_cell_with_line_breaks_is_one_cell_as_spreadsheets_write_it(tmp_path):
    write(
        tmp_path / "data.en-es.tsv",
        lines(
            '"First line.',
            'Second line."\t"Primera línea.',
            'Segunda línea."',
            'One\t"Uno',
            '"',
            '"Never closed\tNunca',
            "Plain\tLlano",
        ),
    )

    report = scan_folder(tmp_path)

    train, valid = everything(report)
    assert train + valid == [
        ("First line. Second line.", "Primera línea. Segunda línea."),
        ("One", "Uno"),
        ('"Never closed', "Nunca"),
        ("Plain", "Llano"),
    ]
    assert report.skipped == {}


def test_quotes_that_are_no_spreadsheet_cell_stay_text_on_their_own_rows(tmp_path):
    """A quotation split over two sentence-per-line rows, or an inch mark, is no cell with a
    line break: each row stays a pair of its own."""
    rows = [
        "Hello\tHallo",
        '"I am here.\t"Ich bin hier.',
        'You are there."\tDu bist dort."',
        '"I am going home.\t"Ich gehe nach Hause.',
        "Yes\tJa",
        'The board is 12"\tDas Brett ist 12"',
    ]
    write(tmp_path / "data.en-de.tsv", lines(*rows))
    write(tmp_path / "roles.tsv", lines("Source (en)\tTarget (de)", "No\tNein"))

    train, valid = everything(scan_folder(tmp_path))

    assert train + valid == [*(tuple(row.split("\t")) for row in rows), ("No", "Nein")]


def test_an_open_office_files_lock_is_skipped(tmp_path):
    write(tmp_path / "data.en-es.tsv", lines("Yes\tSí", "No\tNo"))
    write(tmp_path / "~$data.en-es.tsv", b"\x00\x05owner\x00")

    assert [f.paths[0].name for f in scan_folder(tmp_path).files] == ["data.en-es.tsv"]


# --- TMX translation memories -------------------------------------------------------------------

TMX_UNITS = (
    '<tu><tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;'
    '</ept> now.</seg></tuv><tuv xml:lang="DE"><seg>Klicken Sie <hi>jetzt</hi> auf '
    '<ph x="1">{0}</ph>Speichern.</seg></tuv></tu>\n'
    '<tu><tuv xml:lang="en_GB"><seg>Only English</seg></tuv></tu>\n'
    '<tu><tuv xml:lang="de-DE"><seg>Guten   Tag</seg></tuv>'
    '<tuv xml:lang="en"><seg>Good\n  day</seg></tuv></tu>\n'
    '<tu><tuv xml:lang="en"><seg>Yes</seg></tuv><tuv xml:lang="de"><seg>Ja</seg></tuv></tu>\n'
)


def test_tmx_languages_inline_codes_and_missing_language(tmp_path):
    write(tmp_path / "memory.tmx", tmx_file(TMX_UNITS))

    report = scan_folder(tmp_path)

    assert report.files == [CorpusFile("tmx", (tmp_path / "memory.tmx",), ("de", "en"), "train")]
    assert (report.src, report.tgt) == ("en", "de")  # its header's srclang="en-US"
    assert report.skipped == {"missing language": 1}
    assert report.file_pairs[report.files[0]] == 3
    assert everything(report) == (
        [("Click Save now.", "Klicken Sie jetzt auf Speichern."), ("Good day", "Guten Tag")],
        [("Yes", "Ja")],
    )


def test_tmx_1_1_lang_attribute(tmp_path):
    units = (
        '<tu><tuv lang="EN-US"><seg>Hello</seg></tuv><tuv lang="FR-FR"><seg>Bonjour</seg></tuv>'
        "</tu>\n"
        '<tu><tuv lang="EN-US"><seg>Thanks</seg></tuv><tuv lang="FR-FR"><seg>Merci</seg></tuv>'
        "</tu>\n"
    )
    write(tmp_path / "old.tmx", tmx_file(units, version="1.1"))

    report = scan_folder(tmp_path, tgt="fr")

    assert (report.src, report.tgt) == ("en", "fr")
    assert everything(report) == ([("Hello", "Bonjour")], [("Thanks", "Merci")])


def test_tmx_pairs_are_languages_that_share_units(tmp_path):
    units = tu(en="Hello", de="Hallo") + tu(en="Yes", fr="Oui") + tu(en="No", fr="Non")
    write(tmp_path / "multi.tmx", tmx_file(units))

    with pytest.raises(UserError, match=r"several language pairs \(de–en, en–fr\)"):
        scan_folder(tmp_path)
    report = scan_folder(tmp_path, src="fr", tgt="en")
    assert report.files[0].languages == ("de", "en", "fr")
    assert report.skipped == {"missing language": 1}
    assert everything(report) == ([("Oui", "Yes")], [("Non", "No")])


def test_tmx_with_external_doctype_is_read(tmp_path):
    prolog = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
    write(tmp_path / "memory.tmx", tmx_file(TMX_UNITS, prolog=prolog))

    assert scan_folder(tmp_path).train_pairs == 2


def test_malformed_tmx_names_file_and_line(tmp_path):
    units = (
        '<tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="en"><seg>Oops</tuv></tu>\n'  # line 6: </seg> missing
    )
    write(tmp_path / "broken.tmx", tmx_file(units))

    with pytest.raises(UserError, match=r"broken\.tmx is not well-formed XML at line 6, column"):
        scan_folder(tmp_path)
    amp = '<tu><tuv xml:lang="en"><seg>Salt & pepper</seg></tuv></tu>\n'
    write(tmp_path / "broken.tmx", tmx_file(amp))
    with pytest.raises(UserError) as refused:
        scan_folder(tmp_path)
    assert "(not well-formed (invalid token): often an & not written as &amp;" in str(refused.value)


def test_tmx_entity_expansion_is_refused(tmp_path):
    entities = '<!ENTITY lol "lol">\n' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    prolog = f"<!DOCTYPE tmx [\n{entities}]>\n"
    units = (
        '<tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu>'
    )
    write(tmp_path / "laughs.tmx", tmx_file(units + "\n", prolog=prolog))

    start = time.monotonic()
    with pytest.raises(UserError, match=r"laughs\.tmx declares XML entities"):
        scan_folder(tmp_path)
    assert time.monotonic() - start < 2


# --- Text decoding ------------------------------------------------------------------------------


def test_bom_and_crlf_are_handled(tmp_path):
    write(tmp_path / "train.en", b"\xef\xbb\xbfHello world\r\nYes\r\nNo\r\n")
    write(tmp_path / "train.de", "Hallo Welt\nJa\nNein")  # no final newline
    write(tmp_path / "data.en-de.tsv", b"\xef\xbb\xbfGood day\tGuten Tag\r\n")

    report = scan_folder(tmp_path, src="en", tgt="de")

    train, valid = everything(report)
    assert train[0] == ("Good day", "Guten Tag")
    assert ("Hello world", "Hallo Welt") in train
    assert not any("\ufeff" in side or "\r" in side for pair in train + valid for side in pair)
    assert report.train_pairs + report.valid_pairs == 4


def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read(tmp_path):
    """Excel's "Unicode text" (UTF-16 LE, BOM, CRLF, tabs) and Notepad's UTF-16 BE and UTF-32,
    whatever --encoding says; a line over the limit is still skipped, not held."""
    rows = "en\tde\r\nGood day\tGuten Tag\r\nThe café\tDas Café\r\n"
    write(tmp_path / "sheet.tsv", codecs.BOM_UTF16_LE + rows.encode("utf-16-le"))
    write(tmp_path / "train.en", codecs.BOM_UTF16_BE + "Hello\nYes\n".encode("utf-16-be"))
    write(tmp_path / "train.de", codecs.BOM_UTF32_LE + "Hallo\nJa\n".encode("utf-32-le"))
    huge = "x" * 1_100_000
    big = f"{huge}\tRiesig\nNo\tNein\n".encode("utf-16-le")
    write(tmp_path / "big.en-de.tsv", codecs.BOM_UTF16_LE + big)

    report = scan_folder(tmp_path, src="en", tgt="de", encoding="latin-1")

    train, valid = everything(report)
    assert sorted(train + valid) == sorted(
        [("Good day", "Guten Tag"), ("The café", "Das Café"), ("Hello", "Hallo"), ("Yes", "Ja"),
         ("No", "Nein")]
    )  # fmt: skip
    assert report.skipped == {"too long": 1, "header row": 1}


def test_a_damaged_utf16_file_names_its_line(tmp_path):
    moses(tmp_path, "train", en=["a", "b", "c"])
    broken = "eins\nzwei\n".encode("utf-16-le") + b"\x00\xd8" + "drei\n".encode("utf-16-le")
    write(tmp_path / "train.de", codecs.BOM_UTF16_LE + broken)  # a lone surrogate on line 3

    with pytest.raises(UserError, match=r"train\.de is not utf-16-le text \(line 3\)"):
        scan_folder(tmp_path)


def test_lone_cr_line_ends(tmp_path):
    write(tmp_path / "train.en", b"Hello\rYes\rNo\r")
    write(tmp_path / "train.de", "Hallo\nJa\nNein\n")

    report = scan_folder(tmp_path, src="en", tgt="de")

    assert everything(report) == ([("Hello", "Hallo"), ("Yes", "Ja")], [("No", "Nein")])


def test_not_utf8_names_file_and_line(tmp_path):
    moses(tmp_path, "train", en=["a", "b", "c"], de=["a", "b", "c"])
    write(tmp_path / "train.de", b"eins\nzwei\n" + "drei \xe4\n".encode("latin-1"))

    with pytest.raises(UserError, match=r"train\.de is not UTF-8 text \(line 3\).*--encoding"):
        scan_folder(tmp_path)

    report = scan_folder(tmp_path, encoding="latin-1")
    assert report.encoding == "iso8859-1"
    assert ("drei ä", "c") in everything(report)[0] + everything(report)[1]


def test_utf8_files_beside_files_in_the_chosen_encoding_are_read_as_utf8(tmp_path):
    """--encoding cp1252 for old files, and the new UTF-8 ones beside them read right: not as
    mojibake (latin-1 takes any byte) nor refused (cp1252 does not)."""
    write(tmp_path / "train.en", "caf\xe9 \u201cquoted\u201d\n".encode("cp1252"))
    write(tmp_path / "train.es", "caf\xe9 \u201ccitado\u201d\n".encode("cp1252"))
    moses(
        tmp_path, "valid", en=["It answered \u201cyes\u201d"], es=["Respondi\xf3 \u201cs\xed\u201d"]
    )

    for encoding in ("cp1252", "latin-1"):
        train, valid = everything(scan_folder(tmp_path, src="en", tgt="es", encoding=encoding))
        assert valid == [("It answered \u201cyes\u201d", "Respondi\xf3 \u201cs\xed\u201d")]
    assert train == [("caf\xe9 \x93quoted\x94", "caf\xe9 \x93citado\x94")]  # latin-1 asked
    mixed = "Respondi\xf3".encode() + " \u201cs\xed\u201d\n".encode("cp1252")  # not UTF-8
    write(tmp_path / "valid.es", mixed)
    _, valid = everything(scan_folder(tmp_path, src="en", tgt="es", encoding="cp1252"))
    assert valid[0][1] == "Respondi\xc3\xb3 \u201cs\xed\u201d"  # read as asked: cp1252


def test_unusable_encodings_are_refused(tmp_path):
    moses(tmp_path, "train", en=["a"], de=["b"])

    with pytest.raises(UserError, match="Unknown text encoding 'klingon'"):
        scan_folder(tmp_path, encoding="klingon")
    with pytest.raises(UserError, match="convert them to UTF-8"):
        scan_folder(tmp_path, encoding="utf-16")


def test_binary_file_is_refused(tmp_path):
    moses(tmp_path, "train", en=["Hello", "Yes"])
    write(tmp_path / "train.de", b"\x00\x01\x02binary" * 10)

    with pytest.raises(UserError, match=r"train\.de is not a text file"):
        scan_folder(tmp_path)


def test_enormous_line_is_skipped_without_misaligning(tmp_path):
    big = "x" * (1_100_000)
    moses(tmp_path, "train", en=["Hello", big, "Yes", "No"], de=["Hallo", "Riesig", "Ja", "Nein"])

    report = scan_folder(tmp_path)

    assert report.skipped == {"too long": 1}
    train, valid = everything(report)
    assert train + valid == [("Hallo", "Hello"), ("Ja", "Yes"), ("Nein", "No")]


def test_line_count_mismatch_names_both_files_and_counts(tmp_path):
    moses(tmp_path, "train", en=["a", "b", "c"], de=["a", "b"])

    with pytest.raises(UserError) as caught:
        scan_folder(tmp_path)

    message = str(caught.value)
    assert "train.de has 2 lines" in message
    assert "train.en has 3" in message


# --- Cleaning and skips -------------------------------------------------------------------------


def test_blank_lines_at_one_files_end_are_no_misalignment(tmp_path):
    write(tmp_path / "train.en", "Hello\nYes\n\n  \n")
    write(tmp_path / "train.de", "Hallo\nJa\n")

    report = scan_folder(tmp_path)

    assert report.skipped == {"empty side": 2}
    assert everything(report) == ([("Hallo", "Hello")], [("Ja", "Yes")])  # alphabetical
    write(tmp_path / "train.en", "Hello\nYes\n\nMore\n")
    with pytest.raises(UserError, match="has 2 lines but .* has 4"):
        scan_folder(tmp_path)


def test_skipped_counts_match_iter_pairs(tmp_path):
    moses(
        tmp_path,
        "train",
        en=["  Hello\t\tworld  ", "", "A sentence far too long", "Yes", "   ", "ok"],
        de=["Hallo  Welt", "leer", "kurz", "", "nichts", "gut"],
    )
    write(tmp_path / "more.en-de.tsv", lines("Fine\tGut", "missing tab", "\tHallo", "Good\tGut"))

    report = scan_folder(tmp_path, src="en", tgt="de", max_chars=12)

    assert report.skipped == {"empty side": 4, "no tab": 1, "too long": 1}
    train, valid = everything(report)
    assert len(train) == report.train_pairs
    assert len(valid) == report.valid_pairs
    assert sorted(train + valid) == sorted(
        [("Hello world", "Hallo Welt"), ("ok", "gut"), ("Fine", "Gut"), ("Good", "Gut")]
    )
    assert sum(report.file_pairs.values()) == 4


# --- Splits -------------------------------------------------------------------------------------


def test_valid_and_test_files(tmp_path):
    moses(tmp_path, "train", en=["a", "b", "c"], de=["A", "B", "C"])
    moses(tmp_path, "dev", en=["d"], de=["D"])
    moses(tmp_path / "valid", "extra", en=["e"], de=["E"])
    moses(tmp_path, "newstest2014", en=["t1", "t2"], de=["T1", "T2"])

    report = scan_folder(tmp_path, src="en", tgt="de")

    assert [(f.paths[0].name, f.split) for f in report.files] == [
        ("dev.de", "valid"),
        ("newstest2014.de", "test"),
        ("train.de", "train"),
        ("extra.de", "valid"),
    ]
    assert report.valid_from_files
    assert (report.train_pairs, report.valid_pairs, report.test_pairs) == (3, 2, 2)
    assert list(iter_pairs(report, "train")) == [("a", "A"), ("b", "B"), ("c", "C")]
    assert list(iter_pairs(report, "valid")) == [("d", "D"), ("e", "E")]
    assert list(iter_pairs(report, "test")) == [("t1", "T1"), ("t2", "T2")]
    summary = "\n".join(report.summary_lines())
    assert "Validation pairs: 2 (from the validation files)" in summary
    assert "newstest2014.en + newstest2014.de  moses  test   2 pairs (scored at the end)" in summary


def test_split_words_inside_folder_names_do_not_move_training_data(tmp_path):
    moses(tmp_path / "general", "train", en=["a", "b"], es=["A", "B"])
    moses(tmp_path / "legal-fine-tune", "train", en=["c", "d"], es=["C", "D"])

    report = scan_folder(tmp_path)

    assert [f.split for f in report.files] == ["train", "train"]
    assert not report.valid_from_files
    assert report.train_pairs + report.valid_pairs == 4


@pytest.mark.parametrize("folder", ["best-eval-set", "my-dev-work", "test_results", "val.data"])
def test_a_split_word_in_a_longer_folder_name_says_nothing(tmp_path, folder):
    moses(tmp_path / folder, "corpus", en=["a", "b"], es=["A", "B"])

    report = scan_folder(tmp_path)

    assert [f.split for f in report.files] == ["train"]
    assert report.train_pairs + report.valid_pairs == 2


def test_file_names_decide_first_then_whole_folder_names(tmp_path):
    moses(tmp_path, "fine-tune", en=["a"], es=["A"])
    moses(tmp_path, "newsdev2016", en=["b"], es=["B"])
    moses(tmp_path / "Dev", "extra", en=["c"], es=["C"])
    moses(tmp_path / "dev2010" / "part", "extra", en=["d"], es=["D"])
    moses(tmp_path / "eval", "news", en=["e"], es=["E"])
    moses(tmp_path / "test", "train", en=["f"], es=["F"])  # the name's train wins
    moses(tmp_path / "train", "tune", en=["g"], es=["G"])  # the name's tune wins
    moses(tmp_path / "valid", "newstest2014", en=["h"], es=["H"])

    report = scan_folder(tmp_path)

    assert {f.paths[0].relative_to(tmp_path).as_posix(): f.split for f in report.files} == {
        "fine-tune.en": "train",
        "newsdev2016.en": "valid",
        "Dev/extra.en": "valid",
        "dev2010/part/extra.en": "valid",
        "eval/news.en": "test",
        "test/train.en": "train",
        "train/tune.en": "valid",
        "valid/newstest2014.en": "test",
    }


def test_no_training_files_names_each_file_and_why(tmp_path):
    moses(tmp_path, "dev", en=["a"], es=["A"])
    moses(tmp_path / "test", "corpus", en=["b"], es=["B"])
    write(tmp_path / "newstest2014.en-es.tsv", lines("c\tC"))

    with pytest.raises(UserError, match="only validation or test files") as caught:
        scan_folder(tmp_path)

    message = str(caught.value)
    assert "dev.en + dev.es: validation, its name says dev" in message
    assert "newstest2014.en-es.tsv: test, its name says test" in message
    assert "test/corpus.en + test/corpus.es: test, in the folder test/" in message
    assert "\n" not in message


def test_no_training_message_lists_a_few_files(tmp_path):
    for number in range(7):
        moses(tmp_path, f"dev{number}", en=["a"], es=["A"])

    with pytest.raises(UserError) as caught:
        scan_folder(tmp_path)

    message = str(caught.value)
    assert "dev4.en + dev4.es: validation" in message
    assert "dev5.en" not in message
    assert "; 2 more)" in message


def test_held_out_slice_is_deterministic_spread_and_disjoint(tmp_path):
    count = 1000
    moses(
        tmp_path,
        "train",
        en=[f"sentence {i}" for i in range(count)],
        de=[f"Satz {i}" for i in range(count)],
    )

    report = scan_folder(tmp_path, src="en", tgt="de")
    train, valid = everything(report)

    assert (report.train_pairs, report.valid_pairs, report.valid_from_files) == (900, 100, False)
    assert (len(train), len(valid)) == (900, 100)
    assert valid == [(f"sentence {i}", f"Satz {i}") for i in range(9, count, 10)]
    assert not set(train) & set(valid)
    assert len(set(train) | set(valid)) == count
    assert everything(scan_folder(tmp_path, src="en", tgt="de")) == (train, valid)


@pytest.mark.parametrize(
    ("total", "held_out"),
    [(1, 0), (2, 1), (19, 2), (300, 30), (1000, 100), (9000, 100), (20_000, 200)],
)
def test_held_out_size(tmp_path, total, held_out):
    moses(tmp_path, "train", en=[f"e{i}" for i in range(total)], de=[f"d{i}" for i in range(total)])

    report = scan_folder(tmp_path)

    assert (report.train_pairs, report.valid_pairs) == (total - held_out, held_out)
    assert len(list(iter_pairs(report, "valid"))) == held_out


# --- Choosing the language pair -----------------------------------------------------------------


def test_several_pairs_need_a_choice(tmp_path):
    moses(tmp_path, "train", en=["Hello"], de=["Hallo"], fr=["Bonjour"])
    write(tmp_path / "extra.en-es.tsv", lines("Yes\tSí", "No\tNo"))

    with pytest.raises(UserError, match="several language pairs.*de–en, de–fr, en–es, en–fr"):
        scan_folder(tmp_path)
    with pytest.raises(UserError, match="several pairs with en"):
        scan_folder(tmp_path, src="en")
    with pytest.raises(UserError, match="No en–it data in .*: found de–en, de–fr, en–es, en–fr"):
        scan_folder(tmp_path, src="en", tgt="it")

    report = scan_folder(tmp_path, tgt="es")
    assert (report.src, report.tgt) == ("en", "es")
    assert [f.kind for f in report.used_files] == ["tsv"]
    french = scan_folder(tmp_path, src="fr", tgt="de")
    assert list(iter_pairs(french, "train")) == [("Bonjour", "Hallo")]
    assert "also found de–en, en–es, en–fr (not used)" in french.summary_lines()[1]


def test_bad_language_choices(tmp_path):
    moses(tmp_path, "train", en=["Hello"], de=["Hallo"])

    with pytest.raises(UserError, match="both en"):
        scan_folder(tmp_path, src="en", tgt="EN-gb")
    with pytest.raises(UserError, match="'english' is not a language code"):
        scan_folder(tmp_path, src="english", tgt="de")
    assert scan_folder(tmp_path, src="", tgt=" ").src == "de"  # blank means "not chosen"


def test_only_test_data_is_not_enough(tmp_path):
    moses(tmp_path, "test", en=["Hello"], de=["Hallo"])

    with pytest.raises(UserError, match="only validation or test files"):
        scan_folder(tmp_path)


def test_missing_empty_or_file_folder(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        scan_folder(tmp_path / "nowhere")
    with pytest.raises(UserError, match="No parallel data found in"):
        scan_folder(tmp_path)
    with pytest.raises(UserError, match="is not a folder"):
        scan_folder(write(tmp_path / "train.en", "Hello\n"))


def test_one_side_of_a_pair_missing_names_the_lone_file(tmp_path):
    moses(tmp_path, "train", en=["Hello"])
    moses(tmp_path / "more", "dev", en=["Yes"])
    with pytest.raises(UserError) as caught:
        scan_folder(tmp_path)
    message = str(caught.value)
    assert str(tmp_path / "more" / "dev.en") in message or str(tmp_path / "train.en") in message
    assert "no partner in another language (and 1 more like it)" in message
    assert "\n" not in message


def test_summary_lines(tmp_path):
    moses(tmp_path / "sub", "train", en=["Hello", "", "Yes"], de=["Hallo", "x", "Ja"])

    report = scan_folder(tmp_path, src="en", tgt="de")

    assert report.summary_lines() == [
        f"Data folder: {tmp_path}",
        "Languages: en → de (source en, target de)",
        "  sub/train.en + sub/train.de  moses  train  2 pairs",
        "Training pairs: 1",
        "Validation pairs: 1 (held out from the training data, 1 pair in 2)",
        "Skipped: 1 empty side (at most 1,000 characters per sentence)",
    ]


@pytest.mark.parametrize(
    ("code", "base"),
    [("en-US", "en"), ("EN", "en"), ("en_GB", "en"), ("zh_Hans", "zh"), ("de", "de")],
)
def test_normalize_language(code, base):
    assert normalize_language(code) == base
