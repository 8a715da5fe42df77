"""Answering as LibreTranslate does where its clients depend on it: browsers' pages and
extensions may call it (CORS), a busy server says 429, every error is JSON, limits count per
text, a repeated form field counts once (its first value), and ``source: auto`` picks among
several models into the target by detection."""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlsplit

import httpx
import pytest

from s2s_desktop.cli import build_parser
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.translator import load_translator
from s2s_desktop.server.app import ServerSettings
from s2s_desktop.server.pool import ModelPool
from tests.server.serving import SENTENCE, TRANSLATION, serve, stored_copy

ESPERANTO = "la kato granda vidas unu hundo"


def test_pages_and_extensions_may_call_it_as_libretranslate_lets_them(server):
    address, _ = server
    page = "https://example.org"
    with httpx.Client(base_url=address, timeout=60) as client:
        preflight = client.options(
            "/translate",
            headers={
                "Origin": page,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == "*"
        assert "POST" in preflight.headers["access-control-allow-methods"]
        answer = client.post(
            "/translate",
            json={"q": SENTENCE, "source": "en", "target": "eo"},
            headers={"Origin": page},
        )
        assert answer.json()["translatedText"] == TRANSLATION
        assert answer.headers["access-control-allow-origin"] == "*"
        refused = client.post("/translate", json={"q": ""}, headers={"Origin": page})
        assert refused.status_code == 400
        assert refused.headers["access-control-allow-origin"] == "*"


def test_a_path_or_method_it_does_not_have_is_json_like_every_error(server):
    address, _ = server
    with httpx.Client(base_url=address, timeout=60) as client:
        missing = client.get("/translat")
        assert missing.status_code == 404
        assert missing.json()["error"].startswith("There is nothing at /translat; the API has")
        wrong = client.get("/translate")
        assert wrong.status_code == 405
        assert wrong.json() == {"error": "/translate takes POST, not GET."}


def test_a_busy_server_says_429_with_retry_after(trained_toy_model):
    """One request at most: while one waits for the rest of its body, the next is told to
    slow down, as LibreTranslate tells clients (429), with when to come back."""
    running, address, _ = serve(trained_toy_model, ServerSettings(max_in_flight=1))
    parts = urlsplit(address)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=30) as slow:
            slow.sendall(
                b"POST /translate HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                b"Content-Length: 100\r\n\r\n{"
            )
            deadline = time.monotonic() + 20
            while True:
                busy = httpx.post(f"{address}/translate", json={"q": "x"}, timeout=60)
                if busy.status_code != 400 or time.monotonic() > deadline:
                    break
                time.sleep(0.02)
        assert busy.status_code == 429
        assert busy.headers["retry-after"] == "1"
        assert busy.json()["error"].startswith("Slowdown: this server is busy")
    finally:
        running.stop()


def test_limits_count_per_text_and_a_repeated_field_its_first_value(trained_toy_model):
    """charLimit applies to each text of a list q, as LibreTranslate applies it; the texts of
    one request are bounded too. A form field sent twice counts once, its first value, as
    Flask (LibreTranslate's) reads it."""
    settings = ServerSettings(char_limit=30, batch_limit=2)
    running, address, _ = serve(trained_toy_model, settings)
    try:
        with httpx.Client(base_url=address, timeout=60) as client:

            def ask(q) -> httpx.Response:
                return client.post("/translate", json={"q": q, "source": "en", "target": "eo"})

            both = ask([SENTENCE, SENTENCE])  # 44 characters together, 22 each
            assert both.status_code == 200, both.text
            assert both.json()["translatedText"] == [TRANSLATION, TRANSLATION]
            long = ask([SENTENCE, f"{SENTENCE} and {SENTENCE}"])
            assert long.status_code == 400
            assert long.json()["error"] == (
                "Text 2 of q has 49 characters; this server takes at most 30 in one text."
            )
            many = ask([SENTENCE] * 3)
            assert many.json()["error"] == (
                "q has 3 texts; this server takes at most 2 in one request."
            )
            repeated = {"q": [SENTENCE, "the cat"], "source": ["en", "xx"], "target": "eo"}
            form = client.post("/translate", data=repeated)
            assert form.json() == {"translatedText": TRANSLATION}
            multipart = client.post("/translate", data=repeated, files={"x": ("x.txt", b"")})
            assert multipart.json() == {"translatedText": TRANSLATION}
            query = client.post("/translate?q=the+big+cat+sees+a+dog&q=the+cat&source=en&target=eo")
            assert query.json() == {"translatedText": TRANSLATION}
    finally:
        running.stop()


class ReadsEsperanto:
    """The toy model with its Esperanto vocabulary as its source side's, as a model trained
    from Esperanto-like text has: its language is told apart from English by detection."""

    def __init__(self, translator) -> None:
        self.translator = translator
        self.source_tokenizer = translator.target_tokenizer

    def __getattr__(self, name: str):
        return getattr(self.translator, name)


def two_into_esperanto(trained_toy_model, tmp_path, shared: bool) -> ModelPool:
    """en -> eo and es -> eo: the second with its own vocabulary, or the first one's (a
    shared vocabulary, which covers every text as the other does)."""
    store = ModelStore(tmp_path)
    stored_copy(trained_toy_model, store, "toy")
    stored_copy(trained_toy_model, store, "toy-es", src_lang="es")

    def load(path: str):
        translator = load_translator(path)
        return translator if shared or not path.endswith("toy-es") else ReadsEsperanto(translator)

    return ModelPool(store, load=load)


def test_source_auto_picks_among_languages_into_the_target_by_detection(
    trained_toy_model, tmp_path
):
    pool = two_into_esperanto(trained_toy_model, tmp_path, shared=False)
    running, address, _ = serve(trained_toy_model, pool=pool)
    try:
        with httpx.Client(base_url=address, timeout=60) as client:

            def auto(q) -> dict:
                answer = client.post("/translate", json={"q": q, "source": "auto", "target": "eo"})
                assert answer.status_code == 200, answer.text
                return answer.json()

            english = auto(SENTENCE)
            assert english["translatedText"] == TRANSLATION
            assert english["detectedLanguage"]["language"] == "en"
            assert english["detectedLanguage"]["confidence"] > 0
            assert auto(ESPERANTO)["detectedLanguage"]["language"] == "es"
            for text in (SENTENCE, ESPERANTO):  # detected from the document's text
                upload = client.post(
                    "/translate_file",
                    data={"source": "auto", "target": "eo"},
                    files={"file": ("notes.txt", f"{text}\n".encode())},
                )
                assert upload.status_code == 200, upload.text
            detected = client.post("/detect", json={"q": ESPERANTO}).json()
            assert detected[0]["language"] == "es" and detected[0]["confidence"] > 0
            assert detected[1] == {"language": "en", "confidence": 0.0}
    finally:
        running.stop()


def test_detection_that_cannot_tell_says_so(server, trained_toy_model, tmp_path):
    """Two models with one vocabulary cover every text alike: /detect gives each half the
    confidence one alone has (not the same for both, the first in the alphabet winning),
    and source auto asks for the language, naming the candidates. Text without letters is 0
    everywhere."""
    alone = httpx.post(f"{server[0]}/detect", json={"q": SENTENCE}, timeout=60).json()
    pool = two_into_esperanto(trained_toy_model, tmp_path, shared=True)
    running, address, _ = serve(trained_toy_model, pool=pool)
    try:
        with httpx.Client(base_url=address, timeout=60) as client:
            tie = client.post("/detect", json={"q": SENTENCE}).json()
            assert [item["language"] for item in tie] == ["en", "es"]
            assert tie[0]["confidence"] == tie[1]["confidence"]
            assert tie[0]["confidence"] == pytest.approx(alone[0]["confidence"] / 2, abs=0.1)
            for text in ("!!!", "12345"):
                none = client.post("/detect", json={"q": text}).json()
                assert {item["confidence"] for item in none} == {0.0}, text
            auto = client.post("/translate", json={"q": SENTENCE, "source": "auto", "target": "eo"})
            assert auto.status_code == 400
            assert auto.json()["error"] == (
                "source auto cannot tell which of en or es the text is in (each translates "
                "into eo here); give the source language."
            )
            upload = client.post(
                "/translate_file",
                data={"source": "auto", "target": "eo"},
                files={"file": ("notes.txt", f"{SENTENCE}\n".encode())},
            )
            assert upload.status_code == 400
            assert "cannot tell which of en or es the file is in" in upload.json()["error"]
    finally:
        running.stop()


class BeamSpy:
    """A translator that notes the beam each call asks for."""

    def __init__(self, translator) -> None:
        self.translator = translator
        self.beams: list[int] = []

    def translate_sentences(self, sentences, beam=1, **options):
        self.beams.append(beam)
        return self.translator.translate_sentences(sentences, beam=beam, **options)

    def __getattr__(self, name: str):
        return getattr(self.translator, name)


@pytest.mark.parametrize(("asked", "used"), [(None, 4), (1, 1)], ids=["scored", "--beam-1"])
def test_the_server_translates_with_the_models_scored_beam(
    trained_toy_model, tmp_path, asked, used
):
    """As ``translate`` does: the beam the model's BLEU was measured with (its card's), unless
    ``serve --beam`` says otherwise."""
    store = ModelStore(tmp_path)
    card = json.loads((trained_toy_model.model_dir / "config.json").read_text(encoding="utf-8"))
    stored_copy(trained_toy_model, store, "toy", metrics={**card["metrics"], "beam": 4})
    spies: list[BeamSpy] = []

    def load(path: str) -> BeamSpy:
        spies.append(BeamSpy(load_translator(path)))
        return spies[-1]

    running, address, _ = serve(trained_toy_model, pool=ModelPool(store, load=load, beam=asked))
    try:
        with httpx.Client(base_url=address, timeout=60) as client:
            answer = client.post("/translate", json={"q": SENTENCE, "source": "en", "target": "eo"})
            assert answer.status_code == 200 and answer.json()["translatedText"].strip()
            uploaded = client.post(
                "/translate_file",
                data={"source": "en", "target": "eo"},
                files={"file": ("a.txt", f"{SENTENCE}\n".encode())},
            )
            assert uploaded.status_code == 200, uploaded.text
    finally:
        running.stop()
    assert spies[0].beams == [used, used]


def test_serve_help_says_which_beam_it_uses(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--help"])
    assert "each model's scored beam" in " ".join(capsys.readouterr().out.split())
