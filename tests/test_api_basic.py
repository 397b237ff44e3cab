"""Public API, options and engine choice, CLI error handling."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

import minutesai
from minutesai.config import Options, make_options
from minutesai.engines.factory import resolve_engine_name
from minutesai.errors import ConfigError, InputError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "minutes" / "enfield_sscb_performance_2023.txt"


@pytest.fixture(autouse=True)
def _no_endpoint_env(monkeypatch):
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)


def test_repr_masks_api_key():
    key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"
    shown = repr(Options(api_key=key, model="gpt-4o-mini"))
    assert key not in shown
    assert "abcdefghijklmnop" not in shown
    assert "model='gpt-4o-mini'" in shown


def test_unknown_option_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown option"):
        make_options(modle="gpt-4o")


@pytest.mark.parametrize(
    ("env", "kwargs", "expected"),
    [
        ({}, {}, "offline"),
        ({"OPENAI_API_KEY": "sk-test"}, {}, "openai"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}, {}, "openai"),
        ({"OPENAI_API_KEY": "sk-test"}, {"engine": "offline"}, "offline"),
        ({}, {"client": object()}, "openai"),
    ],
)
def test_engine_is_chosen_automatically(monkeypatch, env, kwargs, expected):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert resolve_engine_name(Options(**kwargs)).engine == expected


def test_engine_name_with_model():
    opts = resolve_engine_name(Options(engine="openai:gpt-4.1-mini"))
    assert (opts.engine, opts.model) == ("openai", "gpt-4.1-mini")


def test_unknown_engine():
    with pytest.raises(ConfigError, match="unknown engine"):
        resolve_engine_name(Options(engine="gpt5"))


def test_summarise_path_defaults_to_offline():
    result = minutesai.summarise(str(EXAMPLE))
    assert result.engine == "offline"
    assert result.source.path == str(EXAMPLE)
    assert isinstance(result.model_dump_json(), str)


def test_summarise_missing_file_raises_input_error():
    with pytest.raises(InputError, match="no-such-minutes.txt"):
        minutesai.summarise("no-such-minutes.txt")


def test_summarise_inside_running_event_loop():
    async def inside():
        return minutesai.summarise(EXAMPLE.read_text(encoding="utf-8"))

    assert asyncio.run(inside()).engine == "offline"


def test_summarise_many_returns_errors_beside_successes(tmp_path):
    results = minutesai.summarise_many([str(EXAMPLE), str(tmp_path / "missing.txt")])
    assert results[0].engine == "offline"
    err = results[1]
    assert isinstance(err, minutesai.ErrorRecord)
    assert err.stage == "ingest" and "missing.txt" in err.reason


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "minutesai", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_cli_missing_file_is_one_line_no_traceback(tmp_path):
    proc = _cli("summarise", str(tmp_path / "nope.txt"))
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "nope.txt" in proc.stderr


def test_cli_bad_format_is_one_line():
    proc = _cli("summarise", str(EXAMPLE), "--format", "xml")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["minutesai: --format must be md or json, not 'xml'"]


def test_cli_json_output_parses():
    import json

    proc = _cli("summarise", str(EXAMPLE), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["engine"] == "offline"
    assert set(data) >= {"summary", "actions", "decisions", "figures", "police_sentiment", "usage"}


def test_backend_warnings_reach_the_result():
    from minutesai.backends.base import ChatResponse
    from minutesai.engines.base import RunContext
    from minutesai.structured import account

    ctx = RunContext(options=Options())
    account(ctx, ChatResponse(content="{}", extra={"warnings": ["schema fell back to generic JSON"]}))
    assert ctx.warnings == ["schema fell back to generic JSON"]
    assert ctx.usage.calls == 1


def test_cli_rejects_unknown_mode():
    proc = _cli("summarise", str(EXAMPLE), "--mode", "xml")
    assert proc.returncode == 2
    assert "--mode must be" in proc.stderr and "Traceback" not in proc.stderr
