"""A request's parameters, read as LibreTranslate (Flask) reads them: a JSON object, or a form
(urlencoded or multipart, with files), then the query string; a field sent twice counts once,
its first value. The body is read only up to a cap, so a client cannot make the server hold
more than the largest request it would accept; text must be UTF-8."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

MAX_FIELDS = 1000  # Starlette's default for forms, also for the query string


class RequestError(Exception):
    """A request the server refuses: an HTTP status and one sentence."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


async def read_params(request: Request, cap: int, too_large: str) -> dict[str, Any]:
    """The request's parameters; a body over ``cap`` bytes is refused (413, ``too_large``)
    before it is read, from its Content-Length, or once that much has come (chunked)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise RequestError(413, too_large)
    kind = request.headers.get("content-type", "").lower()
    body = _capped(request.stream(), cap, too_large)
    params: dict[str, Any] = {}
    if "multipart/form-data" in kind:
        form = await _multipart(request, body, cap)
        request.scope["s2s.form"] = form  # its files are closed with the request
        for name, value in form.multi_items():
            params.setdefault(name, value)
    else:
        data = b"".join([chunk async for chunk in body])
        if "json" in kind or (data[:1] in (b"{", b"[") and "form" not in kind):
            params.update(_json_object(data))
        elif "form" in kind:
            for name, value in parse_urlencoded(data, "form field"):
                params.setdefault(name, value)
        elif data.strip():
            raise RequestError(
                415,
                f"Send the parameters as JSON (Content-Type: application/json) or as a form, "
                f"not as {kind or 'a body without a Content-Type'}.",
            )
    for name, value in parse_urlencoded(request.scope.get("query_string", b""), "query field"):
        params.setdefault(name, value)
    return params


async def close_form(request: Request) -> None:
    """Close the uploaded files of the request's form, if it had one."""
    form = request.scope.pop("s2s.form", None)
    if form is not None:
        await form.close()


def parse_urlencoded(raw: bytes, what: str) -> list[tuple[str, str]]:
    """``a=1&b=x+y`` as pairs, refusing text that is not UTF-8 (Starlette's own parser would
    write it as U+FFFD and translate that)."""
    pairs = []
    for part in raw.split(b"&"):
        if not part:
            continue
        if len(pairs) == MAX_FIELDS:
            raise RequestError(400, form_error(f"Too many fields. Maximum is {MAX_FIELDS}."))
        name, _, value = part.partition(b"=")
        field = _utf8(name, f"A {what}'s name")
        pairs.append((field, _utf8(value, f"The {what} {field[:40]}")))
    return pairs


def form_error(message: str) -> str:
    """Starlette's or python-multipart's message as one sentence."""
    parts = message.strip().rstrip(".").split(". ")
    return "The form could not be read: " + "; ".join(p[:1].lower() + p[1:] for p in parts) + "."


def _utf8(encoded: bytes, what: str) -> str:
    try:
        return unquote_to_bytes(encoded.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        raise RequestError(400, f"{what} is not UTF-8 text; send text as UTF-8.") from None


def _json_object(data: bytes) -> dict[str, Any]:
    try:
        loaded = json.loads(data or b"{}")
    except UnicodeDecodeError:
        raise RequestError(400, "The request body is not UTF-8 text; send JSON as UTF-8.") from None
    except json.JSONDecodeError as error:
        raise RequestError(
            400,
            f"The request body is not valid JSON ({error.msg.lower()} at line {error.lineno}, "
            f"column {error.colno}).",
        ) from None
    if not isinstance(loaded, dict):
        raise RequestError(400, "The JSON body must be an object of parameters.")
    return loaded


async def _capped(stream: AsyncIterator[bytes], cap: int, too_large: str) -> AsyncIterator[bytes]:
    """``stream``, refused with 413 once more than ``cap`` bytes came."""
    size = 0
    async for chunk in stream:
        size += len(chunk)
        if size > cap:
            raise RequestError(413, too_large)
        yield chunk


async def _multipart(request: Request, body: AsyncIterator[bytes], cap: int) -> FormData:
    """The multipart form; its mistakes as one sentence each (400, or 413 for a size)."""
    try:
        return await _StrictParts(request.headers, body, max_part_size=cap).parse()
    except MultiPartException as error:
        status = 413 if "maximum size" in error.message else 400
        raise RequestError(status, form_error(error.message)) from None


class _StrictParts(MultiPartParser):
    """Starlette's multipart parser, refusing a text field that is not in its charset (it
    would read it as Latin-1 and translate the mojibake)."""

    def on_part_end(self) -> None:
        part = getattr(self, "_current_part", None)
        charset = getattr(self, "_charset", "") or "utf-8"
        if part is not None and part.file is None:
            try:
                bytes(part.data).decode(charset)
            except (UnicodeDecodeError, LookupError):
                raise RequestError(
                    400,
                    f"The form field {str(part.field_name)[:40]} is not {charset.upper()} text; "
                    "send text as UTF-8.",
                ) from None
        super().on_part_end()


def is_upload(value: Any) -> bool:
    """Whether a parameter is an uploaded file (a form's file field)."""
    return isinstance(value, UploadFile)
