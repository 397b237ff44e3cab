"""The offline rule engine: deterministic, fast, no network, no model.

Readable rules over sentences of UK council minutes: figures (numbers and
number-free trends), actions, decisions, police-performance sentiment and an
extractive summary. Every quote is an exact substring of the text it was
given. ``extract_candidates`` exposes the same rules to other engines.
"""

from __future__ import annotations

from minutesai.config import Options
from minutesai.document import Chunk, Minutes
from minutesai.engines.base import RunContext
from minutesai.engines.offline import scan
from minutesai.schemas import ChunkFindings, Synthesis


def extract_candidates(text: str) -> ChunkFindings:
    """Everything the rules find in ``text``; every quote is a substring of ``text``."""
    from minutesai.engines.offline.actions import find_actions
    from minutesai.engines.offline.decisions import (
        find_other_decisions,
        find_resolutions,
        to_found_decisions,
    )
    from minutesai.engines.offline.figures import extract_figures
    from minutesai.engines.offline.perftable import find_table_figures, table_aspect
    from minutesai.engines.offline.sentences import split_sentences
    from minutesai.engines.offline.sentiment import find_aspects
    from minutesai.engines.offline.summary import key_points

    sentences = split_sentences(text)
    resolutions = find_resolutions(text, sentences)
    resolutions += find_other_decisions(text, sentences, resolutions)
    resolutions.sort(key=lambda r: r.start)
    figures = extract_figures(text, sentences)
    table_figures, _ = find_table_figures(text)
    in_table = {f.quote for f in table_figures}  # table rows speak through one aspect for the whole table
    aspects = find_aspects(text, sentences, [f for f in figures if f.quote not in in_table] if in_table else figures,
                           [(r.start, r.end) for r in resolutions if r.formal])
    table = table_aspect(table_figures)
    return ChunkFindings(
        key_points=key_points(text, sentences, figures),
        actions=find_actions(text, sentences, resolutions),
        decisions=to_found_decisions(text, resolutions),
        figures=figures,
        sentiment_aspects=aspects + [table] if table else aspects,
    )


class CharTokenizer:
    """Token counts estimated from characters (about four per token).

    The offline engine has no context window: its token budget only bounds how much
    text one chunk holds, so a real BPE encoding of every document (a fifth of the
    time of a whole offline run) buys nothing."""

    name = "chars/4"
    chars_per_token = 4
    """``count(text) == ceil(len(text) / chars_per_token)``: the chunker counts spans by their offsets."""

    def count(self, text: str) -> int:
        return (len(text) + 3) // 4

    def count_many(self, texts: list[str]) -> list[int]:
        return [(len(t) + 3) // 4 for t in texts]

    def encode(self, text: str) -> list[int]:
        return [0] * self.count(text)


class OfflineEngine:
    """Rule-based engine (``engine="offline"``): whole agenda items per chunk."""

    name = "offline"
    prompt_hash = None
    reasks_on_grounding = False
    runs_inline = True
    """map_chunk and reduce never wait on the event loop, so ``summarise`` runs them without one."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.tokenizer = CharTokenizer()

    def chunk_token_budget(self) -> int:
        return 1_000_000

    async def map_chunk(self, doc: Minutes, chunk: Chunk, ctx: RunContext, feedback: str | None = None) -> ChunkFindings:
        # the document's own string when the chunk is all of it, so the per-text indexes the rules
        # build (and reduce's document-wide stance reuses) are built and held once, not twice
        whole = chunk.start == 0 and chunk.end == len(doc.text)
        if whole:
            return extract_candidates(doc.text)
        found = extract_candidates(chunk.text)
        scan.forget()  # this chunk's indexes are not asked about again; free them before the next chunk's
        return found

    async def reduce(self, doc: Minutes, findings: ChunkFindings, ctx: RunContext) -> Synthesis:
        from minutesai.engines.offline.stance import document_sentiment
        from minutesai.engines.offline.summary import extractive_summary

        label, score, rationale = document_sentiment(doc.text, findings.sentiment_aspects, findings.figures)
        synthesis = Synthesis(
            summary=extractive_summary(doc.text, findings),
            sentiment_label=label,
            sentiment_score=score,
            sentiment_rationale=rationale,
        )
        scan.forget()  # the document is done: do not hold its indexes after the call returns
        return synthesis


__all__ = ["CharTokenizer", "OfflineEngine", "extract_candidates"]
