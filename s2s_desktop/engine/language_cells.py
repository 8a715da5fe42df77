"""The language a cell of a spreadsheet's header names: "English", "español", "es-ES",
"zh-Hans", or a bare code the reader accepts. Glossary files and tab-separated corpora read
their headers with it."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Language names a spreadsheet's header may use: English names, and a few languages' own names.
LANGUAGE_NAMES = {
    "afrikaans": "af", "albanian": "sq", "amharic": "am", "arabic": "ar", "armenian": "hy",
    "azerbaijani": "az", "basque": "eu", "belarusian": "be", "bengali": "bn", "bulgarian": "bg",
    "burmese": "my", "catalan": "ca", "chinese": "zh", "croatian": "hr", "czech": "cs",
    "danish": "da", "dutch": "nl", "english": "en", "esperanto": "eo", "estonian": "et",
    "farsi": "fa", "filipino": "tl", "finnish": "fi", "french": "fr", "galician": "gl",
    "georgian": "ka", "german": "de", "greek": "el", "gujarati": "gu", "hausa": "ha",
    "hebrew": "he", "hindi": "hi", "hungarian": "hu", "icelandic": "is", "indonesian": "id",
    "irish": "ga", "italian": "it", "japanese": "ja", "kannada": "kn", "kazakh": "kk",
    "khmer": "km", "korean": "ko", "latin": "la", "latvian": "lv", "lithuanian": "lt",
    "macedonian": "mk", "malay": "ms", "malayalam": "ml", "maltese": "mt", "marathi": "mr",
    "mongolian": "mn", "nepali": "ne", "norwegian": "no", "norwegian bokmål": "nb",
    "persian": "fa", "polish": "pl", "portuguese": "pt", "punjabi": "pa", "romanian": "ro",
    "russian": "ru", "serbian": "sr", "sinhala": "si", "slovak": "sk", "slovenian": "sl",
    "somali": "so", "spanish": "es", "swahili": "sw", "swedish": "sv", "tagalog": "tl",
    "tamil": "ta", "telugu": "te", "thai": "th", "turkish": "tr", "ukrainian": "uk",
    "urdu": "ur", "uzbek": "uz", "vietnamese": "vi", "welsh": "cy", "yiddish": "yi",
    "yoruba": "yo", "zulu": "zu",
    "castellano": "es", "català": "ca", "deutsch": "de", "español": "es", "français": "fr",
    "italiano": "it", "nederlands": "nl", "polski": "pl", "português": "pt", "русский": "ru",
    "svenska": "sv", "türkçe": "tr", "中文": "zh", "日本語": "ja", "한국어": "ko",
}  # fmt: skip
KNOWN_CODES = frozenset(LANGUAGE_NAMES.values())
# A language code with a script or region (en-US, es_ES, pt-BR, zh-Hans-CN, es-419).
_LOCALE = re.compile(r"([a-z]{2,3})(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|\d{3}))?")
# A qualifier such as "English (United States)" or "Source (en)" says nothing more.
QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def named_language(cell: str, codes: Iterable[str] = ()) -> str | None:
    """The base code of the language ``cell`` names, or None: a language name, a code with a
    script or region, or a bare code among ``codes`` (the reader's: a glossary accepts only
    its pair's, so the term "IT" is not Italian)."""
    name = QUALIFIER.sub("", cell).casefold().strip()
    bare = {code.casefold() for code in codes}
    if name in bare:
        return re.split(r"[-_]", name, maxsplit=1)[0]
    locale = _LOCALE.fullmatch(name)
    if locale and name != locale.group(1) and locale.group(1) in KNOWN_CODES | bare:
        return locale.group(1)
    return LANGUAGE_NAMES.get(name)
