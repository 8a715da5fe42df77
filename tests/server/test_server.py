"""``s2s-desktop serve``: a real server on a free port, a real (toy) model, and clients that no
one here wrote (libretranslatepy, as scripts use it; httpx, sending what browser extensions and
CAT-tool plug-ins send)."""

from __future__ import annotations

import json
import threading
import urllib.error

import httpx
import pytest
from libretranslatepy import LibreTranslateAPI

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.server.app import ServerSettings
from s2s_desktop.server.pool import ModelPool
from s2s_desktop.server.running import ServerThread, check_port, read_keys
from tests.server.serving import SENTENCE, TRANSLATION, serve, serve_process, stored_copy


def test_a_libretranslate_client_translates_lists_and_detects(server):
    address, _ = server
    client = LibreTranslateAPI(address)
    assert client.translate(SENTENCE, "en", "eo") == TRANSLATION
    assert client.languages() == [  # every language, also one only translated into
        {"code": "en", "name": "English", "targets": ["eo"]},
        {"code": "eo", "name": "Esperanto", "targets": []},
    ]
    (detected,) = client.detect("the old bird finds a red car")
    assert detected["language"] == "en" and 0 < detected["confidence"] <= 100


def test_lists_html_placeholders_and_files_as_extensions_send_them(server, tmp_path):
    address, _ = server
    with httpx.Client(base_url=address, timeout=60) as client:
        answer = client.post(
            "/translate",
            json={
                "q": [SENTENCE, "a dog has 3 books and %s\n\nthe cat"],
                "source": "en",
                "target": "eo",
            },
        )
        assert answer.status_code == 200, answer.text
        first, second = answer.json()["translatedText"]
        assert first == TRANSLATION
        assert "3" in second and "%s" in second and "\n\n" in second
        html = client.post(
            "/translate",
            json={
                "q": "<p>the <b>big</b> cat sees a dog</p>",
                "source": "en",
                "target": "eo",
                "format": "html",
            },
        ).json()["translatedText"]
        assert html == "<p>la kato <b>granda</b> vidas unu hundo</p>"
        auto = client.post("/translate", data={"q": SENTENCE, "source": "auto", "target": "eo"})
        assert auto.json()["translatedText"] == TRANSLATION
        uploaded = client.post(
            "/translate_file",
            data={"source": "en", "target": "eo"},
            files={"file": ("my notes.en.txt", f"{SENTENCE}\n".encode(), "text/plain")},
        )
        assert uploaded.status_code == 200, uploaded.text
        url = uploaded.json()["translatedFileUrl"]
        assert url.endswith("/my%20notes.eo.txt")  # a URL a client can fetch as it is
        assert client.get(url).text == TRANSLATION + "\n"
        limits = client.get("/frontend/settings").json()
        assert limits["charLimit"] == 5000 and limits["keyRequired"] is False


@pytest.mark.parametrize(
    ("send", "status", "fragment"),
    [
        (
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            400,
            "not valid JSON",
        ),
        ({"json": ["a list"]}, 400, "must be an object"),
        ({"json": {"q": SENTENCE, "source": "en", "target": "xx"}}, 400, "No model here"),
        ({"json": {"q": SENTENCE, "source": "fr", "target": "eo"}}, 400, "fr → eo"),
        ({"json": {"q": "  ", "source": "en", "target": "eo"}}, 400, "q is empty"),
        ({"json": {"q": 42, "source": "en", "target": "eo"}}, 400, "string or a list"),
        ({"json": {"q": "the cat " * 1000, "source": "en", "target": "eo"}}, 400, "at most 5,000"),
        ({"json": {"q": SENTENCE, "source": "en"}}, 400, "target"),
        ({"json": {"q": SENTENCE, "target": "eo", "format": "pdf"}}, 400, "source"),
        (
            {"content": b"q=the cat", "headers": {"content-type": "text/plain"}},
            415,
            "as JSON (Content-Type: application/json) or as a form, not as text/plain",
        ),
    ],
)
def test_a_bad_request_gets_a_4xx_with_a_sentence_and_the_server_stays_up(
    server, send, status, fragment
):
    address, _ = server
    with httpx.Client(base_url=address, timeout=60) as client:
        answer = client.post("/translate", **send)
        assert answer.status_code == status
        assert fragment in answer.json()["error"]
        assert client.get("/languages").status_code == 200


def test_alternatives_come_from_the_beam_as_libretranslate_gives_them(server):
    """``alternatives: N`` answers up to N other translations of each text, distinct and not
    the main one, a list per text for a list q, with placeholders and markup kept in each."""
    address, _ = server
    with httpx.Client(base_url=address, timeout=60) as client:

        def ask(**fields) -> httpx.Response:
            return client.post("/translate", json={"source": "en", "target": "eo", **fields})

        one = ask(q=SENTENCE, alternatives=3).json()
        assert one["translatedText"] == TRANSLATION
        others = one["alternatives"]
        assert 1 <= len(others) <= 3 and len(set(others)) == len(others)
        assert TRANSLATION not in others and all(text.strip() for text in others)

        many = ask(q=[SENTENCE, "a dog has %s books"], alternatives=2).json()
        assert many["translatedText"][0] == TRANSLATION
        assert len(many["alternatives"]) == 2
        assert all("%s" in text for text in many["alternatives"][1])

        html = ask(q="<p>the <b>big</b> cat</p>", format="html", alternatives=2).json()
        assert all(text.startswith("<p>") and "</b>" in text for text in html["alternatives"])
        form = client.post(
            "/translate", data={"q": SENTENCE, "source": "en", "target": "eo", "alternatives": "1"}
        )
        assert len(form.json()["alternatives"]) == 1
        assert "alternatives" not in ask(q=SENTENCE).json()  # only when asked, as LibreTranslate
        assert ask(q=SENTENCE, alternatives=0).json() == {"translatedText": TRANSLATION}

        too_many = ask(q=SENTENCE, alternatives=9)
        assert too_many.status_code == 400
        assert too_many.json()["error"] == (
            "This server gives at most 3 alternatives of a text; ask for fewer."
        )
        word = ask(q=SENTENCE, alternatives="some")
        assert word.status_code == 400
        assert word.json()["error"] == "alternatives must be a whole number, not 'some'."


def test_a_file_of_an_unknown_kind_or_too_large_is_refused(trained_toy_model):
    running, address, _ = serve(trained_toy_model, ServerSettings(file_limit_mb=0.001))
    try:
        with httpx.Client(base_url=address, timeout=60) as client:
            fields = {"source": "en", "target": "eo"}
            photo = client.post("/translate_file", data=fields, files={"file": ("a.jpg", b"x")})
            assert photo.status_code == 400 and "a.jpg is not a kind" in photo.json()["error"]
            big = client.post(
                "/translate_file", data=fields, files={"file": ("a.txt", b"x" * 2000)}
            )
            assert big.status_code == 413 and "larger than" in big.json()["error"]
            latin = client.post(
                "/translate_file", data=fields, files={"file": ("b.txt", b"Caf\xe9\n")}
            )
            assert latin.status_code == 400
            assert latin.json()["error"] == (
                "b.txt is not UTF-8 text; convert it to UTF-8 and send it again."
            )
    finally:
        running.stop()


def test_the_server_answers_programs_in_english_inside_a_window_of_another_language(server):
    """The window's switch runs the server in the window's process, where the engine speaks
    the window's language: the answers stay English (engine.wording.in_english)."""
    from s2s_desktop.engine import wording

    address, _ = server
    wording.use_translator(lambda context, text: f"«{text}»")
    try:
        assert wording.translate("formats", "shown in the window") == "«shown in the window»"
        with httpx.Client(base_url=address, timeout=60) as client:
            photo = client.post(
                "/translate_file",
                data={"source": "en", "target": "eo"},
                files={"file": ("a.jpg", b"x")},
            )
        assert photo.status_code == 400
        assert photo.json()["error"].startswith("a.jpg is not a kind")
    finally:
        wording.use_translator(None)


def test_a_key_is_asked_for_with_libretranslates_answers(trained_toy_model):
    """Clients such as Dialect compare these sentences whole: 400 and LibreTranslate's request
    for a key when none is sent, 403 "Invalid API key" for a wrong one."""
    running, address, _ = serve(trained_toy_model, ServerSettings(api_keys=frozenset({"k1"})))
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            LibreTranslateAPI(address).translate(SENTENCE, "en", "eo")
        assert refused.value.code == 400
        assert json.loads(refused.value.read()) == {
            "error": "Please contact the server operator to obtain an API key"
        }
        with pytest.raises(urllib.error.HTTPError) as wrong:
            LibreTranslateAPI(address, api_key="k2").translate(SENTENCE, "en", "eo")
        assert wrong.value.code == 403
        assert json.loads(wrong.value.read()) == {"error": "Invalid API key"}
        assert LibreTranslateAPI(address, api_key="k1").translate(SENTENCE, "en", "eo") == (
            TRANSLATION
        )
        form = httpx.post(f"{address}/detect", data={"q": SENTENCE, "api_key": "k1"})
        assert form.status_code == 200, form.text
    finally:
        running.stop()


def test_concurrent_clients_are_translated_together(server):
    address, pool = server
    batcher = pool.batcher("en", "eo")
    calls_before = batcher.calls
    results: list[str] = []

    def client() -> None:
        with httpx.Client(base_url=address, timeout=60) as http:
            for _ in range(4):
                answer = http.post(
                    "/translate", json={"q": SENTENCE, "source": "en", "target": "eo"}
                )
                results.append(answer.json()["translatedText"])

    threads = [threading.Thread(target=client) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [TRANSLATION] * 64
    assert batcher.calls - calls_before < 64  # requests shared model calls


def test_opening_beyond_this_computer_needs_a_key_and_a_taken_port_is_named(trained_toy_model):
    pool = ModelPool(ModelStore(trained_toy_model.model_dir.parent.parent))
    with pytest.raises(UserError, match="--host 0.0.0.0 lets other computers.*--api-key"):
        ServerThread(pool, ServerSettings(), host="0.0.0.0", port=0)
    with pytest.raises(UserError, match="--api-key is empty"):
        read_keys("  ", None)  # clients that send no key send ""
    running, address, _ = serve(trained_toy_model)
    try:
        port = int(address.rsplit(":", 1)[1])
        with pytest.raises(UserError, match=f"Cannot listen on 127.0.0.1:{port}.*--port"):
            check_port("127.0.0.1", port)
    finally:
        running.stop()
    for host in ("999.1.1.1", "192.0.2.1"):  # no such address; one not of this computer
        with pytest.raises(UserError, match=f"--host {host} is not an address"):
            check_port(host, 0)


def test_the_serve_command_starts_and_says_where(trained_toy_model, tmp_path):
    root = trained_toy_model.model_dir.parent.parent
    process = serve_process(root)
    try:
        line = process.stdout.readline()
        assert line.startswith("Serving en->eo (toy) at http://127.0.0.1:"), line
        address = line.split(" at ")[1].split()[0]
        assert LibreTranslateAPI(address).translate(SENTENCE, "en", "eo") == TRANSLATION
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_names_the_models_of_a_pair_it_passes_over(trained_toy_model, tmp_path):
    """A fine-tuned model's BLEU on its own validation set does not compare with its base's:
    the user is told which models were passed over, and how to choose."""
    store = ModelStore(tmp_path)
    card = json.loads((trained_toy_model.model_dir / "config.json").read_text(encoding="utf-8"))
    stored_copy(trained_toy_model, store, "general")
    stored_copy(trained_toy_model, store, "legal", metrics={**card["metrics"], "bleu": 1.0})
    process = serve_process(tmp_path)
    try:
        assert process.stdout.readline().startswith("Serving en->eo (general) at ")
        assert process.stdout.readline().startswith(
            "Also stored for en->eo: legal; serve one with --model NAME"
        )
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_source_auto_says_the_detected_language_as_libretranslate_does(server):
    """LibreTranslate answers source auto with detectedLanguage: {confidence, language}, a list
    of them for a list q; the confidence is the one /detect gives, not a made-up 100."""
    address, _ = server
    texts = [SENTENCE, "the cat", "zzq xkcd qwv"]
    with httpx.Client(base_url=address, timeout=60) as client:

        def detected(text: str) -> dict:
            answer = client.post("/detect", json={"q": text})
            assert answer.status_code == 200, answer.text
            (best,) = [item for item in answer.json() if item["language"] == "en"]
            return {"confidence": best["confidence"], "language": "en"}

        one = client.post("/translate", json={"q": SENTENCE, "source": "auto", "target": "eo"})
        assert one.status_code == 200, one.text
        assert one.json() == {"translatedText": TRANSLATION, "detectedLanguage": detected(SENTENCE)}
        assert 0 < one.json()["detectedLanguage"]["confidence"] <= 100

        many = client.post("/translate", json={"q": texts, "source": "auto", "target": "eo"})
        assert many.status_code == 200, many.text
        assert many.json()["translatedText"][0] == TRANSLATION
        assert many.json()["detectedLanguage"] == [detected(text) for text in texts]
        assert many.json()["detectedLanguage"][2]["confidence"] < 100  # gibberish: unsure

        form = client.post("/translate", data={"q": SENTENCE, "source": "auto", "target": "eo"})
        assert form.json()["detectedLanguage"] == detected(SENTENCE)
        named = client.post("/translate", json={"q": SENTENCE, "source": "en", "target": "eo"})
        assert "detectedLanguage" not in named.json()  # only for auto, as LibreTranslate


def test_the_model_picked_in_the_window_is_served_for_its_pair(trained_toy_model, tmp_path):
    import shutil

    store = ModelStore(tmp_path)
    for name in ("toy", "toy-copy"):
        shutil.copytree(trained_toy_model.model_dir, store.path(name))
    pool = ModelPool(store)
    try:
        for name in ("toy-copy", "toy", "toy-copy"):
            pool.prefer(name)
            assert pool.models()[("en", "eo")].name == name
            assert pool.batcher("en", "eo") is pool.ready("en", "eo")
        pool.prefer("gone")  # deleted meanwhile: the pair keeps its best model
        assert pool.models()[("en", "eo")].name in ("toy", "toy-copy")
    finally:
        pool.close()


def test_a_model_trained_further_is_served_with_its_new_weights(trained_toy_model, tmp_path):
    """The window's server switch stays on while a model is resumed: its new weights answer
    the next request, and the old ones are let go."""
    import shutil

    from safetensors.torch import load_file, save_file

    from s2s_desktop.engine.documents.segments import Segment
    from s2s_desktop.engine.model_files import weights_path

    store = ModelStore(tmp_path)
    folder = store.path("toy")
    shutil.copytree(trained_toy_model.model_dir, folder)
    pool = ModelPool(store)
    try:
        assert pool.ready("en", "eo") is None  # not loaded yet: the request goes the slow way
        first = pool.batcher("en", "eo")
        assert pool.batcher("en", "eo") is first  # kept warm while the weights stay
        assert pool.ready("en", "eo") is first  # the event loop's fast path
        assert pool.ready("en", "de") is None
        [before] = first.translate([Segment(SENTENCE)]).result(timeout=60)
        assert before.text == TRANSLATION
        weights = load_file(weights_path(folder))
        weights = {name: tensor * 0.5 for name, tensor in weights.items()}  # "trained further"
        save_file(weights, weights_path(folder), metadata={"format": "pt"})
        assert pool.ready("en", "eo") is None  # new weights: loaded off the event loop
        second = pool.batcher("en", "eo")
        assert second is not first
        [after] = second.translate([Segment(SENTENCE)]).result(timeout=60)
        assert after.text != TRANSLATION
        first._thread.join(timeout=30)
        assert not first._thread.is_alive()
    finally:
        pool.close()
