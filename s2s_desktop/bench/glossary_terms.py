"""How well a glossary's terms reach the translation, and what placing them costs in quality.

The test lines are those whose source holds a glossary source term and whose reference holds
that term's target term (inflected forms count): there the reference agrees with the glossary,
so the share of such (sentence, term) occurrences whose target term is in the output is the
term rate. BLEU and chrF on the same lines say whether forcing the terms hurt the words around
them. Both runs use the same beam.

Where a term lands is measured too: its place in the output (the share of the text before it)
against its place in the reference, averaged over the terms placed. ``--unseen`` asks for words
the model never writes (king -> "monarca" where the corpus says "rey"), the hard case for the
constrained search: test lines are those whose reference holds the usual word, which marks
where the term belongs.

    python -m s2s_desktop.bench.glossary_terms MODEL_DIR SOURCES REFERENCES [--glossary FILE]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

import sacrebleu

from s2s_desktop.engine.glossary import Glossary, Term, TermMatcher, read_terms
from s2s_desktop.engine.glossary_translation import translate_with_glossary
from s2s_desktop.engine.translator import load_translator

# English -> Spanish terms of the sample Bible corpus (World English Bible -> Reina-Valera
# 1909) for which the model's own word often differs from the reference's.
BIBLE_TERMS = [
    Term(source, target)
    for source, target in [
        ("God", "Dios"), ("Yahweh", "Jehová"), ("king", "rey"), ("house", "casa"),
        ("hand", "mano"), ("son", "hijo"), ("daughter", "hija"), ("water", "agua"),
        ("man", "varón"), ("land", "tierra"), ("servant", "siervo"), ("brother", "hermano"),
        ("people", "pueblo"), ("father", "padre"), ("soul", "alma"), ("nation", "gente"),
        ("sword", "espada"), ("heart", "corazón"), ("priest", "sacerdote"), ("city", "ciudad"),
        ("voice", "voz"), ("bread", "pan"), ("fire", "fuego"), ("mountain", "monte"),
        ("holy", "santo"), ("wife", "mujer"), ("judgment", "juicio"), ("sin", "pecado"),
        ("mercy", "misericordia"), ("peace", "paz"), ("blood", "sangre"), ("word", "palabra"),
        ("prophet", "profeta"), ("prince", "príncipe"), ("altar", "altar"),
        ("generation", "generación"), ("sacrifice", "sacrificio"), ("offering", "ofrenda"),
        ("fear", "temor"), ("anger", "ira"), ("wrath", "ira"), ("sheep", "oveja"),
        ("curse", "maldición"), ("ark", "arca"), ("heaven", "cielo"), ("sea", "mar"),
    ]
]  # fmt: skip

# The same corpus's terms given words its Spanish side never uses: (source, usual, asked for).
UNSEEN_TERMS = [
    ("king", "rey", "monarca"), ("house", "casa", "vivienda"), ("servant", "siervo", "sirviente"),
    ("son", "hijo", "vástago"), ("man", "varón", "caballero"), ("city", "ciudad", "urbe"),
    ("wife", "mujer", "cónyuge"), ("mountain", "monte", "cerro"), ("holy", "santo", "sagrado"),
    ("water", "agua", "líquido"), ("people", "pueblo", "gentío"), ("father", "padre", "progenitor"),
    ("bread", "pan", "hogaza"), ("voice", "voz", "timbre"),
]  # fmt: skip


@dataclass
class GlossaryTermsReport:
    """Term rate (0-1), BLEU and chrF, and decoding seconds, without and with the glossary."""

    sentences: int
    occurrences: int  # (sentence, term) pairs whose reference holds the target term
    term_rate_without: float
    term_rate_with: float
    bleu_without: float
    bleu_with: float
    chrf_without: float
    chrf_with: float
    seconds_without: float
    seconds_with: float
    unmet_reported: int  # occurrences reported as not placed
    # Mean |place in the output - place in the reference| of the terms placed (0-1).
    position_error_without: float
    position_error_with: float
    # Of the terms placed where the plain translation wrote their usual word, the share beside
    # it: the output keeps that word as often ("el rey monarca"). Only with usual words.
    doubled: float = 0.0


def term_test_lines(
    glossary: Glossary,
    sources: list[str],
    references: list[str],
    usual: dict[Term, str] | None = None,
) -> list[tuple[int, list[Term]]]:
    """(line index, the terms whose source is in the source and target in the reference; for
    a term in ``usual``, that word in the reference instead of its target)."""
    usual = usual or {}
    lines = []
    for index, (source, reference) in enumerate(zip(sources, references)):
        terms = [
            match.term
            for match in glossary.find_terms(source)
            if _holds(reference, usual.get(match.term, match.term.target), glossary.tgt_lang)
        ]
        if terms:
            lines.append((index, list(dict.fromkeys(terms))))
    return lines


def measure_glossary_terms(
    model_dir: Path,
    glossary: Glossary,
    sources: list[str],
    references: list[str],
    beam: int = 4,
    usual: dict[Term, str] | None = None,
) -> GlossaryTermsReport:
    """Translate the glossary's test lines with and without it; see the module docstring."""
    tests = term_test_lines(glossary, sources, references, usual)
    test_sources = [sources[i] for i, _ in tests]
    test_references = [references[i] for i, _ in tests]
    translator = load_translator(model_dir, device="cpu")
    started = time.perf_counter()
    plain = translator.translate(test_sources, beam=beam, split=False)
    seconds_without = time.perf_counter() - started
    started = time.perf_counter()
    results = translate_with_glossary(translator, test_sources, glossary, beam=beam)
    seconds_with = time.perf_counter() - started
    with_glossary = [result.text for result in results]
    # Scored with each asked-for word read as the usual one, so BLEU judges the words around it.
    scored = [_as_usual(text, usual, glossary.tgt_lang) for text in with_glossary]
    occurrences = sum(len(terms) for _, terms in tests)
    lang = glossary.tgt_lang
    unmet = sum(
        term in result.unmet for (_, terms), result in zip(tests, results) for term in terms
    )
    return GlossaryTermsReport(
        sentences=len(tests),
        occurrences=occurrences,
        term_rate_without=_term_rate(plain, tests, lang),
        term_rate_with=_term_rate(with_glossary, tests, lang),
        bleu_without=sacrebleu.corpus_bleu(plain, [test_references]).score,
        bleu_with=sacrebleu.corpus_bleu(scored, [test_references]).score,
        chrf_without=sacrebleu.corpus_chrf(plain, [test_references]).score,
        chrf_with=sacrebleu.corpus_chrf(scored, [test_references]).score,
        seconds_without=seconds_without,
        seconds_with=seconds_with,
        unmet_reported=unmet,
        position_error_without=_position_error(plain, test_references, tests, lang, usual),
        position_error_with=_position_error(with_glossary, test_references, tests, lang, usual),
        doubled=_doubled(with_glossary, plain, tests, lang, usual),
    )


def _holds(text: str, phrase: str, lang: str) -> bool:
    """Whether ``text`` holds ``phrase`` in any inflection (Snowball stems compared)."""
    return bool(TermMatcher([phrase], lang).find(text))


def _term_rate(outputs: list[str], tests: list[tuple[int, list[Term]]], lang: str) -> float:
    hits = total = 0
    for output, (_, terms) in zip(outputs, tests):
        for term in terms:
            total += 1
            hits += _holds(output, term.target, lang)
    return hits / total if total else 0.0


def _as_usual(text: str, usual: dict[Term, str] | None, lang: str) -> str:
    """``text`` with each asked-for word of ``usual``'s terms replaced by the usual one."""
    for term, word in (usual or {}).items():
        for _, start, end in reversed(TermMatcher([term.target], lang).find(text)):
            text = text[:start] + word + text[end:]
    return text


def _position_error(
    outputs: list[str],
    references: list[str],
    tests: list[tuple[int, list[Term]]],
    lang: str,
    usual: dict[Term, str] | None,
) -> float:
    """Mean distance between where each placed term is in the output and where its word is in
    the reference, each as the share of its text before it (first occurrences)."""
    usual = usual or {}
    errors = []
    for output, reference, (_, terms) in zip(outputs, references, tests):
        for term in terms:
            placed = TermMatcher([term.target], lang).find(output)
            wanted = TermMatcher([usual.get(term, term.target)], lang).find(reference)
            if placed and wanted:
                errors.append(abs(placed[0][1] / len(output) - wanted[0][1] / len(reference)))
    return sum(errors) / len(errors) if errors else 0.0


def _doubled(
    outputs: list[str],
    plain: list[str],
    tests: list[tuple[int, list[Term]]],
    lang: str,
    usual: dict[Term, str] | None,
) -> float:
    """Of the placed terms whose usual word the plain translation holds, the share whose
    output holds that word as often: the term was written beside it, not in its place."""
    doubled = placed = 0
    for output, before, (_, terms) in zip(outputs, plain, tests):
        for term in terms:
            word = (usual or {}).get(term)
            if word is None or not _holds(output, term.target, lang):
                continue
            own = len(TermMatcher([word], lang).find(before))
            if own:
                placed += 1
                doubled += len(TermMatcher([word], lang).find(output)) >= own
    return doubled / placed if placed else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="a model folder")
    parser.add_argument("sources", type=Path, help="held-out source lines")
    parser.add_argument("references", type=Path, help="their reference translations")
    parser.add_argument("--glossary", type=Path, help="TSV, CSV or TBX (default: Bible terms)")
    parser.add_argument("--src", default="en")
    parser.add_argument("--tgt", default="es")
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument(
        "--unseen", action="store_true", help="Bible terms with words the corpus never uses"
    )
    args = parser.parse_args()
    terms = read_terms(args.glossary, args.src, args.tgt) if args.glossary else BIBLE_TERMS
    usual = None
    if args.unseen:
        usual = {Term(source, asked): word for source, word, asked in UNSEEN_TERMS}
        terms = list(usual)
    glossary = Glossary(args.src, args.tgt, terms)
    sources = args.sources.read_text(encoding="utf-8").splitlines()
    references = args.references.read_text(encoding="utf-8").splitlines()
    report = measure_glossary_terms(args.model, glossary, sources, references, args.beam, usual)
    print(f"glossary terms: {len(terms)}, beam {args.beam}")
    print(f"test sentences: {report.sentences}, term occurrences: {report.occurrences}")
    print(f"{'':14}{'without':>10}{'with':>10}")
    print(f"{'term rate %':14}{report.term_rate_without:10.1%}{report.term_rate_with:10.1%}")
    print(f"{'BLEU':14}{report.bleu_without:10.2f}{report.bleu_with:10.2f}")
    print(f"{'chrF':14}{report.chrf_without:10.2f}{report.chrf_with:10.2f}")
    print(f"{'seconds':14}{report.seconds_without:10.2f}{report.seconds_with:10.2f}")
    print(
        f"{'place error':14}{report.position_error_without:10.3f}{report.position_error_with:10.3f}"
    )
    print(f"reported unmet: {report.unmet_reported}")
    if usual:
        print(f"usual word kept beside the term: {report.doubled:.1%}")


if __name__ == "__main__":
    main()
