"""The sentences that can hold a commitment, found once per document (see :mod:`sentence_gates`).

``actions._commitments`` finds work in a sentence through a fixed set of rules, and
each needs a word at a known place:

* a promise or request verb followed by "to", "that", "for", "if"/"whether"
  ("agreed to", "asked that", "requested", "called for", "queried whether");
* a modal ("would", "will", "shall", "happy"/"willing to") followed by a work verb or
  "be", or a "’ll" in a sentence that also holds one of those cue words;
* a reporting verb ("said", "confirmed" ...) in a sentence that also holds "would"/"will";
* "back to" (reported back to ...), or "to" followed by a work verb or by "be provided" etc.
  (list items "X to provide ...", "were to send", "Update to be provided ...").

Each ``follow`` pattern below is a relaxed copy of the rule from its word on, so a
sentence none of them matches has no commitment: the rules are not run on it.
tests/test_offline_sentence_gates.py runs the rules on every sentence of the test
corpora and checks that each sentence with a commitment is a candidate.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan
from minutesai.engines.offline import sentence_gates as gates
from minutesai.engines.offline.action_parts import VERBS
from minutesai.engines.offline.commitments import REPORTING_CUES
from minutesai.engines.offline.sentences import Sentence

_PROMISE = "agreed|undertook|offered|promised|volunteered|asked|requested|tasked|invited|instructed|directed"
_MODALS = ("would", "will", "shall", "happy", "’ll", "'ll")
_WORK = scan.lower_pattern(f"(?:{VERBS})")
_FOLLOW = (
    rf"(?:{_PROMISE})\s+to\s"  # _AGREED_TO, PROMISED_ANY
    r"|(?:asked|requested|recommended|suggested|urged|proposed)\s+that\s"  # _ASKED_THAT, _ASKED_THAT_BE
    r"|(?:requested|asked\s+for|asked\s+that|called\s+for)\s"  # _REQUEST
    r"|(?:asked|queried|enquired)\s+(?:if|whether)\s"  # _ASKED_IF_COULD_BE
    r"|(?:would|will|shall)\s+(?:also\s+|then\s+|now\s+)?be\s"  # _PASSIVE
    r"|(?:would|will|shall)\s+(?:(?:also|then|now|personally|urgently|further|both|jointly|in\s+turn)\s+)?"
    rf"(?:be\s+(?:happy|pleased|willing)\s+to\s+)?(?:continue\s+to\s+)?{_WORK}"  # _MODAL
    rf"|(?:happy|willing)\s+to\s+(?:continue\s+to\s+)?{_WORK}"  # _MODAL
    r"|back\s+to"  # arranged.report_back
)
_COMMITMENT_GATE = gates.Gate(
    tuple(_PROMISE.split("|")) + ("recommended", "suggested", "urged", "proposed", "called", "queried", "enquired", "back") + _MODALS,
    _FOLLOW,
)
_MODAL_WORD = re.compile(r"would|will|shall|happy|’ll|'ll")
_WOULD = re.compile(r"(?:would|will)\s")
_TO_WORK = re.compile(
    rf"to(?=\s+(?:{_WORK}|be\s+(?:provided|circulated|sent|brought|given|presented|shared|submitted|produced|reported|forwarded"
    r"|emailed|made\s+available)))"
)
"""List items and lines ("Police to provide ..."), "; officers to report back", "were to send", "to be provided"."""


def commitment_candidates(text: str, sentences: list[Sentence]) -> set[int] | None:
    """Indices of the sentences that may hold a commitment; None when every sentence may."""
    low = gates.gate_text(text)
    raw = _COMMITMENT_GATE.marks(text)
    reporting = REPORTING_CUES.starts(text)
    if low is None or raw is None or reporting is None:
        return None
    starts = gates.sentence_starts(sentences)
    follow, modal, would = _COMMITMENT_GATE.follow.match, _MODAL_WORD.match, _WOULD.match  # type: ignore[union-attr]
    found = gates.sentences_at(sentences, starts, (p for p in raw if follow(low, p)))
    modal_cued = gates.sentences_at(sentences, starts, (p for p in raw if modal(low, p)))
    for k in modal_cued:  # "he’ll send ...": the pattern allows "’ll" after a letter; its cue check needs a modal word
        t = sentences[k].text
        if "’ll" in t or "'ll" in t:
            found.add(k)
    with_would = gates.sentences_at(sentences, starts, (p for p in raw if would(low, p)))
    if with_would:
        found |= with_would & gates.sentences_at(sentences, starts, reporting)  # "He said that he would ..."
    found |= gates.sentences_at(sentences, starts, (m.start() for m in _TO_WORK.finditer(low)))
    return found
