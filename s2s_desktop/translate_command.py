"""``s2s-desktop translate``: text, standard input line by line, or a whole document, with a
glossary's terms placed when one is given."""

from __future__ import annotations

import argparse
import os
import select
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from s2s_desktop.engine.config import MAX_BEAM
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import scored_beam


def add_translate(commands: Any) -> None:
    translate = commands.add_parser(
        "translate",
        help="translate text with a stored model",
        description="Translate the TEXT arguments, or standard input line by line (one output "
        "line per input line, blank lines kept), or a whole document with --file (.txt, .md, "
        ".html, .docx, .odt, .srt, .vtt, .po, .pot, .xlf): the same document comes back, "
        "translated, as NAME.<target language>.EXT beside it.",
    )
    translate.add_argument("--model", required=True, help="model name (see 's2s-desktop models')")
    translate.add_argument(
        "--beam",
        type=int,
        help="beam width (1 = greedy; default: the beam the model's BLEU was measured with)",
    )
    translate.add_argument(
        "--nbest",
        type=int,
        metavar="N",
        help="the N best translations of each input line (one input each), as 'LINE ||| "
        "translation ||| score' lines, LINE counted from 0 (Moses' and Marian's n-best format); "
        "the score is the log-probability per piece the list is ranked by",
    )
    translate.add_argument("--device", default="auto", help="auto, cpu, cuda or mps")
    translate.add_argument("--file", type=Path, help="a document to translate")
    translate.add_argument(
        "--out",
        help="where --file's translation goes: a file, a folder, or - for standard output "
        "(default: beside it)",
    )
    translate.add_argument(
        "--force", action="store_true", help="replace --out when it exists already"
    )
    translate.add_argument(
        "--encoding",
        default="utf-8",
        help="text encoding of a --file in a text format (.txt, .md, .html, .srt, .vtt; utf-8); "
        "the translation is written in it where it can hold the translation, else in UTF-8",
    )
    translate.add_argument(
        "--glossary",
        type=Path,
        help="terms the translation must use: a two-column TSV or CSV (source, target) or a "
        "TBX file; a term that cannot be placed is reported on standard error",
    )
    translate.add_argument(
        "text",
        nargs="*",
        help="text to translate, its words joined (default: standard input, a translation "
        "per line)",
    )
    translate.set_defaults(handler=cmd_translate)


def cmd_translate(args: argparse.Namespace) -> int:
    from s2s_desktop.engine.translator import load_translator

    if args.beam is not None and not 1 <= args.beam <= MAX_BEAM:
        raise UserError(f"--beam must be between 1 and {MAX_BEAM}, not {args.beam}.")
    if args.file is not None and args.text:
        raise UserError("Give either --file or text to translate, not both.")
    if args.nbest is not None:
        if not 1 <= args.nbest <= MAX_BEAM:
            raise UserError(f"--nbest must be between 1 and {MAX_BEAM}, not {args.nbest}.")
        if args.file is not None or args.glossary is not None:
            raise UserError(
                "--nbest lists a line's translations; use it without --file and --glossary."
            )
    if args.file is not None:
        from s2s_desktop.engine.documents import formats

        if args.file.is_dir():
            raise UserError(f"{args.file} is a folder; give --file one document to translate.")
        formats.for_path(args.file)  # an unknown kind of file is refused before the model loads
        if not args.file.is_file():
            raise UserError(f"{args.file} does not exist; check the path given to --file.")
    translator = load_translator(args.model, device=args.device)
    beam = args.beam or scored_beam(translator.config)
    if args.glossary is not None:
        translator = _with_glossary(translator, args.glossary)
    try:
        if args.file is not None:
            from s2s_desktop.engine.documents.job import WrongEncoding

            try:
                return _translate_file(args, translator, beam)
            except WrongEncoding:
                raise UserError(
                    f"{args.file.name} is not {args.encoding} text; give its encoding with "
                    "--encoding (for example --encoding latin-1)."
                ) from None
        if args.nbest is not None:
            batches = [[" ".join(args.text)]] if args.text else _line_batches(sys.stdin)
            lines = (line for batch in batches for line in batch)
            _print_nbest(translator, lines, args.nbest, beam)
            return 0
        if args.text:  # one text, as a shell splits it into words: "Hello world" unquoted
            for line in _translate_lines(translator, [" ".join(args.text)], beam):
                print(line)
            return 0
        for lines in _line_batches(sys.stdin):
            for line in _translate_lines(translator, lines, beam):
                sys.stdout.write(line + "\n")
            sys.stdout.flush()
        return 0
    finally:
        for sentence, term in getattr(translator, "unmet", []):
            print(
                f"Glossary: could not place {term.target!r} (for {term.source!r}) in: {sentence}",
                file=sys.stderr,
            )


def _translate_lines(translator: Any, lines: list[str], beam: int) -> list[str]:
    """Lines as a .txt file's are translated: numbers, URLs, e-mail addresses, placeholders and
    what the model cannot write come back unchanged, and so does each line's spacing."""
    from s2s_desktop.engine.documents.job import translate_segments
    from s2s_desktop.engine.documents.plain_text import Lines

    text = Lines(lines)
    translated, _ = translate_segments(translator, text.segments, beam)
    return text.written(translated)


def _print_nbest(translator: Any, lines: Iterator[str], count: int, beam: int) -> None:
    """``count`` translations of each line, best first, in Moses' n-best format; a blank line
    gets one empty entry, so every input line has its number."""
    for number, line in enumerate(lines):
        found = (
            translator.translate_nbest(line.strip(), count, max(beam, count))
            if line.strip()
            else []
        )
        for translation in found or [None]:
            text, score = (
                ("", 0.0) if translation is None else (translation.text, translation.score)
            )
            sys.stdout.write(f"{number} ||| {text} ||| {score:.4f}\n")
        sys.stdout.flush()


def _with_glossary(translator: Any, path: Path) -> Any:
    """``translator`` placing the terms of the glossary file at ``path``."""
    from s2s_desktop.engine.glossary import Glossary, line_numbers, read_term_file
    from s2s_desktop.engine.glossary_translation import GlossaryTranslator

    if path.is_dir():
        raise UserError(f"{path} is a folder; give --glossary a term file (.tsv, .csv or .tbx).")
    if not path.is_file():
        raise UserError(f"{path} does not exist; check the path given to --glossary.")
    read = read_term_file(path, translator.src_lang, translator.tgt_lang)
    if read.repeats:
        rows = "row of" if read.repeats == 1 else "rows of"
        repeat = "repeats" if read.repeats == 1 else "repeat"
        print(
            f"Glossary: {read.repeats:,} {rows} {path.name} {repeat} a term; the first row of "
            "each term counts.",
            file=sys.stderr,
        )
    if read.incomplete:
        lines = "Line" if len(read.incomplete) == 1 else "Lines"
        print(
            f"Glossary: {lines} {line_numbers(read.incomplete)} of {path.name} skipped: each "
            "term needs a source and a target.",
            file=sys.stderr,
        )
    glossary = Glossary(translator.src_lang, translator.tgt_lang, read.terms)
    return GlossaryTranslator(translator, glossary)


def _translate_file(args: argparse.Namespace, translator: Any, beam: int) -> int:
    """``translate --file``: the document translated beside it (or to --out), with progress."""
    from s2s_desktop.engine.documents import formats
    from s2s_desktop.engine.documents.job import translate_document
    from s2s_desktop.engine.event_words import format_duration

    beside = formats.output_path(args.file, translator.src_lang, translator.tgt_lang)
    if args.out == "-":
        return _translate_to_stdout(args, translator, beam, beside)
    output = _out_path(args.out, beside, args.file) if args.out is not None else beside
    if output.resolve() == args.file.resolve():
        raise UserError(f"--out is the document itself ({output}); choose another file.")
    if output.exists() and not args.force:
        raise UserError(f"{output} exists already; pass --force to replace it, or --out.")
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int, eta: float | None) -> None:
        if interactive and total:
            share = f"{done}/{total} ({done / total:.0%})"
            sys.stderr.write(f"\r{args.file.name}: {share} ETA {format_duration(eta)}")
            sys.stderr.flush()

    report = translate_document(
        args.file, output, translator, beam=beam, encoding=args.encoding, progress=progress
    )
    if interactive:
        sys.stderr.write("\n")
    rate = report.sentences / report.seconds if report.seconds else 0.0
    print(
        f"Wrote {report.output} ({_counted(report)} in {report.seconds:.1f} s, "
        f"{rate:,.0f} sentences/s). {report.note()}".rstrip()
    )
    return 0


def _translate_to_stdout(args: argparse.Namespace, translator: Any, beam: int, beside: Path) -> int:
    """``--out -``: the translated document on standard output (bytes, as it would be saved),
    its report on standard error."""
    import tempfile

    from s2s_desktop.engine.documents.job import translate_document

    with tempfile.TemporaryDirectory(prefix="s2s-translate-") as folder:
        output = Path(folder) / beside.name
        report = translate_document(
            args.file, output, translator, beam=beam, encoding=args.encoding
        )
        sys.stdout.flush()
        sys.stdout.buffer.write(output.read_bytes())
        sys.stdout.buffer.flush()
    print(
        f"Translated {args.file.name} ({_counted(report)} in {report.seconds:.1f} s). "
        f"{report.note()}".rstrip(),
        file=sys.stderr,
    )
    return 0


def _counted(report: Any) -> str:
    """ "1 segment, 3 sentences": a document report's counts."""
    segments = "1 segment" if report.segments == 1 else f"{report.segments:,} segments"
    sentences = "1 sentence" if report.sentences == 1 else f"{report.sentences:,} sentences"
    return f"{segments}, {sentences}"


def _out_path(given: str, beside: Path, document: Path) -> Path:
    """Where --out says the translation goes: into it when it is a folder (under the name it
    would have beside the document, also for ``folder/``); refused when its folder is
    missing, or when its suffix names another kind of document than the translation is (the
    format is kept: a ``.pot`` template's translation is a ``.po`` catalogue)."""
    from s2s_desktop.engine.documents import formats

    out = Path(given)
    if out.is_dir():
        return out / beside.name
    if out.is_symlink() or (out.exists() and not out.is_file()):
        raise UserError(
            f"--out {out} is not a plain file (a link or a device); choose a file, or - for "
            "standard output."
        )
    if given.endswith(("/", os.sep)):
        raise UserError(f"The folder {out} does not exist; create it, or choose another --out.")
    if not out.parent.is_dir():
        raise UserError(
            f"The folder {out.parent} does not exist; create it, or choose another --out."
        )
    try:
        kind = formats.for_path(out)
    except UserError:  # a name without a document's suffix: the format is the document's
        return out
    if kind != formats.for_path(beside):
        raise UserError(
            f"--out {out.name} names {kind.name}, but the translation of {document.name} is "
            f"{formats.for_path(beside).name}; end --out with {beside.suffix}."
        )
    return out


def _line_batches(stream: TextIO, largest: int = 256) -> Iterator[list[str]]:
    """Lines of ``stream`` in batches: as many as have arrived (at most ``largest``).

    A pipe that delivers a whole file gives big batches (fast); an interactive writer gets each
    line back as soon as it is sent (streamed), because a batch never waits for more input.
    """
    try:
        fd = stream.fileno()
        select.select([fd], [], [], 0)
    except (OSError, ValueError, AttributeError):  # no select on this stream (e.g. Windows pipe)
        for number, line in enumerate(stream.buffer, start=1):
            yield [_decode_line(line.rstrip(b"\n"), number)]
        return
    pending: list[str] = []
    read = 0  # lines decoded so far
    buffer = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 0 if pending else None)
        if not ready:
            yield pending
            pending = []
            continue
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        pending.extend(_decode_line(line, read + n) for n, line in enumerate(complete, start=1))
        read += len(complete)
        while len(pending) >= largest:
            yield pending[:largest]
            pending = pending[largest:]
    if buffer:
        pending.append(_decode_line(buffer, read + 1))
    if pending:
        yield pending


def _decode_line(raw: bytes, number: int) -> str:
    try:
        return raw.decode("utf-8-sig").rstrip("\r")
    except UnicodeDecodeError:
        # UTF-16 (PowerShell's pipes, Notepad's "Unicode") shows as a byte order mark or NULs.
        wide = raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\0" in raw
        source = "utf-16" if wide else "latin1"
        raise UserError(
            f"Line {number} of the standard input is not UTF-8 text"
            f"{' (it looks like UTF-16)' if wide else ''}; convert it to UTF-8 "
            f"(iconv -f {source} -t utf-8), or translate the file with --file and --encoding."
        ) from None


# ---------------------------------------------------------------------- models
