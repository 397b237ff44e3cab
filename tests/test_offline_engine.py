"""The offline engine through the public API: contract, grounding, determinism, no network, speed."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import minutesai
from minutesai.config import Options
from minutesai.document import Chunk
from minutesai.engines.base import Engine, RunContext
from minutesai.engines.offline import OfflineEngine, extract_candidates
from minutesai.ingest import load_minutes

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "examples/corpus/dev"
BROMLEY = DEV / "bromley_crime_dashboard.txt"
BARNET = DEV / "barnet_q1_q2_performance_2019.txt"


def all_items(result):
    return [*result.key_points, *result.actions, *result.decisions, *result.figures, *result.police_sentiment.aspects]


def test_summarise_returns_a_complete_grounded_summary():
    result = minutesai.summarise(str(BROMLEY), engine="offline")
    text = load_minutes(BROMLEY).text
    assert result.engine == "offline" and result.prompt_hash is None and result.usage.calls == 0
    assert result.figures and result.actions and result.decisions and result.key_points
    assert result.unverified == [] and result.grounding_rate == 1.0
    for item in all_items(result):
        ev = item.evidence
        assert ev.verified and ev.match == "exact" and text[ev.start:ev.end] == ev.quote
    assert 20 <= len(result.summary.split()) <= 150
    assert result.police_sentiment.label in ("mixed", "negative") and result.police_sentiment.rationale
    assert "hate crime" in {f.metric for f in result.figures}


def test_offline_is_chosen_without_an_endpoint(monkeypatch):
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    assert minutesai.summarise(str(BARNET)).engine == "offline"


def test_engine_protocol():
    engine = OfflineEngine()
    assert isinstance(engine, Engine)
    assert (engine.name, engine.prompt_hash, engine.reasks_on_grounding) == ("offline", None, False)
    assert engine.chunk_token_budget() >= 100_000  # whole agenda items per chunk


def test_map_chunk_quotes_are_substrings_of_the_chunk():
    doc = load_minutes(BARNET)
    start = doc.text.index("The Community Safety Manager noted that the police")
    chunk = Chunk(index=0, start=start, end=len(doc.text), text=doc.text[start:], tokens=0)
    findings = asyncio.run(OfflineEngine().map_chunk(doc, chunk, RunContext(options=Options())))
    quotes = [x.quote for x in [*findings.key_points, *findings.actions, *findings.decisions, *findings.figures,
                                *findings.sentiment_aspects]]
    assert quotes and all(q in chunk.text for q in quotes)
    assert 8893 in {f.value for f in findings.figures}


def test_results_are_deterministic():
    a = minutesai.summarise(str(BARNET), engine="offline").model_dump_json()
    b = minutesai.summarise(str(BARNET), engine="offline").model_dump_json()
    assert a == b


def test_no_network_is_touched(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the offline engine opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert minutesai.summarise(str(BROMLEY), engine="offline").figures


def test_meeting_page_with_several_items_and_odd_characters():
    text = ("No. Item\r\n\r\n3. Police Update PDF 120 KB\r\n\r\nMinutes:\r\n\r\nBurglary had fallen by 12%\u00a0year to date. "
            "The Inspector said he would circulate the ward figures.\r\n\r\n4. Minutes\r\n\r\n"
            "The minutes of the meeting held on 3 May 2022 were agreed as a correct record.\r\n")
    found = extract_candidates(text)
    assert [f.value for f in found.figures] == [12]
    assert [a.owner for a in found.actions] == ["Inspector"]
    assert len(found.decisions) == 1
    assert all(x.quote in text for x in [*found.figures, *found.actions, *found.decisions])


def test_importing_the_engine_loads_no_heavy_library():
    code = ("import sys, minutesai.engines.offline; "
            "print(sorted(m for m in ('vaderSentiment', 'rapidfuzz', 'pysbd', 'tiktoken', 'openai') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "[]"


def test_a_7kb_item_takes_well_under_50ms():
    text = load_minutes(BARNET).text
    assert len(text) > 7000
    extract_candidates(text[:1000])  # lexicons load once per process
    best = min(_timed(text + " " * i) for i in range(5))  # fresh strings: no cached scans
    assert best < 0.05, f"{best * 1000:.1f} ms"


def _timed(text: str) -> float:
    t0 = time.process_time()
    extract_candidates(text)
    return time.process_time() - t0


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_every_dev_document_is_fully_grounded(path):
    result = minutesai.summarise(str(path), engine="offline")
    assert result.unverified == []
    assert result.grounding_rate in (None, 1.0)
    assert len(result.summary.split()) <= 150
