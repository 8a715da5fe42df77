"""Bytes <-> text for the text-like formats (plain text, Markdown, subtitles): the user's
encoding, or the one a byte order mark names (UTF-8, UTF-16 or UTF-32, as Windows Notepad saves
"Unicode" text), the mark kept as it was, and UTF-8 where the chosen encoding cannot hold the
translation."""

from __future__ import annotations

from s2s_desktop.engine.text_files import BYTE_ORDER_MARKS, check_encoding, marked_encoding

_MARKS = {name: mark for mark, name in BYTE_ORDER_MARKS}


class NotText(ValueError):
    """The bytes hold NUL bytes outside UTF-16 and UTF-32: binary data (a program, an image),
    which any single-byte encoding would read as garbage."""


def decode_text(data: bytes, encoding: str) -> tuple[str, str, bool]:
    """(text, the encoding's canonical name, whether a byte order mark opened it).

    A byte order mark names the encoding, whatever ``encoding`` says (no text in another
    encoding starts with one). Without a mark, UTF-16 and UTF-32 are read little-endian, as
    Windows writes them."""
    encoding = check_encoding(encoding, wide=True)
    marked = marked_encoding(data)
    if marked is not None:
        encoding, length = marked
        return data[length:].decode(encoding), encoding, True
    if encoding in ("utf-16", "utf-32"):
        encoding += "-le"
    if not encoding.startswith(("utf-16", "utf-32")) and b"\x00" in data:
        raise NotText
    return data.decode(encoding), encoding, False


class EncodedText:
    """A text document's way back to bytes: its text in its encoding (with its mark back), or in
    UTF-8 where that encoding cannot hold the translation (Latin-1 for Russian); ``fell_back``
    says so, for the user to be told."""

    encoding: str
    bom: bool
    fell_back = False

    def encoded(self, text: str) -> bytes:
        try:
            data = text.encode(self.encoding)
        except UnicodeEncodeError:
            self.fell_back = True
            return text.encode("utf-8")
        return _MARKS.get(self.encoding, b"") + data if self.bom else data
