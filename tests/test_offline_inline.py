"""summarise(engine="offline") runs without an event loop and gives what the async path gives."""

from __future__ import annotations

import asyncio

import pytest

import minutesai
from minutesai.api import run_inline
from minutesai.errors import InputError

TEXT = (
    "5. Police update\n\nThe Inspector reported that burglary had fallen by 12% to 210 offences "
    "compared with 239 last year. RESOLVED: That the report be noted. "
    "The Inspector would circulate the ward data to Members.\n"
)


def _json(result) -> dict:
    return result.model_dump(mode="json")


def test_inline_result_matches_async_path():
    inline = minutesai.summarise(TEXT, engine="offline")
    via_loop = asyncio.run(minutesai.asummarise(TEXT, engine="offline"))
    assert inline.figures, "the sample states figures"
    assert _json(inline) == _json(via_loop)


def test_inline_works_inside_a_running_loop():
    async def call_sync_api():
        return minutesai.summarise(TEXT, engine="offline")

    assert _json(asyncio.run(call_sync_api())) == _json(minutesai.summarise(TEXT, engine="offline"))


def test_run_inline_refuses_a_coroutine_that_waits():
    async def waits():
        await asyncio.sleep(0)
        return 1

    async def finishes():
        return 2

    with pytest.raises(RuntimeError):
        run_inline(waits())
    assert run_inline(finishes()) == 2


def test_inline_errors_propagate():
    with pytest.raises(InputError):
        minutesai.summarise("", engine="offline")
