"""gettext catalogues and XLIFF 1.2/2.0 translated end to end by the real toy model (en -> eo):
targets filled and marked for review, placeholders and inline codes kept, the rest untouched."""

from __future__ import annotations

import random

import polib
import pytest
from lxml import etree

from s2s_desktop.engine.documents import formats, placeholders, xliff
from s2s_desktop.engine.documents.job import translate_document
from s2s_desktop.engine.errors import UserError
from tests.toy import ADJECTIVES, NOUNS, VERBS

NS_12 = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
NS_20 = {"x": "urn:oasis:names:tc:xliff:document:2.0"}

CATALOGUE = """\
# Translations of the toy app.
msgid ""
msgstr ""
"Project-Id-Version: toy 1.0\\n"
"Language: \\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#. The greeting on the first page.
#: toy/app.py:10
#, python-format
msgid "the big cat sees a dog %s"
msgstr ""

#: toy/app.py:12
msgctxt "menu"
msgid "the small dog likes the house"
msgstr ""

#: toy/app.py:20
msgid "a red car follows the bird"
msgid_plural "%(count)d the red car follows the bird"
msgstr[0] ""
msgstr[1] ""

#: toy/app.py:30
msgid "the old tree has a bird"
msgstr "la arbo malnova havas unu birdo"

#~ msgid "the green bird"
#~ msgstr ""
"""

TEMPLATE = """\
# SOME DESCRIPTIVE TITLE.
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: PACKAGE VERSION\\n"
"Language: \\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=CHARSET\\n"
"Content-Transfer-Encoding: 8bit\\n"

#: toy/list.py:3
#, python-brace-format
msgid "the child finds {0} a book"
msgstr ""

#: toy/list.py:5
msgid "a happy child has a car"
msgid_plural "{count} the happy child has a car"
msgstr[0] ""
msgstr[1] ""
"""

XLIFF_12 = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" datatype="plaintext" original="app.txt">
    <body>
      <trans-unit id="u1">
        <source>the <g id="1" ctype="bold">big</g> cat <x id="2"/>sees a dog</source>
      </trans-unit>
      <trans-unit id="u2" translate="no">
        <source>the toy app</source>
      </trans-unit>
      <trans-unit id="u3">
        <source>a small bird finds the river</source>
        <target/>
        <note>Shown in the footer.</note>
      </trans-unit>
      <trans-unit id="u4">
        <source>the new book</source>
        <target state="final">la libro nova</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20 = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">
  <file id="f1">
    <unit id="u1">
      <segment>
        <source>the <pc id="1" dataRefStart="b1">big</pc> cat <ph id="2"/>sees a dog</source>
      </segment>
    </unit>
    <unit id="u2" translate="no">
      <segment>
        <source>the toy app</source>
      </segment>
    </unit>
    <unit id="u3">
      <segment>
        <source>a small bird finds the river</source>
      </segment>
    </unit>
  </file>
</xliff>
"""


def _translated(tmp_path, translator, name: str, text: str):
    """``text`` written as ``name``, translated where the app would put it."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    output = formats.output_path(source, translator.src_lang, translator.tgt_lang)
    translate_document(source, output, translator)
    return output


# gettext


def test_po_messages_filled_and_fuzzy_with_the_rest_kept(tmp_path, toy_translator):
    catalogue = polib.pofile(str(_translated(tmp_path, toy_translator, "app.po", CATALOGUE)))

    first = catalogue.find("the big cat sees a dog %s")
    assert first.msgstr.startswith("la kato granda vidas unu hundo")
    assert "%s" in first.msgstr
    assert "fuzzy" in first.flags and "python-format" in first.flags
    assert first.comment == "The greeting on the first page."
    assert first.occurrences == [("toy/app.py", "10")]

    menu = catalogue.find("the small dog likes the house", msgctxt="menu")
    assert menu.msgctxt == "menu" and "fuzzy" in menu.flags
    assert menu.msgstr.startswith("la hundo malgranda")

    cars = catalogue.find("a red car follows the bird")
    assert set(cars.msgstr_plural) == {0, 1}
    assert cars.msgstr_plural[0].startswith("unu auto ruga")
    assert "%(count)d" in cars.msgstr_plural[1]
    assert "auto" in cars.msgstr_plural[1]
    assert "fuzzy" in cars.flags

    kept = catalogue.find("the old tree has a bird")
    assert kept.msgstr == "la arbo malnova havas unu birdo" and "fuzzy" not in kept.flags
    assert [e.msgid for e in catalogue.obsolete_entries()] == ["the green bird"]
    assert catalogue.obsolete_entries()[0].msgstr == ""
    assert catalogue.metadata["Language"] == toy_translator.tgt_lang
    assert catalogue.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert catalogue.header == "Translations of the toy app."
    assert all(e.translated() or "fuzzy" in e.flags for e in catalogue if not e.obsolete)


MARKUP_CATALOGUE = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "the cat sees <b>a big dog</b>"
msgstr ""

msgid "the cat<br/>sees a <a href=\\"https://x.org\\">dog</a>"
msgstr ""

msgid "the big cat <Enter> sees a <b>dog"
msgstr ""
"""


def test_html_in_a_message_is_kept_around_its_words(tmp_path, toy_translator):
    catalogue = polib.pofile(str(_translated(tmp_path, toy_translator, "web.po", MARKUP_CATALOGUE)))
    bold = catalogue.find("the cat sees <b>a big dog</b>").msgstr
    assert bold.count("<b>") == bold.count("</b>") == 1 and "kato" in bold
    assert bold.index("<b>") < bold.index("hundo") < bold.index("</b>")
    link = catalogue.find('the cat<br/>sees a <a href="https://x.org">dog</a>').msgstr
    assert '<a href="https://x.org">hundo</a>' in link and "<br/>" in link
    assert "kato" in link and "vidas" in link  # "cat<br/>sees" read as two words
    key = catalogue.find("the big cat <Enter> sees a <b>dog").msgstr  # whole, with its spaces
    assert " <Enter> " in key and key.count("<b>") == 1 and "</b>" not in key


def test_pot_becomes_a_po_with_plural_forms_from_the_table(tmp_path, toy_translator):
    output = _translated(tmp_path, toy_translator, "app.pot", TEMPLATE)
    assert output.suffix == ".po"
    text = output.read_text(encoding="utf-8")
    catalogue = polib.pofile(text)

    assert catalogue.metadata["Language"] == "eo"
    assert catalogue.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert "charset=UTF-8" in catalogue.metadata["Content-Type"]
    books = catalogue.find("the child finds {0} a book")
    assert "{0}" in books.msgstr and "infano" in books.msgstr
    assert "python-brace-format" in books.flags and "fuzzy" in books.flags
    children = catalogue.find("a happy child has a car")
    assert children.msgstr_plural[0].startswith("unu infano felica")
    assert "{count}" in children.msgstr_plural[1]
    assert all(children.msgstr_plural.values())


def _messages(count: int) -> list[str]:
    rng = random.Random(7)
    nouns, adjectives, verbs = list(NOUNS), list(ADJECTIVES), list(VERBS)
    holders = [
        "%s",
        "%(count)d",
        "{0}",
        "{name}",
        "%%",
        "42",
        "3.5",
        "https://example.org/help",
        "help@example.org",
        "%1",
        "%{name}",
        "${file}",
        "{{count}}",
    ]
    messages = []
    for index in range(count):
        words = [
            rng.choice(["the", "a"]),
            rng.choice(adjectives),
            rng.choice(nouns),
            rng.choice(verbs),
            rng.choice(["the", "a"]),
            rng.choice(nouns),
        ]
        for holder in rng.sample(holders, k=1 + index % 3):
            words.insert(rng.randrange(1, len(words) + 1), holder)
        messages.append(" ".join(words))
    return messages


def test_every_placeholder_of_every_message_is_kept(tmp_path, toy_translator):
    messages = _messages(50)
    entries = "".join(f'\nmsgid "{m}"\nmsgstr ""\n' for m in messages)
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    output = _translated(tmp_path, toy_translator, "many.po", header + entries)
    catalogue = polib.pofile(str(output))

    assert len(catalogue) == 50
    kept = 0
    for entry in catalogue:
        assert entry.msgstr and "fuzzy" in entry.flags
        assert placeholders.find(entry.msgid)
        if placeholders.missing(entry.msgid, entry.msgstr) == []:
            kept += 1
    assert kept / len(catalogue) == 1.0  # placeholders_kept


def test_placeholders_that_open_a_message_stay_apart(tmp_path, toy_translator):
    message = "42 help@example.org the green city follows the {name} bird"
    text = f'msgid ""\nmsgstr ""\n\nmsgid "{message}"\nmsgstr ""\n'
    catalogue = polib.pofile(str(_translated(tmp_path, toy_translator, "start.po", text)))
    assert placeholders.missing(message, catalogue.find(message).msgstr) == []


def test_po_in_latin_1_stays_latin_1(tmp_path, toy_translator):
    text = CATALOGUE.replace("charset=UTF-8", "charset=ISO-8859-1").replace(
        "# Translations", "# Übersetzungen"
    )
    source = tmp_path / "latin.po"
    source.write_bytes(text.encode("latin-1"))
    output = tmp_path / "latin.eo.po"
    translate_document(source, output, toy_translator)
    data = output.read_bytes()
    assert "# Übersetzungen".encode("latin-1") in data
    assert polib.pofile(data.decode("latin-1")).find("the small dog likes the house").msgstr


# XLIFF


def test_xliff_12_targets_filled_with_inline_codes(tmp_path, toy_translator):
    output = _translated(tmp_path, toy_translator, "app.xlf", XLIFF_12)
    data = output.read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = etree.fromstring(data)

    assert root.find("x:file", NS_12).get("target-language") == "eo"
    first = root.find(".//x:trans-unit[@id='u1']/x:target", NS_12)
    assert first.get("state") == "needs-review-translation"
    bold = first.find("x:g", NS_12)
    assert bold is not None and bold.text == "granda"
    assert bold.get("id") == "1" and bold.get("ctype") == "bold"
    assert first.find("x:x", NS_12).get("id") == "2"
    words = " ".join("".join(first.itertext()).split())
    assert words == "la kato granda vidas unu hundo"

    untouched = root.find(".//x:trans-unit[@id='u2']", NS_12)
    assert untouched.find("x:target", NS_12) is None
    empty_before = root.find(".//x:trans-unit[@id='u3']", NS_12)
    assert [etree.QName(c).localname for c in empty_before] == ["source", "target", "note"]
    assert empty_before.find("x:target", NS_12).text == "unu birdo malgranda trovas la rivero"
    final = root.find(".//x:trans-unit[@id='u4']/x:target", NS_12)
    assert final.text == "la libro nova" and final.get("state") == "final"


def test_xliff_20_targets_filled_with_inline_codes(tmp_path, toy_translator):
    output = _translated(tmp_path, toy_translator, "app.xliff", XLIFF_20)
    root = etree.fromstring(output.read_bytes())

    assert root.get("trgLang") == "eo" and root.get("srcLang") == "en"
    segment = root.find(".//x:unit[@id='u1']/x:segment", NS_20)
    assert segment.get("state") == "translated"
    target = segment.find("x:target", NS_20)
    code = target.find("x:pc", NS_20)
    assert code.text == "granda" and code.get("dataRefStart") == "b1"
    assert target.find("x:ph", NS_20).get("id") == "2"
    assert " ".join("".join(target.itertext()).split()) == "la kato granda vidas unu hundo"

    skipped = root.find(".//x:unit[@id='u2']/x:segment", NS_20)
    assert skipped.find("x:target", NS_20) is None and skipped.get("state") is None
    other = root.find(".//x:unit[@id='u3']/x:segment/x:target", NS_20)
    assert other.text == "unu birdo malgranda trovas la rivero"


PLACEHOLDER_XLIFF_12 = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" datatype="plaintext" original="app.txt"><body>
    <trans-unit id="u1">
      <source>the cat sees 25 dogs at https://x.org/a.</source>
      <seg-source><mrk mtype="seg" mid="1">the cat sees 25 dogs at https://x.org/a.</mrk></seg-source>
    </trans-unit>
    <trans-unit id="u2"><source>the <g id="1">%s</g> dog sees {dir}/{name}</source></trans-unit>
  </body></file>
</xliff>
"""

PLACEHOLDER_XLIFF_20 = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">
  <file id="f1"><unit id="u1"><segment>
    <source>the cat sees <pc id="1">%(count)d</pc> dogs, {0}.</source>
  </segment></unit></file>
</xliff>
"""


def test_xliff_placeholders_come_back_whole_in_the_targets(tmp_path, toy_translator):
    output = _translated(tmp_path, toy_translator, "numbers.xlf", PLACEHOLDER_XLIFF_12)
    root = etree.fromstring(output.read_bytes())
    first = root.find(".//x:trans-unit[@id='u1']", NS_12)
    assert [etree.QName(c).localname for c in first] == ["source", "seg-source", "target"]
    text = "".join(first.find("x:target", NS_12).itertext())
    assert "25" in text.split() and "https://x.org/a" in text
    second = root.find(".//x:trans-unit[@id='u2']/x:target", NS_12)
    assert second.find("x:g", NS_12).text == "%s"  # the span keeps what it held
    assert "{dir}/{name}" in "".join(second.itertext())

    output = _translated(tmp_path, toy_translator, "numbers.xliff", PLACEHOLDER_XLIFF_20)
    target = etree.fromstring(output.read_bytes()).find(".//x:target", NS_20)
    assert target.find("x:pc", NS_20).text == "%(count)d"
    assert "{0}" in "".join(target.itertext())


def test_a_po_file_with_a_quote_left_open_is_refused_naming_the_line(tmp_path, toy_translator):
    """polib read it as a message "ba" and wrote a catalogue msgfmt refuses."""
    source = tmp_path / "broken.po"
    source.write_text('msgid "the man"\nmsgstr ""\n\nmsgid "bad\nmsgstr ""\n', encoding="utf-8")
    output = tmp_path / "broken.eo.po"
    with pytest.raises(UserError, match=r'broken\.po .* line 4 is not a PO line .*msgid "bad'):
        translate_document(source, output, toy_translator)
    assert not output.exists()


def test_truncated_xliff_is_one_sentence_and_no_file(tmp_path, toy_translator):
    source = tmp_path / "broken.xlf"
    source.write_text(XLIFF_12[: len(XLIFF_12) // 2], encoding="utf-8")
    output = tmp_path / "broken.eo.xlf"
    with pytest.raises(UserError) as caught:
        translate_document(source, output, toy_translator)
    assert "broken.xlf" in str(caught.value)
    assert not output.exists()


def test_xml_that_is_not_xliff_is_refused(tmp_path, toy_translator):
    source = tmp_path / "other.xlf"
    source.write_text("<?xml version='1.0'?><html><body>the cat</body></html>", encoding="utf-8")
    with pytest.raises(UserError, match="other.xlf"):
        translate_document(source, tmp_path / "other.eo.xlf", toy_translator)


PAIRED_XLIFF = {
    "pairs.xlf": """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" datatype="plaintext" original="a.txt"><body>
    <trans-unit id="u1"><source>the <bpt id="1">&lt;b&gt;</bpt>big<ept id="1">&lt;/b&gt;</ept> \
cat sees a dog</source></trans-unit>
    <trans-unit id="u2"><source>the cat sees a dog<x id="2" ctype="lb"/>a bird likes \
the tree</source></trans-unit>
  </body></file>
</xliff>
""",
    "pairs.xliff": """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">
  <file id="f1">
    <unit id="u1"><segment><source>the <sc id="1"/>big<ec startRef="1"/> cat sees a \
dog</source></segment></unit>
    <unit id="u2"><segment><source>the cat sees a dog<ph id="2"/>a bird likes \
the tree</source></segment></unit>
  </file>
</xliff>
""",
}


def test_two_starts_with_one_id_never_write_its_end_twice(tmp_path, toy_translator):
    broken = PAIRED_XLIFF["pairs.xlf"].replace(
        'the <bpt id="1">&lt;b&gt;</bpt>big', '<bpt id="1">[b]</bpt>the <bpt id="1">[i]</bpt>big'
    )
    output = _translated(tmp_path, toy_translator, "twice.xlf", broken)
    target = etree.fromstring(output.read_bytes()).findall(".//x:target", NS_12)[0]
    names = [etree.QName(child).localname for child in target]
    assert sorted(names) == ["bpt", "bpt", "ept"]


@pytest.mark.parametrize("name", sorted(PAIRED_XLIFF))
def test_paired_codes_stay_in_order_and_a_code_between_words_parts_them(
    tmp_path, toy_translator, name
):
    """The adjective moves after its noun: its pair of codes goes with it, start before end
    (an end first is invalid XLIFF); "dog<x/>a bird" reaches the model as two words, not
    "doga"."""
    output = _translated(tmp_path, toy_translator, name, PAIRED_XLIFF[name])
    space = NS_12 if name.endswith(".xlf") else NS_20
    root = etree.fromstring(output.read_bytes())
    first = root.findall(".//x:target", space)[0]
    assert [etree.QName(child).localname for child in first] in (["bpt", "ept"], ["sc", "ec"])
    assert first[0].tail == "granda"  # inside the pair, as "big" was
    words = (first.text or "") + "".join(child.tail or "" for child in first)
    assert " ".join(words.split()) == "la kato granda vidas unu hundo"
    read = xliff.open_document(PAIRED_XLIFF[name].encode(), "utf-8").segments[1].text
    assert " ".join(read.split()) == "the cat sees a dog a bird likes the tree"


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        (
            "de.xlf",
            XLIFF_12.replace('e-language="en"', 'e-language="en" target-language="de-DE"'),
            "into de-DE",
        ),
        ("fr.xlf", XLIFF_20.replace('srcLang="en"', 'srcLang="fr-FR"'), "text is in fr-FR"),
        ("de.po", CATALOGUE.replace('"Language: \\n"', '"Language: de\\n"'), "into de, but"),
    ],
)
def test_a_file_for_other_languages_is_refused_in_one_sentence(
    tmp_path, toy_translator, name, text, said
):
    """A CAT tool imports the targets as the language the file names: Esperanto filled into
    a file for German would come back as German."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    output = tmp_path / f"out{source.suffix}"
    with pytest.raises(UserError, match=rf"{name} .*{said}.* this model translates en → eo"):
        translate_document(source, output, toy_translator)
    assert not output.exists()
    regional = text.replace("de-DE", "eo-XX").replace("fr-FR", "en-GB").replace("de\\n", "eo\\n")
    source.write_text(regional, encoding="utf-8")  # a region of the model's language is its own
    translate_document(source, output, toy_translator)
    assert output.exists()
