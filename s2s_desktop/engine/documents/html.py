"""HTML and XHTML: the text of each block (a paragraph, a heading, a list item, a cell) is
translated; everything else is copied byte for byte. Inline tags inside a sentence (``<b>``,
``<a href>``, ``<em>``…) are carried onto the words of the translation they belong to; line
breaks, images, entities and inline code (``<code>``, ``<kbd>``…, kept untranslated) go where
the alignment puts them. ``<script>``, ``<style>``, ``<pre>`` and anything marked
``translate="no"`` or ``class="notranslate"`` are left as they are; ``<html lang>`` becomes the
target language. The attributes a reader sees or hears are translated too: ``alt``, ``title``,
``placeholder``, ``aria-label``, a button's ``value`` and a page description's ``<meta>``.

Python's own ``html.parser`` tokenizes: it keeps each tag's source text exactly (attribute
quoting, case, self-closing slashes), so the output differs from the input only in its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape, unescape
from html.parser import HTMLParser

from s2s_desktop.engine.documents.formats import Languages
from s2s_desktop.engine.documents.segments import Segment, SegmentBuilder, render

INLINE = frozenset(
    """a abbr b bdi bdo big cite data del dfn em font i ins label mark q s small span strike
    strong sub sup time tt u""".split()  # noqa: SIM905 (a tag list reads best as words)
)
KEPT_WHOLE = frozenset(("code", "kbd", "samp", "var", "math", "svg"))  # inline, untranslated
INLINE_VOID = frozenset(("br", "img", "wbr", "input"))
_BETWEEN_WORDS = frozenset(("br", "img", "input"))  # the model reads a space there
SKIPPED = frozenset(("script", "style", "pre", "textarea", "template", "noscript"))
# Elements without content or end tag: marked "notranslate", there is nothing to skip.
VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905
)
# Elements whose end tag may be left out (HTML's "optional end tags"): the start tags that
# end them, and the end tags of the elements around them; ``<p class="notranslate">`` ends at
# the next block.
_BLOCKS = frozenset(
    """address article aside blockquote details div dl fieldset figcaption figure footer form h1
    h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul""".split()  # noqa: SIM905
)
_TABLE = frozenset({"table", "tbody", "thead", "tfoot"})
_ENDED_BY: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "p": (_BLOCKS, _BLOCKS | {"body", "html", "li", "td", "th", "dd", "dt"}),
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu", "body"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl", "body"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl", "body"})),
    "tr": (frozenset({"tr"}), _TABLE),
    "td": (frozenset({"td", "th", "tr"}), _TABLE | {"tr"}),
    "th": (frozenset({"td", "th", "tr"}), _TABLE | {"tr"}),
    "option": (frozenset({"option", "optgroup"}), frozenset({"select", "datalist", "optgroup"})),
}
# Attributes a reader sees or hears: translated, each value a segment of its own.
TEXT_ATTRIBUTES = frozenset({"alt", "title", "placeholder", "aria-label"})
_BUTTONS = frozenset({"button", "submit", "reset"})  # <input type=...>: its value is its label
_META_TEXT = frozenset(
    {"description", "og:title", "og:description", "twitter:title", "twitter:description"}
)
_ATTRIBUTE = re.compile(
    r"""(?<=\s)([\w:-]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE
)
# Where an attribute's translation goes in the copied text (no HTML holds a NUL).
_MARKER = re.compile("\0(\\d+)\0")
# ``lang`` and ``xml:lang`` (XHTML has both), each replaced.
_LANG = re.compile(r"""((?<![\w-])(?:xml:)?lang\s*=\s*)(["']?)[\w-]*\2""", re.IGNORECASE)


@dataclass
class _Token:
    kind: str  # "start", "end", "startend", "text", "entity", "other", "kept" (a whole run)
    raw: str
    tag: str = ""
    attrs: dict[str, str | None] = field(default_factory=dict)


class _Tokenizer(HTMLParser):
    """Every construct of the source with its exact text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.events: list[tuple[int, _Token]] = []

    def _at(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((self._at(), _Token("start", "", tag, dict(attrs))))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((self._at(), _Token("startend", "", tag, dict(attrs))))

    def handle_endtag(self, tag: str) -> None:
        self.events.append((self._at(), _Token("end", "", tag)))

    def handle_data(self, data: str) -> None:
        self.events.append((self._at(), _Token("text", "")))

    def handle_entityref(self, name: str) -> None:
        self.events.append((self._at(), _Token("entity", "")))

    handle_charref = handle_entityref

    def unknown_decl(self, data: str) -> None:
        self.events.append((self._at(), _Token("other", "")))

    def handle_comment(self, data: str) -> None:
        self.events.append((self._at(), _Token("other", "")))

    handle_decl = handle_pi = handle_comment

    def tokens(self) -> list[_Token]:
        self.feed(self.text)
        self.close()
        tokens = []
        for index, (start, token) in enumerate(self.events):
            end = self.events[index + 1][0] if index + 1 < len(self.events) else len(self.text)
            if end <= start:
                continue
            token.raw = self.text[start:end]
            tokens.append(token)
        covered = self.events[0][0] if self.events else len(self.text)
        if covered:  # never the case for a parser that starts at 0, but keep every byte
            tokens.insert(0, _Token("other", self.text[:covered]))
        return tokens


class HtmlDocument:
    def __init__(self, text: str, encoding: str, mark: bytes = b"") -> None:
        self.encoding = encoding
        self.mark = mark  # a UTF-8 byte order mark, written back: browsers read it
        self.parts: list[str | int] = []  # raw text, or the index of a segment
        self.segments: list[Segment] = []
        self._pending: list[_Token] = []
        self._skip: list[str] = []  # elements whose content is copied
        # An inline element marked untranslated, held whole as one item of its sentence.
        self._held: list[str] | None = None
        for token in _Tokenizer(text).tokens():
            self._take(token)
        self._release_held()  # an element left open at the end: every byte is kept
        self._flush()

    def _take(self, token: _Token) -> None:
        if not self._skip and token.kind in ("start", "startend"):
            token.raw = self._with_attributes_marked(token)
        if self._skip and _implicitly_ends(self._skip[-1], token):
            self._skip.pop()
            if not self._skip:
                self._release_held()
                self._take(token)
                return
        if self._skip:
            (self.parts if self._held is None else self._held).append(token.raw)
            if token.kind == "start" and token.tag == self._skip[-1]:
                self._skip.append(token.tag)
            elif token.kind == "end" and token.tag == self._skip[-1]:
                self._skip.pop()
            if not self._skip:
                self._release_held()
            return
        if token.kind == "start" and token.tag in INLINE - VOID and _untranslated(token):
            self._held = [token.raw]  # "The <span translate=no>ACME</span> server": one sentence
            self._skip.append(token.tag)
            return
        if token.kind == "other" and token.raw.startswith("<!--") and self._pending:
            self._pending.append(_Token("kept", token.raw))  # a comment inside a sentence
            return
        if token.kind in ("text", "entity") or (
            token.kind in ("start", "end", "startend")
            and token.tag in INLINE | KEPT_WHOLE | INLINE_VOID
            and (token.tag in VOID or not _untranslated(token))
        ):
            self._pending.append(token)
            return
        self._flush()
        self.parts.append(token.raw)
        skipped = token.tag in SKIPPED or _untranslated(token)
        if token.kind == "start" and skipped and token.tag not in VOID:
            self._skip.append(token.tag)

    def _release_held(self) -> None:
        if self._held is not None:
            self._pending.append(_Token("kept", "".join(self._held)))
            self._held = None

    def _with_attributes_marked(self, token: _Token) -> str:
        """The tag's text with each translatable attribute value (``alt``, ``title``…) made
        a segment and replaced by a marker that ``write`` fills with its translation."""
        if _marked_untranslated(token):
            return token.raw
        wanted = _text_attributes(token)
        if not wanted:
            return token.raw

        def marked(match: re.Match[str]) -> str:
            value = next(v for v in match.groups()[2:] if v is not None)
            if match.group(1).lower() not in wanted:
                return match.group()
            builder = SegmentBuilder()
            builder.text(unescape(value))
            if builder.empty:
                return match.group()
            segment = builder.finish()
            if not segment.translatable:
                return match.group()
            self.segments.append(segment)
            return f'{match.group(1)}{match.group(2)}"\0{len(self.segments) - 1}\0"'

        return _ATTRIBUTE.sub(marked, token.raw)

    def _flush(self) -> None:
        """Make the pending inline run a segment (its outer whitespace kept as it was)."""
        tokens, self._pending = self._pending, []
        if not tokens:
            return
        lead = trail = ""
        if tokens[0].kind == "text":
            raw = tokens[0].raw
            lead = raw[: len(raw) - len(raw.lstrip())]
            tokens[0] = _Token("text", raw[len(lead) :])
        if tokens[-1].kind == "text":
            raw = tokens[-1].raw
            trail = raw[len(raw.rstrip()) :]
            tokens[-1] = _Token("text", raw[: len(raw) - len(trail)])
        segment = _segment(tokens)
        self.parts.append(lead)
        if segment is None or not any(char.isalpha() for char in segment.text):
            self.parts.append("".join(token.raw for token in tokens))
        else:
            self.parts.append(len(self.segments))
            self.segments.append(segment)
        self.parts.append(trail)

    def write(self, translated: list[Segment], languages: Languages) -> bytes:
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, int):
                out.append(render(translated[part], escape=escape_text))
            elif part.lower().startswith("<html") and languages.target:
                out.append(_LANG.sub(rf"\g<1>\g<2>{languages.target}\g<2>", part))
            else:
                out.append(part)
        text = _MARKER.sub(
            lambda m: escape(render(translated[int(m.group(1))]), quote=True), "".join(out)
        )
        return self.mark + text.encode(self.encoding, errors="xmlcharrefreplace")


def _segment(tokens: list[_Token]) -> Segment | None:
    builder = SegmentBuilder()
    open_tags: list[tuple[str, int]] = []
    kept: list[str] = []  # the raw text of a <code>… element being kept whole
    kept_tag = ""
    depth = 0
    for token in tokens:
        if kept:
            kept.append(token.raw)
            if token.kind == "start" and token.tag == kept_tag:
                depth += 1
            elif token.kind == "end" and token.tag == kept_tag:
                depth -= 1
                if depth == 0:
                    builder.void("".join(kept))
                    kept = []
            continue
        if token.kind == "text":
            builder.text(token.raw)
        elif token.kind == "kept":
            builder.void(token.raw)
        elif token.kind == "entity" and _readable(token.raw):
            builder.text(unescape(token.raw))  # the model reads "España", not "Espaa"
        elif token.kind == "entity" or token.kind == "startend" or token.tag in INLINE_VOID:
            builder.void(token.raw, separates=token.tag in _BETWEEN_WORDS)
        elif token.tag in KEPT_WHOLE and token.kind == "start":
            kept, kept_tag, depth = [token.raw], token.tag, 1
        elif token.kind == "start":
            open_tags.append((token.tag, builder.open([token.raw, ""])))
        else:  # an end tag: close the open tag it matches, or keep a stray one as it is
            match = next(
                (i for i in reversed(range(len(open_tags))) if open_tags[i][0] == token.tag), None
            )
            if match is None:
                builder.void(token.raw)
                continue
            index = open_tags[match][1]
            builder.tag(index).data[1] = token.raw
            del open_tags[match:]
            builder.close(index)
    if kept:
        builder.void("".join(kept))
    return None if builder.empty else builder.finish()


def _readable(entity: str) -> bool:
    """Whether an entity stands for text the model should read (a letter, a space, a quote or
    a dash: ``&eacute;``, ``&nbsp;``, ``&rsquo;``), rather than one kept as it is (``&amp;``,
    ``&lt;``, an unknown name)."""
    character = unescape(entity)
    return len(character) == 1 and character not in "&<>\"'"


def _implicitly_ends(skipped: str, token: _Token) -> bool:
    """Whether ``token`` ends a skipped element whose end tag may be left out: a start tag
    that ends it, or the end of an element around it."""
    starts, ends = _ENDED_BY.get(skipped, (frozenset(), frozenset()))
    return (token.kind == "start" and token.tag in starts) or (
        token.kind == "end" and token.tag in ends
    )


def _untranslated(token: _Token) -> bool:
    return token.kind == "start" and _marked_untranslated(token)


def _marked_untranslated(token: _Token) -> bool:
    classes = (token.attrs.get("class") or "").split()
    return (token.attrs.get("translate") or "").lower() == "no" or "notranslate" in classes


def _text_attributes(token: _Token) -> set[str]:
    """The names of the tag's attributes whose values are text to translate."""
    attrs = {name.lower(): (value or "") for name, value in token.attrs.items()}
    wanted = {name for name in TEXT_ATTRIBUTES if attrs.get(name)}
    if token.tag == "input" and attrs.get("type", "").lower() in _BUTTONS:
        wanted.add("value")
    meta = attrs.get("name") or attrs.get("property") or ""
    if token.tag == "meta" and meta.lower() in _META_TEXT:
        wanted.add("content")
    return wanted


def escape_text(text: str) -> str:
    """Text as HTML (and WebVTT) write it: &, < and > escaped."""
    return escape(text, quote=False)


def open_document(data: bytes, encoding: str) -> HtmlDocument:
    declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", data[:4096], re.IGNORECASE)
    if data.startswith(b"\xef\xbb\xbf"):
        return HtmlDocument(data[3:].decode("utf-8"), "utf-8", data[:3])
    if declared:
        encoding = declared.group(1).decode("ascii")
    return HtmlDocument(data.decode(encoding), encoding)
