"""Helpers for the grounding tests: read what a fake-server request carried, and scripted 'models'."""

from __future__ import annotations

import json
import re
from typing import Any

from minutesai.testing.server import request_schema

REASK_MARK = "Your previous answer had problems."
_BLOCK = r"<{tag}(?:-\d+)?>\n(.*?)\n</{tag}(?:-\d+)?>"


def schema_title(body: dict) -> str | None:
    return (request_schema(body)[1] or {}).get("title")


def user_text(body: dict) -> str:
    return "\n".join(str(m.get("content") or "") for m in body.get("messages", []) if m.get("role") == "user")


def system_text(body: dict) -> str:
    return "\n".join(str(m.get("content") or "") for m in body.get("messages", [])
                     if m.get("role") == "system")


def block(body: dict, tag: str) -> str | None:
    """The contents of the ``<tag>`` (or ``<tag-N>``) data block in the user message."""
    m = re.search(_BLOCK.format(tag=re.escape(tag)), user_text(body), re.S)
    return m.group(1) if m else None


def minutes_in(body: dict) -> str:
    text = block(body, "minutes")
    assert text is not None, "the map prompt carries no <minutes> block"
    return text


def hints_in(body: dict) -> dict[str, list[dict[str, Any]]] | None:
    text = block(body, "candidates")
    return None if text is None else json.loads(text)


def is_reask(body: dict) -> bool:
    return REASK_MARK in user_text(body)


def map_requests(requests: list[dict]) -> list[dict]:
    return [b for b in requests if schema_title(b) == "ChunkFindings"]


def synthesis(summary: str = "The item was noted.", label: str = "neutral") -> dict[str, Any]:
    return {"summary": summary, "sentiment_label": label, "sentiment_score": 0.0,
            "sentiment_rationale": "Scripted answer."}


def figure(metric: str, value: float | None, quote: str, direction: str = "unknown",
           unit: str = "other") -> dict[str, Any]:
    return {"metric": metric, "value": value, "unit": unit, "direction": direction, "period": None,
            "area": None, "comparator": None, "quote": quote}


def findings(**lists: list[dict[str, Any]]) -> dict[str, Any]:
    out = {"key_points": [], "actions": [], "decisions": [], "figures": [], "sentiment_aspects": []}
    out.update(lists)
    return out
