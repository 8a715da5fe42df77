"""Reading the user's text files: line by line, in any encoding whose line ends are plain CR/LF
bytes, with one sentence naming the file and line when a file cannot be read."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

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
                "Unknown text encoding {encoding!r}; pass a name like utf-8 or latin-1 to "
                "--encoding.",
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


def check_text(path: Path) -> None:
    """Refuse binary files early: a NUL byte never occurs in text the app can train on."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError as error:
        raise unreadable(path, error) from None
    if b"\0" in head:
        raise UserError(
            translate(
                "text_files",
                "{path} is not a text file (it contains NUL bytes); move it out of the data "
                "folder, or convert it to UTF-8 if it is UTF-16 text.",
            ).format(path=path)
        )


def read_lines(path: Path, encoding: str, limit: int) -> Iterator[str | None]:
    """Decode a text file line by line; None stands for a line over ``limit`` bytes, never held.

    Lines end in LF or CRLF, or in a lone CR in old Mac files that have no LF at all (a stray CR
    inside a line is just whitespace). A UTF-8 byte order mark at the start is dropped. Decoding
    each line on its own gives exact line numbers in errors.
    """
    try:
        with path.open("rb") as stream:
            block = stream.read(_BLOCK_BYTES)
            newline = b"\r" if b"\r" in block[:-1] and b"\n" not in block else b"\n"
            number = 0
            pending = b""
            overflow = False
            while block:
                *complete, rest = block.split(newline)
                for piece in complete:
                    number += 1
                    if overflow or len(pending) + len(piece) > limit:
                        yield None
                    else:
                        yield _decode(pending + piece, path, number, encoding)
                    pending, overflow = b"", False
                if not overflow:
                    if len(pending) + len(rest) > limit:
                        pending, overflow = b"", True
                    else:
                        pending += rest
                block = stream.read(_BLOCK_BYTES)
            if overflow:
                yield None
            elif pending:
                yield _decode(pending, path, number + 1, encoding)
    except OSError as error:
        raise unreadable(path, error) from None


def _decode(raw: bytes, path: Path, number: int, encoding: str) -> str:
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    if number == 1 and encoding == "utf-8" and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        label = "UTF-8" if encoding == "utf-8" else encoding
        raise UserError(
            translate(
                "text_files",
                "{path} is not {encoding} text (line {line}); convert it to UTF-8 or give its "
                "text encoding (--encoding, or Encoding in the Train tab).",
            ).format(path=path, encoding=label, line=number)
        ) from None


def unreadable(path: Path, error: OSError) -> UserError:
    return UserError(
        translate(
            "text_files",
            "Cannot read {path} ({error}); check that it exists and is readable.",
        ).format(path=path, error=error.strerror or error)
    )
