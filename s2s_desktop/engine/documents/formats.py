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
from s2s_desktop.engine.language_cells import KNOWN_CODES
from s2s_desktop.engine.wording import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Languages:
    """The document's languages, for formats that record them (HTML lang, PO, XLIFF)."""

    source: str
    target: str


@dataclass(frozen=True)
class Format:
    # ``name`` and ``title`` are English, marked for lupdate: show them translated, through
    # ``translate("documents_formats", ...)``.
    name: str  # as a user would say it: "a Word document"
    suffixes: tuple[str, ...]
    module: str  # s2s_desktop.engine.documents.<module>
    output_suffix: str | None = None  # .pot -> .po: a template's translation is a catalogue
    title: str = ""  # as a file dialog's filter names it: "Word document"

    def open(self, data: bytes, encoding: str) -> Any:
        module = importlib.import_module(f"s2s_desktop.engine.documents.{self.module}")
        return module.open_document(data, encoding)


FORMATS = (
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "plain text"),
        (".txt", ".text"),
        "plain_text",
        title=QT_TRANSLATE_NOOP("documents_formats", "Plain text"),
    ),
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "Markdown"),
        (".md", ".markdown"),
        "markdown",
        title=QT_TRANSLATE_NOOP("documents_formats", "Markdown"),
    ),
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "HTML"),
        (".html", ".htm", ".xhtml"),
        "html",
        title=QT_TRANSLATE_NOOP("documents_formats", "HTML"),
    ),
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "a Word document"),
        (".docx",),
        "docx",
        title=QT_TRANSLATE_NOOP("documents_formats", "Word document"),
    ),
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "an OpenDocument text"),
        (".odt",),
        "odt",
        title=QT_TRANSLATE_NOOP("documents_formats", "OpenDocument text"),
    ),
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "SubRip subtitles"),
        (".srt",),
        "subtitles",
        title=QT_TRANSLATE_NOOP("documents_formats", "SubRip subtitles"),
    ),
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "WebVTT subtitles"),
        (".vtt",),
        "subtitles",
        title=QT_TRANSLATE_NOOP("documents_formats", "WebVTT subtitles"),
    ),
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "a gettext catalogue"),
        (".po",),
        "gettext",
        title=QT_TRANSLATE_NOOP("documents_formats", "Gettext catalogue"),
    ),
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "a gettext template"),
        (".pot",),
        "gettext",
        output_suffix=".po",
        title=QT_TRANSLATE_NOOP("documents_formats", "Gettext template"),
    ),
    Format(
        QT_TRANSLATE_NOOP("documents_formats", "XLIFF"),
        (".xlf", ".xliff"),
        "xliff",
        title=QT_TRANSLATE_NOOP("documents_formats", "XLIFF"),
    ),
)
SUFFIXES = tuple(suffix for kind in FORMATS for suffix in kind.suffixes)


def for_path(path: Path) -> Format:
    """The format of ``path`` by its suffix, or one sentence listing those we read."""
    suffix = path.suffix.lower()
    for kind in FORMATS:
        if suffix in kind.suffixes:
            return kind
    raise UserError(
        translate(
            "documents_formats",
            "{file} is not a kind of document the app translates; it reads {suffixes} files.",
        ).format(file=path.name, suffixes=", ".join(SUFFIXES))
    )


def file_filter() -> str:
    """A file dialog's filter: all documents, then each format."""
    every = " ".join(f"*{suffix}" for suffix in SUFFIXES)
    each = [
        "{title} ({patterns})".format(
            title=translate("documents_formats", kind.title),
            patterns=" ".join("*" + suffix for suffix in kind.suffixes),
        )
        for kind in FORMATS
    ]
    documents = translate("documents_formats", "Documents ({patterns})").format(patterns=every)
    return ";;".join([documents, *each, translate("documents_formats", "All files (*)")])


def language_in_name(source: Path) -> str:
    """The language ``source``'s name gives its text ("es" for ``chapter.es.txt``, "pt-BR"
    for ``notes.pt-BR.md``), or "". Gettext and XLIFF files are named after the language of
    their translations, and say their languages inside: none for them."""
    if for_path(source).module in ("gettext", "xliff"):
        return ""
    tag = Path(source.stem).suffix[1:]
    code = re.split(r"[-_]", tag, maxsplit=1)[0]
    if code != code.lower() or code not in KNOWN_CODES:  # "notes.v2", "how.to", "report.Final"
        return ""
    return tag


def output_path(source: Path, src_lang: str, tgt_lang: str) -> Path:
    """Where ``source``'s translation goes: ``report.docx`` -> ``report.de.docx``,
    ``doc.en.txt`` -> ``doc.de.txt`` and ``app.en-US.xlf`` -> ``app.de.xlf`` (the source
    language's code replaced), ``app.pot`` -> ``app.de.po``."""
    kind = for_path(source)
    suffix = kind.output_suffix or source.suffix
    stem = source.stem
    tgt = tgt_lang or "translated"
    if src_lang:  # "doc.en", also with a region: "strings.en-US", "strings.en_GB"
        stem = re.sub(rf"\.{re.escape(src_lang)}(?:[-_][A-Za-z0-9]+)?$", "", stem, flags=re.I)
    return source.with_name(f"{stem}.{tgt}{suffix}")
