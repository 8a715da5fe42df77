"""XLIFF as CAT tools write it, translated by the real toy model (en -> eo): units split into
sentences by ``seg-source`` (Trados, memoQ), whitespace at a source's ends, and entities
declared in the file's DOCTYPE."""

from __future__ import annotations

import pytest
from lxml import etree

from s2s_desktop.engine.documents import formats
from s2s_desktop.engine.documents.job import translate_document

NS_12 = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
NS_20 = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
CAT = "la kato granda vidas unu hundo"  # "the big cat sees a dog"
BIRD = "unu birdo malgranda trovas la rivero"  # "a small bird finds the river"


def _translated(tmp_path, translator, name: str, text: str):
    """``text`` written as ``name`` and translated: the output's root and the job's report."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    output = formats.output_path(source, translator.src_lang, translator.tgt_lang)
    report = translate_document(source, output, translator)
    return etree.fromstring(output.read_bytes()), report


def _markers(target: etree._Element) -> dict[str, str]:
    """Each sentence marker's ``mid`` -> its words."""
    found = target.iterfind("x:mrk[@mtype='seg']", NS_12)
    return {m.get("mid"): " ".join("".join(m.itertext()).split()) for m in found}


SEGMENTED = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="eo" datatype="plaintext" original="a.txt"><body>
    <trans-unit id="empty-markers">
      <source>the big cat sees a dog a small bird finds the river</source>
      <seg-source><mrk mtype="seg" mid="1">the big cat sees a dog</mrk> <mrk mtype="seg" \
mid="2">a small bird finds the river</mrk></seg-source>
      <target><mrk mtype="seg" mid="2"/> <mrk mtype="seg" mid="1"/></target>
    </trans-unit>
    <trans-unit id="no-target">
      <source>the big cat sees a dog a small bird finds the river</source>
      <seg-source><mrk mtype="seg" mid="7">the <g id="1">big</g> cat sees a dog</mrk> \
<mrk mtype="seg" mid="8">a small bird finds the river</mrk></seg-source>
    </trans-unit>
    <trans-unit id="half-done">
      <source>the big cat sees a dog a small bird finds the river</source>
      <seg-source><mrk mtype="seg" mid="1">the big cat sees a dog</mrk> <mrk mtype="seg" \
mid="2">a small bird finds the river</mrk></seg-source>
      <target><mrk mtype="seg" mid="1">la kato estas granda</mrk> <mrk mtype="seg" \
mid="2"></mrk></target>
    </trans-unit>
  </body></file>
</xliff>
"""


def test_empty_sentence_markers_are_filled_by_their_mid(tmp_path, toy_translator):
    """A target of only empty ``<mrk mtype="seg"/>`` is empty: each marker gets the
    translation of the source marker with its ``mid`` (here in the other order), and the
    report counts those sentences."""
    root, report = _translated(tmp_path, toy_translator, "seg.xlf", SEGMENTED)
    target = root.find(".//x:trans-unit[@id='empty-markers']/x:target", NS_12)
    assert _markers(target) == {"2": BIRD, "1": CAT}
    assert [m.get("mid") for m in target] == ["2", "1"] and target[0].tail == " "
    assert target.get("state") == "needs-review-translation"
    assert report.segments == 5  # 2 + 2 + the one empty marker of "half-done"


def test_a_segmented_unit_without_target_gets_one_mirroring_its_markers(tmp_path, toy_translator):
    root, _ = _translated(tmp_path, toy_translator, "seg.xlf", SEGMENTED)
    unit = root.find(".//x:trans-unit[@id='no-target']", NS_12)
    assert [etree.QName(c).localname for c in unit] == ["source", "seg-source", "target"]
    target = unit.find("x:target", NS_12)
    assert _markers(target) == {"7": CAT, "8": BIRD}
    assert [m.get("mtype") for m in target] == ["seg", "seg"] and target[0].tail == " "
    assert target.find("x:mrk/x:g", NS_12).text == "granda"
    assert unit.find("x:seg-source", NS_12)[0].text == "the "  # the source is untouched


def test_a_sentence_already_translated_is_kept(tmp_path, toy_translator):
    root, _ = _translated(tmp_path, toy_translator, "seg.xlf", SEGMENTED)
    target = root.find(".//x:trans-unit[@id='half-done']/x:target", NS_12)
    assert _markers(target) == {"1": "la kato estas granda", "2": BIRD}


EDGES = {
    "edges.xlf": """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" datatype="plaintext" original="a.txt"><body>
    <trans-unit id="u1"><source>the big cat sees a dog </source></trans-unit>
    <trans-unit id="u2"><source xml:space="preserve">  a small bird finds the river </source>\
</trans-unit>
    <trans-unit id="u3"><source> the big cat sees a dog<x id="1"/>
</source></trans-unit>
    <trans-unit id="u4"><source>a small bird finds the river</source>
      <seg-source><mrk mtype="seg" mid="1">a small bird finds the river </mrk></seg-source>
    </trans-unit>
  </body></file>
</xliff>
""",
    "edges.xliff": """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">
  <file id="f1">
    <unit id="u1"><segment><source>the big cat sees a dog </source></segment></unit>
    <unit id="u2"><segment><source xml:space="preserve">  a small bird finds the river </source>\
</segment></unit>
    <unit id="u3"><segment><source> the big cat sees a dog<ph id="1"/>
</source></segment></unit>
  </file>
</xliff>
""",
}


@pytest.mark.parametrize("name", sorted(EDGES))
def test_whitespace_at_a_sources_ends_stays_in_its_target(tmp_path, toy_translator, name):
    """A UI string's trailing space ("Name of the king: ") is part of it: without it the
    target glues to the value that follows. With ``xml:space="preserve"`` or without."""
    root, _ = _translated(tmp_path, toy_translator, name, EDGES[name])
    space = NS_12 if name.endswith(".xlf") else NS_20
    first, second, third = root.findall(".//x:target", space)[:3]
    assert first.text == f"{CAT} "
    assert second.text == f"  {BIRD} "
    assert third.text.startswith(" ") and not third.text.startswith("  ")
    assert third[-1].tail == "\n"
    if space is NS_12:
        marker = root.find(".//x:trans-unit[@id='u4']/x:target/x:mrk", NS_12)
        assert marker.text == f"{BIRD} "


ENTITIES = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xliff [
  <!ENTITY prod "ACME">
]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" datatype="plaintext" original="a.txt"><body>
    <trans-unit id="u1"><source>the big cat sees a dog &prod;</source></trans-unit>
  </body></file>
</xliff>
"""


def test_an_entity_reference_is_kept_whole_in_the_target(tmp_path, toy_translator):
    """``&prod;`` (a product name declared in the DOCTYPE) comes back as the reference, like a
    placeholder: the model never sees, translates or drops it, and the DOCTYPE that declares
    it is kept."""
    source = tmp_path / "entities.xlf"
    source.write_text(ENTITIES, encoding="utf-8")
    output = formats.output_path(source, toy_translator.src_lang, toy_translator.tgt_lang)
    translate_document(source, output, toy_translator)
    data = output.read_bytes()
    assert b'<!ENTITY prod "ACME">' in data and data.count(b"&prod;") == 2
    target = etree.fromstring(data).find(".//x:target", NS_12)  # entities resolved
    assert " ".join("".join(target.itertext()).split()) == f"{CAT} ACME"
