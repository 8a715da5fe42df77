"""The HTTP API, in LibreTranslate's dialect (Starlette: a small, well-kept ASGI toolkit; uvicorn
serves it): ``POST /translate``, ``GET /languages``, ``POST /detect``, ``POST /translate_file``
with ``GET /download_file/…``, and ``GET /frontend/settings``, which clients read for limits.

Parameters come as JSON or as a form, like LibreTranslate's. Every request is bounded
(characters, file size, requests in flight); every mistake gets a 4xx status and
``{"error": "one sentence"}``, and the server stays up. Text is translated with the document
machinery, so placeholders, URLs and numbers come back unchanged and ``format=html`` keeps its
markup.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import shutil
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse
from starlette.routing import Route

from s2s_desktop.engine.documents import formats
from s2s_desktop.engine.documents import html as html_format
from s2s_desktop.engine.documents.segments import Segment
from s2s_desktop.engine.errors import UserError
from s2s_desktop.languages import language_name
from s2s_desktop.server.batching import Batcher
from s2s_desktop.server.pool import ModelPool


@dataclass
class ServerSettings:
    """The bounds and the keys (none: no key asked, the default on 127.0.0.1)."""

    char_limit: int = 5000  # per request, all of ``q`` together
    file_limit_mb: float = 10.0
    max_in_flight: int = 64
    alternatives_limit: int = 3  # per text, LibreTranslate's default
    api_keys: frozenset[str] = field(default_factory=frozenset)


class RequestError(Exception):
    """A request the server refuses: an HTTP status and one sentence."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def create_app(pool: ModelPool, settings: ServerSettings | None = None) -> Starlette:
    """The API over ``pool``'s models."""
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
        yield
        api.close()  # the models' threads end, the translated files go

    return Starlette(routes=routes, lifespan=lifespan)


class _Api:
    def __init__(self, pool: ModelPool, settings: ServerSettings) -> None:
        self.pool = pool
        self.settings = settings
        self.in_flight = 0
        self.files = Path(tempfile.mkdtemp(prefix="s2s-serve-"))

    def close(self) -> None:
        self.pool.close()
        shutil.rmtree(self.files, ignore_errors=True)

    # ------------------------------------------------------------------ endpoints

    async def translate(self, request: Request) -> JSONResponse:
        async def answer() -> dict[str, Any]:
            params = await self._params(request)
            texts, single = _texts(params.get("q"))
            total = sum(len(text) for text in texts)
            if total > self.settings.char_limit:
                raise RequestError(
                    400,
                    f"q has {total:,} characters; this server takes at most "
                    f"{self.settings.char_limit:,} in one request.",
                )
            source, target = self._pair(params)
            kind = str(params.get("format") or "text").lower()
            if kind not in ("text", "html"):
                raise RequestError(400, f"format must be text or html, not {kind!r}.")
            wanted = self._alternatives(params)
            batcher = await asyncio.to_thread(self.pool.batcher, source, target)
            documents = [_document(kind, text) for text in texts]
            if wanted:
                outputs, others = await self._with_alternatives(batcher, documents, wanted)
            else:
                outputs = await self._translated(batcher, documents)
            result: dict[str, Any] = {"translatedText": outputs[0] if single else outputs}
            if wanted:
                result["alternatives"] = others[0] if single else others
            if params.get("source") == "auto":  # LibreTranslate says what it took the text for
                detected = await asyncio.to_thread(self._detected, texts, source)
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
            return [
                translate_variants(batcher.translator, document.segments, wanted + 1)  # type: ignore[arg-type]
                for document in documents
            ]

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

    def _alternatives(self, params: dict[str, Any]) -> int:
        """How many other translations of each text the request asks for (0: none)."""
        asked = params.get("alternatives") or 0
        try:
            wanted = max(0, int(asked))
        except (TypeError, ValueError):
            raise RequestError(
                400, f"alternatives must be a whole number, not {asked!r}."
            ) from None
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
            return [
                {"code": code, "name": language_name(code), "targets": sorted(targets[code])}
                for code in sorted(targets)
            ]

        return await self._guarded(request, answer, counted=False, keyed=False)

    async def detect(self, request: Request) -> JSONResponse:
        """Which served source language's vocabulary covers the text best: honest where one
        language is served or the scripts differ, a guess between close languages (the
        confidence says how sure)."""

        async def answer() -> Any:
            params = await self._params(request)
            texts, _ = _texts(params.get("q"))
            sources = sorted({source for source, _ in await asyncio.to_thread(self.pool.models)})
            if not sources:
                raise RequestError(400, "No models are served, so no language can be detected.")
            scores = await asyncio.to_thread(self._coverage, " ".join(texts), sources)
            ranked = sorted(scores.items(), key=lambda item: -item[1])
            return [
                {"language": code, "confidence": round(100 * share, 1)} for code, share in ranked
            ]

        return await self._guarded(request, answer)

    async def translate_file(self, request: Request) -> JSONResponse:
        async def answer() -> dict[str, Any]:
            params = await self._params(request)
            upload = params.get("file")
            if upload is None or not hasattr(upload, "read"):
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
            source, target = self._pair(params)
            batcher = await asyncio.to_thread(self.pool.batcher, source, target)
            token = secrets.token_urlsafe(12)
            folder = self.files / token
            folder.mkdir()
            (folder / name).write_bytes(data)
            output = formats.output_path(folder / name, source, target)
            from s2s_desktop.engine.documents.job import WrongEncoding, translate_document

            try:
                await asyncio.wrap_future(
                    batcher.run(
                        lambda: translate_document(folder / name, output, batcher.translator)
                    )
                )
            except WrongEncoding:  # a client cannot choose one: its advice is the window's
                raise RequestError(
                    400, f"{name} is not UTF-8 text; convert it to UTF-8 and send it again."
                ) from None
            url = str(request.url_for("download", token=token, name=quote(output.name)))
            return {"translatedFileUrl": url}

        return await self._guarded(request, answer)

    async def download(self, request: Request) -> Any:
        token, name = request.path_params["token"], request.path_params["name"]
        path = self.files / Path(token).name / Path(name).name
        if not path.is_file():
            return JSONResponse({"error": "No such translated file (it may have expired)."}, 404)
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
            return _error(503, "The server is busy; try again in a moment.")
        self.in_flight += counted
        try:
            if keyed and self.settings.api_keys:
                params = await self._params(request)
                key = params.get("api_key")
                if not isinstance(key, str) or not key.strip():
                    raise RequestError(403, "This server needs an API key: send it as api_key.")
                if key not in self.settings.api_keys:
                    raise RequestError(403, "The API key is not valid; check the one you send.")
            return JSONResponse(await answer())
        except RequestError as error:
            return _error(error.status, str(error))
        except UserError as error:
            return _error(400, str(error))
        except Exception as error:  # the model failed: say so, stay up
            return _error(500, f"The translation failed: {error}.")
        finally:
            self.in_flight -= counted

    async def _params(self, request: Request) -> dict[str, Any]:
        """The request's parameters: JSON or form body, then the query string (read once)."""
        cached = request.scope.get("s2s.params")
        if cached is not None:
            return cached
        params: dict[str, Any] = dict(request.query_params)
        kind = request.headers.get("content-type", "")
        body = await request.body() if "multipart" not in kind else b""
        if "json" in kind or (body[:1] in (b"{", b"[") and "form" not in kind):
            try:
                loaded = json.loads(body or b"{}")
            except (ValueError, UnicodeDecodeError) as error:
                raise RequestError(400, f"The request body is not valid JSON: {error}.") from None
            if not isinstance(loaded, dict):
                raise RequestError(400, "The JSON body must be an object of parameters.")
            params.update(loaded)
        elif "form" in kind:
            form = await request.form(max_part_size=int(self.settings.file_limit_mb * 1e6) + 1)
            params.update({key: value for key, value in form.items()})
        elif body.strip():
            raise RequestError(
                415,
                f"Send the parameters as JSON (Content-Type: application/json) or as a form, "
                f"not as {kind or 'a body without a Content-Type'}.",
            )
        request.scope["s2s.params"] = params
        return params

    def _pair(self, params: dict[str, Any]) -> tuple[str, str]:
        source, target = params.get("source"), params.get("target")
        if not isinstance(target, str) or not target:
            raise RequestError(400, "Say which language to translate into: target, e.g. de.")
        if not isinstance(source, str) or not source:
            raise RequestError(400, "Say which language the text is in: source, e.g. en.")
        if source == "auto":
            sources = sorted({s for s, t in self.pool.models() if t == target})
            if len(sources) != 1:
                raise RequestError(
                    400,
                    "source auto needs exactly one model into "
                    f"{target} here ({len(sources)} found); give the source language.",
                )
            source = sources[0]
        if (source, target) not in self.pool.models():
            raise RequestError(
                400, f"No model here translates {source} -> {target}; GET /languages lists them."
            )
        return source, target

    def _detected(self, texts: list[str], source: str) -> list[dict[str, Any]]:
        """Per text, the language ``source: auto`` was taken as, with the confidence /detect
        gives that language for that text (low where the text looks like another)."""
        return [
            {
                "confidence": round(100 * self._coverage(text, [source])[source], 1),
                "language": source,
            }
            for text in texts
        ]

    def _coverage(self, text: str, sources: list[str]) -> dict[str, float]:
        """Per source language, the share of the text's letters its model's vocabulary writes
        in pieces of three or more characters (a familiar text tokenizes into long pieces)."""
        letters = sum(char.isalpha() for char in text) or 1
        scores = {}
        for source in sources:
            target = next(t for s, t in self.pool.models() if s == source)
            translator = self.pool.batcher(source, target).translator
            if hasattr(translator, "source_tokenizer"):
                pieces = translator.source_tokenizer.encode_pieces(text)
            else:  # an Argos model: its own sentencepiece
                pieces = translator.pieces.encode(text, out_type=str)
            surfaces = [piece.lstrip("\u2581") for piece in pieces]
            long = sum(len(surface) for surface in surfaces if len(surface) >= 3)
            scores[source] = min(long / letters, 1.0)
        return scores


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


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _document(kind: str, text: str) -> Any:
    """``text`` as the plain-text or HTML format reads it (its segments, and ``write``)."""
    from s2s_desktop.engine.documents.plain_text import PlainText

    if kind == "html":
        return html_format.HtmlDocument(text, "utf-8")
    return PlainText(text, "utf-8", bom=False)


def _written(document: Any, translated: list[Segment]) -> str:
    return document.write(translated, formats.Languages("", "")).decode("utf-8")
