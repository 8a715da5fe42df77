"""The window's translations: the .ts files hold every marked string of the code (the window's
and the engine's), each one translated (placeholders, mnemonics and tags kept), and the shipped
.qm files are compiled from them. The engine speaks the window's language in the training
process too, and English on the console."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from s2s_desktop.resources import translations_dir

LANGUAGES = ("de", "es")
ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rsa])?(?::[^{}]*)?\}")  # {name}, {step:,}, {name!r}
MNEMONIC = re.compile(r"(?<!&)&(?![& ])")
TAG = re.compile(r"</?[a-z]+[^>]*>")
needs_lupdate = pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate (PySide6's tools)"
)


def update_script():
    """scripts/update_translations.py as a module: its ``sources()`` says what lupdate reads."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders_mnemonics_and_tags(language):
    entries = messages(translations_dir() / f"s2s_desktop_{language}.ts")
    assert len(entries) > 500
    problems = []
    for context, source, translation in entries:
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
        if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r}: the & mnemonic")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r}: HTML tags differ")
    assert not problems, "\n".join(problems)


@needs_lupdate
def test_the_translation_files_hold_every_marked_string_of_the_code(tmp_path):
    """scripts/update_translations.py has been run since the last change of the window's text."""
    fresh = tmp_path / "fresh.ts"
    sources = [str(path) for path in update_script().sources()]
    assert any("engine" in source for source in sources)
    subprocess.run(
        ["pyside6-lupdate", *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(context, source) for context, source, _ in messages(fresh)}
    for language in LANGUAGES:
        shipped = messages(translations_dir() / f"s2s_desktop_{language}.ts")
        assert {(context, source) for context, source, _ in shipped} == wanted, (
            f"s2s_desktop_{language}.ts is out of date: run scripts/update_translations.py"
        )


@needs_lupdate
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_ts(language, tmp_path):
    ts = translations_dir() / f"s2s_desktop_{language}.ts"
    compiled = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(compiled)], check=True)
    assert (translations_dir() / f"s2s_desktop_{language}.qm").read_bytes() == compiled.read_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_engine_speaks_the_language_it_is_given_and_english_by_default(language):
    """As the training process does it (no QApplication needed), then back to English."""
    from s2s_desktop.engine import event_words, verdict
    from s2s_desktop.gui.i18n import current_language, translate_engine

    english = verdict.quality_words(30.0), event_words.finish_reason("stopped")
    assert english == ("good: mostly fluent, with some errors", "Training stopped")
    try:
        translate_engine(language)
        assert current_language() == language
        shown = verdict.quality_words(30.0), event_words.finish_reason("stopped")
        assert shown == (
            translation(language, "verdict", english[0]),
            translation(language, "event_words", english[1]),
        )
        assert shown != english
    finally:
        translate_engine("en")
    assert (verdict.quality_words(30.0), event_words.finish_reason("stopped")) == english
    assert current_language() == "en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_engine_writes_numbers_the_languages_way(language):
    """12.345 and 3,4 in German and Spanish; English keeps 12,345 and 3.4, and so does a record
    made ``in_english`` (a model card, the server's answers)."""
    import numpy as np

    from s2s_desktop.engine.model_facts import device_in_words, format_size
    from s2s_desktop.engine.wording import in_english, number, short_number, translate
    from s2s_desktop.gui.i18n import translate_engine

    def shown() -> tuple[str, ...]:
        pairs = translate("corpus", "Training pairs: {pairs:,}").format(pairs=12345)
        aligned = translate("corpus", "{count:>{width},} pairs").format(count=1234, width=7)
        rates = short_number(0.002), short_number(1.5e-05)
        fields = translate("x", "{change:+.1f} {share:.1%} {hours:.3g} {n:,} {code} {w:5}").format(
            change=1.25, share=0.025, hours=2.5, n=np.int64(1234567), code=8000, w=7
        )
        return (
            *(pairs, aligned, format_size(3_400_000), number(2146232), number(11.83, 1)),
            *(*rates, fields),
        )

    english = (
        *("Training pairs: 12,345", "  1,234 pairs", "3.4 MB", "2,146,232", "11.8"),
        *("0.002", "1.5e-05", "+1.2 2.5% 2.5 1,234,567 8000     7"),
    )
    assert shown() == english
    try:
        translate_engine(language)
        localised = shown()
        pairs = translation(language, "corpus", "Training pairs: {pairs:,}")
        assert localised[0] == pairs.replace("{pairs:,}", "12.345")
        four = {"de": "1.234", "es": "1234"}[language]  # Spanish groups from five digits
        aligned = translation(language, "corpus", "{count:>{width},} pairs")
        assert localised[1] == aligned.replace("{count:>{width},}", f"{four:>7}")
        assert localised[2:] == (
            *("3,4 MB", "2.146.232", "11,8", "0,002", "1,5e-05"),
            "+1,2 2,5% 2,5 1.234.567 8000     7",  # numpy's too; a bare field as it was
        )
        with in_english():
            assert shown() == english
        device = device_in_words("CPU (2 threads), bfloat16 mixed precision")
        assert device == "{}, {}".format(
            translation(language, "devices", "CPU ({threads} threads)").format(threads=2),
            translation(language, "devices", "{dtype} mixed precision").format(dtype="bfloat16"),
        )
        assert device_in_words("NVIDIA H100, float32") == "NVIDIA H100, float32"
    finally:
        translate_engine("en")
    assert shown() == english


def translation(language: str, context: str, source: str) -> str:
    ts = translations_dir() / f"s2s_desktop_{language}.ts"
    return next(t.text for c, s, t in messages(ts) if (c, s) == (context, source))
