"""gettext catalogues (``.po``) and templates (``.pot``, whose translation is a ``.po``): each
untranslated message's ``msgid`` is a segment, and a plural message's ``msgid_plural`` another.
The translation fills ``msgstr`` (or ``msgstr[0]`` from ``msgid`` and every other form from
``msgid_plural``), and each filled message is flagged ``fuzzy`` so that a person reviews it
before gettext uses it. Messages that already have a translation, obsolete ones (``#~``) and the
header are left as they were; comments, references, ``msgctxt`` and other flags
(``python-format``…) are kept. Placeholders (``%s``, ``%(count)d``, ``{name}``) are protected;
line breaks inside a message go where the alignment puts them.

The header's ``Language`` becomes the target language, and ``Plural-Forms`` is written from a
small table of common languages when the template had none (two forms, ``n != 1``, for a
language the table lacks). ``polib`` parses and writes the file, so lines are rewrapped at 78
columns as gettext's own tools do; the output is in the file's charset (UTF-8 for a template that
said ``CHARSET``, or when the declared one cannot hold the translation).
"""

from __future__ import annotations

import codecs
import re

import polib

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.html import INLINE, KEPT_WHOLE
from s2s_desktop.engine.documents.segments import Segment, SegmentBuilder, edges, render

_CHARSET = re.compile(rb"charset\s*=\s*([\w.:-]+)", re.IGNORECASE)
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
_ELEMENTS = INLINE | KEPT_WHOLE | {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"}
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)\b([^<>]*)>")  # an HTML tag in a message

_TWO = "nplurals=2; plural=(n != 1);"
_ONE = "nplurals=1; plural=0;"
_EAST_SLAVIC = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);"
)
# gettext's own plural table (plural-table.c), for the languages users translate into most.
_LANGUAGES_BY_FORMS = {
    _TWO: "de en es it nl pt sv da no nb nn fi et el hu bg ca eo tr",
    "nplurals=2; plural=(n > 1);": "fr",
    _ONE: "ja zh ko vi th id ms",
    _EAST_SLAVIC: "ru uk sr hr bs",
    "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);": "pl",
    "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;": "cs sk",
    (
        "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
        "n%100>=11 ? 4 : 5;"
    ): "ar",
}
PLURAL_FORMS = {
    language: forms
    for forms, languages in _LANGUAGES_BY_FORMS.items()
    for language in languages.split()
}


class Catalogue:
    def __init__(self, catalogue: polib.POFile, charset: str) -> None:
        self.catalogue = catalogue
        self.charset = charset
        # A catalogue's Language is the one its msgstr are in; msgid's is not said.
        self.declared = [Languages("", catalogue.metadata.get("Language", "").strip())]
        self.entries: list[polib.POEntry] = [e for e in catalogue if _untranslated(e)]
        self.slots: list[tuple[polib.POEntry, bool, str, str]] = []  # entry, plural?, edges
        self.segments: list[Segment] = []
        for entry in self.entries:
            self._add(entry, entry.msgid, plural=False)
            if entry.msgid_plural:
                self._add(entry, entry.msgid_plural, plural=True)

    def _add(self, entry: polib.POEntry, text: str, plural: bool) -> None:
        lead, body, trail = edges(text)
        self.slots.append((entry, plural, lead, trail))
        self.segments.append(_segment(body))

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        forms = _plural_count(self.catalogue, languages.target)
        texts: dict[tuple[int, bool], str] = {}
        for (entry, plural, lead, trail), segment in zip(self.slots, translated):
            texts[(id(entry), plural)] = lead + render(segment) + trail
        for entry in self.entries:
            singular = texts[(id(entry), False)]
            if entry.msgid_plural:
                other = texts[(id(entry), True)]
                entry.msgstr_plural = {i: singular if i == 0 else other for i in range(forms)}
            else:
                entry.msgstr = singular
            if "fuzzy" not in entry.flags:
                entry.flags.append("fuzzy")
        self._write_header(languages.target)
        try:
            return self._text().encode(self.charset)
        except UnicodeEncodeError:  # a translation the declared charset cannot hold
            self.charset = "utf-8"
            self.catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
            return self._text().encode("utf-8")

    def _text(self) -> str:
        text = str(self.catalogue)
        if not self.catalogue.header and text.startswith("#\n"):  # polib's empty header comment
            text = text[2:]
        return text

    def _write_header(self, target: str) -> None:
        metadata = self.catalogue.metadata
        if target:
            metadata["Language"] = target
        if not _NPLURALS.search(metadata.get("Plural-Forms", "")):
            metadata["Plural-Forms"] = _plural_forms(target)
        content_type = metadata.get("Content-Type", "")
        if not content_type or "CHARSET" in content_type:
            metadata["Content-Type"] = f"text/plain; charset={self.charset.upper()}"
        if metadata.get("Content-Transfer-Encoding", "ENCODING") == "ENCODING":
            metadata["Content-Transfer-Encoding"] = "8bit"


def _untranslated(entry: polib.POEntry) -> bool:
    """Whether ``entry`` is a message with nothing in its translation (not the header, not
    obsolete)."""
    if entry.obsolete or not entry.msgid:
        return False
    if entry.msgid_plural:
        return not any(entry.msgstr_plural.values())
    return not entry.msgstr


def _segment(text: str) -> Segment:
    """A message as a segment; its line breaks kept whole, and markup in it: an HTML element
    closed on its line (``<b>``…``</b>``) around its words, any other tag (``<br>``,
    ``<Enter>``, ``<file>``) whole. Many programs' messages carry markup."""
    builder = SegmentBuilder()
    for index, line in enumerate(text.split("\n")):
        if index:
            builder.void("\n", separates=True)
        tags = [tag for tag in _TAG.finditer(line) if _is_tag(tag)]
        opened: list[tuple[str, int]] = []
        last = 0
        for position, tag in enumerate(tags):
            builder.text_keeping(line[last : tag.start()], "\t")
            last = tag.end()
            name = tag.group(2).lower()
            match = next((i for i in reversed(range(len(opened))) if opened[i][0] == name), None)
            if tag.group(1) and match is not None:  # the end of a span
                builder.tag(opened[match][1]).data[1] = tag.group()
                builder.close(opened[match][1])
                del opened[match:]
            elif name in _ELEMENTS and not tag.group(1) and _closed(tags, position, name):
                opened.append((name, builder.open([tag.group(), ""])))
            else:
                builder.void(tag.group(), separates=name in ("br", "img"))
        builder.text_keeping(line[last:], "\t")
    return builder.finish()


def _is_tag(tag: re.Match[str]) -> bool:
    """An HTML tag or a ``<placeholder>``, not words between ``<`` and ``>`` ("cat<a dog
    and the dog>a"): attributes, when there are any, are written ``name=value``."""
    attributes = tag.group(3).strip().rstrip("/").strip()
    return not attributes or "=" in attributes or " " not in attributes


def _closed(tags: list[re.Match[str]], position: int, name: str) -> bool:
    """Whether the element opened by ``tags[position]`` ends later on its line."""
    return any(t.group(1) and t.group(2).lower() == name for t in tags[position + 1 :])


def _plural_forms(language: str) -> str:
    """The ``Plural-Forms`` header of ``language`` ("pt_BR", "de-AT" by their language)."""
    return PLURAL_FORMS.get(re.split(r"[-_@.]", language.lower())[0], _TWO)


def _plural_count(catalogue: polib.POFile, language: str) -> int:
    match = _NPLURALS.search(catalogue.metadata.get("Plural-Forms", ""))
    if match and int(match.group(1)) > 0:
        return int(match.group(1))
    return int(_NPLURALS.search(_plural_forms(language)).group(1))  # type: ignore[union-attr]


def _charset(data: bytes, encoding: str) -> str:
    """The header's charset when it names a real one, else ``encoding`` (a template's
    ``CHARSET`` is read as UTF-8 when the user kept the default)."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    return codecs.lookup(encoding).name


def open_document(data: bytes, encoding: str) -> Catalogue:
    if data.startswith(codecs.BOM_UTF8):
        data, charset = data[len(codecs.BOM_UTF8) :], "utf-8"
    else:
        charset = _charset(data, encoding)
    text = data.decode(charset)
    _check_lines(text)
    if "\n" not in text:  # polib reads a one-line string that names a file as that file
        text += "\n"
    return Catalogue(polib.pofile(text, encoding=charset), charset)


# A line of a PO file: a comment, a keyword and its quoted string, a string going on, or blank.
_STRING = r'"(?:[^"\\]|\\.)*"'
_PO_LINE = re.compile(
    rf"\s*(?:#.*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s*{_STRING}|{_STRING})?\s*"
)


def _check_lines(text: str) -> None:
    """Refuse a catalogue with a line PO does not allow (ValueError, the document's reason):
    polib reads ``msgid "bad`` as a message "ba" and writes it back, so a file that msgfmt
    refuses would come back looking translated."""
    for number, line in enumerate(text.splitlines(), 1):
        if not _PO_LINE.fullmatch(line):
            shown = line if len(line) <= 40 else line[:40] + "…"
            raise ValueError(f"line {number} is not a PO line (a quote left open?): {shown}")
