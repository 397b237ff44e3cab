"""Action-marker lines: "Action: NAME", "ACTION – CHIEF INSPECTOR X", "(Action: NAME)" and
"ACTION: DO/ID – leaflet drop", and the commitments before a marker that it takes over."""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import VERBS as _VERBS
from minutesai.engines.offline.action_parts import ActionCandidate as _Action
from minutesai.engines.offline.action_parts import due as _due
from minutesai.engines.offline.marker_layouts import (
    BRACKETED_WHO,
    bracketed_marker,
    continued_marker,
)
from minutesai.engines.offline.resolution_items import ResolutionItem
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import normalise_owner

_MARKER = re.compile(r"^(?:ACTION|Action|ACTIONS|Actions)(?!\s+(?:LOG|TRACKER|LIST|POINTS|SHEET|[Ll]og|[Tt]racker|[Ll]ist)\b)(?:\s+(?:by|for|point|Point|POINT|owner|agreed|AGREED|BY|FOR))?(?:\s+\d{1,3}[a-z]?(?=\s*[:\-–—]\s*[A-Z]))?\s*(?:[:\-–—]|\s(?=[A-Z]{2}))\s*(?P<who>.+?)\s*\.?$")
_WHOLE_INLINE_MARKER = re.compile(r"^\(\s*(?:ACTION|Action)\s*(?:[:\-–—]|by)\s*(?P<who>[^)]+)\)\s*\.?$")
INLINE_MARKER = re.compile(r"\(\s*(?:ACTION|Action)\s*(?:[:\-–—]|by)\s*(?P<who>[^)]+)\)")
TRAILING_MARKER = re.compile(
    r"(?:(?:\s+[–—-]+|[.;,)])\s+(?:ACTION|Action)|\s{2,}(?:ACTION|Action)|\s+ACTION)(?:\s+(?:by|BY))?\s*[:\-–—]\s*"
    r"(?P<who>[A-Z][\w.’'/&-]*(?:\s+(?:[A-Z&][\w.’'/&-]*|and|of|/)){0,4})\s*\.?$")
"""'Put the item on the next agenda – ACTION: Clerk': a marker closing its line without brackets (after a dash, a stop,
a gap or in capitals: 'Community Action: Neighbourhood Watch' is a name)."""
_OWNER_FIRST_MARKER = re.compile(
    r"^(?P<who>(?!NO\b|NB\b|AOB\b)[A-Z]{2,4}(?:\s*(?:/|&|and)\s*[A-Z]{2,4})*|Clerk|Chair|Secretary|Treasurer)\s+(?:Action|ACTION)\s*\.?$"
)
"""'Trust will be asked to proceed. MG Action.': the owner's initials before the word, after the work."""
BLOCK_START = re.compile(r"^(?:Response|Answer|Reply|Question|Q|A)\s*[:\-–]|^(?:ACTION|Action)\b")
_MARKER_OWNER_TO = re.compile(rf"(?P<who>.+?)\s+to\s+(?P<verb>(?:{_VERBS})\b.*)$")
_ANY_VERB = r"(?!(?:be|been|the|a|an|this|that|these|those|date|all|its|their|his|her|them|him|it|and|or|of|be)\b)[a-z][a-z-]+\b"
_MARKER_WHO_TO = re.compile(
    r"(?P<who>[A-Z][\w.’'/&-]*(?:\s+(?:[A-Z][\w.’'/&-]*|and|of|the|for|&|/)){0,5})\s+(?:to|will|would|shall)\s+(?P<verb>" + _ANY_VERB + r".*)$")
"""'ACTION – PF to put a request ...', 'Action point: JB to draw up ...': on a marker line a short owner (initials, a name or
a role) and 'to' (or 'will') + any verb is the whole action, whether or not the verb is in the shared list."""


def find_markers(sentences: list[Sentence]) -> dict[int, re.Match[str]]:
    """The action-marker lines ("Action: NAME", "(Action: NAME)") by sentence index."""
    out: dict[int, re.Match[str]] = {}
    for k, sent in enumerate(sentences):
        first = sent.text[:1]
        if first == "A" or first == "(":  # how every _MARKER / _WHOLE_INLINE_MARKER match opens
            marker = _MARKER.match(sent.text) or _WHOLE_INLINE_MARKER.match(sent.text) or bracketed_marker(sent)
            if marker:
                out[k] = marker
                continue
        if sent.text.endswith(("Action.", "Action", "ACTION", "ACTION.")):
            marker = _OWNER_FIRST_MARKER.match(sent.text)
            if marker:
                out[k] = marker
                continue
        if k - 1 in out:  # "Action – NA to pick up with X. NM to pick up with Y.": the line's next owner
            marker = continued_marker(sent, sentences[k - 1])
            if marker:
                out[k] = marker
    return out


def from_marker(text: str, marker: re.Match[str], sent: Sentence, block: list[_Action], block_sentences: list[Sentence]) -> _Action:
    who = marker.group("who")
    bracketed = BRACKETED_WHO.match(who) if who[:1] == "(" else None
    if bracketed:  # "Action (JB): contact the school": the owner in brackets, the work after them
        s, e = trim_span(text, sent.start, sent.end)
        return _Action(normalise_owner(bracketed.group("owner")), bracketed.group("work").rstrip(" ."), _due(text, s, e), s, e, 2)
    inline = _MARKER_OWNER_TO.match(who) or _MARKER_WHO_TO.match(who)
    if inline:
        s, e = trim_span(text, sent.start, sent.end)
        owner = normalise_owner(_PROMISED_TAIL.sub("", inline.group("who")))  # "ACTION: The Chief Inspector agreed to ..."
        return _Action(owner, inline.group("verb").rstrip(" ."), _due(text, s, e), s, e, 2)
    if _PASSIVE_WORK.match(who):  # "Action: Update to be given at the next meeting": the work, no owner
        s, e = trim_span(text, sent.start, sent.end)
        return _Action(None, who.rstrip(" ."), _due(text, s, e), s, e, 2)
    imperative = len(who.split()) >= 3 and _LEADING_VERB.match(who[:1].lower() + who[1:]) is not None
    work_owner = _WORK_THEN_OWNER.match(who) if imperative else None
    if work_owner:  # "ACTION: Write to Highways about parking (Clerk)"
        s, e = trim_span(text, sent.start, sent.end)
        return _Action(normalise_owner(work_owner.group("o1") or work_owner.group("o2")), work_owner.group("act").rstrip(" ."),
                       _due(text, s, e), s, e, 2)
    if imperative:  # "Action: Write to Highways about parking" (+ "Owner: Clerk" on the next line): the marker holds the work
        for a in block:
            a.priority = -1  # the request or promise before it is this work
        s, e = trim_span(text, sent.start, sent.end)
        owner_line = _OWNER_LINE.match(text, e + 1 if text[e:e + 1] in ".\n" else e)
        if owner_line is None and text[e:e + 1] == "." and text[e + 1:e + 2] == "\n":
            owner_line = _OWNER_LINE.match(text, e + 2)
        return _Action(normalise_owner(owner_line.group("who")) if owner_line else None, who.rstrip(" ."), _due(text, s, e), s, e, 2)
    own_line = _OWNER_DASH_TEXT.match(who)
    if own_line:  # "ACTION: DO/ID – leaflet drop on the Kelston Avenue roads": the line holds owner and action
        s, e = trim_span(text, sent.start, sent.end)
        return _Action(normalise_owner(own_line.group("who")), own_line.group("act").rstrip(" ."), _due(text, s, e), s, e, 2)
    owner = normalise_owner(who)
    if block:
        paras = [b.para for b in block_sentences if b.start <= block[-1].start < b.end]
        if paras:  # the marker belongs to the commitments of the last paragraph before it, not to earlier ones
            para_start = min(b.start for b in block_sentences if b.para == paras[0])
            block = [a for a in block if a.start >= para_start] or block
        for a in block:
            a.priority = -1  # absorbed into the marker's action
        s, e = block[0].start, block[-1].end
        action = "; ".join(a.action for a in block)
        due = next((a.due for a in block if a.due), None)
        return _Action(owner, action, due, s, e, 2)
    if block_sentences:
        last = block_sentences[-1]
        s, e = trim_span(text, last.start, last.end)
    else:
        s, e = trim_span(text, sent.start, sent.end)
    return _Action(owner, " ".join(text[s:e].split()), _due(text, s, e), s, e, 2)


_PASSIVE_WORK = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+to\s+be\s+[a-z]+(?:ed|en|wn|ne|t)\b")
"""'Update to be given at next meeting', 'Report to be circulated to members': the marker names the work, not who."""
_WORK_THEN_OWNER = re.compile(
    r"(?P<act>[A-Z][a-z]+\s+\S+(?:\s+\S+)+?)\s*(?:\((?P<o1>[A-Z][^)]{0,40})\)|\s[–—-]\s+(?P<o2>[A-Z][\w.’'/&-]*(?:\s+[\w.’'/&-]+){0,4}))\s*\.?$")
"""'Write to Highways about parking (Clerk)', '... – Clerk': the work first, its owner last."""
_LEADING_VERB = re.compile(rf"(?:{_VERBS})\b")
_PROMISED_TAIL = re.compile(r"\s+(?:has\s+|had\s+)?(?:agreed|undertook|offered|promised|volunteered|was\s+asked|were\s+asked)$")
_OWNER_LINE = re.compile(r"[ \t]*(?:Owner|Lead|Responsible|Responsibility|By\s+whom|Who)\s*[:\-–—]\s*(?P<who>[A-Z][^\n]{0,60}?)\s*\.?[ \t]*(?:\n|$)")
"""'Owner: Clerk' on the line after an action marker's work."""
SELF_CONTAINED_MARKER = re.compile(rf".+?\s+to\s+(?:{_VERBS})\b|" + _MARKER_WHO_TO.pattern + "|" + BRACKETED_WHO.pattern)
"""'ACTION: Panel Support Officer to add ...': the marker line holds its own action, whatever came before it."""
_OWNER_DASH_TEXT = re.compile(
    r"^(?P<who>[A-Z]{1,4}(?:\s*/\s*[A-Z]{1,4})*|(?:[A-Z][\w.’'-]+\s+){0,3}[A-Z][\w.’'-]+)(?:\s+[–—-]|\s*:)\s+(?P<act>\S+(?:\s+\S+){2,}.*)$")
"""'DO/ID – burglary prevention leaflet drop', 'Action – JB: contact the school': initials or a name, a dash or colon, then the work."""


def is_heading_line(sent: Sentence) -> bool:
    """A short line on its own without closing punctuation: an agenda item heading ("CSP 15/22 SERIOUS VIOLENCE DUTY")."""
    t = sent.text.strip()
    return sent.line_start and 0 < len(t) <= 90 and t[-1] not in ".;:!?,)" and not t[:1].islower()


_ITEM_GAP = 24
"""At most this many characters (a line break and an item label such as "(b)") between two items of one resolution."""


def marked_inline(text: str, sent: Sentence, acts: list[_Action]) -> list[_Action]:
    """A marker inside or closing a sentence ("... parking (Action: Clerk).", "... – ACTION: Clerk") owns the sentence's
    work, or the words before it when the rules found none."""
    inline = INLINE_MARKER.search(sent.text) or TRAILING_MARKER.search(sent.text)
    if inline is None:
        return acts
    owner = normalise_owner(inline.group("who"))
    cut = sent.start + inline.start()
    s, e = trim_span(text, sent.start, cut)
    acts = acts or [_Action(owner, " ".join(text[s:e].split()), _due(text, s, e), s, e, 2)]
    for act in acts:
        act.owner, act.priority = owner, 2
        if act.end > cut:  # "... parking (Action - Clerk).": the marker is not the work
            act.start, act.end = trim_span(text, act.start, cut)
            act.action = act.action.split(" (Action")[0].split(" (ACTION")[0]
    return acts


def marked_work(items: list[ResolutionItem], prior: ResolutionItem) -> ResolutionItem:
    """The item of a resolution that a marker after it ("(Action: NAME)") gives work to: the last one, unless that
    one gives no work ("(b) To otherwise note the report") and an earlier item of the same resolution does."""
    if prior.assigns_work or prior not in items:
        return prior
    j = items.index(prior)
    while j > 0 and items[j].start - items[j - 1].end <= _ITEM_GAP:
        j -= 1
        if items[j].assigns_work:
            return items[j]
    return prior
