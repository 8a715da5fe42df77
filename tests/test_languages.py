"""Language names: English for the server and the console, the window's language in the window."""

from __future__ import annotations

import pytest

from s2s_desktop.languages import language_name


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("es", "en", "Spanish"),
        ("es", "de", "Spanisch"),
        ("de", "es", "alemán"),
        ("pt_BR", "de", "Portugiesisch"),  # the language, as Qt reads the code
        ("fin", "es", "finés"),  # a three-letter code, as OPUS-MT names some
        ("en", "de", "Englisch"),
    ],
)
def test_a_code_is_named_in_the_language_asked_for(code, language, name):
    assert language_name(code, language) == name


def test_an_unknown_code_or_ui_language_falls_back_to_what_is_known():
    assert language_name("xx", "de") == "xx"
    assert language_name("", "de") == "?"
    assert language_name("es", "zz") == "Spanish"  # no CLDR names in that language
