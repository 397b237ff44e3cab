"""Work a council or committee gives in the present tense, as motions and resolutions word it.

    The Council instructs the Chief Executive to communicate the resolutions above to the Deputy Mayor ...
    The Committee requests the Head of Community Safety to report back to the next meeting.
    Council resolves to (1) ask the Police and Crime Commissioner to review the decision on Mill Lane,
    (2) invite the Chief Constable to attend the Overview and Scrutiny Committee within three months, and
    (3) request quarterly ward-level response time data from Northshire Constabulary.

A body that instructs, directs, requests or asks someone to do something gives that person the work. A body that
resolves to do a list of things ("resolves to (1) ask ..., (2) invite ...") takes each on itself: the asking, the
inviting and the requesting are the body's own work. A body that only urges or calls on others ("urges MOPAC to
withdraw this proposal") states a position and gives nobody work. Past-tense requests ("The Panel asked the
Inspector to ...") are replies.requested_action's.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.action_parts import (
    VERBS,
    ActionCandidate,
    clause_end,
    due,
    verb_phrase,
)
from minutesai.engines.offline.recommendation_lines import recommendation_line
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import normalise_owner

CUES = scan.Cues(("instructs$", "directs$", "requests$", "asks$", "resolves$"))
_BODY = r"(?:Council|Committee|Sub-Committee|Panel|Board|Cabinet|Partnership|Forum|Commission|Authority)"
_SUBJECT = rf"(?:(?:The|This)\s+)?(?:[A-Z][\w’'&-]*\s+){{0,3}}?{_BODY}\s+(?:(?:therefore|also|further|now|hereby)\s+)?"
_INSTRUCTS = re.compile(
    rf"{_SUBJECT}(?:instructs|directs|requests|asks)\s+"
    rf"(?P<who>(?:the\s+)?[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){{0,7}})\s+to\s+(?!(?:note|consider|approve|agree|endorse|accept|receive|support)\b)(?P<verb>[a-z][a-z-]+)\b"
)
"""'The Council instructs the Chief Executive to communicate ...': the one instructed does the work."""
_MEETING = re.compile(rf"\b(?:{_BODY}|Members)$")
_RESOLVES_TO = re.compile(rf"{_SUBJECT}resolves\s+to\s*:?\s*")
_ITEM = re.compile(rf"\(?(?:\d{{1,2}}|[a-h]|[ivx]{{1,4}})\)\s+(?P<verb>{VERBS})\b")
_NEXT_ITEM = re.compile(r"(?:,|;)?\s+(?:and\s+)?(?=\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s)")


def body_directives(text: str, sent: Sentence) -> list[ActionCandidate]:
    """The work a body's present-tense instruction or 'resolves to (1) ..., (2) ...' list in ``sent`` gives."""
    if not CUES.present(text, sent.start, sent.end):
        return []
    out: list[ActionCandidate] = []
    for m in _INSTRUCTS.finditer(text, sent.start, sent.end):
        who = normalise_owner(m.group("who"))
        if who is None or _MEETING.search(who):
            continue  # "The Cabinet asks the Committee to consider ...": the meeting's own business
        s, e = trim_span(text, m.start(), clause_end(text, m.end(), sent.end))
        e = s + len(text[s:e].rstrip(" .;,”\"’"))
        out.append(ActionCandidate(who, verb_phrase(text, m.start("verb"), e), due(text, s, e), s, e, 2))
    for m in _RESOLVES_TO.finditer(text, sent.start, sent.end):
        body = re.search(_BODY, m.group())
        owner = normalise_owner(body.group()) if body else None
        k = m.end()
        while (item := _ITEM.match(text, k, sent.end)) is not None:
            nxt = _NEXT_ITEM.search(text, item.end(), sent.end)
            s, e = trim_span(text, item.start("verb"), nxt.start() if nxt else sent.end)
            e = s + len(text[s:e].rstrip(" .;,”\"’"))
            out.append(ActionCandidate(owner, verb_phrase(text, s, e), due(text, s, e), s, e, 2))
            if nxt is None:
                break
            k = nxt.end()
    return out


def listed_work(text: str, sent: Sentence) -> list[ActionCandidate]:
    """Work in a sentence no commitment rule took: a recommendation line or a body's present-tense instruction."""
    if sent.line_start and (sent.marker or sent.text.startswith("That ")):
        line = recommendation_line(text, sent)  # "4. That the Community Safety Partnership (CSP) review ..."
        if line is not None:
            return [line]
    return body_directives(text, sent)
