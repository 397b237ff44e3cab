"""The event loop minutesai runs its own coroutines on: uvloop when importable, the standard
loop with ``MINUTESAI_EVENT_LOOP=asyncio``, never a change to the caller's loop or policy."""

from __future__ import annotations

import asyncio
import gc
import importlib.util
import logging
import sys

import pytest

from minutesai import event_loop
from minutesai.api import run_sync, summarise_many
from minutesai.backends import openai_http
from minutesai.errors import ConfigError
from minutesai.models import ErrorRecord

HAS_UVLOOP = importlib.util.find_spec("uvloop") is not None
needs_uvloop = pytest.mark.skipif(not HAS_UVLOOP, reason="needs uvloop")


async def loop_module() -> str:
    return type(asyncio.get_running_loop()).__module__.split(".")[0]


def test_an_unknown_choice_is_a_config_error(monkeypatch):
    monkeypatch.setenv(event_loop.EVENT_LOOP_ENV, "trio")
    with pytest.raises(ConfigError, match="MINUTESAI_EVENT_LOOP"):
        event_loop.run(loop_module())


def test_without_uvloop_auto_falls_back_and_uvloop_is_an_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "uvloop", None)  # import uvloop -> ImportError
    monkeypatch.delenv(event_loop.EVENT_LOOP_ENV, raising=False)
    assert event_loop.event_loop_name() == "asyncio"
    assert event_loop.run(loop_module()) == "asyncio"
    monkeypatch.setenv(event_loop.EVENT_LOOP_ENV, "uvloop")
    with pytest.raises(ConfigError, match="pip install uvloop"):
        event_loop.run(loop_module())


@needs_uvloop
@pytest.mark.parametrize(("setting", "expected"), [
    (None, "uvloop"), ("auto", "uvloop"), (" UVLOOP ", "uvloop"), ("asyncio", "asyncio"), ("", "uvloop")])
def test_the_loop_minutesai_builds(monkeypatch, setting, expected):
    if setting is None:
        monkeypatch.delenv(event_loop.EVENT_LOOP_ENV, raising=False)
    else:
        monkeypatch.setenv(event_loop.EVENT_LOOP_ENV, setting)
    assert event_loop.event_loop_name() == expected
    assert run_sync(loop_module()) == expected


@needs_uvloop
def test_the_callers_loop_and_policy_are_left_alone(monkeypatch):
    monkeypatch.delenv(event_loop.EVENT_LOOP_ENV, raising=False)
    policy = asyncio.get_event_loop_policy()

    async def caller() -> tuple[str, str]:
        inner = run_sync(loop_module())  # called from a running loop: a worker thread's own loop
        return await loop_module(), inner

    assert asyncio.run(caller()) == ("asyncio", "uvloop")
    assert asyncio.get_event_loop_policy() is policy


TRANSPORTS = ["httpx", pytest.param("aiohttp", marks=pytest.mark.skipif(
    not openai_http.aiohttp_available(), reason='needs "openai[aiohttp]"'))]


@needs_uvloop
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_summarise_many_is_the_same_on_either_loop(fake_server, monkeypatch, transport, caplog, recwarn):
    monkeypatch.setenv(openai_http.HTTP_CLIENT_ENV, transport)
    texts = [f"Item {n}. The committee noted {n} burglaries and asked the police for a report." for n in range(6)]
    opts = dict(engine="openai", model="gpt-4o-mini", base_url=fake_server.base_url, api_key="k",
                use_cache=False, concurrency=3)
    gc.collect()
    recwarn.clear()
    runs = {}
    for loop in ("asyncio", "uvloop"):
        monkeypatch.setenv(event_loop.EVENT_LOOP_ENV, loop)
        before = len(fake_server.requests)
        results = summarise_many(texts, **opts)
        assert not [r for r in results if isinstance(r, ErrorRecord)]
        runs[loop] = ([r.model_dump(exclude={"meta", "usage"}) for r in results],
                      sorted(map(str, fake_server.requests[before:])))
    assert runs["asyncio"] == runs["uvloop"]
    with caplog.at_level(logging.ERROR, logger="asyncio"):
        gc.collect()
    assert not [r for r in caplog.records if "nclosed" in r.getMessage()]
    assert not [str(w.message) for w in recwarn if issubclass(w.category, ResourceWarning)]
