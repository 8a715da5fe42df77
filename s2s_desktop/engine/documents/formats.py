"""The document formats, by file-name suffix, and where a translation is written.

Each format is a module with ``open(data: bytes, encoding: str) -> Document``; a ``Document`` has
``segments`` (a ``Segment`` per paragraph, cue or message, in order) and ``write(translated,
languages) -> bytes``, which puts one translated segment back in each one's place and leaves
everything else as it was. Modules are imported when a file of theirs is opened, so their
libraries (lxml, polib…) load only when needed.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from s2s_desktop.engine.errors import UserError


@dataclass(frozen=True)
class Languages:
    """The document's languages, for formats that record them (HTML lang, PO, XLIFF)."""

    source: str
    target: str


@dataclass(frozen=True)
class Format:
    name: str  # as a user would say it: "a Word document"
    suffixes: tuple[str, ...]
    module: str  # s2s_desktop.engine.documents.<module>
    output_suffix: str | None = None  # .pot -> .po: a template's translation is a catalogue

    def open(self, data: bytes, encoding: str) -> Any:
        module = importlib.import_module(f"s2s_desktop.engine.documents.{self.module}")
        return module.open_document(data, encoding)


FORMATS = (
    Format("plain text", (".txt", ".text"), "plain_text"),
    Format("Markdown", (".md", ".markdown"), "markdown"),
    Format("HTML", (".html", ".htm", ".xhtml"), "html"),
    Format("a Word document", (".docx",), "docx"),
    Format("an OpenDocument text", (".odt",), "odt"),
    Format("SubRip subtitles", (".srt",), "subtitles"),
    Format("WebVTT subtitles", (".vtt",), "subtitles"),
    Format("a gettext catalogue", (".po",), "gettext"),
    Format("a gettext template", (".pot",), "gettext", output_suffix=".po"),
    Format("XLIFF", (".xlf", ".xliff"), "xliff"),
)
SUFFIXES = tuple(suffix for kind in FORMATS for suffix in kind.suffixes)


def for_path(path: Path) -> Format:
    """The format of ``path`` by its suffix, or one sentence listing those we read."""
    suffix = path.suffix.lower()
    for kind in FORMATS:
        if suffix in kind.suffixes:
            return kind
    raise UserError(
        f"{path.name} is not a kind of document the app translates; it reads "
        f"{', '.join(SUFFIXES)} files."
    )


def file_filter() -> str:
    """A file dialog's filter: all documents, then each format."""
    every = " ".join(f"*{suffix}" for suffix in SUFFIXES)
    each = [f"{_title(kind.name)} ({' '.join('*' + s for s in kind.suffixes)})" for kind in FORMATS]
    return ";;".join([f"Documents ({every})", *each, "All files (*)"])


def _title(name: str) -> str:
    name = re.sub(r"^(a|an) ", "", name)
    return name[:1].upper() + name[1:]


def output_path(source: Path, src_lang: str, tgt_lang: str) -> Path:
    """Where ``source``'s translation goes: ``report.docx`` -> ``report.de.docx``,
    ``doc.en.txt`` -> ``doc.de.txt`` (the source language's code replaced), ``app.pot`` ->
    ``app.de.po``."""
    kind = for_path(source)
    suffix = kind.output_suffix or source.suffix
    stem = source.stem
    tgt = tgt_lang or "translated"
    if src_lang and stem.lower().endswith("." + src_lang.lower()):
        stem = stem[: -len(src_lang) - 1]
    return source.with_name(f"{stem}.{tgt}{suffix}")
