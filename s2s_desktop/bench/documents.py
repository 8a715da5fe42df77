"""Document translation speed and placeholder safety, through the real document job.

A generated Word document of 2,000 paragraphs (two held-out sentences each; every fourth with
a bold word, a link and a placeholder) is translated by ``documents.job.translate_document``:
reading the zip, cutting segments, translating with attention, carrying the markup, writing the
zip. The model is the bench's random tutorial model, whose outputs are capped at the reference
translation's length as in ``translation``; the baseline is the same sentences translated as
plain lines in one call (no document, no attention), so the ratio is what a document costs.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from s2s_desktop.bench.data import BenchData
from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import EOS_ID
from s2s_desktop.engine.documents import placeholders
from s2s_desktop.engine.fast.ctranslate import FastDecoder
from s2s_desktop.engine.fast.step_decoder import DecoderWeights
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.search import Hypothesis, greedy_decode
from s2s_desktop.engine.sentences import Attention, Translation, length_sorted_batches
from s2s_desktop.engine.tokenizer import symbols

PLACEHOLDERS = ("%s", "%(count)d", "{0}", "{name}", "https://example.org/a?b=1", "a@b.org", "42")


class BenchTranslator:
    """The Translator's ``translate_sentences`` for the bench's random model: greedy through
    CTranslate2 int8 where installed (as documents are translated), else our decoder; each
    output capped at its reference's length.

    CTranslate2 runs a batch to its longest cap. Batches of similar caps (a document's, sorted
    by length) end about where a trained model's would; with ``stop_each``, each sentence also
    stops at its own cap (a Python call per token), as a trained model's ends at its EOS: for
    the server's batches, which take whatever sentences wait."""

    joiner = " "
    src_lang, tgt_lang = "en", "de"

    def __init__(
        self, model: Seq2Seq, data: BenchData, fast: FastDecoder | None, stop_each: bool = False
    ) -> None:
        self.model, self.data, self.fast = model, data, fast
        self.stop_each = stop_each
        self.caps = {line: pieces + 1 for line, pieces in zip(data.lines, data.line_target_pieces)}
        self.weights = DecoderWeights(model)
        self.max_source = model.config.max_positions - 1

    def count_pieces(self, text: str) -> int:
        return len(self.data.source_tokenizer.encode([text])[0])

    def readable(self, text: str) -> bool:  # as Translator.readable
        source, target = self.data.source_tokenizer, self.data.target_tokenizer
        return source.knows(text) and target.knows(symbols(text))

    def decode(self, sentences: list[str], need_attention: bool) -> list[Hypothesis]:
        pieces = self.data.source_tokenizer.encode(sentences)
        caps = [self.caps.get(s, len(p) + 1) for s, p in zip(sentences, pieces)]
        results: list[Hypothesis] = [Hypothesis([], 0.0)] * len(sentences)
        for batch in length_sorted_batches(caps, 6000):
            limits = [caps[i] for i in batch]
            if self.fast is not None:
                decoded = self.fast.decode(
                    [pieces[i] for i in batch], limits, need_attention, stop_each=self.stop_each
                )
            else:
                src = pad_rows([[*pieces[i], EOS_ID] for i in batch])
                decoded = greedy_decode(
                    self.model,
                    src,
                    need_attention=need_attention,
                    max_lengths=_tensor(limits),
                    weights=self.weights,
                )
            for index, hypothesis in zip(batch, decoded):
                results[index] = hypothesis
        return results

    def translate_sentences(
        self,
        sentences: list[str],
        beam: int = 1,
        alpha: float = 1.0,
        attention: Attention = "alignment",
    ) -> list[Translation]:
        source, target = self.data.source_tokenizer, self.data.target_tokenizer
        hypotheses = self.decode(sentences, need_attention=attention != "none")
        texts = target.decode([h.tokens for h in hypotheses])
        return [
            Translation(
                source=sentence,
                text=text,
                source_pieces=[*source.encode_pieces(sentence), "</s>"],
                target_pieces=[*target.id_to_piece(h.tokens), "</s>"],
                attention=h.attention,
                score=h.score,
            )
            for sentence, text, h in zip(sentences, texts, hypotheses)
        ]


def _tensor(values: list[int]):  # noqa: ANN202 (a torch tensor; torch loads with the model)
    import torch

    return torch.tensor(values)


def write_docx(path: Path, data: BenchData, paragraphs: int) -> None:
    """A Word document of ``paragraphs`` paragraphs of two held-out sentences each."""
    import docx

    document = docx.Document()
    lines = data.lines
    for index in range(paragraphs):
        first, second = lines[(2 * index) % len(lines)], lines[(2 * index + 1) % len(lines)]
        paragraph = document.add_paragraph()
        if index % 4:
            paragraph.add_run(f"{first} {second}")
            continue
        words = first.split()
        paragraph.add_run(" ".join(words[:1]) + " ")
        paragraph.add_run(" ".join(words[1:2])).bold = True
        paragraph.add_run(" " + " ".join(words[2:]) + f" {PLACEHOLDERS[index % 7]} {second}")
    document.save(str(path))


def write_po(path: Path, data: BenchData, messages: int) -> list[str]:
    """A gettext template of ``messages`` messages, each with two or three placeholders."""
    import polib

    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    sources = []
    for index in range(messages):
        words = data.lines[index % len(data.lines)].rstrip(".").split()
        cut = max(1, len(words) // 2)
        held = [PLACEHOLDERS[(index + k) % len(PLACEHOLDERS)] for k in range(2 + index % 2)]
        text = " ".join([*held[:1], *words[:cut], *held[1:], *words[cut:]]) + "."
        sources.append(text)
        catalogue.append(polib.POEntry(msgid=text, msgstr=""))
    catalogue.save(str(path))
    return sources


def measure_documents(
    model: Seq2Seq, data: BenchData, fast: FastDecoder | None, paragraphs: int, messages: int
) -> dict[str, float]:
    """``document_sentences_per_s``, its plain-lines baseline and their ratio, and
    ``placeholders_kept`` (the share of a .po's messages whose placeholders all came back)."""
    import polib

    from s2s_desktop.engine.documents.job import translate_document

    translator = BenchTranslator(model, data, fast)
    translator.decode(data.lines[:50], need_attention=True)  # warm
    with tempfile.TemporaryDirectory(prefix="s2s-bench-docs-") as folder:
        source, output = Path(folder) / "bench.docx", Path(folder) / "bench.de.docx"
        write_docx(source, data, paragraphs)
        report = translate_document(source, output, translator)
        sentences = [line for index in range(paragraphs) for line in _pair(data, index)]
        start = time.perf_counter()
        translator.decode(sentences, need_attention=False)
        plain = len(sentences) / (time.perf_counter() - start)
        po, translated_po = Path(folder) / "bench.pot", Path(folder) / "bench.de.po"
        write_po(po, data, messages)
        translate_document(po, translated_po, translator)
        entries = [e for e in polib.pofile(str(translated_po)) if e.msgid]
        kept = sum(not placeholders.missing(e.msgid, e.msgstr) for e in entries)
    document = report.sentences / report.seconds
    return {
        "document_sentences_per_s": document,
        "document_plain_sentences_per_s": plain,
        "document_speed_ratio": document / plain,
        "placeholders_kept": kept / len(entries),
    }


def _pair(data: BenchData, index: int) -> tuple[str, str]:
    lines = data.lines
    return lines[(2 * index) % len(lines)], lines[(2 * index + 1) % len(lines)]
