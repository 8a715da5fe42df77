"""Requests that are too large or malformed get one sentence with a 4xx, early: a body larger
than the largest request the server accepts is refused before it is read (from its
Content-Length, or as it streams in), and a form that cannot be read is the client's mistake,
not a failed translation."""

from __future__ import annotations

import httpx
import pytest

from s2s_desktop.cli import build_parser
from s2s_desktop.server.app import ServerSettings
from tests.server.serving import SENTENCE, raw_request, serve

# At most 2 texts of 100 characters: a /translate body over 2 * 100 * 12 + 64 KiB = 67,936 bytes
SMALL = ServerSettings(char_limit=100, batch_limit=2, file_limit_mb=0.05)
TOO_LARGE = "The request is larger than this server takes: up to 2 texts of 100 characters."


@pytest.fixture(scope="module")
def small(trained_toy_model):
    running, address, _ = serve(trained_toy_model, SMALL)
    yield address
    running.stop()


def test_a_body_over_the_cap_is_refused_before_it_is_read(small):
    """200 MB announced: 413 at once, not a byte of it read (the server used to read it all,
    1.1 GB of memory, before counting characters). Streamed without a length: 413 as soon as
    more than the cap came (the rest is never sent here: a server that waits for it times
    out)."""
    json_head = "POST /translate HTTP/1.1\nHost: test\nContent-Type: application/json\n"
    status, answer = raw_request(small, json_head + "Content-Length: 200000000\n", timeout=10)
    assert (status, answer) == (413, {"error": TOO_LARGE})

    body = b'{"q": "' + b"a" * 70_000
    chunked = b"%x\r\n%s\r\n" % (len(body), body)
    status, answer = raw_request(
        small, json_head + "Transfer-Encoding: chunked\n", chunked, timeout=10
    )
    assert (status, answer) == (413, {"error": TOO_LARGE})

    status, answer = raw_request(
        small,
        "POST /translate_file HTTP/1.1\nHost: test\nContent-Type: multipart/form-data; "
        "boundary=x\nContent-Length: 200000000\n",
        timeout=10,
    )
    assert status == 413
    assert answer == {"error": "The request is larger than this server takes: files up to 0.05 MB."}
    with httpx.Client(base_url=small, timeout=60) as client:
        ok = client.post(
            "/translate", json={"q": [SENTENCE, SENTENCE], "source": "en", "target": "eo"}
        )
        assert ok.status_code == 200, ok.text


def test_a_form_field_over_the_cap_is_413_with_a_sentence(small):
    with httpx.Client(base_url=small, timeout=60) as client:
        answer = client.post(
            "/translate",
            data={"q": "a" * 100_000, "source": "en", "target": "eo"},
            files={"other": ("a.txt", b"x")},  # a multipart form
        )
    assert answer.status_code == 413
    assert answer.json() == {"error": TOO_LARGE}


MANY_FIELDS = "&".join(f"f{i}=x" for i in range(1001)) + "&q=the+cat&source=en&target=eo"


@pytest.mark.parametrize(
    ("send", "error"),
    [
        (
            {"content": b"q=x", "headers": {"content-type": "multipart/form-data"}},
            "The form could not be read: missing boundary in multipart.",
        ),
        (
            {
                "content": b"--x\r\ngarbage",
                "headers": {"content-type": "multipart/form-data; boundary=y"},
            },
            "The form could not be read: invalid multipart data.",
        ),
        (
            {
                "content": MANY_FIELDS,
                "headers": {"content-type": "application/x-www-form-urlencoded"},
            },
            "The form could not be read: too many fields; maximum is 1000.",
        ),
        (
            {
                "data": {f"f{i}": "x" for i in range(1001)},
                "files": {"file": ("a.txt", b"the cat")},
            },
            "The form could not be read: too many fields; maximum number of fields is 1000.",
        ),
    ],
    ids=["no-boundary", "garbage", "urlencoded-fields", "multipart-fields"],
)
def test_a_form_that_cannot_be_read_is_400_with_one_sentence(server, send, error):
    address, _ = server
    with httpx.Client(base_url=address, timeout=60) as client:
        answer = client.post("/translate", **send)
        assert answer.status_code == 400
        assert answer.json() == {"error": error}
        assert not answer.json()["error"].endswith("..")


@pytest.mark.parametrize(
    ("send", "error"),
    [
        (
            {
                "content": b"q=caf%E9&source=en&target=eo",
                "headers": {"content-type": "application/x-www-form-urlencoded"},
            },
            "The form field q is not UTF-8 text; send text as UTF-8.",
        ),
        (
            {
                "content": b"q=caf\xe9&source=en&target=eo",
                "headers": {"content-type": "application/x-www-form-urlencoded"},
            },
            "The form field q is not UTF-8 text; send text as UTF-8.",
        ),
        (
            {"data": {"source": "en", "target": "eo"}, "files": {"q": (None, b"caf\xe9")}},
            "The form field q is not UTF-8 text; send text as UTF-8.",
        ),
        (
            {
                "content": b'{"q": "caf\xe9", "source": "en", "target": "eo"}',
                "headers": {"content-type": "application/json"},
            },
            "The request body is not UTF-8 text; send JSON as UTF-8.",
        ),
        (
            {"url": "/translate?q=caf%E9&source=en&target=eo"},
            "The query field q is not UTF-8 text; send text as UTF-8.",
        ),
    ],
    ids=["urlencoded-escaped", "urlencoded-raw", "multipart", "json", "query"],
)
def test_text_that_is_not_utf8_is_refused_not_translated_as_replacement_marks(server, send, error):
    address, _ = server
    with httpx.Client(base_url=address, timeout=60) as client:
        answer = client.post(**{"url": "/translate", **send})
    assert answer.status_code == 400, answer.text
    assert answer.json() == {"error": error}


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (1.7, "alternatives must be a whole number, not 1.7."),
        (True, "alternatives must be a whole number, not true."),
        ("1.7", "alternatives must be a whole number, not '1.7'."),
        (-3, "alternatives must be 0 or more, not -3."),
        ("-1", "alternatives must be 0 or more, not -1."),
    ],
)
def test_alternatives_that_are_not_a_count_are_refused(server, value, error):
    address, _ = server
    answer = httpx.post(
        f"{address}/translate",
        json={"q": SENTENCE, "source": "en", "target": "eo", "alternatives": value},
        timeout=60,
    )
    assert answer.status_code == 400
    assert answer.json() == {"error": error}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--file-limit-mb", "-1"], "argument --file-limit-mb: must be more than 0, not -1"),
        (["--file-limit-mb", "nan"], "argument --file-limit-mb: must be more than 0, not nan"),
        (["--char-limit", "0"], "argument --char-limit: must be at least 1, not 0"),
        (["--batch-limit", "-2"], "argument --batch-limit: must be at least 1, not -2"),
        (["--max-in-flight", "x"], "argument --max-in-flight: must be a whole number, not 'x'"),
        (["--beam", "0"], "argument --beam: must be at least 1, not 0"),
    ],
)
def test_a_limit_that_cannot_be_is_refused_while_the_options_are_read(args, message, capsys):
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["serve", *args])
    assert exited.value.code == 2
    assert f"s2s-desktop serve: {message} (see 's2s-desktop serve --help')." in (
        capsys.readouterr().err
    )
