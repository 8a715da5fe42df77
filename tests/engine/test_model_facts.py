"""What ``models show`` and the Models tab say about a card (``engine.model_facts``)."""

from s2s_desktop.engine.model_facts import fine_tuned_into, model_sections
from s2s_desktop.engine.model_files import ModelCard


def _score(test_set: str, digest: str, beam: int, origin: str) -> dict:
    return {
        "test_set": test_set,
        "digest": digest,
        "sentences": 60,
        "beam": beam,
        "bleu": 12.0,
        "chrf": 40.0,
        "origin": origin,
    }


def test_two_test_sets_of_one_name_are_told_apart_by_their_files():
    card = ModelCard.from_json(
        {
            "src_lang": "en",
            "tgt_lang": "es",
            "test_scores": [
                _score("test", "aaaa", 4, "/a/test.en + /a/test.es"),
                _score("test", "aaaa", 1, "/a/test.en + /a/test.es"),
                _score("test", "bbbb", 4, "/b/test.en + /b/test.es"),
                _score("news", "cccc", 4, "/c/news.en + /c/news.es"),
            ],
        },
        "m",
    )
    sections = dict(model_sections(card, 0, "/models/m"))
    rows = sections["Test sets"]
    assert [label for label, _ in rows] == ["test (60 pairs)"] * 3 + ["news (60 pairs)"]
    assert rows[0][1] == "BLEU 12.0, chrF 40.0, beam 4 (/a/test.en + /a/test.es)"
    assert rows[1][1].startswith("BLEU 12.0, chrF 40.0, beam 1 (/a/")
    assert rows[2][1].endswith("(/b/test.en + /b/test.es)")
    assert rows[3][1] == "BLEU 12.0, chrF 40.0, beam 4"  # one set of its name: no files


def test_the_models_fine_tuned_from_one_are_found_by_their_base():
    cards = [
        ModelCard.from_json({"lineage": {"base": "general"}}, "legal"),
        ModelCard.from_json({}, "general"),
        ModelCard.from_json({"lineage": {"base": "general"}}, "medical"),
        ModelCard.from_json({"lineage": {"base": "other"}}, "news"),
    ]
    assert fine_tuned_into("general", cards) == ["legal", "medical"]
    assert fine_tuned_into("legal", cards) == []
