"""Fast paths of the offline pipeline outside the rules give what the plain code gives:
each is compared with a straightforward reference on crafted and random inputs."""

from __future__ import annotations

import random

from minutesai.ingest_text import _normalise_block, normalise_text


def _random_texts(atoms: list[str], n: int, seed: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(atoms) for _ in range(rng.randint(0, longest))) for _ in range(n)]


# ------------------------------------------------------------------ ingest
_EDGE_ATOMS = list("abcXYZ019 .,;:%£()-") + [
    "\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\u2019", "\u201c", "\u2013", "·", "\x0c", "\x0b", "\x1c",
    "\x1f", "\x85", "\u2028", "\u2029", "\u3000", "\ufeff", "\u00ad", "\x00", "é", "word ", "anti-\n",
    "Superin-\ntendent", "  ", " \n ", "\n\n\n",
]


def test_normalising_stripped_text_equals_normalising_then_stripping():
    texts = _random_texts(_EDGE_ATOMS, 30000, seed=3)
    texts += ["a  ", "  a", "a \n", "a\n ", "\u200b  a  \u200b", "a-\n  b", "a \x1c", "\x85a\x0c", "word-\n"]
    for raw in texts:
        assert normalise_text(raw) == _normalise_block(raw).strip(), repr(raw)


# ------------------------------------------------------------------ grounding
def _plain_item(kind: str, found, ev):
    """The result item built with the models' constructors, as grounding used to."""
    from minutesai.models import Action, Decision, Figure, KeyPoint, SentimentAspect

    if kind == "key_points":
        return KeyPoint(text=found.text, evidence=ev)
    if kind == "actions":
        return Action(owner=found.owner, action=found.action, due=found.due, evidence=ev)
    if kind == "decisions":
        return Decision(text=found.text, evidence=ev)
    if kind == "figures":
        return Figure(metric=found.metric, value=found.value, unit=found.unit, direction=found.direction,
                      period=found.period, area=found.area, comparator=found.comparator, evidence=ev)
    return SentimentAspect(topic=found.topic, label=found.label, evidence=ev)


def test_grounded_items_equal_items_built_by_the_model_constructors():
    from minutesai.document import Chunk, Minutes
    from minutesai.grounding import ground_findings, locate_quote
    from minutesai.schemas import (
        ChunkFindings,
        FoundAction,
        FoundAspect,
        FoundDecision,
        FoundFigure,
        FoundKeyPoint,
    )

    text = ("1. Police update\n\nBurglary fell by 12% to 340 offences. The Inspector will report back "
            "on knife crime by March.\nRESOLVED that the report be noted. Residents were pleased with the "
            "response times – ‘very good’ said one.")
    doc = Minutes(text=text)
    findings = ChunkFindings(
        key_points=[FoundKeyPoint(text="burglary fell", quote="Burglary fell by 12% to 340 offences."),
                    FoundKeyPoint(text="padded", quote="  RESOLVED that the report be noted.  "),
                    FoundKeyPoint(text="missing", quote="nothing like this is in the text")],
        actions=[FoundAction(owner="The Inspector", action="report back", due="March",
                             quote="The Inspector will report back on knife crime by March.")],
        decisions=[FoundDecision(text="noted", quote="resolved that the report be noted")],  # normalised
        figures=[FoundFigure(metric="burglary", value=12.0, unit="percent", direction="decrease", period=None,
                             area=None, comparator=None, quote="Burglary fell by 12%"),
                 FoundFigure(metric="burglary", value=99.0, unit="count", direction="unknown", period=None,
                             area=None, comparator=None, quote="Burglary fell by 12%")],  # value not in span
        sentiment_aspects=[FoundAspect(topic="response times", label="positive",
                                       quote="response times - 'very good' said one")],  # folded dash/quotes
    )
    chunk = Chunk(index=0, start=0, end=len(text), text=text, tokens=1)
    out = ground_findings(doc, findings, chunk)
    kept = 0
    for kind, attr in [("key_points", "key_points"), ("actions", "actions"), ("decisions", "decisions"),
                       ("figures", "figures"), ("sentiment_aspects", "aspects")]:
        expected = []
        for found in getattr(findings, kind):
            ev = locate_quote(text, found.quote)
            value = getattr(found, "value", None)
            if ev.verified and (value is None or str(int(value)) in ev.quote):
                expected.append(_plain_item(kind, found, ev))
        got = getattr(out, attr)
        assert got == expected
        assert [g.model_fields_set for g in got] == [e.model_fields_set for e in expected]
        assert [g.evidence.model_fields_set for g in got] == [e.evidence.model_fields_set for e in expected]
        assert all(type(g.evidence).__name__ == "Evidence" for g in got)
        kept += len(got)
    assert kept == 6 and len(out.unverified) == 2 and out.total == 8
    assert {e.evidence.match for e in out.decisions + out.aspects} == {"normalised"}


# ------------------------------------------------------------------ chunk
class _CountsLikeChars:
    """The offline engine's character tokenizer without its ``chars_per_token`` (the general path)."""

    name = "chars/4 (plain)"

    def count(self, text: str) -> int:
        return (len(text) + 3) // 4

    def encode(self, text: str) -> list[int]:
        return [0] * self.count(text)


def test_whole_text_chunk_equals_the_general_chunker():
    from minutesai.chunk import chunk_document
    from minutesai.document import AgendaItem, Minutes
    from minutesai.engines.offline import CharTokenizer
    from minutesai.segment import segment

    atoms = ["1. Police update\n", "2. Budget\n", "\n", "\n\n", "\n \n", "  ", " ", "Burglary fell by 5%. ",
             "The panel noted the report.", "word ", "\t", "x" * 30, "3a Items\n"]
    texts = [t.strip() for t in _random_texts(atoms, 3000, seed=7, longest=30)]
    checked = 0
    for i, text in enumerate(texts):
        if not text:
            continue
        doc = Minutes(text=text)
        doc.items = segment(doc) if i % 3 else [AgendaItem("A", 0, len(text) // 2), AgendaItem("", len(text) // 2, len(text)),
                                                  AgendaItem("A", len(text), len(text))]
        for budget in (len(text), len(text) + 7, 1_000_000):
            fast = chunk_document(doc, tokenizer=CharTokenizer(), max_tokens=budget, overlap_tokens=64)
            plain = chunk_document(doc, tokenizer=_CountsLikeChars(), max_tokens=budget, overlap_tokens=64)
            assert fast == plain, repr(text)
            checked += 1
    assert checked > 5000
    # over the budget the general path still cuts the text
    doc = Minutes(text="word " * 200)
    small = chunk_document(doc, tokenizer=CharTokenizer(), max_tokens=100, overlap_tokens=8)
    assert len(small) > 1 and small == chunk_document(doc, tokenizer=_CountsLikeChars(), max_tokens=100, overlap_tokens=8)
