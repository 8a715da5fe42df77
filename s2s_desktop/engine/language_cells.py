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
# ISO 639-1, the two-letter codes (a bare one is a language only where a reader accepts it).
ISO_639_1 = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()  # noqa: SIM905
)
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
