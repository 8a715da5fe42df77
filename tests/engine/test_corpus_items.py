"""The scan's handling of one file's lines and what it reports passing over: byte order marks
inside the text, files it does not read, a TMX header's direction."""

from __future__ import annotations

from s2s_desktop.engine.corpus import scan_folder
from tests.engine.test_corpus import everything, moses, tmx_file, tu, write


def test_byte_order_marks_inside_files_joined_with_cat_are_dropped(tmp_path):
    mark = "\ufeff"
    write(tmp_path / "train.en", f"{mark}Hello\n{mark}Yes please\n".encode())
    write(tmp_path / "train.de", f"{mark}Hallo\nJa {mark}bitte\n".encode())
    train, valid = everything(scan_folder(tmp_path, src="en", tgt="de"))
    assert sorted(train + valid) == [("Hello", "Hallo"), ("Yes please", "Ja bitte")]


def test_the_report_names_the_files_it_passed_over(tmp_path):
    """A zip, a binary and one side of a pair without its partner are named, not silent."""
    moses(tmp_path, "train", en=["Hello", "Yes"], de=["Hallo", "Ja"])
    write(tmp_path / "more.zip", b"PK\x03\x04")
    write(tmp_path / "notes.fr", "Bonjour\n")
    report = scan_folder(tmp_path, src="en", tgt="de")
    summary = report.summary_lines()
    assert "No partner in another language, not used: notes.fr" in summary
    assert "Not data files the app reads, not used: more.zip" in summary


def test_a_tmx_headers_source_language_gives_the_direction(tmp_path):
    units = tu(en="Good day", es="Buenos días") + tu(en="Yes", es="Sí")
    write(tmp_path / "memory.tmx", tmx_file(units).replace('srclang="en-US"', 'srclang="es-ES"'))
    report = scan_folder(tmp_path)
    assert (report.src, report.tgt) == ("es", "en")  # not the alphabet's en -> es
    write(tmp_path / "memory.tmx", tmx_file(units).replace('srclang="en-US"', 'srclang="*all*"'))
    report = scan_folder(tmp_path)
    assert (report.src, report.tgt) == ("en", "es")
