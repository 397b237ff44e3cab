"""Work put to the meeting as an impersonal suggestion: "it was suggested that a letter should be sent to the
Commissioner from the partnership", "It was suggested that the Inspector attend the next meeting",
"it was suggested that it would be useful for Overview and Scrutiny to receive a copy of this report".

actions._NOT_COMMITMENT drops any clause with "suggested" (a Member's "suggested that crime had fallen" is an
opinion). An impersonal "It was suggested that" followed by an obligation ("should"), a bare subjunctive ("that
the Panel be sent ...", "that the Inspector attend ...") or "it would be useful for X to VERB" is the meeting's
proposal of work, minuted as such by CSP, PCP and scrutiny clerks alike. A hedge ("could", "might", "may", "if",
"whether") or a past-tense report ("suggested that crime was rising") is no task.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import VERBS, ActionCandidate, clause_end, due
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import normalise_owner

_SUGGESTED = re.compile(r"\bit\s+was\s+(?:also\s+|further\s+|then\s+|therefore\s+)?suggested\s+that\s+", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:could|might|may|if|whether|not|no|perhaps|possibly)\b", re.IGNORECASE)
_SHOULD = re.compile(r"^(?P<subj>(?:[\w’'().&/-]+\s+){1,12}?)should\s+(?:also\s+|then\s+)?(?:be\s+[a-z]+(?:ed|en|ent)\b|(?:" + VERBS + r")\b)", re.IGNORECASE)
_SUBJUNCTIVE = re.compile(
    r"^(?P<subj>(?:[\w’'().&/-]+\s+){1,10}?)(?:be\s+(?:[a-z]+(?:ed|en)|sent|brought|given|made)\b|(?:also\s+)?(?:" + VERBS + r")\b)",
    re.IGNORECASE,
)
_USEFUL = re.compile(
    r"^it\s+would\s+be\s+(?:useful|helpful|beneficial|sensible|worthwhile|a\s+good\s+idea)\s+for\s+(?:[\w’'().&/-]+\s+){1,8}?to\s+(?:" + VERBS + r"|receive)\b",
    re.IGNORECASE,
)
_SENDER = re.compile(
    r"\b(?:sent|written|issued)\b[^;:]*?\b(?:from|on\s+behalf\s+of)\s+the\s+(?P<who>(?:partnership|panel|committee|board|council|forum|group)\b"
    r"|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3})",
    re.IGNORECASE,
)
"""'a letter should be sent to the Commissioner from the partnership': the sender does the work."""
_NOT_SUBJECT = re.compile(r"\b(?:is|are|was|were|has|had|have|would|will|can|did|does|do)\b", re.IGNORECASE)


def suggested_work(text: str, sent: Sentence) -> list[ActionCandidate]:
    """The work in an impersonal 'It was suggested that ...' sentence, if it proposes some."""
    if "uggested" not in sent.text:
        return []
    m = _SUGGESTED.search(text, sent.start, sent.end)
    if m is None:
        return []
    end = clause_end(text, m.end(), sent.end)
    clause = text[m.end():end]
    if not clause.strip():
        return []
    useful = _USEFUL.match(clause)
    if useful is None:
        hit = _SHOULD.match(clause) or _SUBJUNCTIVE.match(clause)
        if hit is None or _NOT_SUBJECT.search(hit.group("subj")) or _HEDGED.search(clause[:hit.end()]):
            return []
    elif _HEDGED.search(clause[:useful.end()]):
        return []
    qs, qe = trim_span(text, m.start(), end)
    action = " ".join(clause.split()).rstrip(" .;,")
    sender = _SENDER.search(clause)
    owner = normalise_owner(sender.group("who")) if sender else None
    return [ActionCandidate(owner, action, due(text, m.end(), end), qs, qe, 1)]
