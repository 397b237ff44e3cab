"""Which sentences the decision rules (:mod:`decisions`) can fire on: gates on the shared cue pass (see :mod:`sentence_gates`).

A resolution header ("RESOLVED that", "The Panel AGREED:") holds its keyword at a word start; every
other decision rule needs an outcome verb ("agreed", "noted", "approved", minutes "signed", a motion
"passed" ...), "a true record", a line that opens with "that", or "Report agreed" run together at the
start of a sentence. tests/test_offline_sentence_gates.py runs each rule on every sentence of the
test corpora and checks the sentences it fires on are candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from minutesai.engines.offline import sentence_gates as gates
from minutesai.engines.offline.item_bounds import looks_like_heading
from minutesai.engines.offline.sentences import Sentence

_HEADER_GATE = gates.Gate(("seconded", "resol", "agreed", "decid", "decision", "noted", "received", "recommended"))
"""Every _HEADER and _BODY_LIST_HEADER match holds its keyword at a word start (the sentence's, or after a space);
_SECONDED_AND needs 'seconded'."""


def header_candidates(text: str, sentences: list[Sentence]) -> list[int] | None:
    positions = _HEADER_GATE.positions(text)
    if positions is None:
        return None
    return sorted(gates.sentences_at(sentences, gates.sentence_starts(sentences), positions))


_DECISION_GATE = gates.Gate((
    "seconded", "agreed", "resolved", "decided", "approved", "endorsed", "recommend", "noted", "received", "accepted", "adopted",
    "supported", "deferred", "rejected", "refused", "granted", "carried", "withdrawn", "postponed", "ratified", "confirmed",
    "signed", "passed"))
"""Every rule of find_other_decisions needs one of these words at a word start in the sentence (an outcome verb: minutes
'signed' or agreed, a motion 'passed' or carried ...), except _MINUTES_APPROVED's 'a true record' or 'reflection' (_RECORD_GATE),
_THAT_LINE (a line opening with 'that') and _BARE_OUTCOME's 'Reportagreed' with no space (both checked at sentence starts)."""
_RECORD_GATE = gates.Gate(("true", "correct", "accurate"), r"(?:true|correct|accurate)\s+(?:record|reflection)")
_OPENINGS = ("that", "the", "report", "motion", "proposal", "recommendation")
_OUTCOME_WORDS = re.compile(r"elect|ppoint|opted|ominat|voted|efer|ffer|welcomed")
_TO_LINE = re.compile(r"\n(?=[ \t]*(to)\s)")
"""decision_outcomes' wordings outside _DECISION_GATE (elections, co-options, misspelt deferrals), found anywhere in a
word, and a bare 'To accept ...' line (_TO_LINE; one that opens a sentence is checked there). Two patterns, not one
alternation: each then opens with a character the regex engine can skip to."""
_GLUED_OUTCOME = re.compile(r"(?:the\s+)?(?:recommendations?|report|motion|proposals?)(?:agreed|approved|endorsed|accepted|carried|adopted)")


def decision_candidates(text: str, sentences: list[Sentence]) -> Iterable[int]:
    """Indices of the sentences find_other_decisions can take a decision from (a superset), in order."""
    positions = _DECISION_GATE.positions(text)
    records = _RECORD_GATE.positions(text)
    low = gates.gate_text(text)
    if positions is None or records is None or low is None:
        return range(len(sentences))
    outcomes = [m.start() for m in _OUTCOME_WORDS.finditer(low)] + [m.start(1) for m in _TO_LINE.finditer(low)]
    found = gates.sentences_at(sentences, gates.sentence_starts(sentences), positions + records + outcomes)
    for k, sent in enumerate(sentences):
        if low.startswith("to ", sent.start) or low.startswith(_OPENINGS, sent.start) and (
                (sent.line_start and low.startswith("that", sent.start)) or _GLUED_OUTCOME.match(low, sent.start)) \
                or sent.marker is not None and text[sent.start:sent.start + 1].islower():  # "(2) arrangements be put in place"
            found.add(k)
    return sorted(found)


def agreed_candidates(text: str, sentences: list[Sentence], word: str = "agreed") -> list[int] | None:
    """Sentences holding 'agreed' (or ``word``, a _DECISION_GATE word) at a word start, as every agreed_lists
    (noted_lists) lead-in does; None: every sentence."""
    marks = _DECISION_GATE.marks(text)
    low = gates.gate_text(text)
    if marks is None or low is None:
        return None
    return sorted(gates.sentences_at(sentences, gates.sentence_starts(sentences), (p for p in marks if low.startswith(word, p))))


_RATIONALE_HEAD = re.compile(r"^(?:ALTERNATIVE\s+OPTIONS|Alternative\s+options|(?:Other\s+)?[Oo]ptions\s+(?:considered|rejected)|REASONS?\s+FOR|Reasons?\s+for)\b")
_RATIONALE_END = re.compile(r"^(?:Minutes|MINUTES|Decision|DECISION|RESOLVED|Resolved|Agreed|AGREED)\b")
_RATIONALE_WORDS = ("ALTERNATIVE", "Alternative", "ptions", "REASON", "Reason")
"""One of these opens every _RATIONALE_HEAD match."""


def rationale_sentences(text: str, sentences: list[Sentence]) -> set[int]:
    """Sentences inside an options-considered or reasons block (from its heading to the next heading)."""
    inside: set[int] = set()
    if not any(w in text for w in _RATIONALE_WORDS):
        return inside
    in_rationale = False
    for k, sent in enumerate(sentences):
        if sent.line_start:
            if sent.text[:1] in "ARar" and _RATIONALE_HEAD.match(sent.text):
                in_rationale = True  # "ALTERNATIVE OPTIONS CONSIDERED: ... This was rejected": an option, not the decision
            elif in_rationale and (_RATIONALE_END.match(sent.text) or looks_like_heading(sent.text)):
                in_rationale = False  # "Minutes:", "RESOLVED", or the next item's heading
        if in_rationale:
            inside.add(k)
    return inside
