"""One document in, the same document out, translated: read it through its format, translate its
segments in batches (with progress, and a cancel checked between batches), carry the markup
across, and write the result aside then rename it, so a failed or cancelled run leaves no file.
"""

from __future__ import annotations

import dataclasses
import functools
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from s2s_desktop.engine.atomic_files import atomic_write_bytes
from s2s_desktop.engine.corpus_items import normalize_language
from s2s_desktop.engine.documents import formats
from s2s_desktop.engine.documents.segments import Segment, protect_unreadable
from s2s_desktop.engine.documents.text_codec import NotText
from s2s_desktop.engine.documents.transfer import Sentence, transfer
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.sentences import (
    LONGEST_PART,
    Attention,
    Translation,
    fitting_parts,
    split_sentences,
)
from s2s_desktop.engine.wording import translate

# Sentences per call to the model: the first call's size, then grown (or shrunk) so that each
# takes about BATCH_SECONDS: big calls keep the decoder's threads busy (a 2,000-paragraph
# document: 0.6 of the plain-lines rate at 256 a call, 0.8 at 4,096; docs/performance.md),
# short ones keep Cancel and the progress bar responsive with a slow model (an OPUS-MT-size
# one with beam search takes seconds per dozen sentences on a laptop).
BATCH_SENTENCES = 128
BATCH_SECONDS = 3.0
FEWEST_SENTENCES = 16
MOST_SENTENCES = 8192

Progress = Callable[[int, int, "float | None"], None]  # sentences done, in all, seconds left


class SentenceTranslator(Protocol):
    """What a document needs of a translator (ours and the Argos one both are)."""

    joiner: str
    max_source: int  # the most pieces the model reads of one sentence

    @property
    def src_lang(self) -> str: ...

    def count_pieces(self, text: str) -> int: ...

    def readable(self, text: str) -> bool: ...

    @property
    def tgt_lang(self) -> str: ...

    def translate_sentences(
        self,
        sentences: list[str],
        beam: int = 1,
        alpha: float = 1.0,
        attention: Attention = "alignment",
    ) -> list[Translation]: ...


class NbestTranslator(SentenceTranslator, Protocol):
    """A translator that also gives a sentence's best few translations (ours and Argos's)."""

    def translate_nbest(
        self, sentence: str, count: int, beam: int = 4, alpha: float = 1.0
    ) -> list[Translation]: ...


class Cancelled(UserError):
    """The user stopped the job; nothing was written."""


class WrongEncoding(UserError):
    """The document is not text in the encoding asked for (the window then asks for one)."""


@dataclass
class DocumentReport:
    """What a finished job did, for the CLI's summary and the window's message."""

    output: Path
    segments: int
    sentences: int
    seconds: float
    # The encoding the text was read in, where the translation could not be written in it and
    # was written in UTF-8 instead.
    not_in: str | None = None
    # The language the file's name gives its text, where it is not the model's source.
    named: str | None = None
    model: str = ""  # "en → de"

    def note(self) -> str:
        """What the user should know of the result, in a sentence or two ("" if nothing):
        written in UTF-8 where the text's encoding cannot hold it, and a name that says the
        text is in another language than the one the model reads."""
        notes = []
        if self.named is not None:
            notes.append(
                translate(
                    "documents_job",
                    "Its name says its text is in {language}, but the model translates "
                    "{model}: if it is, choose a model from {language}.",
                ).format(language=self.named, model=self.model)
            )
        if self.not_in is not None:
            notes.append(
                translate(
                    "documents_job",
                    "It is written in UTF-8: {encoding} cannot hold the translation.",
                ).format(encoding=self.not_in)
            )
        return " ".join(notes)


def translate_document(
    source: Path,
    output: Path,
    translator: SentenceTranslator,
    beam: int = 1,
    encoding: str = "utf-8",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DocumentReport:
    """Translate ``source`` into ``output`` (same format); ``progress(done, total, eta_s)``
    counts segments. Raises ``UserError`` (``Cancelled`` when ``cancelled()`` turned true) with
    ``output`` untouched."""
    started = time.perf_counter()
    kind = formats.for_path(source)
    try:
        data = source.read_bytes()
    except OSError as error:
        raise UserError(
            translate("documents_job", "Cannot read {file}: {reason}.").format(
                file=source, reason=error.strerror or error
            )
        ) from None
    document = _opened(kind, source, data, encoding)
    _check_languages(source, getattr(document, "declared", []), translator)
    segments = document.segments
    if not any(segment.text.strip() for segment in segments):
        raise UserError(
            translate(
                "documents_job", "{file} holds no text to translate; nothing was written."
            ).format(file=source.name)
        )
    check_writable(output)
    cancelled_file = translate("documents_job", "Cancelled {file}; nothing was written.")
    try:
        translated, sentences = translate_segments(translator, segments, beam, progress, cancelled)
    except Cancelled:
        raise Cancelled(cancelled_file.format(file=source.name)) from None
    result = document.write(translated, formats.Languages(translator.src_lang, translator.tgt_lang))
    if cancelled is not None and cancelled():
        raise Cancelled(cancelled_file.format(file=source.name))
    try:
        atomic_write_bytes(output, result)
    except OSError as error:
        raise UserError(
            translate("documents_job", "Cannot write {file}: {reason}.").format(
                file=output, reason=error.strerror or error
            )
        ) from None
    not_in = document.encoding if getattr(document, "fell_back", False) else None
    named = formats.language_in_name(source)
    if not (named and translator.src_lang) or same_language(named, translator.src_lang):
        named = ""  # no tag, or the model's own source language
    model = f"{translator.src_lang} → {translator.tgt_lang}"
    seconds = time.perf_counter() - started
    return DocumentReport(output, len(segments), sentences, seconds, not_in, named or None, model)


def check_writable(output: Path) -> None:
    """Say before the translation, not after minutes of it, that ``output``'s folder takes
    no file (read-only, no permission, no room)."""
    folder = output.parent
    if not folder.is_dir():
        return  # made when the translation is written, or said then
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise UserError(
            translate(
                "documents_job",
                "Cannot write in {folder} ({reason}); choose another place for the translation.",
            ).format(folder=folder, reason=error.strerror or error)
        ) from None


def document_texts(
    name: str, data: bytes, encoding: str = "utf-8", most: int = 10_000
) -> list[str]:
    """The text of the first segments of document ``data`` (its file's ``name`` says the
    format), up to about ``most`` characters: enough to tell its language."""
    document = _opened(formats.for_path(Path(name)), Path(name), data, encoding)
    texts: list[str] = []
    size = 0
    for segment in document.segments:
        if size >= most:
            break
        texts.append(segment.text)
        size += len(segment.text)
    return texts


def _opened(kind: formats.Format, source: Path, data: bytes, encoding: str) -> Any:
    """The format's document, or one sentence saying why the file is not one."""
    kind_name = translate("documents_formats", kind.name)
    try:
        return kind.open(data, encoding)
    except UserError:
        raise
    except NotText:
        raise UserError(
            translate(
                "documents_job",
                "{file} holds binary data, not text: it is not a {kind} document; choose the "
                "text file to translate.",
            ).format(file=source.name, kind=kind_name)
        ) from None
    except UnicodeDecodeError:
        raise WrongEncoding(
            translate(
                "documents_job",
                "{file} is not {encoding} text; choose its encoding (for example latin-1).",
            ).format(file=source.name, encoding=encoding)
        ) from None
    except zipfile.BadZipFile:
        raise UserError(
            translate(
                "documents_job",
                "{file} cannot be read as {kind}: it is not a zip file, or a damaged "
                "one; open it in its application and save it again.",
            ).format(file=source.name, kind=kind_name)
        ) from None
    except Exception as error:  # a parser's own complaint: the file is not what its name says
        reason = str(error).split("\n")[0].rstrip(".") or type(error).__name__
        raise UserError(
            translate("documents_job", "{file} cannot be read as {kind}: {reason}.").format(
                file=source.name, kind=kind_name, reason=reason
            )
        ) from None


def _check_languages(
    source: Path, declared: list[formats.Languages], translator: SentenceTranslator
) -> None:
    """Refuse a file that says its languages (XLIFF, a gettext catalogue) where they are not
    the model's: a CAT tool would import the translations as the language the file names."""
    model = f"{translator.src_lang} → {translator.tgt_lang}"
    for languages in declared:
        if languages.source and not same_language(languages.source, translator.src_lang):
            raise UserError(
                translate(
                    "documents_job",
                    "{file} says its text is in {language}, but this model translates "
                    "{model}; choose a model from {language}.",
                ).format(file=source.name, language=languages.source, model=model)
            )
        if languages.target and not same_language(languages.target, translator.tgt_lang):
            raise UserError(
                translate(
                    "documents_job",
                    "{file} asks for a translation into {language}, but this model translates "
                    "{model}; choose a model into {language}, or a file made for "
                    "{target}.",
                ).format(
                    file=source.name,
                    language=languages.target,
                    model=model,
                    target=translator.tgt_lang,
                )
            )


def same_language(tag: str, code: str) -> bool:
    """Whether a file's language tag (de-DE, pt_BR, zh-Hant) is the model's language code."""
    return normalize_language(tag) == normalize_language(code)


def translate_segments(
    translator: SentenceTranslator,
    segments: list[Segment],
    beam: int = 1,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[Segment], int]:
    """Each segment translated with its tags carried across, and the number of sentences
    translated; segments without words (numbers, placeholders) are copied.

    The sentences go to the model shortest first, whatever their place: a call of sentences of
    one length pads and idles less than one in the document's order (a 2,000-paragraph
    document about a fifth faster; docs/performance.md, "Documents"). A segment is placed
    once its last sentence is back. ``progress`` counts sentences, its time left their pieces.
    """
    readable = functools.lru_cache(maxsize=1 << 16)(translator.readable)  # words repeat
    segments = [protect_unreadable(segment, readable) for segment in segments]
    results: list[Segment | None] = [None] * len(segments)
    spans: dict[int, list[_Span]] = {}
    for index, segment in enumerate(segments):
        if segment.translatable:
            spans[index] = _sentence_spans(segment.text, translator)
        else:
            results[index] = _copied(segment)
        if index % 1000 == 999:
            _stop_if(cancelled)
    queue = sorted(
        (
            (span.pieces, index, number)
            for index, found in spans.items()
            for number, span in enumerate(found)
        )
    )
    total, all_pieces = len(queue), sum(pieces for pieces, _, _ in queue)
    waiting = {index: len(found) for index, found in spans.items()}  # sentences not back yet
    translations: dict[tuple[int, int], Translation] = {}
    started = time.perf_counter()
    if progress:
        progress(0, total, None)
    done, pieces_done, wanted = 0, 0, BATCH_SENTENCES
    while done < total:
        call = queue[done : done + wanted]
        call_started = time.perf_counter()
        keys = [(index, number) for _, index, number in call]
        _translate_call(translator, segments, spans, keys, beam, translations)
        seconds = max(time.perf_counter() - call_started, 1e-3)
        done += len(call)
        pieces = sum(pieces for pieces, _, _ in call)
        pieces_done += pieces
        wanted = _call_size(queue, done, pieces / seconds * BATCH_SECONDS)
        for _, index, _ in call:
            waiting[index] -= 1
            if not waiting[index]:
                found = [translations[index, number] for number in range(len(spans[index]))]
                results[index] = _placed(segments[index], translator.joiner, spans[index], found)
        if progress:
            spent = time.perf_counter() - started
            progress(done, total, spent / max(pieces_done, 1) * (all_pieces - pieces_done))
        if done < total:
            _stop_if(cancelled)
    return results, total  # type: ignore[return-value]


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    """Raise ``Cancelled`` when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled(translate("documents_job", "Cancelled; nothing was written."))


def _call_size(queue: list[tuple[int, int, int]], start: int, pieces: float) -> int:
    """How many sentences from ``queue[start]`` on make a call of about ``pieces`` pieces (the
    last call's rate times BATCH_SECONDS), within FEWEST_SENTENCES and MOST_SENTENCES."""
    end = start
    while end < min(len(queue), start + MOST_SENTENCES) and pieces > 0:
        pieces -= queue[end][0]
        end += 1
    return max(end - start, FEWEST_SENTENCES)


def translate_variants(
    translator: NbestTranslator, segments: list[Segment], count: int, beam: int = 4
) -> list[list[Segment]]:
    """``count`` translations of each segment, best first, tags carried onto each: the k-th
    joins each sentence's k-th best translation (its last where the beam found fewer), as
    Argos Translate makes LibreTranslate's alternatives. Variants may repeat one another."""
    variants: list[list[Segment]] = []
    for segment in segments:
        segment = protect_unreadable(segment, translator.readable)
        if not segment.translatable:
            variants.append([_copied(segment) for _ in range(count)])
            continue
        spans = _sentence_spans(segment.text, translator)
        found = [translator.translate_nbest(span.text, count, max(beam, count)) for span in spans]
        variants.append(
            [
                _placed(segment, translator.joiner, spans, [f[min(k, len(f) - 1)] for f in found])
                for k in range(count)
            ]
        )
    return variants


def _placed(
    segment: Segment, joiner: str, spans: list[_Span], translations: list[Translation]
) -> Segment:
    """The segment's translation (its sentences' translations joined) with its tags placed."""
    placed: list[Sentence] = []
    texts: list[str] = []
    target_start = 0
    for (start, _, _), translation in zip(spans, translations):
        if texts:
            target_start += len(joiner)
        placed.append(Sentence(start, target_start, translation))
        texts.append(translation.text)
        target_start += len(translation.text)
    return transfer(segment, joiner.join(texts), placed)


def _translate_call(
    translator: SentenceTranslator,
    segments: list[Segment],
    spans: dict[int, list[_Span]],
    keys: list[tuple[int, int]],
    beam: int,
    translations: dict[tuple[int, int], Translation],
) -> None:
    """Translate the sentences ``keys`` names (segment, sentence number) into
    ``translations``, with attention only for segments with markup to carry: asking for it
    slows the fast decoder down."""
    for tagged in (True, False):
        asked = [key for key in keys if bool(segments[key[0]].tags) == tagged]
        if asked:
            sentences = [spans[index][number].text for index, number in asked]
            attention: Attention = "alignment" if tagged else "none"
            done = translator.translate_sentences(sentences, beam=beam, attention=attention)
            translations.update(zip(asked, done))


class _Span(NamedTuple):
    """One sentence of a segment: where it starts in the segment's text, and its pieces."""

    start: int
    text: str
    pieces: int


def _sentence_spans(text: str, translator: SentenceTranslator) -> list[_Span]:
    """Each sentence of a segment's text; a sentence longer than the model reads well comes in
    parts (``fitting_parts``, ``LONGEST_PART``), so none loses its end."""
    spans = []
    position = 0
    longest = min(translator.max_source, LONGEST_PART)
    for sentence in split_sentences(text):
        start = text.find(sentence, position)
        start = position if start < 0 else start
        pieces = translator.count_pieces(sentence)
        if pieces > longest:
            parts = fitting_parts(sentence, translator.count_pieces, longest)
            spans.extend(
                _Span(start + offset, part, translator.count_pieces(part)) for offset, part in parts
            )
        else:
            spans.append(_Span(start, sentence, pieces))
        position = start + len(sentence)
    return spans


def _copied(segment: Segment) -> Segment:
    return Segment(segment.text, [dataclasses.replace(tag) for tag in segment.tags])
