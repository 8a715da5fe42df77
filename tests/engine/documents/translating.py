"""A document translated by the toy model in a test's folder, given as text or bytes."""

from __future__ import annotations

from pathlib import Path

from s2s_desktop.engine.documents.job import translate_document


def translated(folder: Path, name: str, data: bytes, translator) -> bytes:
    """``data`` written to ``folder/name`` (its suffix says the format), translated; the
    translation's bytes."""
    source = folder / name
    source.write_bytes(data)
    output = folder / f"out-{name}"
    translate_document(source, output, translator)
    return output.read_bytes()


def translated_text(folder: Path, name: str, text: str, translator) -> str:
    """``translated`` for UTF-8 text."""
    return translated(folder, name, text.encode(), translator).decode()
