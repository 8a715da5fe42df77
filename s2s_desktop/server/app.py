"""The HTTP API, in LibreTranslate's dialect (Starlette: a small, well-kept ASGI toolkit; uvicorn
serves it): ``POST /translate``, ``GET /languages``, ``POST /detect``, ``POST /translate_file``
with ``GET /download_file/…``, and ``GET /frontend/settings``, which clients read for limits.

Parameters come as JSON or as a form, like LibreTranslate's (``params``). Every request is
bounded (body size, characters, texts, file size, requests in flight); every mistake gets a 4xx
status and ``{"error": "one sentence"}`` (LibreTranslate's own sentence where clients match it),
and the server stays up. Any web page may call it, as LibreTranslate allows (CORS). Text is
translated with the document machinery, so placeholders, URLs and numbers come back unchanged
and ``format=html`` keeps its markup.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse
from starlette.routing import Route

from s2s_desktop.engine.documents import formats
from s2s_desktop.engine.documents import html as html_format
from s2s_desktop.engine.documents.segments import Segment
from s2s_desktop.engine.errors import UserError
from s2s_desktop.languages import language_name
from s2s_desktop.server.batching import Batcher
from s2s_desktop.server.detection import coverages, decided, ranked
from s2s_desktop.server.files import KEEP_S, TranslatedFiles
from s2s_desktop.server.params import RequestError, close_form, is_upload, read_params
from s2s_desktop.server.pool import ModelPool

# LibreTranslate's sentences for a key, which clients compare whole (Dialect asks for a key on
# the first, the wording of the LibreTranslate it was written against).
KEY_MISSING = "Please contact the server operator to obtain an API key"
KEY_INVALID = "Invalid API key"
_NOT_UTF8 = "{name} is not UTF-8 text; convert it to UTF-8 and send it again."
# What ``source: auto`` reads: the texts, or a function giving them (a document's, read only
# when several languages are served into the target).
Texts = list[str] | Callable[[], list[str]]
# A body's bytes beyond its texts (other fields, form framing), and the most one character
# takes in it: 12 for 😀 as \ud83d\ude00 in JSON or %F0%9F%98%80 in a form.
OVERHEAD = 64 * 1024
BYTES_PER_CHARACTER = 12


@dataclass
class ServerSettings:
    """The bounds and the keys (none: no key asked, the default on 127.0.0.1)."""

    char_limit: int = 5000  # per text of ``q``, as LibreTranslate
    batch_limit: int = 100  # texts in a list ``q``
    file_limit_mb: float = 10.0
    max_in_flight: int = 64
    alternatives_limit: int = 3  # per text, LibreTranslate's default
    file_keep_s: float = KEEP_S  # how long a translated file waits for its download
    api_keys: frozenset[str] = field(default_factory=frozenset)


def create_app(pool: ModelPool, settings: ServerSettings | None = None) -> Starlette:
    """The API over ``pool``'s models. ``app.state.close()`` ends the models' threads and
    deletes the translated files (the lifespan's end does it too; safe to call twice)."""
    api = _Api(pool, settings or ServerSettings())
    routes = [
        Route("/translate", api.translate, methods=["POST"]),
        Route("/languages", api.languages, methods=["GET", "POST"]),
        Route("/detect", api.detect, methods=["POST"]),
        Route("/translate_file", api.translate_file, methods=["POST"]),
        Route("/download_file/{token}/{name}", api.download, methods=["GET"]),
        Route("/frontend/settings", api.frontend_settings, methods=["GET"]),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        sweeper = asyncio.create_task(api.files.sweep_regularly())
        try:
            yield
        finally:
            sweeper.cancel()
            api.close()

    # Any page or extension may call it, as LibreTranslate (flask_cors' defaults) lets them.
    cors = Middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "POST"],
        allow_headers=["*"],
        expose_headers=["Content-Disposition", "Retry-After"],
    )
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[cors],
        exception_handlers={HTTPException: _http_error},
    )
    app.state.close = api.close
    return app


class _Api:
    def __init__(self, pool: ModelPool, settings: ServerSettings) -> None:
        self.pool = pool
        self.settings = settings
        self.in_flight = 0
        self.files = TranslatedFiles(settings.file_keep_s)

    def close(self) -> None:
        self.pool.close()
        self.files.close()

    # ------------------------------------------------------------------ endpoints

    async def translate(self, request: Request) -> JSONResponse:
        async def answer() -> dict[str, Any]:
            params = await self._params(request)
            texts, single = self._texts(params.get("q"))
            source, target, batcher = await self._model_for(params, texts)
            kind = str(params.get("format") or "text").lower()
            if kind not in ("text", "html"):
                raise RequestError(400, f"format must be text or html, not {kind!r}.")
            wanted = self._alternatives(params)
            documents = [_document(kind, text) for text in texts]
            if wanted:
                outputs, others = await self._with_alternatives(batcher, documents, wanted)
            else:
                outputs = await self._translated(batcher, documents)
            result: dict[str, Any] = {"translatedText": outputs[0] if single else outputs}
            if wanted:
                result["alternatives"] = others[0] if single else others
            if params.get("source") == "auto":  # LibreTranslate says what it took the text for
                detected = await asyncio.to_thread(self._detected, texts, source, target)
                result["detectedLanguage"] = detected[0] if single else detected
            return result

        return await self._guarded(request, answer)

    async def _translated(self, batcher: Batcher, documents: list[Any]) -> list[str]:
        """Each document translated, batched with other clients' requests."""
        segments = [segment for document in documents for segment in document.segments]
        translated = await asyncio.wrap_future(batcher.translate(segments))
        outputs, start = [], 0
        for document in documents:
            count = len(document.segments)
            outputs.append(_written(document, translated[start : start + count]))
            start += count
        return outputs

    async def _with_alternatives(
        self, batcher: Batcher, documents: list[Any], wanted: int
    ) -> tuple[list[str], list[list[str]]]:
        """Each document's translation, the same as without alternatives (batched), and up to
        ``wanted`` others from the beam's best few (on the model's thread between batches: a
        beam is not batched with others)."""
        from s2s_desktop.engine.documents.job import translate_variants

        def variants() -> list[list[list[Any]]]:
            found = []
            for document in documents:
                found.append(translate_variants(batcher.translator, document.segments, wanted + 1))  # type: ignore[arg-type]
                batcher.serve_waiting()  # other clients' texts between this request's beams
            return found

        outputs = await self._translated(batcher, documents)
        found = await asyncio.wrap_future(batcher.run(variants))
        others = []
        for document, per_segment, output in zip(documents, found, outputs):
            texts = [
                _written(document, [segment[k] for segment in per_segment])
                for k in range(wanted + 1)
            ]
            others.append([text for text in dict.fromkeys(texts) if text != output][:wanted])
        return outputs, others

    def _texts(self, q: Any) -> tuple[list[str], bool]:
        """``q`` as a list of texts within the limits (characters per text, as LibreTranslate
        counts them, and texts per request), and whether it was one string."""
        texts, single = _texts(q)
        limits = self.settings
        if len(texts) > limits.batch_limit:
            raise RequestError(
                400,
                f"q has {len(texts):,} texts; this server takes at most "
                f"{limits.batch_limit:,} in one request.",
            )
        for number, text in enumerate(texts, 1):
            if len(text) > limits.char_limit:
                which = "q" if single else f"Text {number} of q"
                raise RequestError(
                    400,
                    f"{which} has {len(text):,} characters; this server takes at most "
                    f"{limits.char_limit:,} in one text.",
                )
        return texts, single

    def _alternatives(self, params: dict[str, Any]) -> int:
        """How many other translations of each text the request asks for (0: none)."""
        asked = params.get("alternatives")
        if asked is None or asked == "":
            return 0
        wanted = _whole_number(asked)
        if wanted is None:
            raise RequestError(400, f"alternatives must be a whole number, not {_shown(asked)}.")
        if wanted < 0:
            raise RequestError(400, f"alternatives must be 0 or more, not {wanted}.")
        if wanted > self.settings.alternatives_limit:
            raise RequestError(
                400,
                f"This server gives at most {self.settings.alternatives_limit} alternatives "
                f"of a text; ask for fewer.",
            )
        return wanted

    async def languages(self, request: Request) -> JSONResponse:
        async def answer() -> Any:
            pairs = await asyncio.to_thread(self.pool.models)
            targets: dict[str, set[str]] = {}
            for source, target in pairs:
                targets.setdefault(source, set()).add(target)
                targets.setdefault(target, set())  # a language only translated into
            return [
                {"code": code, "name": language_name(code), "targets": sorted(targets[code])}
                for code in sorted(targets)
            ]

        return await self._guarded(request, answer, counted=False, keyed=False)

    async def detect(self, request: Request) -> JSONResponse:
        """Each served source language with the confidence that the text is in it (see
        ``detection``: low where the method cannot tell)."""

        async def answer() -> Any:
            params = await self._params(request)
            texts, _ = _texts(params.get("q"))
            sources = sorted({source for source, _ in await asyncio.to_thread(self.pool.models)})
            if not sources:
                raise RequestError(400, "No models are served, so no language can be detected.")
            scores = await asyncio.to_thread(coverages, self.pool, " ".join(texts), sources)
            return [{"language": code, "confidence": share} for code, share in ranked(scores)]

        return await self._guarded(request, answer)

    async def translate_file(self, request: Request) -> JSONResponse:
        async def answer() -> dict[str, Any]:
            params = await self._params(request)
            upload = params.get("file")
            if not is_upload(upload):
                raise RequestError(400, "Send the document as the form field file.")
            name = Path(upload.filename or "document.txt").name
            try:
                formats.for_path(Path(name))
            except UserError as error:
                raise RequestError(400, str(error)) from None
            limit = int(self.settings.file_limit_mb * 1e6)
            data = await upload.read(limit + 1)
            if len(data) > limit:
                raise RequestError(
                    413, f"{name} is larger than this server's {self.settings.file_limit_mb:g} MB."
                )
            texts = partial(_document_texts, name, data)  # read only if detection needs it
            source, target, batcher = await self._model_for(params, texts)
            token, folder = await asyncio.to_thread(self.files.new_folder)
            try:
                output = formats.output_path(folder / name, source, target)
                await self._translate_file(batcher, folder / name, data, output)
                await asyncio.to_thread(self.files.ready, token, output)
            except BaseException:
                await asyncio.to_thread(self.files.remove, token)  # a failed one is not kept
                raise
            url = str(request.url_for("download", token=token, name=quote(output.name)))
            return {"translatedFileUrl": url}

        return await self._guarded(request, answer)

    async def _translate_file(
        self, batcher: Batcher, path: Path, data: bytes, output: Path
    ) -> None:
        """``data`` written to ``path`` and translated into ``output``, on the model's thread."""
        from s2s_desktop.engine.documents.job import WrongEncoding, translate_document

        def translate() -> None:
            path.write_bytes(data)
            translate_document(
                path,
                output,
                batcher.translator,
                beam=batcher.beam,
                cancelled=lambda: batcher.serve_waiting() or False,  # text between its batches
            )

        try:
            await asyncio.wrap_future(batcher.run(translate))
        except WrongEncoding:  # a client cannot choose one: its advice is the window's
            raise RequestError(400, _NOT_UTF8.format(name=path.name)) from None

    async def download(self, request: Request) -> Any:
        token, name = request.path_params["token"], request.path_params["name"]
        path = await asyncio.to_thread(self.files.find, Path(token).name, name)
        if path is None:
            minutes = self.settings.file_keep_s / 60
            return _error(
                404,
                f"No such translated file; it may have expired (they are kept {minutes:g} "
                "minutes).",
            )
        return FileResponse(path, filename=name)

    async def frontend_settings(self, request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "charLimit": self.settings.char_limit,
                "frontendTimeout": 500,
                "apiKeys": bool(self.settings.api_keys),
                "keyRequired": bool(self.settings.api_keys),
                "filesTranslation": True,
                "supportedFilesFormat": list(formats.SUFFIXES),
                "language": {"source": {"code": "auto", "name": "Auto Detect"}},
            }
        )

    # ------------------------------------------------------------------ shared

    async def _guarded(
        self, request: Request, answer: Any, counted: bool = True, keyed: bool = True
    ) -> JSONResponse:
        """Run ``answer`` within the bounds; its refusal or failure becomes one sentence."""
        if counted and self.in_flight >= self.settings.max_in_flight:
            return _error(
                429,
                "Slowdown: this server is busy with other requests; send this again in a moment.",
                {"Retry-After": "1"},
            )
        self.in_flight += counted
        try:
            if keyed and self.settings.api_keys:
                self._check_key(await self._params(request))
            return JSONResponse(await answer())
        except RequestError as error:
            return _error(error.status, str(error))
        except UserError as error:
            return _error(400, str(error))
        except HTTPException as error:  # Starlette's, reading the request
            return _error(error.status_code, _sentence(str(error.detail)))
        except Exception as error:  # the model failed: say so, stay up
            reason = str(error) or type(error).__name__
            return _error(500, _sentence(f"The translation failed: {reason}"))
        finally:
            self.in_flight -= counted
            await close_form(request)

    def _check_key(self, params: dict[str, Any]) -> None:
        """LibreTranslate's answers: 400 without a key, 403 with a wrong one."""
        key = params.get("api_key")
        if not key:
            raise RequestError(400, KEY_MISSING)
        if not isinstance(key, str) or key not in self.settings.api_keys:
            raise RequestError(403, KEY_INVALID)

    async def _params(self, request: Request) -> dict[str, Any]:
        """The request's parameters, read once, within the body's cap for its endpoint."""
        cached = request.scope.get("s2s.params")
        if cached is not None:
            return cached
        cap, too_large = self._body_cap(request.url.path)
        params = await read_params(request, cap, too_large)
        request.scope["s2s.params"] = params
        return params

    def _body_cap(self, path: str) -> tuple[int, str]:
        """A bit over the largest body this endpoint accepts, and the sentence for more."""
        limits = self.settings
        if path == "/translate_file":
            return (
                int(limits.file_limit_mb * 1e6) + OVERHEAD,
                f"The request is larger than this server takes: files up to "
                f"{limits.file_limit_mb:g} MB.",
            )
        if path in ("/translate", "/detect"):
            return (
                limits.char_limit * BYTES_PER_CHARACTER * limits.batch_limit + OVERHEAD,
                f"The request is larger than this server takes: up to {limits.batch_limit:,} "
                f"texts of {limits.char_limit:,} characters.",
            )
        return OVERHEAD, f"The request is larger than {path} takes."

    async def _model_for(self, params: dict[str, Any], texts: Texts) -> tuple[str, str, Batcher]:
        """The pair asked for and its warm model: at once when nothing needs reading, else off
        the event loop (a reading of the store, a model's first load, detection)."""
        source, target = params.get("source"), params.get("target")
        if isinstance(source, str) and isinstance(target, str) and source != "auto":
            batcher = self.pool.ready(source, target)
            if batcher is not None:
                return source, target, batcher
        source, target = await asyncio.to_thread(self._pair, params, texts)
        return source, target, await asyncio.to_thread(self.pool.batcher, source, target)

    def _pair(self, params: dict[str, Any], texts: Texts) -> tuple[str, str]:
        """The (source, target) pair asked for; ``source: auto`` detected from ``texts`` (or
        what the function gives: a document's) among the languages served into the target.
        Reads the store: off the event loop."""
        source, target = params.get("source"), params.get("target")
        if not isinstance(target, str) or not target:
            raise RequestError(400, "Say which language to translate into: target, e.g. de.")
        if not isinstance(source, str) or not source:
            raise RequestError(400, "Say which language the text is in: source, e.g. en.")
        if source == "auto":
            source = self._auto_source(texts, target)
        if (source, target) not in self.pool.models():
            raise RequestError(
                400, f"No model here translates {source} → {target}; GET /languages lists them."
            )
        return source, target

    def _auto_source(self, texts: Texts, target: str) -> str:
        """The one language served into ``target``, or the one detection picks among several."""
        candidates = sorted({s for s, t in self.pool.models() if t == target})
        if not candidates:
            raise RequestError(
                400, f"No model here translates into {target}; GET /languages lists them."
            )
        if len(candidates) == 1:
            return candidates[0]
        what = "the file" if callable(texts) else "the text"
        if callable(texts):
            texts = texts()
        chosen = decided(coverages(self.pool, " ".join(texts), candidates))
        if chosen is None:
            raise RequestError(
                400,
                f"source auto cannot tell which of {_listed(candidates)} {what} is in (each "
                f"translates into {target} here); give the source language.",
            )
        return chosen

    def _detected(self, texts: list[str], source: str, target: str) -> list[dict[str, Any]]:
        """Per text, the language ``source: auto`` was taken as, with the confidence /detect
        gives that language for that text among those served into ``target``."""
        candidates = sorted({s for s, t in self.pool.models() if t == target})
        detected = []
        for text in texts:
            confidence = dict(ranked(coverages(self.pool, text, candidates)))[source]
            detected.append({"confidence": confidence, "language": source})
        return detected


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    """A path or method the API does not have, as JSON like every other error."""
    assert isinstance(error, HTTPException)
    if error.status_code == 404:
        message = (
            f"There is nothing at {request.url.path}; the API has POST /translate, "
            "GET /languages, POST /detect and POST /translate_file."
        )
    elif error.status_code == 405:
        allowed = (error.headers or {}).get("Allow", "another method")
        message = f"{request.url.path} takes {allowed}, not {request.method}."
    else:
        message = _sentence(str(error.detail))
    return _error(error.status_code, message, error.headers)


def _document_texts(name: str, data: bytes) -> list[str]:
    """The start of the text of an uploaded document, to tell its language."""
    from s2s_desktop.engine.documents.job import WrongEncoding, document_texts

    try:
        return document_texts(name, data)
    except WrongEncoding:
        raise RequestError(400, _NOT_UTF8.format(name=name)) from None


def _texts(q: Any) -> tuple[list[str], bool]:
    """``q`` as a list of strings, and whether it was one string."""
    if isinstance(q, str):
        texts, single = [q], True
    elif isinstance(q, list) and all(isinstance(item, str) for item in q):
        texts, single = q, False
    else:
        raise RequestError(400, "q must be the text to translate: a string or a list of strings.")
    if not any(text.strip() for text in texts):
        raise RequestError(400, "q is empty: send the text to translate.")
    return texts, single


def _whole_number(value: Any) -> int | None:
    """``value`` as an int when it is one (2, 2.0, "2" from a form); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdecimal():
        return int(value)
    return None


def _shown(value: Any) -> str:
    """A parameter's value as the client wrote it: 'some', 1.7, true."""
    return repr(value) if isinstance(value, str) else json.dumps(value)


def _listed(codes: list[str]) -> str:
    return ", ".join(codes[:-1]) + f" or {codes[-1]}"


def _sentence(text: str) -> str:
    """``text`` ending in one period (an exception's own may end in one already)."""
    return text.strip().rstrip(".") + "."


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _document(kind: str, text: str) -> Any:
    """``text`` as the plain-text or HTML format reads it (its segments, and ``write``)."""
    from s2s_desktop.engine.documents.plain_text import PlainText

    if kind == "html":
        return html_format.HtmlDocument(text, "utf-8")
    return PlainText(text, "utf-8", bom=False)


def _written(document: Any, translated: list[Segment]) -> str:
    return document.write(translated, formats.Languages("", "")).decode("utf-8")
