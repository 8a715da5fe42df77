"""Subtitles (SubRip, WebVTT) and Markdown translated by the real toy model: what is not text
comes out byte for byte, the text comes out translated with its markup."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
import srt

from s2s_desktop.engine.documents.job import DocumentReport, translate_document
from s2s_desktop.engine.documents.subtitles import split_lines
from s2s_desktop.engine.documents.text_codec import EncodedText, decode_text
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.text_files import check_encoding
from tests.engine.documents.translating import translated, translated_text

SRT = (
    "1\r\n"
    "00:00:01,000 --> 00:00:02,500\r\n"
    "<i>the big cat sees a dog</i>\r\n"
    "\r\n"
    "2\r\n"
    "00:00:03,000 --> 00:00:05,000\r\n"
    "the small dog likes\r\n"
    "the red house\r\n"
    "\r\n"
    "7\r\n"
    "00:01:06,000 --> 00:01:07,250 X1:10 X2:20 Y1:5 Y2:6\r\n"
    "{\\an8}a child has a book\r\n"
    "\r\n"
    "8\r\n"
    "00:01:08,000 --> 00:01:09,000\r\n"
    "- the old bird\r\n"
    "- a happy child\r\n"
    "\r\n"
)

VTT = (
    "WEBVTT - toy film\n"
    "Kind: captions\n"
    "Language: en\n"
    "\n"
    "NOTE this note stays\n"
    "the cat sees a dog\n"
    "\n"
    "STYLE\n"
    "::cue(v[voice=Anna]) { color: yellow }\n"
    "\n"
    "intro\n"
    "00:00:01.000 --> 00:00:02.000 align:start position:10%\n"
    "<v Anna>the big cat sees a dog\n"
    "\n"
    "00:00:03.000 --> 00:00:04.000 line:0\n"
    "the small dog likes\n"
    "the red house\n"
)
VTT_PAYLOAD = (12, 15, 16)  # the lines of cue text

MARKDOWN = """---
title: the cat sees a dog
tags: [a, b]
---

# the big cat sees a dog ##

the small dog
=============

the **big** cat sees a dog, `the cat` [the red house](http://example.org/a "t") has 42 birds.

- the old tree
- a happy child
  finds the book

> the quiet river
> has a green tree

| noun | sentence |
|:-----|---------:|
| cat | the cat sees a dog |

```python
the cat sees a dog
```

<div class="box">
the cat sees a dog
</div>

[ref]: http://example.org/ref

***
"""


def test_subrip_keeps_numbers_timings_tags_lines_and_crlf(tmp_path, toy_translator):
    out = translated(tmp_path, "film.srt", SRT.encode(), toy_translator)
    assert b"\r\n" in out and b"\n" not in out.replace(b"\r\n", b"")
    text = out.decode()
    before, after = list(srt.parse(SRT)), list(srt.parse(text))
    assert [(s.index, s.start, s.end, s.proprietary) for s in after] == [
        (s.index, s.start, s.end, s.proprietary) for s in before
    ]
    assert "00:01:06,000 --> 00:01:07,250 X1:10 X2:20 Y1:5 Y2:6" in text
    first, second, third, fourth = (s.content for s in after)
    assert first.startswith("<i>") and first.endswith("</i>") and "kato" in first
    assert "cat" not in first and "dog" not in first
    assert len(second.split("\n")) == 2 and all(second.split("\n"))
    assert "hundo" in second
    assert third.startswith("{\\an8}") and "infano" in third
    lines = fourth.split("\n")
    assert len(lines) == 2 and all(line.startswith("- ") for line in lines)
    assert "birdo" in lines[0] and "infano" in lines[1]


def test_webvtt_keeps_everything_but_cue_text(tmp_path, toy_translator):
    data = b"\xef\xbb\xbf" + VTT.encode()
    out = translated(tmp_path, "film.vtt", data, toy_translator)
    assert out.startswith(b"\xef\xbb\xbfWEBVTT - toy film\n")
    source_lines = VTT.split("\n")
    lines = out[3:].decode().split("\n")
    assert len(lines) == len(source_lines)
    for number, (line, source) in enumerate(zip(lines, source_lines)):
        if number not in (2, *VTT_PAYLOAD):
            assert line == source
    assert lines[2] == "Language: eo"  # the header says the translation's language
    assert lines[12].startswith("<v Anna>") and "kato" in lines[12]
    assert "cat" not in lines[12]
    assert all(lines[15:17]) and "hundo" in " ".join(lines[15:17])


def test_markdown_translates_text_and_keeps_markup_and_code(tmp_path, toy_translator):
    out = translated(tmp_path, "readme.md", MARKDOWN.encode(), toy_translator).decode()
    assert out.startswith("---\ntitle: the cat sees a dog\ntags: [a, b]\n---\n\n")
    assert "```python\nthe cat sees a dog\n```\n" in out
    assert '<div class="box">\nthe cat sees a dog\n</div>\n' in out
    assert "\n[ref]: http://example.org/ref\n\n***\n" in out
    assert '](http://example.org/a "' in out  # its title "t", translated
    assert "`the cat`" in out and "42" in out
    lines = out.split("\n")
    heading = next(line for line in lines if line.startswith("# "))
    assert heading.endswith(" ##") and "kato" in heading and "cat" not in heading
    assert lines[lines.index("=============") - 1] != "the small dog"
    paragraph = next(line for line in lines if "`the cat`" in line)
    assert "**granda**" in paragraph and "kato" in paragraph
    assert "[" in paragraph and "domo" in paragraph
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == 2 and "infano" in items[1] and "libro" in items[1]
    assert "  finds the book" not in lines
    quote = next(line for line in lines if line.startswith("> "))
    assert "rivero" in quote and "> has a green tree" not in lines
    assert "|:-----|---------:|" in lines
    row = next(line for line in lines if line.startswith("| ") and "kato" in line)
    assert row.count("|") == 3 and "cat" not in row


def test_an_images_alt_text_and_titles_are_translated_in_place(tmp_path, toy_translator):
    """As HTML's alt and title attributes are: the image, its file and the link stay."""
    source = (
        '![the big dog](dog.png "the small bird") the cat sees a dog '
        '[the red house](http://example.org/a "the old tree").\n\n'
        "![the happy child] and a bird.\n\n[the happy child]: child.png\n"
    )
    out = translated(tmp_path, "pics.md", source.encode(), toy_translator).decode()
    first, _, second, _, definition, _ = out.split("\n")
    image = re.match(r'!\[([^\]]+)\]\(dog\.png "([^"]+)"\)', first)
    assert image and "hundo" in image[1] and "birdo" in image[2], first
    assert "dog" not in image[1].split() and "bird" not in image[2].split()
    link = re.search(r'\]\(http://example\.org/a "([^"]+)"\)', first)
    assert link and "arbo" in link[1] and "tree" not in link[1].split(), first
    # Where the alignment puts the image, it stands apart from the words beside it.
    assert re.search(r"(^| )!\[[^\]]*infano[^\]]*\]\[the happy child\]( |$)", second), second
    assert definition == "[the happy child]: child.png"


def test_an_image_alone_in_its_paragraph_or_cell_gets_its_alt_text_translated(
    tmp_path, toy_translator
):
    """A block with no words of its own but an image's alt text and title is still written
    with their translations (they had been translated and dropped)."""
    source = (
        '![the big dog](dog.png "the small bird")\n\n'
        "| the cat sees a dog | ![the red house](house.png) |\n|---|---|\n"
    )
    out = translated(tmp_path, "alone.md", source.encode(), toy_translator).decode()
    image, _, row, rule, _ = out.split("\n")
    found = re.fullmatch(r'!\[([^\]]+)\]\(dog\.png "([^"]+)"\)', image)
    assert found and "hundo" in found[1] and "birdo" in found[2], image
    cell = re.search(r"\| !\[([^\]]+)\]\(house\.png\) \|$", row)
    assert cell and "domo" in cell[1] and "house" not in cell[1].split(), row
    assert rule == "|---|---|"


def test_task_boxes_and_footnotes_are_kept_as_github_writes_them(tmp_path, toy_translator):
    source = (
        "- [ ] the cat sees a dog\n- [x] a bird likes the tree\n\n"
        "the child has a tree[^1].\n\n[^note]: the old tree has a bird.\n"
    )
    out = translated(tmp_path, "tasks.md", source.encode(), toy_translator).decode()
    lines = out.split("\n")
    assert lines[0] == "- [ ] la kato vidas unu hundo"
    assert lines[1].startswith("- [x] ") and "birdo" in lines[1]
    assert "[^1]" in lines[3] and "[" not in lines[3].replace("[^1]", "")
    assert lines[5].startswith("[^note]: ") and "birdo" in lines[5]
    broken = "- [x] the small cat\\\n  sees a dog\n"  # a hard break inside the item
    out = translated(tmp_path, "broken.md", broken.encode(), toy_translator).decode()
    assert out.count("[x]") == 1 and out.startswith("- [x] ")


@pytest.mark.parametrize(
    ("spans", "written", "emphasised"),
    [
        ([("**", 0, 9), ("*", 9, 10)], "**á su casa**_._ y", ["á su casa", "."]),
        ([("**", 5, 7), ("**", 7, 9)], "á su **casa**. y", ["casa"]),
        ([("*", 5, 7), ("**", 7, 9)], "á su *ca*__sa__. y", ["ca", "sa"]),
        ([("**", 5, 7), ("*", 7, 8)], "á su **ca**sa. y", ["ca"]),  # "_s_a" is not emphasis
        ([("*", 2, 2), ("**", 5, 9)], "á su **casa**. y", ["casa"]),  # an empty span: no "**"
    ],
)
def test_emphasis_the_alignment_put_side_by_side_or_left_empty_still_reads_as_markdown(
    spans, written, emphasised
):
    """What CommonMark makes of the written line: emphasis over the words, no stray stars."""
    from markdown_it import MarkdownIt

    from s2s_desktop.engine.documents.markdown import _emphasis_kept
    from s2s_desktop.engine.documents.segments import Segment, Tag, render

    segment = Segment("á su casa. y", [Tag(a, b, [m, m]) for m, a, b in spans])
    line = render(_emphasis_kept(segment))
    assert line == written
    tokens = MarkdownIt().parseInline(line)[0].children
    texts = [t.content for t in tokens if t.type == "text"]
    assert not any(set(text) & set("*_") for text in texts), texts
    inside = [
        tokens[i + 1].content for i, t in enumerate(tokens) if t.type in ("em_open", "strong_open")
    ]
    assert inside == emphasised


def test_a_file_that_is_not_subrip_is_refused_and_nothing_written(tmp_path, toy_translator):
    source = tmp_path / "notes.srt"
    source.write_text("shopping list\neggs and milk\nthen call the bank\n")
    output = tmp_path / "notes.eo.srt"
    try:
        translate_document(source, output, toy_translator)
    except UserError as error:
        message = str(error)
    else:
        raise AssertionError("a text file was read as SubRip")
    assert message.startswith("This is not a SubRip file") and message.endswith(".")
    assert "\n" not in message and message.count(". ") == 0
    assert not output.exists()
    assert list(tmp_path.iterdir()) == [source]


def test_subtitle_lines_break_at_the_middle_and_never_exceed_the_words():
    assert split_lines("la kato granda vidas unu hundo", 2) == ["la kato granda", "vidas unu hundo"]
    assert split_lines('<font color="red">la kato</font> vidas', 2) == [
        '<font color="red">la kato</font>',
        "vidas",
    ]
    assert split_lines("kato", 2) == ["kato"]
    assert split_lines("a b c d e f", 3) == ["a b", "c d", "e f"]


def test_unicode_text_is_read_by_its_byte_order_mark_and_written_back_in_it(
    tmp_path, toy_translator
):
    text = "the big cat sees a dog\r\n\r\n  the small dog likes the red house\r\n"
    for encoding, mark in (
        ("utf-16-le", codecs.BOM_UTF16_LE),  # Windows Notepad's "Unicode"
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-8", codecs.BOM_UTF8),
    ):
        out = translated(tmp_path, "notes.txt", mark + text.encode(encoding), toy_translator)
        assert out.startswith(mark) and not out[len(mark) :].startswith(mark)
        lines = out[len(mark) :].decode(encoding).split("\r\n")
        assert len(lines) == 4 and lines[1] == "" and lines[3] == ""
        assert "kato" in lines[0] and "cat" not in lines[0]
        assert lines[2].startswith("  ") and "hundo" in lines[2]
        assert "\0" not in out[len(mark) :].decode(encoding)


def test_unicode_subrip_is_read_by_its_byte_order_mark_and_written_back_in_it(
    tmp_path, toy_translator
):
    data = codecs.BOM_UTF16_LE + SRT.encode("utf-16-le")
    out = translated(tmp_path, "film.srt", data, toy_translator)
    assert out.startswith(codecs.BOM_UTF16_LE)
    text = out[2:].decode("utf-16-le")
    after = list(srt.parse(text))
    assert [s.index for s in after] == [1, 2, 7, 8]
    assert "kato" in after[0].content and "\r\n" in text


def test_utf16_can_be_chosen_for_a_document_without_a_mark(tmp_path, toy_translator):
    text = "the big cat sees a dog\n"
    for encoding, chosen in (
        ("utf-16-le", "utf-16"),
        ("utf-16-le", "UTF-16LE"),
        ("utf-16-be", "utf-16-be"),
    ):
        source = tmp_path / "notes.txt"
        source.write_bytes(text.encode(encoding))
        output = tmp_path / "out.txt"
        translate_document(source, output, toy_translator, encoding=chosen)
        out = output.read_bytes().decode(encoding)
        assert "kato" in out and out.endswith("\n") and not out.startswith("\ufeff")


class _Text(EncodedText):
    def __init__(self, encoding: str, bom: bool) -> None:
        self.encoding, self.bom = encoding, bom


def test_a_translation_its_encoding_cannot_hold_is_written_in_utf8_and_said():
    latin = _Text("iso8859-1", False)
    assert latin.encoded("Grüße\n") == "Grüße\n".encode("latin-1") and not latin.fell_back
    assert latin.encoded("Привет, ĉu?\n") == "Привет, ĉu?\n".encode() and latin.fell_back
    report = DocumentReport(Path("x.txt"), 1, 1, 0.1, not_in=latin.encoding)
    note = "It is written in UTF-8: iso8859-1 cannot hold the translation."
    assert report.note() == note
    assert DocumentReport(Path("x.txt"), 1, 1, 0.1).note() == ""


def test_text_codec_marks_name_the_encoding_and_come_back():
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        mark = (
            codecs.BOM_UTF8 if encoding == "utf-8" else codecs.lookup(encoding).encode("\ufeff")[0]
        )
        data = mark + "Grüße, ☃\n".encode(encoding)
        for chosen in ("utf-8", "latin-1", "utf-16"):
            assert decode_text(data, chosen) == ("Grüße, ☃\n", encoding, True)
        assert _Text(encoding, True).encoded("Grüße, ☃\n") == data
    assert decode_text("Grüße".encode("latin-1"), "latin-1") == ("Grüße", "iso8859-1", False)
    assert decode_text("ab".encode("utf-32-le"), "utf-32") == ("ab", "utf-32-le", False)
    with pytest.raises(UserError, match="not supported"):
        decode_text(b"abc", "cp037")  # EBCDIC: its line ends are not CR/LF bytes
    with pytest.raises(UserError, match="not supported"):
        check_encoding("utf-16")  # training reads files line by line: UTF-8-like encodings only


def test_tabs_stay_between_the_words_they_parted(tmp_path, toy_translator):
    """A tab lays out columns: kept, never turned into a space nor moved to an edge."""
    source = tmp_path / "table.txt"
    source.write_text("the big cat\tsees a dog\n\tthe bird\n", encoding="utf-8")
    output = tmp_path / "table.eo.txt"
    translate_document(source, output, toy_translator)
    first, second = output.read_text(encoding="utf-8").splitlines()
    assert first.count("\t") == 1 and not first.startswith("\t") and not first.endswith("\t")
    assert " \t" not in first and "\t " not in first, first
    assert second.startswith("\t") and second.count("\t") == 1, second  # indentation, kept


def test_a_message_on_two_lines_keeps_its_line_break_inside(tmp_path, toy_translator):
    """Each line reads as its own words, and the break stays between them with nothing added,
    so msgfmt -c accepts the catalogue (it checks that msgid and msgstr begin and end alike)."""
    import shutil
    import subprocess

    import polib

    message = "the big cat sees a dog\\nthe small bird likes the house"
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{message}"\nmsgstr ""\n\nmsgid "the red car\\tthe dog"\nmsgstr ""\n'
    )
    source = tmp_path / "lines.po"
    source.write_text(text, encoding="utf-8")
    output = tmp_path / "lines.eo.po"
    translate_document(source, output, toy_translator)
    entries = polib.pofile(str(output))
    lines = entries[0].msgstr
    assert lines.count("\n") == 1 and lines.strip() == lines, repr(lines)
    assert "\n " not in lines and " \n" not in lines, repr(lines)
    assert all(line.strip() for line in lines.split("\n")), repr(lines)
    tab = entries[1].msgstr
    assert tab.count("\t") == 1 and " \t" not in tab and "\t " not in tab, repr(tab)
    if shutil.which("msgfmt"):
        for entry in entries:
            entry.flags.remove("fuzzy")  # msgfmt checks only the reviewed messages
        entries.save(str(output))
        checked = subprocess.run(
            ["msgfmt", "-c", "-o", "/dev/null", str(output)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stderr


def test_reference_links_keep_their_labels(tmp_path, toy_translator):
    """A reference link stays one (it had been rewritten inline); where its own text was its
    label ([text][], [text]), the label is written out, as the translated text is not it."""
    text = translated_text(
        tmp_path,
        "refs.md",
        "the [big cat][cat] sees a [dog][] and [the house]\n\n"
        "[cat]: https://example.org/cat\n[dog]: /dog\n[the house]: /house\n",
        toy_translator,
    )
    first, definitions = text.split("\n\n", 1)
    assert "][cat]" in first and "][dog]" in first and "][the house]" in first, first
    assert "](" not in first and "kato" in first, first
    assert definitions == "[cat]: https://example.org/cat\n[dog]: /dog\n[the house]: /house\n"


def test_inline_html_in_markdown_goes_around_its_words_and_code_inside_stays(
    tmp_path, toy_translator
):
    """Each tag had been kept whole on its own, so the alignment could put </span> before
    <span> (the page broke from there on) and the model dropped the key inside <kbd>."""
    text = (
        'the big <span class="x">cat</span> sees a dog\n\n'
        "the cat sees <kbd>Ctrl+K</kbd> a dog\n\n"
        "the <b>small</b> dog has <code>the cat</code> a book<br>the red house\n"
    )
    out = translated(tmp_path, "inline.md", text.encode(), toy_translator).decode()
    first, second, third = (block for block in out.split("\n\n") if block.strip())
    assert first.index('<span class="x">') < first.index("</span>")
    assert "kato" in first[first.index('<span class="x">') : first.index("</span>")]
    assert "<kbd>Ctrl+K</kbd>" in second and "cat" not in second
    assert third.index("<b>") < third.index("</b>") and "<code>the cat</code>" in third
    assert "<br>" in third and "domo" in third
