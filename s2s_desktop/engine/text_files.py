"""Reading the user's text files: line by line, in any encoding whose line ends are plain CR/LF
bytes or in UTF-16/UTF-32 with a byte order mark, with one sentence naming the file and line
when a file cannot be read."""

from __future__ import annotations

import codecs
import functools
import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate

_SNIFF_BYTES = 8192  # read to tell a binary file (a NUL byte) from text
_BLOCK_BYTES = 1 << 16
# Byte order marks and the encodings they name; UTF-32's first, as its little-endian mark
# begins with UTF-16's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Encodings whose line ends are not plain CR/LF bytes: a document, decoded whole, may be in one.
WIDE_ENCODINGS = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})


def marked_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding that a byte order mark at the start of ``data`` names, and the mark's
    length; None without a mark."""
    for mark, name in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return name, len(mark)
    return None


def check_encoding(encoding: str, wide: bool = False) -> str:
    """The codec's canonical name; only encodings whose line ends are plain CR/LF bytes work,
    and with ``wide`` (text decoded whole, not line by line) UTF-16 and UTF-32 too."""
    try:
        name = codecs.lookup(encoding).name
        if name == "utf-8-sig":
            name = "utf-8"  # the byte order mark is dropped anyway
        plain = "\r\n".encode(name) == b"\r\n" or (wide and name in WIDE_ENCODINGS)
    except LookupError:
        raise UserError(
            translate(
                "text_files",
                "Unknown text encoding {encoding!r}; give a name like utf-8 or latin-1 "
                "(--encoding, or Encoding in the window).",
            ).format(encoding=encoding)
        ) from None
    if not plain:
        raise UserError(
            translate(
                "text_files",
                "The encoding {encoding} is not supported for text files; convert them to UTF-8.",
            ).format(encoding=encoding)
        )
    return name


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes; those a gzip-compressed one (``.gz``) holds."""
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")  # type: ignore[return-value]


def check_text(path: Path) -> None:
    """Refuse binary files early: a NUL byte never occurs in text the app can train on, unless
    a byte order mark says the file is UTF-16 or UTF-32 (Notepad's and Excel's "Unicode")."""
    try:
        with open_binary(path) as stream:
            head = stream.read(_SNIFF_BYTES)
    except (OSError, EOFError) as error:
        raise unreadable(path, error) from None
    if b"\0" in head and _wide_mark(head) is None:
        raise UserError(
            translate(
                "text_files",
                "{path} is not a text file (it contains NUL bytes); move it out of the data "
                "folder, or convert it to UTF-8 if it is UTF-16 text.",
            ).format(path=path)
        )


def _wide_mark(head: bytes) -> tuple[str, int] | None:
    """The UTF-16 or UTF-32 encoding a byte order mark names, and the mark's length."""
    marked = marked_encoding(head)
    return marked if marked is not None and marked[0] in WIDE_ENCODINGS else None


def read_lines(path: Path, encoding: str, limit: int) -> Iterator[str | None]:
    """Decode a text file line by line; None stands for a line over ``limit`` bytes (characters
    in UTF-16 and UTF-32), never held.

    Lines end in LF or CRLF, or in a lone CR in old Mac files that have no LF at all (a stray CR
    inside a line is just whitespace). A byte order mark at the start is dropped; a UTF-16 or
    UTF-32 one names the file's encoding, whatever ``encoding`` says, and a file that is UTF-8
    (beyond ASCII) is read as UTF-8 whatever other encoding is asked for: a folder of old
    Latin-1 files and new UTF-8 ones reads right. Decoding each line on its own gives exact line
    numbers in errors.
    """
    try:
        if encoding != "utf-8" and _is_utf8(path, *_stamp(path)):
            encoding = "utf-8"
        with open_binary(path) as stream:
            wide = _wide_mark(stream.read(4))
            stream.seek(wide[1] if wide else 0)
            if wide is None:
                blocks = iter(lambda: stream.read(_BLOCK_BYTES), b"")
                for number, raw in _split_lines(blocks, b"\n", b"\r", limit):
                    yield None if raw is None else _decode(raw, path, number, encoding)
                return
            texts = _decoded_blocks(stream, wide[0], path)
            for _, text in _split_lines(texts, "\n", "\r", limit):
                yield None if text is None else text.removesuffix("\r")
    except (OSError, EOFError) as error:  # EOFError: a gzip file cut short
        raise unreadable(path, error) from None


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


@functools.lru_cache(maxsize=256)
def _is_utf8(path: Path, size: int, modified: int) -> bool:
    """Whether the file (as of ``size`` and ``modified``: a changed file is read again) is
    UTF-8 with some non-ASCII text: text in another encoding hardly ever is."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    beyond_ascii = False
    with open_binary(path) as stream:
        while block := stream.read(_BLOCK_BYTES):
            beyond_ascii = beyond_ascii or not block.isascii()
            try:
                decoder.decode(block)
            except UnicodeDecodeError:
                return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return beyond_ascii


Block = TypeVar("Block", bytes, str)


def _split_lines(blocks: Iterator[Block], lf: Block, cr: Block, limit: int) -> Iterator[
    tuple[int, Block | None]
]:  # fmt: skip
    """(line number, line without its LF; None when over ``limit``) of the text in
    ``blocks``; lines end at CR instead when the first block has a CR and no LF."""
    block = next(blocks, None)
    if block is None:
        return
    newline = cr if cr in block[:-1] and lf not in block else lf
    number = 0
    pending = block[:0]
    overflow = False
    while block:
        *complete, rest = block.split(newline)
        for piece in complete:
            number += 1
            if overflow or len(pending) + len(piece) > limit:
                yield number, None
            else:
                yield number, pending + piece
            pending, overflow = block[:0], False
        if not overflow:
            if len(pending) + len(rest) > limit:
                pending, overflow = block[:0], True
            else:
                pending += rest
        block = next(blocks, block[:0])
    if overflow:
        yield number + 1, None
    elif pending:
        yield number + 1, pending


def _decoded_blocks(stream: BinaryIO, encoding: str, path: Path) -> Iterator[str]:
    """The text of ``stream`` in blocks, decoded as ``encoding`` (UTF-16 or UTF-32)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines_before = 0
    while True:
        data = stream.read(_BLOCK_BYTES)
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            start = max(error.start, 0)
            line = lines_before + data[:start].decode(encoding, "ignore").count("\n") + 1
            raise _not_encoded(path, encoding, line) from None
        lines_before += text.count("\n")
        if text:
            yield text
        if not data:
            return


def _decode(raw: bytes, path: Path, number: int, encoding: str) -> str:
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    if number == 1 and encoding == "utf-8" and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise _not_encoded(path, encoding, number) from None


def _not_encoded(path: Path, encoding: str, number: int) -> UserError:
    label = "UTF-8" if encoding == "utf-8" else encoding
    return UserError(
        translate(
            "text_files",
            "{path} is not {encoding} text (line {line}); convert it to UTF-8 or give its "
            "text encoding (--encoding, or Encoding in the Train tab).",
        ).format(path=path, encoding=label, line=number)
    )


def unreadable(path: Path, error: Exception) -> UserError:
    return UserError(
        translate(
            "text_files",
            "Cannot read {path} ({error}); check that it exists and is readable.",
        ).format(path=path, error=getattr(error, "strerror", None) or error)
    )
