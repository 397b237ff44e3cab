"""A deliberately lying model: schema-valid answers with invented quotes and wrong numbers.

None of its claims may come out verified, the run must finish with a clear
warning, and the pipeline must re-ask exactly once per chunk naming what failed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from grounding_support import (
    REASK_MARK,
    figure,
    findings,
    is_reask,
    map_requests,
    minutes_in,
    schema_title,
    synthesis,
    user_text,
)

import minutesai
from minutesai.chunk import chunk_document
from minutesai.ingest import load_minutes
from minutesai.segment import segment
from minutesai.testing.server import FakeOpenAIServer

DOC = "barnet_q1_q2_performance_2019"
DEV_PATH = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev" / f"{DOC}.txt"
CHUNK_TOKENS = 400

INVENTED = [
    "Burglary fell by 47% across the borough compared with the previous year.",
    "The Borough Commander confirmed that 2,318 additional arrests were made in the quarter.",
    "Knife crime had reduced by sixty-three per cent since the new taskforce began its work.",
    "Public confidence in the police rose to 91% in the latest residents survey.",
    "Members resolved to allocate £4.2 million to a new town centre CCTV programme.",
    "The Inspector agreed to deploy fourteen extra officers to the high street by March.",
]


def _real_numbered_sentences(text: str) -> list[tuple[str, float]]:
    """Sentences of ``text`` holding a plain number, with that number."""
    out = []
    for sentence in re.split(r"(?<=[.;?!])\s+|\n+", text):
        m = re.search(r"(?<![\d.,])(\d{2,4})(?![\d.,%])", sentence)
        if m and len(sentence) > 30:
            out.append((sentence.strip().rstrip(".;"), float(m.group(1))))
    return out


def _wrong_value(sentence: str, real: float) -> float:
    wrong = real * 3 + 11
    while re.search(rf"(?<!\d){int(wrong)}(?!\d)", sentence):
        wrong += 7
    return wrong


class LyingModel:
    """Answers every map call with invented quotes, real quotes paired with wrong numbers,
    and invented sentences carrying numbers that do occur in the minutes."""

    def __init__(self) -> None:
        self.first_answers: dict[str, list[str]] = {}
        """Chunk text -> quotes given the first time it was asked."""
        self.all_answers: list[list[str]] = []

    def __call__(self, body: dict) -> str:
        if schema_title(body) == "Synthesis":
            return json.dumps(synthesis("Crime fell by 90% and every target was met.", "positive"))
        chunk = minutes_in(body)
        salt = int(hashlib.sha256(chunk.encode()).hexdigest(), 16) + (7 if is_reask(body) else 0)
        pick = [INVENTED[(salt + i) % len(INVENTED)] for i in range(3)]
        figures = [figure("burglary", 47.0 + salt % 5, pick[0], "decrease", "percent")]
        for sentence, real in _real_numbered_sentences(chunk)[:3]:
            figures.append(figure("offences", _wrong_value(sentence, real), sentence, "decrease", "count"))
            figures.append(figure("offences", real, f"Overall crime fell by {real:g} offences after the "
                                  "summer operation", "decrease", "count"))
        answer = findings(
            key_points=[{"text": "Crime is down sharply.", "quote": pick[1]}],
            actions=[{"owner": "Inspector", "action": "deploy officers", "due": "March", "quote": pick[2]}],
            decisions=[{"text": "CCTV funding agreed", "quote": INVENTED[4]}],
            figures=figures,
            sentiment_aspects=[{"topic": "burglary", "label": "positive", "quote": pick[0]}],
        )
        quotes = [item["quote"] for kind in answer.values() for item in kind]
        self.all_answers.append(quotes)
        if not is_reask(body):
            self.first_answers[chunk] = quotes
        return json.dumps(answer)


@pytest.fixture(scope="module")
def lying_run():
    liar = LyingModel()
    with pytest.MonkeyPatch.context() as mp, FakeOpenAIServer(liar) as srv:
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
            mp.delenv(name, raising=False)
        result = minutesai.summarise(DEV_PATH, base_url=srv.base_url, model="liar-1", api_key="test",
                                     use_cache=False, chunk_tokens=CHUNK_TOKENS)
        yield result, srv.requests, liar


def _expected_chunks() -> int:
    engine = minutesai.make_engine(engine="openai", model="liar-1", base_url="http://127.0.0.1:9/v1",
                                   api_key="test", chunk_tokens=CHUNK_TOKENS)
    doc = load_minutes(DEV_PATH)
    doc.items = segment(doc)
    return len(chunk_document(doc, tokenizer=engine.tokenizer, max_tokens=engine.chunk_token_budget(),
                              overlap_tokens=engine.options.overlap_tokens))


def test_no_claim_of_a_lying_model_comes_out_verified(lying_run):
    result, _, liar = lying_run
    produced = sum(len(q) for q in liar.first_answers.values())
    assert produced > 10
    listed = [*result.key_points, *result.actions, *result.decisions, *result.figures,
              *result.police_sentiment.aspects]
    assert listed == []
    assert result.grounding_rate == 0.0
    said = {q for quotes in liar.all_answers for q in quotes}
    assert {u.item["quote"] for u in result.unverified} <= said
    assert {u.kind for u in result.unverified} == {"key_point", "action", "decision", "figure", "aspect"}
    reasons = Counter(u.reason.split(" ")[0] for u in result.unverified)
    assert reasons["quote"] and reasons["value"], reasons
    assert any(f"{len(result.unverified)} item(s) could not be verified" in w for w in result.warnings)
    assert result.engine == "openai:liar-1"
    assert any(w.startswith("the summary states 90%") for w in result.warnings), result.warnings


def test_real_quotes_with_wrong_numbers_are_rejected_for_the_number(lying_run):
    result, _, _ = lying_run
    text = load_minutes(DEV_PATH).text
    wrong = [u for u in result.unverified if u.kind == "figure" and u.item["quote"] in text]
    assert wrong, "the liar's real-quote/wrong-number figures are missing from result.unverified"
    for u in wrong:
        assert u.reason.startswith(f"value {u.item['value']:g} does not appear")


def test_grounding_reasks_exactly_once_per_chunk_naming_the_failures(lying_run):
    result, requests, liar = lying_run
    maps = map_requests(requests)
    asked = Counter(minutes_in(b) for b in maps)
    chunks = _expected_chunks()
    assert chunks > 1
    assert len(asked) == chunks and set(asked.values()) == {2}
    assert len(requests) == 2 * chunks + 1 == result.usage.calls
    assert result.usage.retries >= chunks
    reasks = [b for b in maps if is_reask(b)]
    assert len(reasks) == chunks
    for body in reasks:
        feedback = user_text(body).split(REASK_MARK, 1)[1]
        for quote in liar.first_answers[minutes_in(body)][:20]:
            assert repr(quote) in feedback


def test_unverified_claims_never_reach_the_summary_step(lying_run):
    _, requests, _ = lying_run
    reduce = [b for b in requests if schema_title(b) == "Synthesis"]
    assert len(reduce) == 1
    prompt = user_text(reduce[0])
    for sentence in INVENTED:
        assert sentence not in prompt
