"""What must come out of a translation exactly as it went in: format placeholders (``%s``,
``%(name)s``, ``{0}``, ``{name}``, Qt's ``%1``, ``%{name}``, ``${name}``), template tags
(``{{ name }}``, ``{% include x %}``, Hugo's ``{{< ref "x" >}}``), HTML entities, URLs,
e-mail addresses and numbers.

They are taken out of the text before the model reads it and put back through the alignment
(``transfer``), so a model never has to copy them, and can never change or drop one.
"""

from __future__ import annotations

import re
from collections import Counter

_URL = r"(?:https?|ftp)://[^\s<>\"']*[^\s<>\"'.,;:!?)\]]|www\.[^\s<>\"']*[^\s<>\"'.,;:!?)\]]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ENTITY = r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);"
# printf: %s, %5.2f, %-10s, %(name)s, %1$s, %%; no space flag, so "50% of" stays text.
_PRINTF = (
    r"%(?:\([\w.-]+\)|\d+\$)?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlLqjzt]*[diouxXeEfFgGcrsaqp@%]"
)
_BRACES = r"\{[\w.\[\]!:<>^=+\-#, ]*\}"  # Python/ICU-style {0}, {name}, {count:>3}, {}
_QT = r"%L?(?:[1-9]\d?|n)(?![\w$])"  # Qt's %1 .. %99, %L1, and %n of its plurals
_SIGIL = r"[%$#]\{[\w.\-]+\}"  # Ruby's %{name} and #{name}, JavaScript's and shells' ${name}
# Jinja, Liquid, Django, Handlebars, Hugo: {{ x }}, {{< shortcode >}}, {% tag %}, {# note #}.
_TEMPLATE = r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}"
_NUMBER = r"(?<![\w])[-+]?\d+(?:[.,:/]\d+)*%?(?![\w])"

PATTERN = re.compile(
    "|".join(
        f"(?:{part})"
        for part in (_URL, _EMAIL, _ENTITY, _TEMPLATE, _PRINTF, _QT, _SIGIL, _BRACES, _NUMBER)
    )
)


# What may join two items into one (``{dir}/{name}``, ``{x}-{y}``): never a space, a letter or
# a character that markup escapes.
_JOINERS = frozenset("/-:.,;|+=_~#")


def runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of protected items in ``text``: items that touch, or are
    joined by separators only, form one run, so the model never sees (and cannot drop) what
    stands between them."""
    found: list[tuple[int, int]] = []
    for match in PATTERN.finditer(text):
        start, end = match.span()
        if found and set(text[found[-1][1] : start]) <= _JOINERS:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def find(text: str) -> list[str]:
    """Every protected item in ``text``, in order."""
    return [match.group() for match in PATTERN.finditer(text)]


def missing(source: str, translation: str) -> list[str]:
    """The protected items of ``source`` that ``translation`` lacks (as many times as lacking)."""
    return list((Counter(find(source)) - Counter(find(translation))).elements())
