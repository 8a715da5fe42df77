"""Word and OpenDocument files through the real toy model: text translated in the body, tables,
headers and footers, run formatting and links carried onto the translated words, and every
other part of the zip copied unchanged."""

from __future__ import annotations

import dataclasses
import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from lxml import etree

from s2s_desktop.engine.documents.job import translate_document
from s2s_desktop.engine.documents.segments import Segment
from s2s_desktop.engine.errors import UserError

URL = "https://example.org/city"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _png() -> bytes:
    """A 1x1 red PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _add_hyperlink(paragraph, url: str, text: str) -> None:  # noqa: ANN001 (python-docx)
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:u")
    style.set(qn("w:val"), "single")
    properties.append(style)
    run.append(properties)
    content = OxmlElement("w:t")
    content.text = text
    run.append(content)
    link.append(run)
    paragraph._p.append(link)


@pytest.fixture(scope="module")
def docx_pair(toy_translator, tmp_path_factory) -> tuple[Path, Path]:
    import docx
    from docx.shared import Pt

    folder = tmp_path_factory.mktemp("docx")
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "the old car has a book"
    section.footer.paragraphs[0].text = "a green tree follows the river"
    paragraph = document.add_paragraph("the ")
    paragraph.add_run("big").bold = True
    paragraph.add_run(" cat sees a dog")
    document.add_paragraph("the cat has %s and {name} 42")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "a small bird finds the house"
    table.cell(0, 1).text = "7"
    linked = document.add_paragraph("the child likes ")
    _add_hyperlink(linked, URL, "the red city")
    picture = folder / "dot.png"
    picture.write_bytes(_png())
    document.add_picture(str(picture))
    document.add_paragraph("the cat sees\ta dog")
    commented = document.add_paragraph("the old house ")
    comment = "the happy child finds a book"
    document.add_comment([commented.add_run("has a green tree")], text=comment, author="Bob")
    document.styles["Normal"].font.size = Pt(11)
    source = folder / "report.docx"
    document.save(str(source))
    output = folder / "report.eo.docx"
    translate_document(source, output, toy_translator)
    return source, output


def test_docx_body_table_header_footer_are_translated(docx_pair):
    import docx

    document = docx.Document(str(docx_pair[1]))
    body = [p.text for p in document.paragraphs]
    assert "kato" in body[0] and "hundo" in body[0] and "cat" not in body[0]
    cell = document.tables[0].cell(0, 0).text
    assert "birdo" in cell and "domo" in cell and "bird " not in cell
    assert document.tables[0].cell(0, 1).text == "7"
    header = document.sections[0].header.paragraphs[0].text
    footer = document.sections[0].footer.paragraphs[0].text
    assert "auto" in header and "car" not in header
    assert "arbo" in footer and "tree" not in footer


def test_docx_bold_run_is_carried_onto_its_translation(docx_pair):
    import docx

    paragraph = docx.Document(str(docx_pair[1])).paragraphs[0]
    assert paragraph.text == "la kato granda vidas unu hundo"
    bold = [run.text for run in paragraph.runs if run.bold]
    assert bold == ["granda"]


def test_docx_hyperlink_keeps_its_target_around_translated_words(docx_pair):
    import docx

    paragraph = next(p for p in docx.Document(str(docx_pair[1])).paragraphs if p.hyperlinks)
    (link,) = paragraph.hyperlinks
    assert link.address == URL
    assert "urbo" in link.text and "city" not in link.text
    assert "infano" in paragraph.text
    assert link.runs[0].underline


def test_docx_placeholders_and_numbers_are_kept(docx_pair):
    import docx

    text = docx.Document(str(docx_pair[1])).paragraphs[1].text
    assert "%s" in text and "{name}" in text and "42" in text and "kato" in text


def test_docx_tab_stays_between_the_translated_words(docx_pair):
    import docx

    text = docx.Document(str(docx_pair[1])).paragraphs[-2].text
    assert text.count("\t") == 1 and "kato" in text and "hundo" in text and " \t" not in text


def test_docx_other_parts_are_copied_unchanged(docx_pair):
    # styles.xml: its default language (below)
    translated = {"word/document.xml", "word/header1.xml", "word/footer1.xml", "word/styles.xml"}
    translated.add("word/comments.xml")
    with zipfile.ZipFile(docx_pair[0]) as source, zipfile.ZipFile(docx_pair[1]) as output:
        assert source.namelist() == output.namelist()
        assert any(name.startswith("word/media/") for name in source.namelist())
        assert "word/styles.xml" in source.namelist()
        for name in source.namelist():
            if not any(name.endswith(part.split("/")[1]) for part in translated):
                assert source.read(name) == output.read(name), name
        head = output.read("word/document.xml")[:80]
        assert head == source.read("word/document.xml")[:80]
        assert head.startswith(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>")


def test_docx_comment_covers_its_translated_paragraph_not_nothing(docx_pair):
    with zipfile.ZipFile(docx_pair[1]) as output:
        body = etree.fromstring(output.read("word/document.xml"))
    start = next(body.iter(f"{{{W}}}commentRangeStart"))
    paragraph = start.getparent()
    names = [etree.QName(child).localname for child in paragraph]
    assert names[0] == "commentRangeStart" and names[-2] == "commentRangeEnd"
    assert next(paragraph[-1].iter(f"{{{W}}}commentReference")) is not None  # its mark last
    text = "".join(paragraph.itertext())
    assert "domo" in text and "arbo" in text


def test_docx_comment_text_is_translated_after_its_mark(docx_pair):
    with zipfile.ZipFile(docx_pair[1]) as output:
        comments = etree.fromstring(output.read("word/comments.xml"))
    (paragraph,) = comments.iter(f"{{{W}}}p")
    text = "".join(paragraph.itertext())
    assert "infano" in text and "libro" in text and "child" not in text
    assert text == text.lstrip()  # no space after the comment's mark, as in the source
    first_run = paragraph.find(f"{{{W}}}r")
    assert first_run.find(f"{{{W}}}annotationRef") is not None


def test_the_language_for_spelling_becomes_the_targets_and_a_third_one_stays(docx_pair):
    with zipfile.ZipFile(docx_pair[0]) as source, zipfile.ZipFile(docx_pair[1]) as output:
        before = etree.fromstring(source.read("word/styles.xml"))
        after = etree.fromstring(output.read("word/styles.xml"))
    assert next(before.iter(f"{{{W}}}lang")).get(f"{{{W}}}val") == "en-US"
    assert next(after.iter(f"{{{W}}}lang")).get(f"{{{W}}}val") == "eo"

    from s2s_desktop.engine.documents.formats import Languages
    from s2s_desktop.engine.documents.odt import FO, STYLE
    from s2s_desktop.engine.documents.office_zip import relabel_language

    styles = etree.fromstring(
        f'<s xmlns:style="{STYLE}" xmlns:fo="{FO}"><style:text-properties fo:language="en" '
        'fo:country="GB"/><style:text-properties fo:language="fr" fo:country="FR"/></s>'
    )
    relabel_language(styles, f"{{{FO}}}language", Languages("en", "eo"), f"{{{FO}}}country")
    english, french = (dict(element.attrib) for element in styles)
    assert english == {f"{{{FO}}}language": "eo"}
    assert french == {f"{{{FO}}}language": "fr", f"{{{FO}}}country": "FR"}


def test_docx_drawing_stays_in_the_document(docx_pair):
    import docx

    assert len(docx.Document(str(docx_pair[1])).inline_shapes) == 1


def test_corrupt_docx_is_one_sentence_and_writes_nothing(tmp_path, toy_translator):
    source = tmp_path / "broken.docx"
    source.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    output = tmp_path / "broken.eo.docx"
    with pytest.raises(UserError) as caught:
        translate_document(source, output, toy_translator)
    message = str(caught.value)
    assert "broken.docx" in message and "\n" not in message and message.count(". ") == 0
    assert not output.exists()


def test_zip_without_document_part_is_not_a_word_document(tmp_path, toy_translator):
    source = tmp_path / "other.docx"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("hello.txt", "hi")
    output = tmp_path / "other.eo.docx"
    with pytest.raises(UserError, match=r"^other\.docx cannot be read as .*: it is not a Word doc"):
        translate_document(source, output, toy_translator)
    assert not output.exists()


def _r(text: str, style: str = "", bold: bool = False) -> str:
    """A run of raw WordprocessingML, in a character style or bold."""
    properties = f'<w:rStyle w:val="{style}"/>' if style else ""
    properties += "<w:b/>" if bold else ""
    properties = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _field_mark(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _field_code(code: str) -> str:
    """A complex field's start as Word writes it: begin, its code, separate (its result
    follows, then its end)."""
    instruction = f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
    return _field_mark("begin") + instruction + _field_mark("separate")


def _field(code: str, result: str, style: str = "") -> str:
    return _field_code(code) + _r(result, style) + _field_mark("end")


def _toc_entry(number: int, text: str) -> str:
    """A table of contents entry as Word writes it: a link to the heading's bookmark holding
    the heading's words, a tab and a PAGEREF field."""
    page = _field(f"PAGEREF _Toc{number} \\h", str(number))
    link = f'<w:hyperlink w:anchor="_Toc{number}" w:history="1">'
    return f'<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>{link}{_r(text, "Hyperlink")}' + (
        f"<w:r><w:tab/></w:r>{page}</w:hyperlink></w:p>"
    )


def _table_of_contents(headings: list[str]) -> str:
    """A table of contents as Word writes it: a block content control holding one paragraph
    per heading; its TOC field begins in the first entry and ends in a paragraph after the
    last."""
    entries = [_toc_entry(number, text) for number, text in enumerate(headings, 1)]
    code = _field_code('TOC \\o "1-3" \\h \\z \\u')
    entries[0] = entries[0].replace("</w:pPr>", "</w:pPr>" + code, 1)
    entries.append(f"<w:p>{_field_mark('end')}</w:p>")
    gallery = '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
    properties = f'<w:sdtPr><w:id w:val="7"/><w:docPartObj>{gallery}</w:docPartObj></w:sdtPr>'
    return (
        f'<w:sdt xmlns:w="{W}">{properties}<w:sdtContent>{"".join(entries)}</w:sdtContent></w:sdt>'
    )


HEADINGS = ["the old car has a book", "a green tree follows the river", "the cat sees a dog"]


@pytest.fixture(scope="module")
def docx_controls(toy_translator, tmp_path_factory) -> etree._Element:
    """The translated body of a document with a long link, a long field, an inline content
    control and a table of contents."""
    import docx
    from docx.oxml import parse_xml

    link = f'<w:hyperlink w:anchor="city">{_r("the red city", "Hyperlink")}</w:hyperlink>'
    # A link field as Word writes it: its code in any case, spelling marks among its runs.
    field = (
        _field_code("hyperlink \\l city")
        + '<w:proofErr w:type="spellStart"/>'
        + _r("the red city of the happy child", "Hyperlink")
        + '<w:proofErr w:type="spellEnd"/>'
        + _field_mark("end")
    )
    control = (
        '<w:sdt><w:sdtPr><w:id w:val="5"/><w:text/></w:sdtPr>'
        f"<w:sdtContent>{_r('the red city')}</w:sdtContent></w:sdt>"
    )
    author = '<w:fldSimple w:instr=" AUTHOR "><w:r><w:t>John Smith</w:t></w:r></w:fldSimple>'
    simple_link = (
        '<w:fldSimple w:instr=" HYPERLINK \\l city "><w:r><w:t>the red city</w:t></w:r>'
        "</w:fldSimple>"
    )
    blocks = [
        _r("a dog sees ") + link,
        _r("the ") + _r("big", bold=True) + _r(" cat sees ") + field,
        _r("the child likes ") + control,
        _r("the big cat sees ") + author + _r(" and a small dog"),
        _r("a dog sees ") + simple_link,
        _r("the big cat ")
        + '<w:del w:id="81" w:author="A"><w:r><w:delText>never </w:delText></w:r></w:del>'
        + f'<w:ins w:id="82" w:author="A">{_r("sees")}</w:ins>'
        + _r(" a dog"),
    ]
    document = docx.Document()
    body = document.element.body
    for block in blocks:
        body.sectPr.addprevious(parse_xml(f'<w:p xmlns:w="{W}">{block}</w:p>'))
    body.sectPr.addprevious(parse_xml(_table_of_contents(HEADINGS)))
    folder = tmp_path_factory.mktemp("docx-controls")
    document.save(str(folder / "controls.docx"))
    translate_document(folder / "controls.docx", folder / "controls.eo.docx", toy_translator)
    with zipfile.ZipFile(folder / "controls.eo.docx") as output:
        return etree.fromstring(output.read("word/document.xml")).find(f"{{{W}}}body")


def _styled(paragraph: etree._Element, style: str) -> list[str]:
    """The text of each of the paragraph's runs in a character style."""
    found = f"{{{W}}}rPr/{{{W}}}rStyle[@{{{W}}}val='{style}']"
    return [
        "".join(run.itertext())
        for run in paragraph.iter(f"{{{W}}}r")
        if run.find(found) is not None
    ]


def test_docx_a_long_links_style_stays_on_the_link(docx_controls):
    """The base formatting is the plain words', not the link's or field's that holds more
    text: words outside them never take the Hyperlink style."""
    linked, fielded = docx_controls.findall(f"{{{W}}}p")[:2]
    (link,) = linked.findall(f"{{{W}}}hyperlink")
    assert "urbo" in "".join(link.itertext()) and "hundo" in "".join(linked.itertext())
    assert _styled(linked, "Hyperlink") == _styled(link, "Hyperlink")
    assert "kato" in "".join(fielded.itertext())
    inside, linked_words = False, []
    for run in fielded.iter(f"{{{W}}}r"):
        mark = run.find(f"{{{W}}}fldChar")
        if mark is not None:
            inside = mark.get(f"{{{W}}}fldCharType") == "separate"
        elif inside:
            linked_words.append("".join(run.itertext()))
    assert _styled(fielded, "Hyperlink") == linked_words


def test_docx_a_hyperlink_fields_words_are_translated_inside_the_field(docx_controls):
    """Its code stays whole before its words and its end after them; the words are the
    translation's."""
    fielded = docx_controls.findall(f"{{{W}}}p")[1]
    marks = [mark.get(f"{{{W}}}fldCharType") for mark in fielded.iter(f"{{{W}}}fldChar")]
    assert marks == ["begin", "separate", "end"]
    code = "".join(t.text for t in fielded.iter(f"{{{W}}}instrText"))
    assert code.strip() == "hyperlink \\l city"
    linked = " ".join(_styled(fielded, "Hyperlink"))
    assert "urbo" in linked and "city" not in linked


def test_docx_a_computed_simple_fields_result_is_kept_and_a_links_words_translated(
    docx_controls,
):
    """Word replaces an AUTHOR field's result on its next update: the sentence translated into
    it would vanish (a helper found it there). A HYPERLINK field's result is its words."""
    authored, linked = docx_controls.findall(f"{{{W}}}p")[3:5]
    (author,) = authored.findall(f"{{{W}}}fldSimple")
    assert "".join(author.itertext()) == "John Smith"
    assert "kato" in "".join(authored.itertext()) and "hundo" in "".join(authored.itertext())
    (link,) = linked.findall(f"{{{W}}}fldSimple")
    assert "urbo" in "".join(link.itertext()) and "city" not in "".join(link.itertext())


def test_docx_a_tracked_deletions_words_are_left_out_and_an_insertion_stays_one(docx_controls):
    """The translation is of the text as it reads with the changes: the deleted English words
    had stayed among the translated ones (a helper found them there)."""
    changed = docx_controls.findall(f"{{{W}}}p")[5]
    assert changed.find(f".//{{{W}}}delText") is None and changed.find(f"{{{W}}}del") is None
    (inserted,) = changed.findall(f"{{{W}}}ins")
    assert inserted.get(f"{{{W}}}author") == "A" and "".join(inserted.itertext()).strip()
    assert "kato" in "".join(changed.itertext()) and "never" not in "".join(changed.itertext())


def test_docx_inline_content_control_is_translated_inside_it(docx_controls):
    paragraph = docx_controls.findall(f"{{{W}}}p")[2]
    (control,) = paragraph.findall(f"{{{W}}}sdt")
    assert control.find(f"{{{W}}}sdtPr/{{{W}}}id").get(f"{{{W}}}val") == "5"
    inside = "".join(control.find(f"{{{W}}}sdtContent").itertext())
    assert "urbo" in inside and "city" not in inside
    assert "infano" in "".join(paragraph.itertext())


def test_docx_table_of_contents_entries_are_all_translated(docx_controls):
    """Its field begins in the first entry and ends after the last: the first entry's words
    are translated too, the field's code staying at its start."""
    (toc,) = docx_controls.findall(f"{{{W}}}sdt")
    paragraphs = toc.findall(f"{{{W}}}sdtContent/{{{W}}}p")
    texts = ["".join(paragraph.itertext()) for paragraph in paragraphs[:3]]
    assert "auto" in texts[0] and "car" not in texts[0], texts
    assert "rivero" in texts[1] and "follows" not in texts[1], texts
    assert "kato" in texts[2] and "sees" not in texts[2], texts
    marks = [mark.get(f"{{{W}}}fldCharType") for mark in toc.iter(f"{{{W}}}fldChar")]
    assert marks == ["begin", "separate", *["begin", "separate", "end"] * 3, "end"]
    first_run = paragraphs[0].find(f"{{{W}}}r")
    assert first_run.find(f"{{{W}}}fldChar").get(f"{{{W}}}fldCharType") == "begin"
    assert all(len(p.findall(f"{{{W}}}hyperlink")) == 1 for p in paragraphs[:3])


@pytest.fixture(scope="module")
def odt_pair(toy_translator, tmp_path_factory) -> tuple[Path, Path]:
    from odfdo import Document, Header, Link, Paragraph, Span, Style, Table

    folder = tmp_path_factory.mktemp("odt")
    document = Document("text")
    body = document.body
    bold = Style("text", name="Strong", bold=True)
    document.insert_style(bold, automatic=True)
    paragraph = Paragraph("the ")
    paragraph.append(Span("big", style="Strong"))
    paragraph.append(" cat sees a dog")
    body.append(paragraph)
    body.append(Header(1, "a small bird finds the house"))
    linked = Paragraph("the child likes ")
    linked.append(Link(URL, text="the red city"))
    body.append(linked)
    body.append(Paragraph("the cat has %s and {name} 42"))
    table = Table("T", width=1, height=1)
    table.set_value((0, 0), "the happy child sees a bird")
    body.append(table)
    page = document.get_style("master-page", "Standard")
    page.set_page_header(Header(1, "the old car has a book"))
    page.set_page_footer(Paragraph("a green tree follows the river"))
    source = folder / "notes.odt"
    document.save(source)
    output = folder / "notes.eo.odt"
    translate_document(source, output, toy_translator)
    return source, output


def test_odt_text_span_link_and_table_are_translated(odt_pair):
    from odfdo import Document

    body = Document(odt_pair[1]).body
    first, _, placeholders = [p for p in body.get_paragraphs() if str(p).strip()][:3]
    assert str(first).strip() == "la kato granda vidas unu hundo"
    (span,) = first.get_spans()
    assert span.style == "Strong" and span.text == "granda"
    heading = body.get_header(0)
    assert "birdo" in str(heading) and "bird " not in str(heading)
    link = body.get_link(url=URL)
    assert link is not None and "urbo" in link.text_recursive and "city" not in link.text_recursive
    placeholders = str(placeholders)
    assert "%s" in placeholders and "{name}" in placeholders and "42" in placeholders
    cell = str(body.get_table(0).get_cell((0, 0)).get_value())
    assert "infano" in cell and "child" not in cell


def test_odt_header_and_footer_in_styles_are_translated(odt_pair):
    from odfdo import Document

    page = Document(odt_pair[1]).get_style("master-page", "Standard")
    header = page.get_page_header().text_recursive
    footer = page.get_page_footer().text_recursive
    assert "auto" in header and "car" not in header
    assert "arbo" in footer and "tree" not in footer


def test_odt_other_parts_are_copied_unchanged(odt_pair):
    with zipfile.ZipFile(odt_pair[0]) as source, zipfile.ZipFile(odt_pair[1]) as output:
        assert source.namelist() == output.namelist()
        assert output.infolist()[0].filename == "mimetype"
        assert output.infolist()[0].compress_type == zipfile.ZIP_STORED
        for name in source.namelist():
            if name not in ("content.xml", "styles.xml"):
                assert source.read(name) == output.read(name), name


def test_zip_without_content_is_not_an_odt(tmp_path, toy_translator):
    source = tmp_path / "other.odt"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    output = tmp_path / "other.eo.odt"
    with pytest.raises(UserError, match=r"^other\.odt cannot be read as .*: it is not an OpenDoc"):
        translate_document(source, output, toy_translator)
    assert not output.exists()


def test_docx_a_tracked_change_written_in_two_parts_gets_a_new_id_for_the_second():
    """Word wants revision ids unique: where the translation puts a tab that stood outside an
    insertion between its words, the insertion is written in two parts, the second numbered
    past every id the document holds (a bookmark's here)."""
    import docx
    from docx.oxml import parse_xml

    from s2s_desktop.engine.documents.docx import open_document
    from s2s_desktop.engine.documents.formats import Languages

    block = (
        '<w:bookmarkStart w:id="9" w:name="here"/><w:bookmarkEnd w:id="9"/>'
        + f'<w:ins w:id="4" w:author="Ann">{_r("the big")}</w:ins>'
        + "<w:r><w:tab/></w:r>"
        + _r("cat")
    )
    source = docx.Document()
    body = source.element.body
    body.sectPr.addprevious(parse_xml(f'<w:p xmlns:w="{W}">{block}</w:p>'))
    buffer = io.BytesIO()
    source.save(buffer)
    document = open_document(buffer.getvalue(), "utf-8")
    (segment,) = document.segments
    insertion, tab = segment.tags[:2]
    assert segment.text == "the big  cat" and tab.void
    # Translated "la kato granda", the tab placed between the insertion's words:
    tags = [dataclasses.replace(insertion, end=14), dataclasses.replace(tab, start=3, end=3)]
    tags += segment.tags[2:]
    written = document.write([Segment("la kato granda", tags)], Languages("en", "eo"))
    with zipfile.ZipFile(io.BytesIO(written)) as output:
        root = etree.fromstring(output.read("word/document.xml"))
    insertions = [(e.get(f"{{{W}}}id"), "".join(e.itertext())) for e in root.iter(f"{{{W}}}ins")]
    assert insertions == [("4", "la"), ("10", "kato granda")], insertions
