"""Bytes <-> text for the text-like formats (plain text, Markdown, subtitles): the user's
encoding, a UTF-8 byte order mark kept as it was, and UTF-8 where the chosen encoding cannot
hold the translation."""

from __future__ import annotations

import codecs

from s2s_desktop.engine.text_files import check_encoding


def decode_text(data: bytes, encoding: str) -> tuple[str, str, bool]:
    """(text, the encoding's canonical name, whether a UTF-8 byte order mark opened it)."""
    encoding = check_encoding(encoding)
    bom = encoding == "utf-8" and data.startswith(codecs.BOM_UTF8)
    return data.decode("utf-8-sig" if bom else encoding), encoding, bom


def encode_text(text: str, encoding: str, bom: bool) -> bytes:
    """``text`` in ``encoding`` (with its mark back), or UTF-8 when the encoding cannot hold it."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")
    return codecs.BOM_UTF8 + data if bom else data
