"""Actions: explicit markers ("Action: NAME", "ACTION – CHIEF INSPECTOR X"),
"X to provide ..." list items, prose commitments ("agreed to check and feed
back", "would circulate", "a response would be provided for the next
meeting"), requests from Members, and resolutions that give someone work."""

from __future__ import annotations

import bisect
import re

from minutesai.engines.offline import progressive_promises as _progressive
from minutesai.engines.offline import scan
from minutesai.engines.offline.action_dedupe import dedupe as _dedupe
from minutesai.engines.offline.action_gates import PASSIVE_FORM, commitment_candidates
from minutesai.engines.offline.action_markers import (
    BLOCK_START,
    SELF_CONTAINED_MARKER,
    find_markers,
    from_marker,
    is_heading_line,
    marked_inline,
    marked_work,
)
from minutesai.engines.offline.action_parts import (
    VERBS,
    describes_a_benefit,
    describes_contents,
    this_meeting_business,
)
from minutesai.engines.offline.action_parts import ActionCandidate as _Action
from minutesai.engines.offline.action_parts import clause_end as _clause_end
from minutesai.engines.offline.action_parts import clause_start as _clause_start
from minutesai.engines.offline.action_parts import due as _due
from minutesai.engines.offline.action_parts import verb_phrase as _verb_phrase
from minutesai.engines.offline.action_roles import (
    ATTEND_THIS_ITEM,
    INVITED_HERE,
    SUCCESSION,
    audience_invited,
    body_membership,
    budget_movement,
    describes_arrangement,
    holds_something,
    standing_arrangement,
)
from minutesai.engines.offline.agenda_descriptions import agenda_preview, in_description
from minutesai.engines.offline.agreements import TO_A_REQUEST, elided_subject
from minutesai.engines.offline.arranged import action_list_items, arranged, were_to
from minutesai.engines.offline.body_directives import listed_work
from minutesai.engines.offline.commitments import (
    PROMISED_ANY,
    find_reported,
    forecast_subject,
    promise_with_any_verb,
)
from minutesai.engines.offline.courtesies import gives_no_work
from minutesai.engines.offline.dated_passives import DATED_PASSIVE, dated_work
from minutesai.engines.offline.housekeeping import meeting_housekeeping
from minutesai.engines.offline.inline_descriptions import in_inline_description
from minutesai.engines.offline.intended_work import intended_work
from minutesai.engines.offline.list_actions import clause_infinitive, list_item_action
from minutesai.engines.offline.owner_passes import settle_owners
from minutesai.engines.offline.plan_owner import passive_doer
from minutesai.engines.offline.progressive_promises import PROGRESSIVE, progressive_of_work
from minutesai.engines.offline.progressive_promises import TIME_ASIDE as _ASIDE
from minutesai.engines.offline.relative_promises import relative_promise
from minutesai.engines.offline.replies import (
    accepted_request,
    answered_at_meeting,
    requested_action,
)
from minutesai.engines.offline.requested_lists import split_listed_requests
from minutesai.engines.offline.resolution_actions import from_resolution, resolution_work
from minutesai.engines.offline.resolution_items import ResolutionItem
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import SpeakerTracker, normalise_owner, subject_before
from minutesai.engines.offline.striving_promises import striving_promise
from minutesai.engines.offline.suggested_work import suggested_work
from minutesai.engines.offline.tables import find_table_actions
from minutesai.engines.offline.to_be_notes import note_form_action
from minutesai.engines.offline.undertaken_lists import undertaken_list
from minutesai.schemas import FoundAction

_AGREED_TO = scan.LowerScanner(
    rf"\b(?:agreed|undertook|offered|promised|volunteered|(?:was|were|had\s+been|has\s+been|have\s+been|would\s+be|is|are|be)\s+(?:being\s+)?(?:asked|requested|tasked|invited|instructed|directed))\s+to\s+(?:(?:also|further)\s+)?{TO_A_REQUEST}(?P<verb>{VERBS})\b",
)
_MODAL = scan.LowerScanner(
    rf"\b(?:(?:would|will|shall|’ll|'ll)(?:\s+(?:(?:also|then|now|personally|urgently|further|both|jointly|in\s+turn)\s+)?|{_ASIDE})(?:be\s+(?:happy|pleased|willing|able)\s+to\s+)?"
    rf"|(?:was|were|is|are|am)\s+(?:(?:also|very|more\s+than)\s+)?(?:happy|willing)\s+to\s+(?!(?:report|confirm|inform|advise|update|say|announce)\b))"
    rf"(?:continue\s+to\s+)?(?P<verb>{VERBS})\b",
)
_PASSIVE = scan.LowerScanner(PASSIVE_FORM)
_AGREED_CUES = scan.Cues(("agreed", "undertook", "offered", "promised", "volunteered", "asked", "requested", "tasked", "invited",
                          "instructed", "directed"))
_MODAL_CUES = scan.Cues(("would$", "will$", "shall$", "’ll$", "'ll$", "happy$", "willing$"))
_ANY_COMMITMENT_CUES = scan.Cues(("agreed", "undertook", "offered", "promised", "volunteered", "asked", "requested", "tasked",
                                  "invited", "would$", "will$", "shall$", "’ll$", "'ll$", "recommended", "suggested",
                                  "urged", "proposed", "called for", "instructed", "directed", "happy$", "willing$", "queried",
                                  "enquired", "looking$", "exploring$"))
_NOT_COMMITMENT = re.compile(
    r"\b(?:if|unless|whether|how|why|hoped|hope|felt|believed|thought|suggested|could|might|would\s+like|would\s+welcome|would\s+be\s+(?:able|helpful|useful|good|beneficial|interested)"
    r"|would\s+have|would\s+need)\b",
    re.IGNORECASE,
)
_MEETING_BODY = re.compile(
    r"\s*(?:The\s+)?(?:[\w-]+\s+){0,2}?(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Group|Forum|Members|Meeting)\s*$",
    re.IGNORECASE,
)


def _commitments(text: str, sent: Sentence, speakers: SpeakerTracker) -> list[_Action]:
    """Every commitment in one sentence ("She undertook to provide ..., and agreed to ask ...")."""
    first = _commitment(text, sent, speakers)
    out = [first] if first is not None else []
    if first is None or first.priority == 1:
        earlier = _reported_commitment(text, sent, speakers, first.end if first else sent.end)
        if earlier is not None and first is None:
            out = [earlier]
        elif earlier is not None and first is not None and first.owner is None and earlier.start < first.end and first.start < earlier.end:
            first.owner = earlier.owner  # "CI Egan advised that she would circulate ...": the reporting verb's subject owns it
        elif earlier is not None and first is not None and earlier.end <= first.start:
            out = [earlier, first]
        elif earlier is not None and first is not None and earlier.end < first.end - 10:
            joined = _AND_WOULD.match(text, earlier.end, first.end)
            if joined:  # "she would increase patrols ... and would speak to the school": two, one owner
                first.start, first.owner = joined.end() - len(joined.group("modal")), earlier.owner
                out = [earlier, first]
    if not out:
        return []
    while out[-1].priority == 1 and out[-1].end < sent.end - 8 and _MORE_COMMITMENTS.match(text, out[-1].end, sent.end):
        more = _prose_commitment(text, out[-1].end, sent.end, speakers, out[-1].owner)
        if more is None:
            break
        out.append(more)
    relative = relative_promise(text, out[-1], sent.end) if out[-1].priority == 1 else None  # ", who would be asked to ..."
    return out + [relative] if relative is not None else out


_AND_WOULD = re.compile(r"\s*[,;]?\s*and\s+(?:also\s+|then\s+)?(?P<modal>(?:would|will)\s)")


def _reported_commitment(text: str, sent: Sentence, speakers: SpeakerTracker, hi: int) -> _Action | None:
    """'He said that he would set out ...', 'agreed that the pack would in future show ...' (before ``hi``)."""
    r = find_reported(text, sent.start, hi)
    if r is None:
        return None
    qs, qe = trim_span(text, r.start, _clause_end(text, r.verb_start + 1, sent.end))
    if (r.personal or _GROUP_SUBJECT.match(r.subject)) and not _PRONOUN_SUBJECT.match(r.subject):
        who = normalise_owner(r.subject)  # "confirmed that officers would ..."
    else:
        who = subject_before(text, _clause_start(text, sent.start, r.reporting_verb), r.reporting_verb, speakers)
    action = " ".join(text[qs:qe].split()) if r.passive else _verb_phrase(text, r.verb_start, qe)
    return _Action(who, action, _due(text, qs, qe), qs, qe, 1)


_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|we|i)$", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:teams|partners|officers|colleagues|agencies)$", re.IGNORECASE)
"""'A commitment was made that teams will continue to ...': the teams named are who will do it, not the speaker."""
_BODY_BUSINESS_VERB = re.compile(r"(?:note|receive|approve|accept|endorse|adopt|support|defer)\b", re.IGNORECASE)
_MORE_COMMITMENTS = re.compile(r"[,;]?\s+and\s+(?:that\s+(?:[\w-]+\s+){0,4}?(?=would|will)|(?:\w+\s+){0,2}?)(?:agreed|undertook|offered|promised|volunteered|would|will)\b")


def _prose_commitment(text: str, lo: int, hi: int, speakers: SpeakerTracker, owner: str | None = None) -> _Action | None:
    """The first 'agreed to' / 'would' / 'would be provided' commitment in ``text[lo:hi]``.

    ``owner`` is who a commitment without a subject of its own belongs to
    ("..., and agreed to ask ..." after "She undertook to ..."). When rules of different kinds fire, the
    earliest commitment wins ("X would feed back the concerns to Y, who would be asked to provide ...")."""
    best: tuple[int, _Action] | None = None
    for rx, kind, cues in ((_AGREED_TO, "agreed", _AGREED_CUES), (_MODAL, "modal", _MODAL_CUES), (_PASSIVE, "passive", _MODAL_CUES),
                           (PROMISED_ANY, "agreed", _AGREED_CUES), (DATED_PASSIVE, "passive", _MODAL_CUES)):
        before = hi if best is None else best[0]
        if not cues.present(text, lo, min(hi, before + 12)):
            continue  # (no cue word near or before the best match so far: "was happy to" starts 4 characters before its cue)
        found = _first_of_kind(text, lo, hi, speakers, owner, rx, kind, before)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    if best is None and _MODAL_CUES.present(text, lo, hi):  # "he will be attending": only where no plainer form is found
        best = _first_of_kind(text, lo, hi, speakers, owner, PROGRESSIVE, "modal", hi)
    if best is None and _progressive.LOOKING_CUES.present(text, lo, hi):  # "the Police were looking into setting up a group"
        best = _first_of_kind(text, lo, hi, speakers, owner, _progressive.LOOKING_INTO, "modal", hi)
    return best[1] if best is not None else None


def _first_of_kind(text: str, lo: int, hi: int, speakers: SpeakerTracker, owner: str | None,
                   rx: scan.LowerScanner | re.Pattern[str], kind: str, before: int) -> tuple[int, _Action] | None:
    """The first commitment that rule ``rx`` finds in ``text[lo:hi]`` starting before ``before``, with where its match starts."""
    for m in rx.finditer(text, lo, hi):
        if m.start() >= before:
            break
        if kind == "agreed" and _BODY_BUSINESS_VERB.match(m.group("verb")):
            continue
        if rx is PROMISED_ANY and not promise_with_any_verb(text, lo, m, speakers.current() is not None):
            continue  # "The Clerk agreed to keep the list going": any verb, when a person promised it
        if (rx is PROGRESSIVE or rx is _progressive.LOOKING_INTO) and not progressive_of_work(text, m):
            continue  # "he will be attending": a work verb; "it would be increasing": none
        clause_start = _clause_start(text, lo, m.start())
        tail = _PRONOUN_AFTER_COMMA.search(text, clause_start, m.start()) if kind != "passive" else None
        if tail:  # "if councillors wanted more on a topic, she would ...": she is the subject
            clause_start = tail.start("who")
        elided = kind == "agreed" and _ENDS_WITH_AND.search(text, clause_start, m.start())
        if elided:  # "... now sat on the ethics board and offered to raise it there": the speaker offered
            clause_start, owner = m.start(), owner or elided_subject(text, clause_start) or speakers.current()
        if kind != "passive" and _MEETING_BODY.match(text, clause_start, m.start()) and (
                kind == "agreed" or _OWN_BUSINESS.match(m.group("verb"))):
            continue  # "The Committee was asked to review the report", "the Committee would meet on 9 March"
        if _NOT_COMMITMENT.search(text, clause_start, m.start()) or _HEDGED.search(text, max(lo, clause_start - 40), clause_start):
            continue  # "It was suggested that the summary would provide ...": an idea, not a promise
        if kind == "modal" and forecast_subject(text[clause_start:m.start()]):
            continue  # "the Fund would distribute £1.2 million", "a project, which would work with ..."
        if kind == "modal" and "continue" in m.group() and not _SPEAKER_PRONOUN.search(text, clause_start, m.start()):
            continue  # "he will continue to ask ..." is his promise; "the force would continue to provide ..." an arrangement
        lead = _LEADING_ADVERBIAL.match(text, clause_start, m.end()) if kind == "modal" else None
        if lead:  # "as the question concerned Springfield, the Commissioner would feed back ...": the quote starts at who
            clause_start = lead.end()
        qs, qe = trim_span(text, clause_start, _clause_end(text, m.end(), hi))
        if rx is DATED_PASSIVE and not dated_work(text, m.start("verb"), m.end("verb"), qe):
            continue  # "Six staff will be trained by January 2023": any work participle, with a date
        if kind == "modal" and (describes_a_benefit(text, m.start("verb"), qe) or describes_contents(text[clause_start:m.start()], text, m.start("verb"))
                                or holds_something(text, clause_start, m.start(), m.start("verb"))
                                or body_membership(text, clause_start, m.start(), m.start("verb"), qe)):
            continue  # "the new unit would bring greater visibility", "the plan would include ...", "the figures would include ..."
        if kind == "modal" and describes_arrangement(text[clause_start:m.start()], text, m.start(), m.start("verb"), qe):
            continue  # "PCSOs will now work alongside ...", "officers who would work ...", "will attend to introduce the paper"
        if kind == "modal" and SUCCESSION.match(text, m.start("verb"), qe):
            continue  # "Supt Lee would replace Supt Kay as District Commander": a change of post reported
        if ATTEND_THIS_ITEM.match(text, m.start("verb"), qe) or audience_invited(text, clause_start, m.start("verb")):
            continue  # "has been asked to attend for this item", "members were invited to attend": attendance, not work
        if (kind != "agreed" or INVITED_HERE.search(text, clause_start, m.start("verb"))) and this_meeting_business(text, m.start("verb"), qe):
            continue  # "The Safety Manager will give a presentation on ...", "X was invited to present the report": this meeting's business
        if kind == "passive" and (standing_arrangement(text[clause_start:m.start()], text, m.start("verb"), qe)
                                  or budget_movement(text[clause_start:m.start()], m.group("verb"))):
            continue  # "measures which would be reported to the Panel quarterly", "£50K would be added to the budget"
        if kind == "passive":
            who = passive_doer(text, lo, clause_start, m.start(), m.end(), qe, owner, speakers)
            action = " ".join(text[qs:qe].split())
        else:
            subject = text[clause_start:m.start()].strip(" ,;")
            who = owner if owner is not None and not subject else subject_before(text, clause_start, m.start(), speakers)
            if " able to " in m.group() and (who is None or not _SPEAKER_PRONOUN.search(text, clause_start, m.start())):
                continue  # "he would be able to provide the figures" (a speaker's promise), not "officers will be able to share"
            action = _verb_phrase(text, m.start("verb"), qe)
        return m.start(), _Action(who, action, _due(text, qs, qe), qs, qe, 1)
    return None


_LEADING_ADVERBIAL = re.compile(
    r"(?:as|since|because|given\s+that|following|in\s+response\s+to|in\s+relation\s+to|regarding|with\s+regard\s+to|when|once)\s"
    r"[^,;]{3,200},\s+(?=(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+(?:would|will|shall)\s)",
    re.IGNORECASE,
)
"""A reason or time clause before the subject: 'as the question related to X, the Commissioner would ...'."""
_PRONOUN_AFTER_COMMA = re.compile(r",\s+(?P<who>(?:he|she|they|we|I))\s+$")
_HEDGED = re.compile(r"\b(?:suggested|felt|believed|thought|hoped|expected|anticipated|considered|assumed|envisaged|confident|optimistic)\s+(?:that\s+)?$")
_ENDS_WITH_AND = re.compile(r"\s(?:and|but)\s+$")
_SPEAKER_PRONOUN = re.compile(r"\b(?:he|she|I|we)\s*$", re.IGNORECASE)


_OWN_BUSINESS = re.compile(r"(?:meet|consider|receiv|return|not|discuss|hold)(?:e|ing)?\b", re.IGNORECASE)
"""What a meeting body does at its own meetings: not work given to anyone."""


def _commitment(text: str, sent: Sentence, speakers: SpeakerTracker) -> _Action | None:
    """The first commitment in one sentence, if any."""
    t = sent.text
    if t.rstrip().endswith("?"):
        return None
    if not _ANY_COMMITMENT_CUES.present(text, sent.start, sent.end):
        listed = list_item_action(text, sent)  # also mid-line: "RESOLVED to object. The Clerk to submit ..."
        return listed or clause_infinitive(text, sent) or arranged(text, sent, speakers) or were_to(text, sent) or note_form_action(text, sent)
    found = _prose_commitment(text, sent.start, sent.end, speakers) or striving_promise(text, sent, speakers)
    if found is not None:
        return found
    if sent.marker or sent.line_start:
        listed = list_item_action(text, sent)
        if listed:
            return listed
    return requested_action(text, sent) or arranged(text, sent, speakers) or were_to(text, sent) or note_form_action(text, sent)


def find_actions(text: str, sentences: list[Sentence], resolutions: list[ResolutionItem]) -> list[FoundAction]:
    speakers = SpeakerTracker()
    found: list[_Action] = []
    block: list[_Action] = []
    block_sentences: list[Sentence] = []
    formal = bytearray(len(text) + 1)  # 1: inside a formal resolution or an action-log row
    for r in resolutions:
        if r.formal:
            formal[r.start:r.end] = b"\x01" * (r.end - r.start)
    for t in find_table_actions(text):
        formal[t.start:t.end] = b"\x01" * (t.end - t.start)
        found.append(_Action(normalise_owner(t.owner), t.action, t.due, t.start, t.end, 2))
    found.extend(action_list_items(text, sentences))  # "Action points" + "1. PCSO Ali – leaflet drop in Park Road"
    markers = find_markers(sentences)
    track = bool(markers)  # the blocks and the resolution before a marker matter only when there is one
    formal_items = sorted((r for r in resolutions if r.formal), key=lambda r: r.start)
    formal_starts = [r.start for r in formal_items]
    last_resolution: ResolutionItem | None = None
    covering: ResolutionItem | None = None
    para_start = 0
    last_request: tuple[_Action, int] | None = None
    listed_until = -1
    may_commit = commitment_candidates(text, sentences)  # None: every sentence
    for k, sent in enumerate(sentences):
        if track:
            f = bisect.bisect_right(formal_starts, sent.end - 1) - 1
            covering = formal_items[f] if f >= 0 and formal_items[f].end > sent.start else None
        if formal[sent.start]:
            # resolution items are handled below; a marker right after one names its owner
            last_resolution = covering
            block, block_sentences = [], []
            continue
        speakers.observe(sent)
        if sent.start < listed_until:
            continue  # an item of a list of promised work, taken with its lead-in
        if sent.line_start:
            para_start = sent.start
        marker = markers.get(k) if track else None
        if marker:
            if not sent.line_start:  # "... by July. (Action: X)": the marker closes its own paragraph
                block = [a for a in block if a.start >= para_start]
                block_sentences = [b for b in block_sentences if b.start >= para_start]
            prior = last_resolution if not SELF_CONTAINED_MARKER.match(marker.group("who")) else None
            if prior is not None and all(prior.start < a.end and a.start < prior.end for a in block):
                for a in block:
                    a.priority = -1  # "It was agreed that X would ..." + "ACTION – NAME": the resolution, owned by NAME
                work = marked_work(formal_items, prior)
                found.append(from_resolution(text, work, speakers, normalise_owner(marker.group("who"))))
                if work is not prior:  # "(a) To recommend ...; (b) To otherwise note the report. (Action: X)": the marker is the quote
                    found[-1].start, found[-1].end = trim_span(text, sent.start, sent.end)
            else:
                found.append(from_marker(text, marker, sent, block, block_sentences))
            block, block_sentences, last_resolution = [], [], None
            continue
        if track:
            last_resolution = covering
            if BLOCK_START.match(sent.text) or (sent.marker and sent.line_start) or is_heading_line(sent):
                block, block_sentences = [], []
            block_sentences.append(sent)
        acts = _commitments(text, sent, speakers) if may_commit is None or k in may_commit else []
        if not acts and sent.text.endswith((":", "–", "-", ": ")):
            listed = undertaken_list(text, sent, speakers)  # "X undertook to:" over "· Provide ..." lines
            if listed:
                listed_until = listed[-1].end
                block.extend(listed)
                found.extend(listed)
                last_request = None
                continue
        if "ction" in sent.text or "CTION" in sent.text:
            acts = marked_inline(text, sent, acts)  # "... (Action: X)", "... – ACTION: X"
        if last_request is not None and last_request[1] == k - 1:
            if not acts and answered_at_meeting(text, last_request[0], sent):
                last_request[0].priority = -1  # "Cllr X requested further details on Y. Cllr Z explained that ...": asked and answered
            merged = accepted_request(text, last_request[0], sent, acts, speakers)
            if merged is not None:  # "Cllr X asked for the figures. The Inspector agreed to do so."
                last_request[0].priority = -1
                acts = [merged] + [a for a in acts if a.start >= sent.start + len(sent.text) // 2 and a.end > merged.end]
        acts = acts or listed_work(text, sent) or intended_work(text, sent, speakers) or suggested_work(text, sent)  # "4. That the CSP review ...", "Ben intends to ..."
        if acts:
            last_request = next(((a, k) for a in acts if a.request), None)
            block.extend(acts)
            found.extend(acts)
        else:
            last_request = None
    for r in resolutions:
        if r.assigns_work:
            found.extend(resolution_work(text, r, speakers))
    settle_owners(text, found)
    return _dedupe(text, [a for a in split_listed_requests(text, found) if not gives_no_work(text, a.start, a.end)
                          and not meeting_housekeeping(text, a.start, a.end)
                          and not in_description(text, a.start) and not agenda_preview(text, a.start)
                          and not in_inline_description(text, a.start, a.end)])  # "A verbal update will be provided ..." above "Minutes:"
