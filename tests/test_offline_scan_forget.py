"""The offline engine lets go of a text's indexes once it is done with it.

The per-text indexes (lower-cased copy, cue marks, document scans) take several times the
text's size; holding a finished chunk's beside the next chunk's, or a document's after
``summarise`` returned, was most of a 50 MB run's peak memory.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from minutesai import summarise
from minutesai.config import Options
from minutesai.document import Chunk, Minutes
from minutesai.engines.base import RunContext
from minutesai.engines.offline import (
    OfflineEngine,
    cues,
    extract_candidates,
    metrics,
    patterns,
    scan,
)

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "examples/corpus/dev/barnet_q1_q2_performance_2019.txt").read_text(encoding="utf-8")


def _holds_nothing() -> bool:
    return (
        scan._current[0] is None
        and scan._last_lowered[0] is None
        and not getattr(scan._local, "entries", [])
        and cues._last_index[0] is None
    )


def _holds(text: str) -> bool:
    entries = getattr(scan._local, "entries", [])
    return any(known is text for known, _ in entries) or scan._current[0] is text or cues._last_index[0] is text


def test_forget_drops_every_remembered_text_and_results_stay_the_same():
    first = extract_candidates(TEXT)
    assert _holds(TEXT)
    scan.forget()
    assert _holds_nothing()
    again = extract_candidates(TEXT)  # rebuilt from scratch
    assert again == first


def test_forget_resets_the_last_runs_records():
    extract_candidates(TEXT)
    records = [r for module in (metrics, patterns) for r in vars(module).values() if isinstance(r, scan.LastRuns)]
    assert records and any(r._last[0] is TEXT for r in records)
    scan.forget()
    assert all(r._last[0] is None for r in records)


def test_summarise_does_not_hold_the_document_after_returning():
    result = summarise(TEXT, engine="offline")
    assert result.figures
    assert _holds_nothing()


def test_a_finished_chunk_is_not_held_while_the_next_is_read():
    doc = Minutes(text=TEXT + "\n\n" + TEXT)
    half = len(TEXT) + 2
    engine = OfflineEngine()
    ctx = RunContext(options=Options(engine="offline"))
    first = Chunk(index=0, start=0, end=half, text=doc.text[:half], tokens=half // 4)
    found = asyncio.run(engine.map_chunk(doc, first, ctx))
    assert found.figures
    assert not _holds(first.text) and _holds_nothing()
    # the whole document as one chunk is kept: reduce reads the same indexes
    whole = Chunk(index=0, start=0, end=len(doc.text), text=doc.text, tokens=len(doc.text) // 4)
    asyncio.run(engine.map_chunk(doc, whole, ctx))
    assert _holds(doc.text)
    scan.forget()
