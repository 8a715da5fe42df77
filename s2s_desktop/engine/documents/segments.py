"""What a document format hands to the model and gets back: a ``Segment`` is one paragraph's
plain text (what the model reads) and the ``Tag``s that stood in it (markup around words, or
things kept whole: ``<br>``, inline code, ``%s``); ``SegmentBuilder`` makes one from a format's
pieces; ``render`` writes a translated segment back as a string for the text-like formats."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from s2s_desktop.engine.documents import placeholders

_EDGES = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


def edges(text: str) -> tuple[str, str, str]:
    """``text`` as (its leading whitespace, the rest, its trailing whitespace): the edges a
    translation is put between, so a UI string's or a line's spacing survives."""
    lead, body, trail = _EDGES.match(text).groups()  # type: ignore[union-attr]
    return lead, body, trail


# A list item's bullet (and a Markdown task's box) after a line's indentation: written as typed.
# A model drops or garbles them ("•" is rarely in its vocabulary); numbers are kept items anyway.
_BULLET = re.compile(r"[-*+•◦▪‣·–—](?:[ \t\xa0\u2009\u202f]+\[[ xX]\])?[ \t\xa0\u2009\u202f]+")


def line_edges(line: str) -> tuple[str, str, str]:
    """``edges`` of a line of text, with a list item's bullet ("- ", "• ", "– ", "- [ ] ")
    kept in the lead: the words after it are what is translated."""
    lead, body, trail = edges(line)
    bullet = _BULLET.match(body)
    if bullet is not None and bullet.end() < len(body):
        lead, body = lead + body[: bullet.end()], body[bullet.end() :]
    return lead, body, trail


@dataclass
class Tag:
    """Markup around ``text[start:end]`` of a segment, or (``void``) a thing kept whole at
    ``start``. ``data`` is whatever the format needs to write it back; ``parent`` is the index
    of the innermost tag around it in the segment's list (None at the top). A void remembers
    the characters that stood just before and after it (a space, punctuation it touched, or ""
    at an edge), so it is put back with fitting spacing; one that ``separates`` words (a line
    break, a tab, an image) stays between words where it stood between them."""

    start: int
    end: int
    data: Any
    void: bool = False
    parent: int | None = None
    before: str = ""
    after: str = ""
    separates: bool = False


@dataclass
class Segment:
    """One unit of translation: ``text`` has no markup and single spaces (but for one on each
    side of a kept-whole item, so the text renders back as it was); ``tags`` are in document
    order, a parent before its children."""

    text: str
    tags: list[Tag] = field(default_factory=list)

    @property
    def translatable(self) -> bool:
        """Whether there is anything for the model: a segment of only numbers, placeholders or
        punctuation is copied as it is."""
        return any(char.isalpha() for char in self.text)


class SegmentBuilder:
    """Collects text, opening and closing markup and kept-whole items in document order, then
    ``finish``es into a ``Segment`` with whitespace collapsed and placeholders protected."""

    def __init__(self, protect: bool = True) -> None:
        self._chunks: list[str] = []
        self._length = 0
        self._tags: list[Tag] = []
        self._open: list[int] = []
        self._protect = protect
        self._between_words: set[int] = set()  # where a separating item stands

    def text(self, text: str) -> None:
        """Plain text; placeholders in it (``%s``, URLs, numbers…) are kept whole, and
        neighbours joined by nothing or by a separator (``{dir}/{name}``, ``%s%s``) as one."""
        if not self._protect:
            self._append(text)
            return
        last = 0
        for start, end in placeholders.runs(text):
            self._append(text[last:start])
            self.void(text[start:end])
            last = end
        self._append(text[last:])

    def text_keeping(self, text: str, kept: str) -> None:
        """Plain text in which each of the characters ``kept`` (a tab, a line break) is a
        separating item kept whole, where the text's layout depends on it."""
        for index, part in enumerate(re.split(f"([{re.escape(kept)}])", text)):
            if index % 2:
                self.void(part, separates=True)
            else:
                self.text(part)

    def open(self, data: Any) -> int:
        """Markup that opens here (closed by ``close`` with the index this returns)."""
        self._tags.append(Tag(self._length, -1, data, parent=self._parent()))
        self._open.append(len(self._tags) - 1)
        return len(self._tags) - 1

    def close(self, index: int | None = None) -> None:
        """Close the innermost open markup (or ``index``, and any opened inside it)."""
        if not self._open or (index is not None and index not in self._open):
            return  # closed already, with the markup around it
        target = self._open[-1] if index is None else index
        while self._open:
            current = self._open.pop()
            self._tags[current].end = self._length
            if current == target:
                break

    def void(self, data: Any, separates: bool = False) -> None:
        """A thing kept whole (a line break, an image, inline code, a placeholder).
        ``separates``: it stands between words (a line break, an image), so the model reads a
        space there even where the source has none ("dog<br>a bird" is not "doga bird")."""
        if separates:
            self._between_words.add(self._length)
        tag = Tag(self._length, self._length, data, True, self._parent(), separates=separates)
        self._tags.append(tag)

    def tag(self, index: int) -> Tag:
        """The tag ``open`` returned ``index`` for (to complete its data when it closes)."""
        return self._tags[index]

    @property
    def empty(self) -> bool:
        return not self._tags and not "".join(self._chunks).strip()

    def finish(self) -> Segment:
        """The segment: runs of whitespace made one space (a kept-whole item keeps a space on
        each side where it had one), none at the ends; tags moved with their text, a span's
        edges pulled in off spaces."""
        self.close(self._open[0] if self._open else None)
        raw = "".join(self._chunks)
        voids_at = {tag.start for tag in self._tags if tag.void}
        kept: list[str] = []
        position = [0] * (len(raw) + 1)  # raw index -> index in the collapsed text
        for index, char in enumerate(raw):
            position[index] = len(kept)
            if index in self._between_words and kept and kept[-1] != " " and not char.isspace():
                kept.append(" ")  # after the item: the model reads "dog a bird"
            if not char.isspace():
                kept.append(char)
            elif (kept and kept[-1] != " ") or index in voids_at:
                kept.append(" ")
        position[len(raw)] = len(kept)
        text = "".join(kept)
        void_positions = [position[start] for start in voids_at]
        lead = min(len(text) - len(text.lstrip(" ")), min(void_positions, default=len(text)))
        trail_from = max(len(text.rstrip(" ")), max(void_positions, default=0))
        text = text[lead:trail_from]

        def moved(index: int) -> int:
            return min(max(position[index] - lead, 0), len(text))

        for tag in self._tags:
            if tag.void:
                tag.before = raw[tag.start - 1] if tag.start > 0 else ""
                tag.after = raw[tag.start] if tag.start < len(raw) else ""
                tag.start = tag.end = moved(tag.start)
                continue
            start, end = moved(tag.start), moved(tag.end)
            while start < end and text[start] == " ":
                start += 1
            while end > start and text[end - 1] == " ":
                end -= 1
            tag.start, tag.end = start, end
        return Segment(text, self._tags)

    def _append(self, text: str) -> None:
        if text:
            self._chunks.append(text)
            self._length += len(text)

    def _parent(self) -> int | None:
        return self._open[-1] if self._open else None


# What a model's vocabulary may lack: a run of symbols ("€", "©", an emoji), or a word of
# another script; a letter it lacks inside a word stays (the word reads better with a gap).
_UNREADABLE_CANDIDATES = re.compile(r"[^\w\s]+|\w+")
_SENTENCE_ENDS = frozenset(".!?…؟۔।。！？")  # as ``sentences.split_sentences`` reads them


class Kept(str):
    """The text of an item ``protect_unreadable`` kept whole: text, so a format escapes it as
    it escapes the words around it (``render``)."""


def protect_unreadable(segment: Segment, readable: Callable[[str], bool]) -> Segment:
    """``segment`` with each run of characters the model cannot read or write (``readable``
    says no) made a kept-whole item, so it comes back where it stood instead of vanishing
    ("10 € and 5 $" lost its signs). Tags keep their places, and parents their indices."""
    edges = {tag.start for tag in segment.tags} | {tag.end for tag in segment.tags}
    runs = _split_at(_unreadable_runs(segment.text, readable), edges)
    if not runs:
        return segment
    text, old = segment.text, segment.tags

    def moved(position: int) -> int:
        return position - sum(min(end, position) - start for start, end in runs if start < position)

    added: list[tuple[int, Tag]] = []  # (the old tag it goes before, the new item)
    for start, end in runs:
        spans = [i for i, tag in enumerate(old) if not tag.void and tag.start <= start < tag.end]
        parent = max(spans, key=lambda i: (old[i].start, i), default=None)
        before, after = text[start - 1 : start], text[end : end + 1]
        # Beside another item, the spacing the source had between them ("10\u00a0€")
        before = next((t.after for t in old if t.void and t.start == start - 1), before)
        after = next((t.before for t in old if t.void and t.start == end + 1), after)
        at = moved(start)
        follows = next((i for i, tag in enumerate(old) if tag.start > start), len(old))
        item = Tag(at, at, Kept(text[start:end]), True, parent, before, after)
        added.append((follows, item))
    order: list[Tag] = []
    new_index: dict[int, int] = {}
    for index in range(len(old) + 1):
        order.extend(tag for follows, tag in added if follows == index)
        if index < len(old):
            new_index[index] = len(order)
            tag = old[index]
            order.append(replace(tag, start=moved(tag.start), end=moved(tag.end)))
    for tag in order:
        tag.parent = None if tag.parent is None else new_index[tag.parent]
    bounds = zip([(0, 0), *runs], [*runs, (len(text), 0)])
    return Segment("".join(text[end:start] for (_, end), (start, _) in bounds), order)


def _split_at(runs: list[tuple[int, int]], edges: set[int]) -> list[tuple[int, int]]:
    """``runs`` cut at every tag edge inside them: an item never crosses a tag, so what stood
    on either side of a placeholder or a span's edge stays there."""
    cut: list[tuple[int, int]] = []
    for start, end in runs:
        points = [start, *sorted(edge for edge in edges if start < edge < end), end]
        cut.extend(zip(points, points[1:]))
    return cut


def _unreadable_runs(text: str, readable: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of unreadable symbols, and of each word of which the model
    can read no character (another script's name). Combining marks stay with their letters."""
    runs: list[tuple[int, int]] = []
    for match in _UNREADABLE_CANDIDATES.finditer(text):
        if match.group()[0].isalnum() or match.group()[0] == "_":
            word = unicodedata.normalize("NFKC", match.group())  # as the tokenizers read it
            if not any(readable(char) for char in word):
                runs.append(match.span())
            continue
        for index, char in enumerate(match.group(), match.start()):
            if (
                readable(char)
                or char in _SENTENCE_ENDS  # they cut the text into sentences
                or unicodedata.category(char).startswith("M")  # an accent of the letter before
            ):
                continue
            if runs and runs[-1][1] == index:
                runs[-1] = (runs[-1][0], index + 1)
            else:
                runs.append((index, index + 1))
    return runs


def written_parents(segment: Segment) -> list[int | None]:
    """The tag each tag is written inside: its own parent, but a kept-whole item that the
    translation put strictly inside a span goes into the innermost such span (written
    beside it, the span would close over a gap: "<b>granda  vidas</b>&amp;")."""
    tags = segment.tags
    parents: list[int | None] = [tag.parent for tag in tags]
    for index, tag in enumerate(tags):
        if not tag.void:
            continue
        around = [
            i
            for i, span in enumerate(tags)
            if not span.void and span.start < tag.start < span.end and within(tags, i, tag.parent)
        ]
        if around:
            parents[index] = max(around, key=lambda i: tags[i].start - tags[i].end)
    return parents


def within(tags: list[Tag], index: int, ancestor: int | None) -> bool:
    """Whether tag ``index`` lies within ``ancestor`` (None: the top, around everything)."""
    parent = tags[index].parent
    while parent is not None and parent != ancestor:
        parent = tags[parent].parent
    return parent == ancestor


def markup_opening(tag: Tag) -> str:
    """A string format's markup: a kept-whole item's data is its text, a span's is the pair
    [opening, closing]."""
    return tag.data if tag.void else tag.data[0]


def markup_closing(tag: Tag) -> str:
    return "" if tag.void else tag.data[1]


def render(
    segment: Segment,
    opening: Callable[[Tag], str] = markup_opening,
    closing: Callable[[Tag], str] = markup_closing,
    escape: Callable[[str], str] = lambda text: text,
) -> str:
    """``segment`` as a string: its text escaped, each tag's markup at its place, every tag
    written inside its parent (a child at its parent's edge, or an empty span's kept-whole
    content, stays in it)."""
    text, tags = segment.text, segment.tags
    children: dict[int | None, list[int]] = {}
    for index, parent in enumerate(written_parents(segment)):
        children.setdefault(parent, []).append(index)

    def written(parent: int | None, start: int, end: int) -> str:
        out: list[str] = []
        cursor = start
        for index in sorted(children.get(parent, []), key=lambda i: (tags[i].start, i)):
            tag = tags[index]
            at = min(max(tag.start, cursor), end)
            out.append(escape(text[cursor:at]))
            cursor = at
            out.append(escape(tag.data) if isinstance(tag.data, Kept) else opening(tag))
            if tag.void:
                continue
            close = min(max(tag.end, at), end)
            out.append(written(index, at, close))
            out.append(closing(tag))
            cursor = close
        out.append(escape(text[cursor:end]))
        return "".join(out)

    return written(None, 0, len(text))
