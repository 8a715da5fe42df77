"""Documents in, the same documents out: the shared machinery, plain text and HTML, with a real
(toy) model."""

import re
from pathlib import Path

import pytest

from s2s_desktop.engine.documents import formats, placeholders
from s2s_desktop.engine.documents.job import Cancelled, translate_document
from s2s_desktop.engine.documents.segments import (
    Segment,
    SegmentBuilder,
    Tag,
    protect_unreadable,
    render,
)
from s2s_desktop.engine.errors import UserError
from tests.engine.documents.translating import translated_text


def test_output_names_replace_the_source_language_and_keep_the_kind():
    assert formats.output_path(Path("/d/report.docx"), "en", "de") == Path("/d/report.de.docx")
    assert formats.output_path(Path("/d/doc.en.txt"), "en", "de") == Path("/d/doc.de.txt")
    assert formats.output_path(Path("/d/app.pot"), "en", "de") == Path("/d/app.de.po")
    assert formats.output_path(Path("/d/notes.TXT"), "en", "de") == Path("/d/notes.de.TXT")
    assert formats.output_path(Path("/d/ui.en-US.xlf"), "en", "de") == Path("/d/ui.de.xlf")
    assert formats.output_path(Path("/d/ui.en_GB.po"), "en", "de") == Path("/d/ui.de.po")
    assert formats.output_path(Path("/d/lenses.txt"), "en", "de") == Path("/d/lenses.de.txt")


def test_a_name_that_says_another_language_is_remarked_on(tmp_path, toy_translator):
    """``chapter.es.txt`` through an en -> eo model, or a translation dropped again: still
    translated (a name is a weak sign), with a sentence that says what the name says."""
    assert [
        formats.language_in_name(Path(name))
        for name in ("a.es.txt", "a.pt-BR.md", "a.pt_BR.md", "a.v2.txt", "how.to.md", "a.txt")
    ] == ["es", "pt-BR", "pt_BR", "", "", ""]
    assert formats.language_in_name(Path("ui.fr.po")) == ""  # named after its translations
    assert formats.language_in_name(Path("ui.fr.xlf")) == ""
    for name, said in (("chapter.es.txt", "es"), ("chapter.eo.txt", "eo"), ("a.en-GB.txt", None)):
        source = tmp_path / name
        source.write_text("the cat sees a dog\n", encoding="utf-8")
        report = translate_document(source, tmp_path / f"out-{name}", toy_translator)
        if said is None:
            assert report.note() == ""
        else:
            assert report.note() == (
                f"Its name says its text is in {said}, but the model translates en → eo: if it "
                f"is, choose a model from {said}."
            )


def test_an_unknown_kind_of_file_is_named_in_one_sentence(tmp_path):
    with pytest.raises(UserError, match=r"photo\.jpg is not a kind of document.*\.docx"):
        formats.for_path(tmp_path / "photo.jpg")


def test_placeholders_are_found_and_counted():
    text = (
        "Delete %s of %(count)d files ({0}, {name}) at https://x.org/a?b=1, mail a@b.org; 3.5 &amp;"
    )
    assert placeholders.find(text) == [
        "%s",
        "%(count)d",
        "{0}",
        "{name}",
        "https://x.org/a?b=1",
        "a@b.org",
        "3.5",
        "&amp;",
    ]
    assert placeholders.find("50% of the time") == ["50%"]
    # Qt, Ruby, JavaScript and the template languages' own: each whole, syntax and all.
    assert placeholders.find("Copy %1 to %L2, %n files; %{name} ${file} #{x}") == [
        "%1",
        "%L2",
        "%n",
        "%{name}",
        "${file}",
        "#{x}",
    ]
    templates = 'Got {{count}} {{ count }} {{< ref "a.md" >}} {% include n.html %} {# why #}'
    assert placeholders.find(templates) == [
        "{{count}}",
        "{{ count }}",
        '{{< ref "a.md" >}}',
        "{% include n.html %}",
        "{# why #}",
    ]
    assert placeholders.missing("a %s b {0}", "x {0}") == ["%s"]


def test_a_builder_collapses_whitespace_and_keeps_voids_with_their_spacing():
    builder = SegmentBuilder()
    builder.text("  Delete %s\n  files ")
    bold = builder.open("b")
    builder.text(" now ")
    builder.close(bold)
    segment = builder.finish()
    assert segment.text == "Delete  files now"
    void, span = segment.tags
    assert (void.start, void.data, void.before, void.after) == (7, "%s", " ", "\n")
    assert segment.text[span.start : span.end] == "now"
    opening = lambda t: t.data if t.void else f"<{t.data}>"  # noqa: E731
    assert render(segment, opening, lambda t: f"</{t.data}>") == ("Delete %s files <b>now</b>")


def test_an_item_the_translation_put_inside_a_span_is_written_inside_it():
    translated = Segment(
        "la hundo granda  vidas la kato",
        [Tag(16, 16, "&amp;", void=True, before=" ", after=" "), Tag(9, 30, ["<b>", "</b>"])],
    )
    assert render(translated) == "la hundo <b>granda &amp; vidas la kato</b>"


@pytest.mark.parametrize(
    ("name", "data", "read", "kept"),
    [
        ("a.html", "<p>the big&nbsp;cat sees a&#160;dog</p>", "the big cat sees a dog", []),
        ("a.html", "<p>a dog<br>a bird<img src=x.png>likes it</p>", "a dog a bird likes it", 2),
        ("a.html", "<p>Espa&ntilde;a, don&#8217;t &amp; &lt;b&gt;</p>", "España, don’t b", 3),
        ("a.md", "a dog\\\na bird  \nlikes<br>it\n", "a dog a bird likes it", 3),
    ],
)
def test_what_the_model_reads_has_words_apart_and_entities_as_text(name, data, read, kept):
    """A line break, an image or a non-breaking space parts two words ("dog<br>a" is not
    "doga"); an entity for a letter, a space or a quote is read as that; ``&amp;`` and
    ``&lt;`` are kept as they are."""
    segment = formats.for_path(Path(name)).open(data.encode(), "utf-8").segments[0]
    assert " ".join(segment.text.split()) == read
    assert len([tag for tag in segment.tags if tag.void]) == (kept or 0)


def test_markup_is_carried_onto_the_aligned_words(toy_translator, tmp_path):
    source = tmp_path / "page.html"
    source.write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<script>var s = "the cat";</script></head>\n<body>\n'
        "  <h1>the big cat sees a dog</h1>\n"
        "  <p>the <b>big</b> cat sees a dog</p>\n"
        '  <p>the <a href="https://example.org/x">old</a> bird has a red car</p>\n'
        "  <p>a dog finds <code>the cat</code> and %s<br/>the river</p>\n"
        '  <p translate="no">the cat sees a dog</p>\n'
        "</body></html>\n",
        encoding="utf-8",
    )
    output = tmp_path / "page.eo.html"
    report = translate_document(source, output, toy_translator)
    html = output.read_text(encoding="utf-8")
    assert report.segments == 4
    assert '<html lang="eo">' in html
    assert '<script>var s = "the cat";</script>' in html  # scripts are not text
    assert "<h1>la kato granda vidas unu hundo</h1>" in html
    assert "<p>la kato <b>granda</b> vidas unu hundo</p>" in html
    assert '<a href="https://example.org/x">malnova</a>' in html
    assert "<code>the cat</code>" in html and "%s" in html and "<br/>" in html
    assert '<p translate="no">the cat sees a dog</p>' in html
    assert "rivero" in html


def test_the_attributes_a_reader_sees_are_translated_and_the_rest_kept(toy_translator, tmp_path):
    html = translated_text(
        tmp_path,
        "page.html",
        '<html lang="en"><head><meta name="description" content="the big cat sees a dog">'
        '<meta name="viewport" content="width=device-width"></head><body>\n'
        '<p>a dog <img src="cat.png" alt="the big cat sees a dog"> finds the river</p>\n'
        "<a href=/x title='the old bird has a red car'>the city</a>\n"
        '<p><input type="text" placeholder="the big cat sees a dog" value="the cat"></p>\n'
        "<p><input type=submit value=the&#32;cat&#32;sees&#32;a&#32;dog></p>\n"
        '<p><img class="notranslate" alt="the big cat sees a dog" src="b.png"></p>\n'
        '<p><img alt="42" src="c.png"><span title="">the city</span></p>\n'
        "</body></html>\n",
        toy_translator,
    )
    cat = "la kato granda vidas unu hundo"
    assert f'<meta name="description" content="{cat}">' in html
    assert '<meta name="viewport" content="width=device-width">' in html
    assert f'<img src="cat.png" alt="{cat}">' in html and "rivero" in html
    assert '<a href=/x title="la birdo malnova havas unu auto ruga">' in html
    assert f'placeholder="{cat}" value="the cat">' in html  # a text box's value is data
    assert '<p><input type=submit value="la kato vidas unu hundo"></p>' in html
    assert '<img class="notranslate" alt="the big cat sees a dog" src="b.png">' in html
    assert '<img alt="42" src="c.png">' in html and '<span title="">' in html
    assert "\0" not in html


def test_untranslated_marks_without_an_end_tag_skip_only_their_element(toy_translator, tmp_path):
    html = translated_text(
        tmp_path,
        "page.xhtml",
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><body>\n'
        '<p>a dog <img class="notranslate" src="logo.png"/> finds the river</p>\n'
        '<p><img src="a.png" class="notranslate">the big cat sees a dog</p>\n'
        '<ul><li class="notranslate">the cat sees a dog<li>the big cat sees a dog</ul>\n'
        '<p translate="no">the old bird<div>the big cat sees a dog</div>\n'
        "</body></html>\n",
        toy_translator,
    )
    assert 'xml:lang="eo" lang="eo"' in html
    assert html.count("la kato granda vidas unu hundo") == 3  # after each skipped element
    assert '<img class="notranslate" src="logo.png"/>' in html and "rivero" in html
    assert '<li class="notranslate">the cat sees a dog<li>' in html
    assert '<p translate="no">the old bird<div>' in html


def test_an_untranslated_span_or_a_comment_stays_inside_its_sentence(toy_translator, tmp_path):
    """The sentence around them is translated as one (it had been cut in two, each half
    translated alone), and they come back whole, the span's words untranslated."""
    html = translated_text(
        tmp_path,
        "page.html",
        '<p>the big cat <span translate="no">ACME <b>Cloud</b></span> sees a dog</p>\n'
        "<p>the big cat<!-- TODO --> sees a dog</p>\n"
        '<p>the dog <span class="notranslate">stays',
        toy_translator,
    )
    first, second, third = html.split("\n")
    assert first.count('<span translate="no">ACME <b>Cloud</b></span>') == 1, first
    assert "kato" in first and "hundo" in first and "vidas" in first, first
    assert second.count("<!-- TODO -->") == 1 and "vidas unu hundo" in second, second
    assert third.count('<span class="notranslate">stays') == 1, third  # open at the end: kept


def test_a_glossary_places_its_terms_in_a_document_with_its_markup(toy_translator, tmp_path):
    from s2s_desktop.engine.glossary import Glossary, Term
    from s2s_desktop.engine.glossary_translation import GlossaryTranslator

    source = tmp_path / "page.html"
    source.write_text("<p>the <b>big</b> cat sees a dog</p>\n<p>a red bird</p>\n")
    glossary = Glossary("en", "eo", [Term("cat", "arbo"), Term("river", "urbo " * 40)])
    translator = GlossaryTranslator(toy_translator, glossary)
    translate_document(source, tmp_path / "page.eo.html", translator)
    html = (tmp_path / "page.eo.html").read_text(encoding="utf-8")
    assert "arbo" in html and html.count("<b>") == 1  # the term, and the markup kept
    assert translator.unmet == []  # "river" is in no sentence: nothing to report


def test_plain_text_keeps_lines_indentation_placeholders_and_its_encoding(toy_translator, tmp_path):
    source = tmp_path / "notes.en.txt"
    lines = ["the big cat sees a dog", "", "    a happy child has 3 books: %s", "the café"]
    source.write_bytes("\r\n".join(lines).encode("latin-1") + b"\r\n")
    translate_document(source, tmp_path / "notes.eo.txt", toy_translator, encoding="latin-1")
    written = (tmp_path / "notes.eo.txt").read_bytes().decode("latin-1").split("\r\n")
    assert written[0] == "la kato granda vidas unu hundo"
    assert written[1] == "" and written[-1] == ""
    assert written[2].startswith("    ") and "3" in written[2] and "%s" in written[2]


def test_plain_text_keeps_list_bullets_as_typed(toy_translator, tmp_path):
    """A model drops or garbles "•" and "- [ ]": they are written as they were, and the words
    after them translated as a line of their own."""
    source = tmp_path / "list.txt"
    bullets = ["- ", "  • ", "* ", "- [ ] ", "– "]
    source.write_text("".join(f"{b}the big cat sees a dog\n" for b in bullets), encoding="utf-8")
    translate_document(source, tmp_path / "list.eo.txt", toy_translator)
    written = (tmp_path / "list.eo.txt").read_text(encoding="utf-8").splitlines()
    assert written == [f"{b}la kato granda vidas unu hundo" for b in bullets]


def test_a_file_in_the_wrong_encoding_says_so_and_writes_nothing(toy_translator, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_bytes("the café".encode("latin-1"))
    output = tmp_path / "notes.eo.txt"
    with pytest.raises(UserError, match=r"notes\.txt is not utf-8 text; choose its encoding"):
        translate_document(source, output, toy_translator)
    assert not output.exists()


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="Linux's /sys takes no file")
def test_a_folder_that_takes_no_file_is_said_before_the_translation(toy_translator, tmp_path):
    """Not after minutes of translating: /sys refuses new files even to root, as a read-only
    disk or a folder without permission does."""
    source = tmp_path / "notes.txt"
    source.write_text("the cat sees a dog\n" * 50, encoding="utf-8")
    seen = []
    with pytest.raises(UserError, match=r"Cannot write in /sys \(.+\); choose another place"):
        translate_document(
            source, Path("/sys/notes.eo.txt"), toy_translator, progress=lambda *a: seen.append(a)
        )
    assert seen == []  # nothing was translated


def test_a_document_without_text_says_so_and_writes_nothing(toy_translator, tmp_path):
    for name, data in (("empty.txt", b""), ("blank.md", b"\n  \n"), ("empty.srt", b"")):
        source = tmp_path / name
        source.write_bytes(data)
        output = tmp_path / f"out-{name}"
        with pytest.raises(UserError, match=rf"{name} holds no text to translate"):
            translate_document(source, output, toy_translator)
        assert not output.exists()


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_binary_data_named_as_text_is_not_read_in_any_encoding(toy_translator, tmp_path, encoding):
    """A program or an image named .txt or .md: a single-byte encoding would 'read' it and
    write garbage with words put in; it gets one sentence, and UTF-16 text still reads."""
    for name in ("program.txt", "picture.md"):
        source = tmp_path / name
        source.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00the cat\x00\x00" * 40)
        output = tmp_path / f"out-{name}"
        with pytest.raises(UserError, match=rf"{name} holds binary data, not text"):
            translate_document(source, output, toy_translator, encoding=encoding)
        assert not output.exists()
    wide = tmp_path / "wide.txt"
    wide.write_bytes("the cat sees a dog\n".encode("utf-16-le"))
    translate_document(wide, tmp_path / "wide.eo.txt", toy_translator, encoding="utf-16")
    assert (tmp_path / "wide.eo.txt").read_bytes().decode("utf-16-le").startswith("la kato")


def test_cancelling_leaves_no_file_and_the_old_one_untouched(toy_translator, tmp_path, monkeypatch):
    from s2s_desktop.engine.documents import job

    monkeypatch.setattr(job, "BATCH_SENTENCES", 2)
    monkeypatch.setattr(job, "MOST_SENTENCES", 2)
    source = tmp_path / "many.txt"
    source.write_text("\n".join(["the cat sees a dog"] * 10), encoding="utf-8")
    output = tmp_path / "many.eo.txt"
    output.write_text("an earlier translation", encoding="utf-8")
    seen = []

    def progress(done, total, eta):
        seen.append((done, total))

    with pytest.raises(Cancelled, match=r"Cancelled many\.txt; nothing was written"):
        translate_document(
            source, output, toy_translator, progress=progress, cancelled=lambda: len(seen) > 2
        )
    assert output.read_text(encoding="utf-8") == "an earlier translation"
    assert seen[0] == (0, 10) and seen[-1][1] == 10
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_a_slow_model_gets_smaller_calls_so_cancel_and_progress_keep_up(
    toy_translator, monkeypatch
):
    """Calls are sized to take about BATCH_SECONDS: for a model too slow for that, they shrink
    to a few sentences (Cancel is seen between calls), whatever the first call's size."""
    from s2s_desktop.engine.documents import job
    from s2s_desktop.engine.documents.job import translate_segments

    monkeypatch.setattr(job, "BATCH_SENTENCES", 8)
    monkeypatch.setattr(job, "FEWEST_SENTENCES", 2)
    monkeypatch.setattr(job, "BATCH_SECONDS", 1e-6)  # every model is too slow for that
    segments = []
    for _ in range(20):
        builder = SegmentBuilder()
        builder.text("the cat sees a dog")
        segments.append(builder.finish())
    sizes = []
    translate_sentences = toy_translator.translate_sentences

    def counted(sentences, *args, **kwargs):
        sizes.append(len(sentences))
        return translate_sentences(sentences, *args, **kwargs)

    monkeypatch.setattr(toy_translator, "translate_sentences", counted)
    translated, _ = translate_segments(toy_translator, segments)
    assert sizes == [8, 2, 2, 2, 2, 2, 2] and len(translated) == 20


def test_a_span_never_swallows_a_siblings_words_and_leaves_it_empty():
    """The attention moves "red" after the link's words: the bold keeps "kato malgranda" and
    the link keeps its words, instead of a bold over all of them and an empty link."""
    import numpy as np

    from s2s_desktop.engine.documents.transfer import _Placer

    builder = SegmentBuilder()
    builder.text("the ")
    bold = builder.open(["<b>", "</b>"])
    builder.text("small red cat")
    builder.close(bold)
    builder.text(" sees ")
    link = builder.open(['<a href="x">', "</a>"])
    builder.text("a dog")
    builder.close(link)
    source = builder.finish()
    target = "la kato malgranda vidas unu hundo ruga"
    # Target word -> source word: la-the kato-cat malgranda-small vidas-sees unu-a hundo-dog
    # ruga-red.
    weights = np.zeros((7, 7), dtype=np.float32)
    for target_word, source_word in enumerate([0, 3, 1, 4, 5, 6, 2]):
        weights[target_word, source_word] = 1.0
    words = lambda text: [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]  # noqa: E731
    placed = _Placer(source, words(source.text), words(target), weights).place(target)
    assert render(placed) == 'la <b>kato malgranda</b> vidas <a href="x">unu hundo</a> ruga'


def test_an_item_that_opened_or_closed_its_source_keeps_apart_from_words_put_around_it():
    import torch

    from s2s_desktop.engine.documents.transfer import Sentence, transfer
    from s2s_desktop.engine.sentences import Translation

    builder = SegmentBuilder()
    builder.text("42 cat sees dog a@b.org")
    source = builder.finish()
    assert source.text == " cat sees dog " and len(source.tags) == 2  # a space kept by each
    # The attention swaps the words: "dog" -> "hundo" first, "cat" -> "kato" last.
    attention = torch.tensor([[0.0, 0.0, 1.0, 0.0], [0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0]])
    translation = Translation(
        "cat sees dog",
        "hundo vidas kato",
        ["\u2581cat", "\u2581sees", "\u2581dog", "</s>"],
        ["\u2581hundo", "\u2581vidas", "\u2581kato", "</s>"],
        attention,
        0.0,
    )
    placed = transfer(source, "hundo vidas kato", [Sentence(1, 0, translation)])
    # "42" goes before the word aligned with "cat", the address after the one aligned with "dog".
    assert render(placed) == "hundo a@b.org vidas 42 kato"


def _carried(source, target: str) -> str:
    """``source`` (a finished builder's segment) carried onto ``target`` by word position (no
    attention, as for an Argos model), rendered with HTML-ish markup."""
    from s2s_desktop.engine.documents.transfer import Sentence, transfer
    from s2s_desktop.engine.sentences import Translation

    words = source.text.split()
    translation = Translation(
        source.text,
        target,
        ["\u2581" + w for w in words],
        ["\u2581" + w for w in target.split()],
        None,
        0.0,
    )
    placed = transfer(source, target, [Sentence(0, 0, translation)])
    return render(placed, lambda t: t.data if t.void else f"<{t.data}>", lambda t: f"</{t.data}>")


def test_an_item_keeps_apart_from_a_word_that_takes_the_place_of_its_punctuation():
    builder = SegmentBuilder()
    builder.text("He paid 25. Mail a@b.org, please")
    source = builder.finish()
    # "." and "," went through the model; here it wrote words where they stood.
    assert _carried(source, "Li pagis tiam sendu bone") == "Li pagis 25 tiam a@b.org sendu bone"
    assert _carried(source, "Li pagis . Sendu , bonvolu") == "Li pagis 25. Sendu a@b.org, bonvolu"


def test_items_joined_by_a_separator_are_one_and_keep_it():
    builder = SegmentBuilder()
    builder.text("Open {dir}/{name} with %s%s now")
    source = builder.finish()
    assert [t.data for t in source.tags] == ["{dir}/{name}", "%s%s"]
    assert _carried(source, "Malfermu kun nun") == "Malfermu {dir}/{name} kun %s%s nun"


def test_a_span_that_holds_only_an_item_keeps_it_inside():
    builder = SegmentBuilder()
    builder.text("Read ")
    link = builder.open("a")
    builder.text("https://x.org/a")
    builder.close(link)
    builder.text(" and ")
    bold = builder.open("b")
    builder.text("25 sheep")
    builder.close(bold)
    source = builder.finish()
    assert _carried(source, "Legu kaj ŝafoj") == "Legu <a>https://x.org/a</a> kaj <b>25 ŝafoj</b>"


def test_toml_front_matter_is_kept_as_it_is(toy_translator, tmp_path):
    source = tmp_path / "post.md"
    front = '+++\ntitle = "the cat"\ndate = 2024-01-01\n+++\n'
    source.write_text(front + "\nthe big cat sees a dog\n", encoding="utf-8")
    output = tmp_path / "post.eo.md"
    translate_document(source, output, toy_translator)
    assert output.read_text(encoding="utf-8") == front + "\nla kato granda vidas unu hundo\n"


def test_template_tags_in_markdown_come_back_whole(toy_translator, tmp_path):
    text = translated_text(
        tmp_path,
        "page.md",
        'the big cat sees {{< ref "install.md" >}} a dog\n\n'
        "{% include note.html %} the dog likes {{ site.title }} the house\n",
        toy_translator,
    )
    for tag in ('{{< ref "install.md" >}}', "{% include note.html %}", "{{ site.title }}"):
        assert text.count(tag) == 1, text
    assert "kato" in text and "hundo" in text


def test_a_sentence_longer_than_the_model_reads_is_translated_whole_in_a_document(
    toy_translator, tmp_path
):
    """A document (and the server, which shares its path) gives the model parts that fit, so no
    sentence loses its end."""
    read: list[str] = []

    class Recording:
        def __init__(self, translator):
            self.translator = translator

        def __getattr__(self, name):
            return getattr(self.translator, name)

        def translate_sentences(self, sentences, *args, **kwargs):
            read.extend(sentences)
            return self.translator.translate_sentences(sentences, *args, **kwargs)

    line = "; ".join(["the big cat sees a dog"] * 60) + ". The dog sees a cat."
    source = tmp_path / "long.txt"
    source.write_text(line + "\n", encoding="utf-8")
    translate_document(source, tmp_path / "long.eo.txt", Recording(toy_translator))
    assert len(read) > 2 and "The dog sees a cat." in read  # read shortest first
    assert all(toy_translator.count_pieces(part) <= toy_translator.max_source for part in read)
    # Every word read once (the toy vocabulary lacks ";": it is kept whole, unread).
    assert sorted(re.findall(r"[\w.]+", " ".join(read))) == sorted(re.findall(r"[\w.]+", line))
    output = (tmp_path / "long.eo.txt").read_text(encoding="utf-8")
    assert output.rstrip().endswith(toy_translator.translate(["The dog sees a cat."])[0])


def test_what_the_model_cannot_read_is_kept_whole_where_it_stood():
    """Symbols and words of a script its vocabularies lack are items (they had vanished), and
    the tags around and after them keep their places and parents."""
    builder = SegmentBuilder()
    builder.text("pay 10 € to ")
    bold = builder.open("b")
    builder.text("ΩΣ © now")
    builder.close(bold)
    builder.text(" ok")
    segment = builder.finish()
    protected = protect_unreadable(segment, lambda text: not set(text) & set("€©ΩΣ"))
    assert protected.text == "pay   to   now ok"
    items = [(tag.data, tag.parent) for tag in protected.tags if tag.void]
    assert items == [("10", None), ("€", None), ("ΩΣ", 2), ("©", 2)]
    span = protected.tags[2]
    assert not span.void and protected.text[span.start : span.end].strip() == "now"
    opening = lambda t: t.data if t.void else f"<{t.data}>"  # noqa: E731
    rendered = render(protected, opening, lambda t: f"</{t.data}>")
    assert rendered == "pay 10 € to <b>ΩΣ © now</b> ok"
    assert protect_unreadable(segment, lambda text: True) is segment


def test_a_symbol_the_model_lacks_comes_back_in_the_translation(toy_translator, tmp_path):
    source = tmp_path / "prices.txt"
    source.write_text("the big cat sees a dog € ©\n", encoding="utf-8")
    assert not toy_translator.readable("€")
    output = tmp_path / "prices.eo.txt"
    translate_document(source, output, toy_translator)
    text = output.read_text(encoding="utf-8")
    assert "€" in text and "©" in text and "kato" in text, text


def test_an_unreadable_run_keeps_to_its_tags_accents_and_escaping():
    """A run is cut at each tag inside it ("«%s»" had come back "«»%s"), an accent written
    apart stays with its letter, and the item is escaped as text ("|" in a Markdown table)."""
    import unicodedata

    def protected(text: str, unknown: str):
        builder = SegmentBuilder()
        builder.text(text)
        return protect_unreadable(builder.finish(), lambda t: not set(t) & set(unknown))

    assert render(protected("Cannot open «%s».", "«»")) == "Cannot open «%s»."
    assert render(protected("Datei „%s“ fehlt", "„“")) == "Datei „%s“ fehlt"
    nfd = unicodedata.normalize("NFD", "The café is open")
    assert protected(nfd, "\u0301").tags == []
    table = protected("a | b", "|")
    assert render(table, escape=lambda text: text.replace("|", "\\|")) == "a \\| b"


def test_a_translator_reads_its_targets_punctuation_and_keeps_only_symbols_it_lacks(
    toy_translator,
):
    """The toy target vocabulary lacks "¿", a Spanish source's punctuation: the model reads
    it (it is not copied into the translation), where it keeps a symbol such as "€"."""
    source_knows = toy_translator.source_tokenizer.knows
    assert toy_translator.readable("€") is False
    for char in "abc":
        assert toy_translator.readable(char) == source_knows(char)
    if source_knows("?"):  # punctuation the source reads: readable, whatever the target lacks
        assert toy_translator.readable("?")


def test_a_no_break_space_beside_a_kept_item_stays_one(toy_translator, tmp_path):
    """A price such as "10\u00a0€" must not break across lines in the translation either (it
    came back "10 €"); a plain space stays plain."""
    source = tmp_path / "prices.txt"
    source.write_text("the big cat sees 10\u00a0€ and a dog 5 ©\n", encoding="utf-8")
    output = tmp_path / "prices.eo.txt"
    translate_document(source, output, toy_translator)
    text = output.read_text(encoding="utf-8")
    assert "10\u00a0€" in text and "5 ©" in text and "kato" in text, repr(text)
