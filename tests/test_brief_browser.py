"""The HTML briefing in headless Chromium: loads with no console errors, fetches nothing from
outside the file, and produces a screenshot and a printable PDF.

Talks to Chromium over the DevTools protocol on a pipe (``--remote-debugging-pipe``: file
descriptors 3 and 4, NUL-separated JSON), so no extra client library is needed.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import queue
import shutil
import struct
import subprocess
import threading
import time
from pathlib import Path

import pytest

from minutesai.collection import load_results
from minutesai.render import render_html

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "briefing" / "results.jsonl"
CHROMIUM = os.environ.get("MINUTESAI_CHROMIUM") or next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"),
]


class DevTools:
    """A minimal DevTools-protocol client over Chromium's debugging pipe."""

    def __init__(self, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_pipe() -> None:  # runs in the child: the protocol expects fds 3 (in) and 4 (out)
            # Move both ends above 3 and 4 first: the pipe itself may have been given fd 3 or 4.
            inbound = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            outbound = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(inbound, 3)
            os.dup2(outbound, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
             "--hide-scrollbars", f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire_pipe, close_fds=False,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._messages: queue.Queue = queue.Queue()
        self.events: list[dict] = []
        self._next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._from_chrome, 65536):
            buffer += chunk
            *complete, buffer = buffer.split(b"\0")
            for raw in complete:
                self._messages.put(json.loads(raw))
        self._messages.put(None)

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._messages.get(timeout=max(0.1, deadline - time.monotonic()))
            if reply is None:
                raise RuntimeError("Chromium closed the debugging pipe")
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, method: str, session: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method and event.get("sessionId") == session:
                return event
        while True:
            event = self._messages.get(timeout=max(0.1, deadline - time.monotonic()))
            if event is None:
                raise RuntimeError("Chromium closed the debugging pipe")
            self.events.append(event)
            if event.get("method") == method and event.get("sessionId") == session:
                return event

    def close(self) -> None:
        with contextlib.suppress(Exception):  # already gone is fine
            self.send("Browser.close", timeout=5)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)


@pytest.fixture()
def browser(tmp_path):
    client = DevTools(tmp_path / "profile")
    yield client
    client.close()


def load_page(browser: DevTools, path: Path) -> dict:
    """Open ``path``; return what went wrong (console errors, exceptions, outside requests) and artefacts."""
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.send(f"{domain}.enable", session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 1000, "height": 1400, "deviceScaleFactor": 1, "mobile": False}, session=session)
    url = path.as_uri()
    browser.send("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    checks = browser.send("Runtime.evaluate", {"returnByValue": True, "expression": """({
        images: [...document.images].map(i => i.complete && i.naturalWidth > 0),
        brokenLinks: [...document.querySelectorAll('a[href^="#"]')]
            .filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length,
        tables: document.querySelectorAll('table').length,
        height: document.documentElement.scrollHeight })"""}, session=session)["result"]["value"]
    shot = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
                        session=session, timeout=60)
    pdf = browser.send("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True},
                       session=session, timeout=60)
    ours = [e for e in browser.events if e.get("sessionId") == session]
    problems = [
        e["params"]["args"][0].get("value", "") if e["params"]["args"] else e["params"]["type"]
        for e in ours if e["method"] == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert")
    ]
    problems += [e["params"]["exceptionDetails"]["text"] for e in ours if e["method"] == "Runtime.exceptionThrown"]
    problems += [e["params"]["entry"]["text"] for e in ours
                 if e["method"] == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
    requests = [e["params"]["request"]["url"] for e in ours if e["method"] == "Network.requestWillBeSent"]
    return {"problems": problems, "outside": [u for u in requests if u != url and not u.startswith("data:")],
            "checks": checks, "png": base64.b64decode(shot["data"]), "pdf": base64.b64decode(pdf["data"])}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("which", ["one meeting", "overview"])
def test_briefing_loads_cleanly_and_renders(browser, tmp_path, which):
    results = load_results(FIXTURE)
    page = tmp_path / "brief.html"
    page.write_text(render_html(results.summaries[2] if which == "one meeting" else results), encoding="utf-8")
    seen = load_page(browser, page)
    assert seen["problems"] == []
    assert seen["outside"] == []
    assert seen["checks"]["brokenLinks"] == 0
    assert seen["checks"]["tables"] >= 2
    if which == "overview":
        assert seen["checks"]["images"] == [True]  # the embedded sentiment chart decoded
    width, height = png_size(seen["png"])
    assert width == 1000 and height >= 1000
    shot = tmp_path / f"{which.replace(' ', '_')}.png"
    shot.write_bytes(seen["png"])
    assert shot.stat().st_size > 20_000
    assert seen["pdf"].startswith(b"%PDF") and len(seen["pdf"]) > 10_000


def test_the_harness_sees_console_errors_and_outside_requests(browser, tmp_path):
    page = tmp_path / "broken.html"
    page.write_text('<!DOCTYPE html><p>x</p><a href="#nowhere">l</a><script>console.error("boom");</script>'
                    '<img src="http://127.0.0.1:9/tracker.png">', encoding="utf-8")
    seen = load_page(browser, page)
    assert "boom" in seen["problems"]
    assert seen["outside"] == ["http://127.0.0.1:9/tracker.png"]
    assert seen["checks"]["brokenLinks"] == 1 and seen["checks"]["images"] == [False]
