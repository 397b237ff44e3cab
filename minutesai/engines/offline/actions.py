"""Actions: explicit markers ("Action: NAME", "ACTION – CHIEF INSPECTOR X"),
"X to provide ..." list items, prose commitments ("agreed to check and feed
back", "would circulate", "a response would be provided for the next
meeting"), requests from Members, and resolutions that give someone work."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline import scan
from minutesai.engines.offline.decisions import ResolutionItem
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import SpeakerTracker, normalise_owner, subject_before
from minutesai.schemas import FoundAction

_VERBS = P.ACTION_VERBS
_AGREED_TO = scan.LowerScanner(
    rf"\b(?:agreed|undertook|offered|promised|volunteered|(?:was|were|had\s+been|would\s+be|is|are|be)\s+(?:asked|requested|tasked|invited))\s+to\s+(?:(?:also|further)\s+)?(?P<verb>{_VERBS})\b",
)
_MODAL = scan.LowerScanner(
    rf"\b(?:would|will|shall|’ll|'ll)\s+(?:(?:also|then|now|personally|urgently|further|both|jointly|in\s+turn)\s+)?(?:be\s+(?:happy|pleased|willing)\s+to\s+)?(?P<verb>{_VERBS})\b",
)
_PASSIVE = scan.LowerScanner(
    r"\b(?:would|will|shall)\s+be\s+(?:(?:re|also|then)\s*)?(?P<verb>provided|circulated|re-?circulated|sent|shared|brought|presented|submitted|"
    r"made\s+available|refreshed|disseminated|reviewed|arranged|updated|investigated|reported|forwarded|published|produced|prepared|"
    r"organised|organized|followed\s+up|looked\s+(?:into|at)|taken\s+(?:forward|up)|raised|added|included|explored|examined|checked|"
    r"chased|distributed|supplied|given|reissued|clarified|confirmed|scheduled|emailed|e-mailed|contacted|invited|written|drafted|"
    r"available\s+(?:for|at|to)\s+(?:the\s+)?(?:next|following|future|a\s+future))\b",
)
_AGREED_CUES = scan.Cues(("agreed", "undertook", "offered", "promised", "volunteered", "asked", "requested", "tasked", "invited"))
_MODAL_CUES = scan.Cues(("would$", "will$", "shall$", "’ll$", "'ll$"))
_NOT_A_LIST_OWNER = re.compile(r"^(?:In|With|Due|Prior|Members|Councillors|Officers)\b")
_TO_LIST = re.compile(rf"^(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){{0,6}})\s+to\s+(?P<verb>{_VERBS})\b")
_REQUEST = re.compile(
    r"\b(?:requested|asked\s+for|asked\s+that|requested\s+that|called\s+for)\s+(?!clarification|whether|if\b|how\b|why\b|what\b|when\b|by\b)"
    r"(?:that\s+)?(?P<rest>(?:a|an|the|further|more|details|information|data|figures|report|update|breakdown|copy|he|she|they|it|(?-i:[A-Z]))[^.;]{3,})",
    re.IGNORECASE,
)
# "asked that officers explore funding ...", "requested that the police report back ..."
_ASKED_THAT = re.compile(
    rf"\b(?:asked|requested|recommended|suggested|urged|proposed)\s+that\s+(?P<who>(?:the\s+)?(?:[\w’'&/.-]+\s+){{0,5}}?)"
    rf"(?:should\s+)?(?P<verb>{_VERBS})\b",
)
_REQUEST_CUES = scan.Cues(("asked", "requested", "recommended", "suggested", "urged", "proposed", "called for"))
_ANY_COMMITMENT_CUES = scan.Cues(("agreed", "undertook", "offered", "promised", "volunteered", "asked", "requested", "tasked",
                                  "invited", "would$", "will$", "shall$", "’ll$", "'ll$", "recommended", "suggested",
                                  "urged", "proposed", "called for"))
_REQUESTER = re.compile(r"^(?:(?:A|The)\s+)?(?:Member|Members|Councillor|Cllr|Chair|Chairman|Chairperson|Vice-Chair(?:man)?|Committee|Panel|Board|Sub-Committee|[A-Z][a-z]+\s+[A-Z][a-z]+|Ms|Mr|Mrs|Dr)\b")
_MARKER = re.compile(r"^(?:ACTION|Action|ACTIONS|Actions)(?:\s+(?:by|for|point|owner|BY|FOR))?\s*(?:[:\-–—]|\s(?=[A-Z]{2}))\s*(?P<who>.+?)\s*\.?$")
_WHOLE_INLINE_MARKER = re.compile(r"^\(\s*(?:ACTION|Action)\s*(?:[:\-–—]|by)\s*(?P<who>[^)]+)\)\s*\.?$")
_INLINE_MARKER = re.compile(r"\(\s*(?:ACTION|Action)\s*(?:[:\-–—]|by)\s*(?P<who>[^)]+)\)")
_BLOCK_START = re.compile(r"^(?:Response|Answer|Reply|Question|Q|A)\s*[:\-–]|^(?:ACTION|Action)\b")
_NOT_COMMITMENT = re.compile(
    r"\b(?:if|unless|whether|hoped|hope|felt|believed|thought|suggested|could|might|would\s+like|would\s+welcome|would\s+be\s+(?:able|helpful|useful|good|beneficial|interested)"
    r"|would\s+have|would\s+need)\b",
    re.IGNORECASE,
)
_MEETING_BODY = re.compile(
    r"\s*(?:The\s+)?(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Group|Forum|Members|Meeting)\s*$",
    re.IGNORECASE,
)
_DUE = re.compile(
    r"\b(?:(?:for|by|at|to|before|in\s+time\s+for)\s+the\s+(?:next|following|forthcoming|future)\s+(?:[\w-]+\s+){0,2}?meeting"
    r"|(?:by|before|at\s+the\s+(?:beginning|start|end)\s+of|in|during|on)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?"
    r"|within\s+(?:\w+\s+)?(?:days?|weeks?|months?)|(?:by|before)\s+the\s+end\s+of\s+(?:the\s+)?\w+(?:\s+\d{4})?|(?:next|following)\s+(?:week|month|quarter)"
    r"|to\s+be\s+held\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4})",
    re.IGNORECASE,
)


_SAME_ITEM_WINDOW = 12_000
"""Characters within which a repeated action or decision counts as the same one."""


@dataclass
class _Action:
    owner: str | None
    action: str
    due: str | None
    start: int
    end: int
    priority: int
    """3 resolution, 2 explicit marker or list item, 1 prose commitment."""


def _due(text: str, s: int, e: int) -> str | None:
    m = _DUE.search(text, s, e)
    return " ".join(m.group(0).split()) if m else None


def _verb_phrase(text: str, verb_start: int, end: int) -> str:
    return " ".join(text[verb_start:end].split()).rstrip(" .;,")


def _commitment(text: str, sent: Sentence, speakers: SpeakerTracker) -> _Action | None:
    """The first commitment in one sentence, if any."""
    t = sent.text
    if t.rstrip().endswith("?"):
        return None
    if not _ANY_COMMITMENT_CUES.present(text, sent.start, sent.end):
        return _list_item_action(text, sent) if (sent.marker or sent.line_start) else None
    for rx, kind, cues in ((_AGREED_TO, "agreed", _AGREED_CUES), (_MODAL, "modal", _MODAL_CUES), (_PASSIVE, "passive", _MODAL_CUES)):
        if not cues.present(text, sent.start, sent.end):
            continue
        for m in rx.finditer(text, sent.start, sent.end):
            if kind == "agreed" and re.match(r"(?:note|receive|approve|accept|endorse|adopt|support|defer)\b", m.group("verb"), re.IGNORECASE):
                continue
            clause_start = _clause_start(text, sent.start, m.start())
            if kind == "agreed" and _MEETING_BODY.match(text, clause_start, m.start()):
                continue  # "The Committee was asked to review the report": the report's recommendation, not a task
            if _NOT_COMMITMENT.search(text, clause_start, m.start()):
                continue
            qs, qe = trim_span(text, clause_start, _clause_end(text, m.end(), sent.end))
            if kind == "passive":
                owner = speakers.current()
                action = " ".join(text[qs:qe].split())
            else:
                owner = subject_before(text, clause_start, m.start(), speakers)
                action = _verb_phrase(text, m.start("verb"), qe)
            return _Action(owner, action, _due(text, qs, qe), qs, qe, 1)
    if sent.marker or sent.line_start:
        listed = _list_item_action(text, sent)
        if listed:
            return listed
    requests = _REQUEST_CUES.present(text, sent.start, sent.end)
    m = _ASKED_THAT.search(text, sent.start, sent.end) if requests and "that" in t else None
    if m:
        s, e = trim_span(text, sent.start, _clause_end(text, m.end(), sent.end))
        verb_start = m.start("verb")
        return _Action(normalise_owner(m.group("who")), _verb_phrase(text, verb_start, e), _due(text, s, e), s, e, 1)
    m = _REQUEST.search(text, sent.start, sent.end) if requests else None
    if m and _REQUESTER.match(t):
        s, e = trim_span(text, sent.start, _clause_end(text, m.end(), sent.end))
        rest = m.group("rest")
        who = re.match(r"(?:the\s+)?([A-Z][\w’'&/-]*(?:\s+(?:[A-Z][\w’'&/-]*|of|for|and)){0,5})\s+(?:\w+\s+)?(?:to\s+)?\w+", rest)
        owner = normalise_owner(who.group(1)) if who and not re.match(r"(?:He|She|They|It|A|An|The)$", who.group(1)) else None
        return _Action(owner, " ".join(rest.split()).rstrip(" ."), _due(text, s, e), s, e, 1)
    return None


def _list_item_action(text: str, sent: Sentence) -> _Action | None:
    """'Police to provide value for money data ...' as a list item or line."""
    m = _TO_LIST.match(sent.text)
    if not m or _NOT_A_LIST_OWNER.match(sent.text):
        return None
    s, e = trim_span(text, sent.start, sent.end, strip_period=False)
    return _Action(normalise_owner(m.group("who")), _verb_phrase(text, sent.start + m.start("verb"), e), _due(text, s, e), s, e, 2)


_CLAUSE_OPEN = re.compile(r"[;:–—]\s*|\s-\s|,\s+(?:and|but|so)\s+|\s+(?:and|but|so)\s+(?=(?:he|she|they|it|the|a)\b)|\bthat\s+", re.IGNORECASE)
_CLAUSE_CLOSE = re.compile(r";|\s[-–—]\s|,\s+(?:but|although|whilst|while)\b|\.\s")


def _clause_start(text: str, lo: int, pos: int) -> int:
    start = lo
    for m in _CLAUSE_OPEN.finditer(text, lo, pos):
        start = m.end()
    return start


def _clause_end(text: str, pos: int, hi: int) -> int:
    m = _CLAUSE_CLOSE.search(text, pos, hi)
    return m.start() if m else hi


def find_actions(text: str, sentences: list[Sentence], resolutions: list[ResolutionItem]) -> list[FoundAction]:
    speakers = SpeakerTracker()
    found: list[_Action] = []
    block: list[_Action] = []
    block_sentences: list[Sentence] = []
    formal = scan.Occupied(len(text))
    for r in resolutions:
        if r.formal:
            formal.take(r.start, r.end)
    for sent in sentences:
        if not formal.free(sent.start, sent.start + 1):
            continue  # resolution items are handled below
        speakers.observe(sent)
        marker = _MARKER.match(sent.text) or _WHOLE_INLINE_MARKER.match(sent.text)
        if marker:
            found.append(_from_marker(text, marker, sent, block, block_sentences))
            block, block_sentences = [], []
            continue
        if _BLOCK_START.match(sent.text) or (sent.marker and sent.line_start):
            block, block_sentences = [], []
        block_sentences.append(sent)
        act = _commitment(text, sent, speakers)
        inline = _INLINE_MARKER.search(sent.text) if "ction" in sent.text else None
        if inline:
            owner = normalise_owner(inline.group("who"))
            s, e = trim_span(text, sent.start, sent.start + inline.start())
            act = act or _Action(owner, " ".join(text[s:e].split()), _due(text, s, e), s, e, 2)
            act.owner, act.priority = owner, 2
        if act:
            block.append(act)
            found.append(act)
    for r in resolutions:
        if r.assigns_work:
            found.append(_from_resolution(text, r, speakers))
    return _dedupe(text, found)


def _from_marker(text: str, marker: re.Match[str], sent: Sentence, block: list[_Action], block_sentences: list[Sentence]) -> _Action:
    who = marker.group("who")
    inline = re.match(rf"(?P<who>.+?)\s+to\s+(?P<verb>(?:{_VERBS})\b.*)$", who)
    if inline:
        s, e = trim_span(text, sent.start, sent.end)
        return _Action(normalise_owner(inline.group("who")), inline.group("verb").rstrip(" ."), _due(text, s, e), s, e, 2)
    owner = normalise_owner(who)
    if block:
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


def _from_resolution(text: str, r: ResolutionItem, speakers: SpeakerTracker) -> _Action:
    quote = " ".join(text[r.start:r.end].split())
    body = re.sub(r"^(?:That|THAT)\s+", "", quote)
    body = re.sub(r"^(?:(?:notes|agrees|requests|asks|recommends|resolves)\s+(?:that\s+)?)", "", body, flags=re.IGNORECASE)
    owner = None
    m = re.match(
        rf"(?:the\s+)?(?P<who>[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){{0,6}}?)\s+(?:be\s+(?:asked|requested|invited|authorised|authorized|instructed|directed)\s+to|would|will|should|to\b|(?:{_VERBS})s?\b)",
        body,
    )
    if m and not re.match(r"(?:Information|Data|An?|The|This|It)$", m.group("who")):
        owner = normalise_owner(m.group("who"))
    return _Action(owner, body.rstrip(" ."), _due(text, r.start, r.end), r.start, r.end, 3)


def _dedupe(text: str, actions: list[_Action]) -> list[FoundAction]:
    from rapidfuzz import fuzz

    kept: list[_Action] = []
    for a in sorted((a for a in actions if a.priority >= 0), key=lambda a: -a.priority):
        # the same action recorded twice sits in one agenda item: compare neighbours only
        near = (k for k in kept if abs(k.start - a.start) < _SAME_ITEM_WINDOW)
        clash = next((k for k in near if (k.start < a.end and a.start < k.end)
                      or fuzz.token_set_ratio(k.action, a.action) >= 85), None)
        if clash is None:
            kept.append(a)
    kept.sort(key=lambda a: a.start)
    return [FoundAction(owner=a.owner, action=a.action, due=a.due, quote=text[a.start:a.end]) for a in kept]
