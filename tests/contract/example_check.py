"""Checks of SDK models against bodies we did not write (tests/data/examples, tests/data/schema).

Every group's ``test_examples_<group>.py`` uses these three checks:

- ``assert_decodes(body, Model)``: the body decodes with no ``SchemaDriftWarning`` and every key
  lands in a typed attribute (no ``extra_fields`` anywhere), unless named in ``unmodelled``.
- ``assert_round_trip(body, Model)``: decoding then encoding gives the same JSON, apart from the
  documented date-time form (same instant, written ``...+0000``).
- ``over_http(body, call)``: a local server answers every request with ``body``; ``call`` runs an
  SDK method against it, so the real decoding path (transport, decode, converter) is exercised.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Awaitable, Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import attrs
from aiohttp import web

import smartrecruiters_async as sr
from smartrecruiters_async._converter import parse_datetime, structure, unstructure

T = TypeVar("T")

DATA = Path(__file__).resolve().parent.parent / "data"
EXAMPLES = DATA / "examples" / "davejcameron"
SCHEMA = DATA / "schema"


def load_example(relative: str) -> Any:
    """The example body at ``tests/data/examples/davejcameron/<relative>``."""
    return json.loads((EXAMPLES / relative).read_text())


def schema_names(model: str) -> set[str]:
    """The wire names of ``model`` in the 2024 schema (``recruitifi.json``), else the 2017 one."""
    for name in ("recruitifi.json", "roksela.json"):
        models = json.loads((SCHEMA / name).read_text())["models"]
        if model in models:
            return set(models[model])
    raise KeyError(f"no schema model named {model!r}")


def decode(body: Any, model: type[T]) -> T:
    """Decode with every ``SchemaDriftWarning`` turned into an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", sr.SchemaDriftWarning)
        return structure(body, model)


def unmodelled_keys(obj: Any, path: str = "$") -> list[str]:
    """Paths of every key that sits in an ``extra_fields`` of ``obj`` or of anything inside it."""
    found: list[str] = []
    if attrs.has(type(obj)):
        found += [f"{path}.{key}" for key in getattr(obj, "extra_fields", None) or {}]
        for field in attrs.fields(type(obj)):
            if field.name != "extra_fields":
                found += unmodelled_keys(getattr(obj, field.name), f"{path}.{field.name}")
    elif isinstance(obj, list | tuple):
        for i, item in enumerate(obj):
            found += unmodelled_keys(item, f"{path}[{i}]")
    elif isinstance(obj, Mapping):
        for key, value in obj.items():
            found += unmodelled_keys(value, f"{path}.{key}")
    return found


def assert_decodes(body: Any, model: type[T], *, unmodelled: Iterable[str] = ()) -> T:
    """Decode ``body`` as ``model``: no drift warning, every key typed but those in ``unmodelled``.

    ``unmodelled`` lists paths such as ``$.primaryAssignment.job.actions`` that are deliberately
    kept raw; each such choice needs a comment at the call site naming why.
    """
    obj = decode(body, model)
    left = sorted(set(unmodelled_keys(obj)) - set(unmodelled))
    assert not left, f"{model.__name__}: keys not modelled: {left}"
    return obj


def normalised(value: Any) -> Any:
    """JSON with every date-time string replaced by its instant, for lossless comparison."""
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, str) and len(value) >= 16 and value[4:5] == "-" and "T" in value:
        try:
            return ("instant", parse_datetime(value))
        except ValueError:
            return value
    return value


def assert_round_trip(body: Any, model: type[Any]) -> None:
    """Decoding then encoding ``body`` gives the same JSON, value types included."""
    again = unstructure(decode(body, model))
    assert normalised(again) == normalised(body)
    assert json.dumps(normalised_types(again), sort_keys=True) == json.dumps(
        normalised_types(body), sort_keys=True
    ), "a number changed type (int <-> float) on the way through"


def normalised_types(value: Any) -> Any:
    """``value`` with each number replaced by its type name, date-times by their instant."""
    if isinstance(value, dict):
        return {key: normalised_types(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalised_types(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return type(value).__name__
    normal = normalised(value)
    return str(normal[1].timestamp()) if isinstance(normal, tuple) else normal


async def over_http(
    body: Any,
    call: Callable[[sr.SmartRecruiters], Awaitable[T]],
    *,
    status: int = 200,
) -> T:
    """Serve ``body`` for every request on a local port and return what ``call`` makes of it."""

    async def answer(request: web.Request) -> web.Response:
        return web.json_response(body, status=status)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with sr.SmartRecruiters(
            "example-key",
            base_url=f"http://127.0.0.1:{port}",
            governor=sr.LocalGovernor(sr.Policies(rates={"default": 1000.0})),
        ) as client:
            with warnings.catch_warnings():
                warnings.simplefilter("error", sr.SchemaDriftWarning)
                return await call(client)
    finally:
        await runner.cleanup()
