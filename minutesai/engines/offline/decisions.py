"""Decisions: RESOLVED / AGREED / NOTED / RECEIVED blocks (one decision per
numbered or lettered sub-item), "That the report be noted" lines, committee
recommendations, approval of the previous minutes and deferred items."""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline import scan
from minutesai.engines.offline.decision_followups import follow_up_only
from minutesai.engines.offline.decision_gates import agreed_candidates as _agreed_candidates
from minutesai.engines.offline.decision_gates import decision_candidates as _decision_candidates
from minutesai.engines.offline.decision_gates import header_candidates as _header_candidates
from minutesai.engines.offline.decision_gates import rationale_sentences as _rationale_sentences
from minutesai.engines.offline.decision_introductions import began_the_item as _began_the_item
from minutesai.engines.offline.decision_introductions import (
    without_introductions as _without_introductions,
)
from minutesai.engines.offline.decision_lists import agreed_lists, noted_lists
from minutesai.engines.offline.decision_outcomes import describes_the_item, outcome_start
from minutesai.engines.offline.decision_passives import approved_elsewhere, passive_outcome
from minutesai.engines.offline.decision_repeats import placed_quote, restates
from minutesai.engines.offline.decision_votes import BARE_OUTCOME as _BARE_OUTCOME
from minutesai.engines.offline.decision_votes import motion_outcome as _motion_outcome
from minutesai.engines.offline.decision_votes import seconded_resolution
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.headerless_items import headerless_item
from minutesai.engines.offline.heading_verdicts import heading_start, is_bare_verdict
from minutesai.engines.offline.inline_descriptions import in_inline_description
from minutesai.engines.offline.inline_items import INLINE_ITEM, inline_items
from minutesai.engines.offline.inline_labels import after_inline_label
from minutesai.engines.offline.item_bounds import item_starts, same_item
from minutesai.engines.offline.item_bounds import whole_item as _whole_item
from minutesai.engines.offline.led_agreements import agreement_end, led_agreement
from minutesai.engines.offline.line_shapes import last_visible, open_ended
from minutesai.engines.offline.listing_titles import listing_title_sentences
from minutesai.engines.offline.lost_and_noted import lost_or_noted_start
from minutesai.engines.offline.minutes_seconded import minutes_seconded_start
from minutesai.engines.offline.motion_preambles import motion_lead
from minutesai.engines.offline.nested_items import Nesting, lead_owner, nested_work
from minutesai.engines.offline.opening_items import opening_formality
from minutesai.engines.offline.resolution_items import BODY as _BODY
from minutesai.engines.offline.resolution_items import ResolutionItem, assigns_work
from minutesai.engines.offline.resolution_items import resolution_item as _item
from minutesai.engines.offline.sentence_gates import next_candidate
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.sub_item_numbers import continues_numbering, marker_rank
from minutesai.schemas import FoundDecision

_HEADER = re.compile(
    r"^(?:It\s+was\s+(?:further\s+|unanimously\s+)?|It\s+was\s*:\s*(?=[A-Z]))?"  # "It was: Resolved: that ..." (a parish house style)
    r"(?P<kw>RESOLVED(?:\s+UNANIMOUSLY)?|AGREED|DECIDED|NOTED|RECEIVED|RECOMMENDED|DECISIONS?|RESOLUTION"
    r"|(?:Resolved|Agreed|Decided|Noted|Recommended|Decisions?)(?=\s*(?:[:\-–—,]|that\b|\.?\s*$))"
    r"|(?:(?<=It was )|(?<=unanimously )|(?<=further ))(?:resolved|agreed|decided)(?=\s+that\b|\s*[:\-–—]\s*(?:that|That|THAT)\b"
    r"|\s+to\s+(?!be\s)[a-z]{3,}))"  # "It was resolved: That ...", "It was unanimously resolved to accept the report."
    r"\s*(?:[,:\-–—]\s*)*(?:(?:that|That|THAT)\b\s*(?:[,:\-–—]\s*)?)?",
)
_MID_OPENINGS = ("RESOLVED", "It was", "AGREED", "DECIDED", "Agreed that", "Resolved that", "Decided that", "Agreed:", "Resolved:")
"""How a resolution opens a sentence inside a paragraph ("... for Priory Wood. Agreed that a formal request be made ...")."""
# "RESOLVED: That the Committee" + (i) notes ... (ii) requests ...: the lead-in names who, the items say what.
_LEAD_FRAGMENT = re.compile(
    r"^(?:That\s+)?(?:the\s+)?(?:[\w’'&-]+\s+){0,3}?(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Group|Partnership|Forum|Members|Commission)"
    r"(?:\s+(?:notes|agrees|resolves|recommends|requests|asks|decides))?\s*[:\-–]?$",
    re.IGNORECASE,
)
_RESOLUTION_LEAD = re.compile(r"\b(?:that|resolved|agreed|decided|recommend\w*|conditions?|subject\s+to)\b", re.IGNORECASE)
_REFERS_BACK = re.compile(r"^(?:as\s+(?:set\s+out|detailed|recorded|shown|stated)\s+(?:in|at|under|above)|as\s+above\b|see\s+(?:the\s+)?decision)", re.IGNORECASE)
_BLOCK_END = re.compile(r"^(?:Supporting\s+documents|REASONS?\s+FOR|Reasons?\s+for|Minutes\s*:|Additional\s+documents|Decision\s*:)", re.IGNORECASE)
_THAT_LINE = re.compile(
    r"^That\s+.{3,}?\b(?:be|being)\s+(?:\w+\s+){0,2}?(?:noted|received|approved|agreed|endorsed|adopted|accepted|deferred|"
    r"considered|submitted|referred|recommended|made|sought|asked|requested|improved|provided|circulated|established|reviewed|"
    r"updated|presented|brought|invited|delegated|authorised|supported|welcomed|withdrawn)\b"
    r"|^That\s+(?!(?:[\w-]+\s+){0,3}?(?:would|will|could|might|may)\s)(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:notes?|agrees?|approves?|endorses?|recommends?|receives?|requests?|supports?"
    r"|welcomes?|discuss(?:es)?|asks?|provides?|writes?|considers?|refers?)\b",
    re.IGNORECASE,
)
_LEAD_IN = (r"(?:(?:Thereafter|Following\s+(?:discussion|consideration|debate|questions)|After\s+(?:discussion|debate)|Accordingly"
            r"|Having\s+considered\s+the\s+(?:report|matter)"
            r"|(?:Due|Owing)\s+to\s+(?:the\s+)?[^,.;:]{5,140}?|In\s+(?:light|view)\s+of\s+(?:the\s+)?[^,.;:]{5,140}?),\s+)?")
"""'Thereafter, the Committee agreed:-', 'Following discussion, the Panel agreed to note the report.', 'Due to the
difficulties in abstracting data on shifts ..., Members agreed that the data should not be presented ...' (the reason first)."""
_BODY_LIST_HEADER = re.compile(
    rf"^{_LEAD_IN}(?:The\s+|the\s+)?(?:[\w’'&-]+\s+){{0,3}}?{_BODY}\s+(?:(?:then|also|further|unanimously)\s+)?"
    r"(?P<kw>RESOLVED|AGREED|DECIDED|resolved|agreed|decided)(?:\s+(?:to|that|as\s+follows))?\s*[:\-–—]{0,2}\s*$"
)
_SECONDED_AND = re.compile(r"\b(?:[Mm]oved|[Pp]roposed)\s+by\s+[^.;]{2,80}?\bseconded\s+by\s+[^.;]{2,80}?\s+(?P<kw>and)\s*$")
"""'It was moved by Councillor Bill, seconded by Councillor Witherford and' closing its line, the numbered resolutions
under it: a decisions page whose 'RESOLVED' sat in a styled cell lost in the text (the list is what was resolved)."""
_BODY_LOWER = r"(?:committee|sub-committee|panel|board|cabinet|council|partnership|forum|commission)"
"""A body named in lower case right after 'The' ('The committee approved the Minute ...'), as Scottish and many English minutes write it."""
_BODY_DECISION = re.compile(
    rf"^{_LEAD_IN}(?:(?:The\s+|the\s+)?(?:[\w’'&-]+\s+){{0,4}}?{_BODY}|(?:The|the)\s+(?:[a-z-]+\s+){{0,2}}?{_BODY_LOWER}|We)\s+(?:(?:then|also|further|formally|unanimously)\s+)?(?:(?:has|have)\s+(?=approved|agreed|endorsed|adopted|resolved))?"
    r"(?:RESOLVED|resolved|AGREED|agreed(?:\s+to\s+(?:note|receive|approve|endorse|accept|support|adopt|recommend|defer))?(?=\s)"
    r"|decided|approved(?!\s+of\b)|endorsed|recommends|recommended|RECOMMENDED|NOTED|RECEIVED|APPROVED|ENDORSED"
    r"|noted\s+(?:(?:the|its|their)\s+|(?=(?:written|verbal|oral)\s))(?:[\w’'-]+\s+){0,3}?(?:reports?|updates?|presentations?|contents|position|information|work\s+programme|forward\s+plan"
    r"|action\s+log|correction|decisions|minutes|progress|comments|response|letter|recommendations|changes|plan|strategy|scorecard|dashboard"
    r"|approach|findings|proposals|details|summary|briefing|overview|figures|statistics)\b"
    r"|noted\s+(?:details|a\s+summary|a\s+briefing|an\s+overview)\s+of\b"
    r"|received\s+(?:the|a|an|this)\s+(?:report|update|presentation|paper)(?!\s+from\b)|received,?\s+and\s+noted\b,?"
    r"|received\s+(?:information|data|figures)\s+(?:on|about|regarding|relating\s+to)\s|accepted|adopted|supported\s+the"
    r"|voted\s+(?:unanimously\s+)?(?:to|in\s+favour\s+of|against)\s|vetoed|confirmed\s+the\s+(?:appointment|proposed|precept|decision|nomination|(?i:minutes?)(?=\s+of\b(?!\s+silence))|notes\s+of)"
    r"|did\s+not\s+(?:support|approve|endorse|accept|veto)\s+the"
    r"|considered\s+the\s+(?:[\w-]+\s+){0,2}?(?:report|update|presentation)\s+and\s+(?:noted|agreed|approved|endorsed|resolved))\b",
)
_MINUTES_APPROVED = re.compile(
    r"\b(?:minutes|(?:minute|notes)\s+of\s+the\s+(?:last\s+|previous\s+)?meeting)\b.{0,160}?\b(?:were|was|be|being)\s+(?:duly\s+)?"
    r"(?:submitted\s+and\s+|considered\s+and\s+|amended,?\s+(?:and\s+)?)?(?:agreed|approved|confirmed|signed|accepted|adopted)\b"
    r"|\b(?:minutes|notes)\b.{0,160}?\b(?:true|correct|accurate)\s+(?:record|reflection|account)\b"
    r"|^(?:the\s+)?(?:minutes|notes)\s+(?:were\s+|was\s+)?(?:amended,?\s+(?:and\s+)?)?(?:agreed|approved|accepted|confirmed)\b"
    r"|\b(?:minutes|notes\s+of\s+the\s+(?:last\s+|previous\s+)?meeting)\b[^.]{0,80}?\(\s*(?:agreed|approved|confirmed|accepted|signed)\s*\)",
    re.IGNORECASE | re.DOTALL,
)
_DEFERRED = re.compile(r"\b(?:this|the)\s+(?:item|report|matter)\s+(?:was|had\s+been|would\s+be|is)\s+(?:deferred|withdrawn|postponed)\b", re.IGNORECASE)
_OTHER_CUES = scan.Cues(("apolog", "minute", "notes", "deferred", "withdrawn", "postponed"))
_APOLOGIES = re.compile(r"\bapologies\b", re.IGNORECASE)
_PASSIVE_OUTCOME = re.compile(
    r"^(?:The|This|That|These|Both|All|Each)\s+(?!following\s+(?:[\w-]+\s+){0,2}?(?:points|comments|issues|questions|matters|observations)\b)"
    r"(?:(?!(?:when|whenever|if|unless|until)\s)[\w’'&£,.()/-]+\s+){0,14}?(?:was|were)\s+(?:duly\s+|unanimously\s+|therefore\s+)?"
    r"(?:approved|agreed|deferred|rejected|refused|granted|endorsed|adopted|carried|withdrawn|postponed|accepted|ratified|confirmed"
    r"|noted|received)\b(?!\s+(?:that|by|from|with)\b)",
)
_CONDITIONS_LEAD = compile_guarded(r"\bsubject\s+to\b|\bwith\s+the\s+following\b|\bfollowing\s+(?:conditions|amendments|comments)\b", re.IGNORECASE)


def _clean(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^(?:That|THAT|that)\s+", "", text).strip(" ;,.:-–")
    return text[:1].upper() + text[1:] if text else text


def find_resolutions(text: str, sentences: list[Sentence]) -> list[ResolutionItem]:
    """Formal resolution items, in order (each with its verbatim span)."""
    out: list[ResolutionItem] = []
    para_ends = paragraph_ends(sentences)
    n = len(sentences)
    cands = _header_candidates(text, sentences)  # None: every sentence
    i = next_candidate(cands, 0, n)
    while i < n:
        sent = sentences[i]
        mid = not sent.line_start and sent.text.startswith(_MID_OPENINGS)  # "... would cost £6,840. RESOLVED that ..."
        m = _HEADER.match(sent.text) if sent.line_start or mid else None
        off = after_inline_label(sent.text) if m is None else 0
        if off:  # "Appointment of Chair Minutes: RESOLVED: That ...": a table row flattened to one line
            m, mid = _HEADER.match(sent.text[off:]), True
        last_in_para = i + 1 == n or sentences[i + 1].para != sent.para
        if m is None and (sent.line_start or last_in_para) and open_ended(sent.text):
            m = _BODY_LIST_HEADER.match(sent.text)  # "The Panel RESOLVED to:" and a numbered list (also after narrative)
        if m is None and last_in_para and "seconded" in sent.text and i + 1 < n and sentences[i + 1].marker:
            m = _SECONDED_AND.search(sent.text)  # "It was moved by Cllr A, seconded by Cllr B and" + (i) ... (ii) ...
        if not m:
            i = next_candidate(cands, i + 1, n)
            continue
        content_start = sent.start + off + m.end()
        para_end = sent.end if mid else para_ends[sent.para]
        j = i + 1
        while j < n and sentences[j].para == sent.para and not mid:
            j += 1  # (a resolution opening inside a paragraph is its sentence: the sentences after it are read in turn)
        if j - i > 1 and sent.text.rstrip().endswith(".") and last_visible(text, para_end) == ":" \
                and not _RESOLUTION_LEAD.search(sentences[j - 1].text):
            para_end = sent.end  # "RECEIVED the report. Points highlighted:" — the list is not resolved
        if not mid and j - i > 1 and para_end == para_ends[sent.para]:
            ends = _sentence_bounded(text, sentences, i, j, content_start)
            if ends is not None:  # "It was RESOLVED to approve ... £30.00. Bank balance at ...": the resolution is its sentence
                out.extend(inline_items(text, content_start, sent.end, True))
                out.extend(ResolutionItem(s, e, True, assigns_work(text[s:e]), True) for s, e in ends)
                i = j
                continue
        lead_text = text[content_start:para_end].strip()
        if _REFERS_BACK.match(lead_text):
            i = j
            continue  # "RESOLVED – as set out in the Decision above": already recorded
        if lead_text and not lead_text.strip(" .;,"):
            s, e = trim_span(text, sent.start, para_end, strip_period=False)
            out.append(ResolutionItem(s, e, True, False, True))  # "NOTED." on its own
            i = j
            continue
        conditions = bool(_CONDITIONS_LEAD.search(lead_text))
        list_follows = j < n and sentences[j].marker is not None and marker_rank(sentences[j].marker) is not None
        lead_is_fragment = bool(_LEAD_FRAGMENT.match(lead_text))
        if lead_text and not lead_is_fragment:
            out.extend(inline_items(text, content_start, para_end, True))
        cut_short = para_end < para_ends[sent.para]
        lead_open = not lead_text or lead_is_fragment or lead_text.endswith((":", "–", "-", "that"))
        if not cut_short and (lead_open or (list_follows and conditions)):
            before = len(out)
            j = _collect_sub_items(text, sentences, j, not conditions, out, para_ends, lead_owner(lead_text))
            if len(out) == before and not lead_text and not m.group("kw").lower().startswith("decision") \
                    and m.re is not _BODY_LIST_HEADER:
                s, e = trim_span(text, sent.start, para_end, strip_period=False)
                out.append(ResolutionItem(s, e, True, False, True))  # a bare "NOTED" / "AGREED"
        i = j
    return out


_FURTHER_RESOLUTION = re.compile(
    rf"^(?:That|THAT)\s|^(?:The\s+)?[A-Z][\w’'&/-]*(?:\s+(?!(?:is|are|was|were)\s+to\b)[\w’'&/()-]+){{0,6}}?\s+to\s+(?:be\s+\w+|(?:{P.ACTION_VERBS})\b)"
    r"|^(?:The\s+)?[A-Z][\w’'&/-]*(?:\s+[\w’'&/-]+){0,5}?\s+(?:noted|agreed|approved|received|endorsed|adopted|deferred)\.?$"
)
"""A sentence that goes on resolving after 'Agreed: scorecard noted.': 'Repeat DA victims to be a focus item', 'That ...';
not a finite 'Coun East is to obtain a quote' (reported work: an action)."""


def _sentence_bounded(text: str, sentences: list[Sentence], i: int, j: int, content_start: int) -> list[tuple[int, int]] | None:
    """When a header's own sentence holds a whole resolution and the line goes on, the spans of the
    sentences after it that resolve too (up to the first that does not); None when the line is one resolution."""
    sent = sentences[i]
    own = text[content_start:sent.end].strip()
    if not own.endswith(".") or _LEAD_FRAGMENT.match(own) or INLINE_ITEM.search(text, content_start, sentences[j - 1].end):
        return None
    spans = []
    for k in range(i + 1, j):
        t = sentences[k].text
        if not _FURTHER_RESOLUTION.match(t) or t.rstrip().endswith(("?", ":")):
            break
        s, e = trim_span(text, sentences[k].start, sentences[k].end, strip_period=False)
        spans.append((s, e))
    return spans


def paragraph_ends(sentences: list[Sentence]) -> dict[int, int]:
    """End offset of each logical line (paragraph index -> end of its last sentence)."""
    return {s.para: s.end for s in sentences}


_PDF_SIZE = re.compile(r"\bPDF\s+\d+\s*[KM]B\b")


def _collect_sub_items(
    text: str, sentences: list[Sentence], j: int, is_decision: bool, out: list[ResolutionItem], para_ends: dict[int, int],
    heading_owner: str | None = None,
) -> int:
    n = len(sentences)
    seen_item, nest = False, Nesting(heading_owner)
    last_rank: tuple[str, int] | None = None
    cond_rank: tuple[str, int] | None = None
    preamble = False
    while j < n:
        sub = sentences[j]
        if _BLOCK_END.match(sub.text) or _HEADER.match(sub.text):
            break
        if not seen_item and sub.text.rstrip(" :-–") in ("That", "THAT"):
            j += 1  # "RESOLVED:" / "That" / "1. the report be noted; and": the items finish the sentence
            continue
        motion = motion_lead(sub.text) if "Council" in sub.text[:30] else None
        starts_item = sub.marker is not None or sub.text.startswith(("That ", "THAT ")) or (preamble and motion is False)
        if not starts_item and (seen_item or not sub.text[:1].isupper()):
            break
        rank = marker_rank(sub.marker)
        lead = text[out[-1].start:para_ends[sentences[j - 1].para]] if seen_item and out else ""
        if seen_item and (nest.outer is not None or not continues_numbering(last_rank, rank)) \
                and nest.admits(last_rank, rank, lead) is False and not continues_numbering(last_rank, rank):
            break  # (a list nested under "That X be asked to:" goes on the list, and the list after it)
        if "PDF" in sub.text and _PDF_SIZE.search(sub.text):
            break  # the next agenda item's heading
        last_rank = rank or last_rank
        if cond_rank is not None and rank is not None and rank[0] == cond_rank[0] and rank[1] == cond_rank[1] + 1:
            is_decision, cond_rank = True, None  # "b)" after "a) ... subject to the following amendments:" and its bullets
        para_end = para_ends[sub.para]
        preamble = motion if motion is not None else preamble  # "This Council notes:" and its items: the motion's case
        item = _item(text, sub.start, para_end, is_decision and not preamble and motion is None, True)
        if item:
            nested_work(text, item, out, nest)
            out.append(item)
            if is_decision and text[item.start:para_end].rstrip().endswith(":") and _CONDITIONS_LEAD.search(text, item.start, item.end):
                is_decision, cond_rank = False, rank  # "That the report be received subject to the following:" (a) ... (b) ...
        seen_item = True
        while j < n and sentences[j].para == sub.para:
            j += 1
    return j


def find_other_decisions(text: str, sentences: list[Sentence], taken: list[ResolutionItem]) -> list[ResolutionItem]:
    """Decisions written without a RESOLVED heading."""
    out: list[ResolutionItem] = []
    covered = scan.Occupied(len(text))
    for r in taken:
        covered.take(r.start, r.end)
    lists = agreed_lists(text, sentences, _agreed_candidates(text, sentences)) if "gree" in text or "GREE" in text else []
    lists += noted_lists(text, sentences, _agreed_candidates(text, sentences, "noted")) if "oted:" in text else []
    for s, e in lists:
        if covered.free(s, e):
            covered.take(s, e)
            out.append(ResolutionItem(s, e, True, False, True))
    rationale = _rationale_sentences(text, sentences) | listing_title_sentences(text, sentences)  # (and agenda titles: "... PDF 238 KB")
    for k in _decision_candidates(text, sentences):
        sent = sentences[k]
        if k in rationale or not covered.free(sent.start, sent.end):
            continue
        t = sent.text
        cued = _OTHER_CUES.present(text, sent.start, sent.end)
        if t.rstrip().endswith("?") or (cued and _APOLOGIES.search(t)) or _BODY_LIST_HEADER.match(t) \
                or (sent.line_start and describes_the_item(text, sent.start, sent.end)):
            continue  # (a "The Panel RESOLVED to:" lead-in says nothing itself: its items are the decisions)
        seconded = seconded_resolution(sent)
        if seconded is not None:
            item = _item(text, seconded, sent.end, True, True)
            out.extend([item] if item else [])
            continue
        led = led_agreement(t)
        if led is not None:  # "After a short debate, it was agreed that the Clerk obtain quotes ..."
            item = _item(text, sent.start + led.start("it"), sent.start + agreement_end(t, led), True, False)
            if item and "," not in t[:led.start("it")] and not t.startswith(("Following", "After")):
                item.assigns_work = False  # "X was introduced and it was agreed that Y will ...": Y's work stays the prose promise
            out.extend([item] if item else [])
            continue
        other = outcome_start(text, sent.start, sent.end)
        other = lost_or_noted_start(t) if other is None else other
        other = minutes_seconded_start(text, sent.start, sent.end) if other is None else other
        if other is not None:  # elections, co-options, 'To accept the report ...', 'Action sheet agreed.'
            item = _item(text, sent.start + other, sent.end, True, False)
            if item:
                item.assigns_work = False  # none of these wordings gives anyone work ('the work plan' is not work)
                out.append(item)
            continue
        formal = False
        if sent.line_start and (_THAT_LINE.match(t) or sent.marker and (_BODY_RECOMMENDS.match(t) or _BARE_SUBJUNCTIVE.match(t)
                                                                   or headerless_item(text, sent.start, sent.marker))):
            formal = True
        elif approved_elsewhere(t) or not ((_names_a_body(t) and _BODY_DECISION.match(t) and not _began_the_item(sentences, k))
                or (("was" in t or "were" in t) and _PASSIVE_OUTCOME.match(t)) or passive_outcome(t) or (
                cued and (_MINUTES_APPROVED.search(t) or _DEFERRED.search(t)))
                or (_BODY_NOTED_THAT.match(t) and (_whole_item(sentences, k) or not sent.line_start and _THE_BODY_NOTED_THAT.match(t)))
                or _BARE_OUTCOME.match(t.strip()) or (("moved" in t or "vote" in t or "econded" in t or "Moved" in t) and _motion_outcome(sentences, k))):
            continue
        item = _item(text, sent.start, sent.end, True, formal)
        if item:
            out.append(item)
    return _without_introductions(text, out, taken)


_BODY_RECOMMENDS = re.compile(rf"^The\s+(?:[\w-]+\s+)?{_BODY}\s+recommends?\b", re.IGNORECASE)
_BARE_SUBJUNCTIVE = re.compile(  # no modal before 'be': "The Chair would write ... when a date could be agreed" is reported work
    r"^The\s+(?:(?!(?:would|could|should|will|shall|may|might|can|must)\s)[\w’'-]+\s+){1,12}?be\s+(?:\w+\s+){0,2}?(?:noted|approved|agreed|endorsed|adopted|accepted)\b")
"""'1. The assessments of progress be amended and agreed ...': a numbered resolution that drops its 'That'."""
_BODY_NOTED_THAT = re.compile(rf"^(?:The\s+)?(?:[\w’'&-]+\s+){{0,3}}?{_BODY}\s+(?:formally\s+)?noted\s+that\b")
_THE_BODY_NOTED_THAT = re.compile(r"^The\s+(?:[A-Z][\w’'&-]*\s+){0,3}?(?:Panel|Committee|Sub-Committee|Board|Cabinet|Commission|Forum)\s+(?:formally\s+)?noted\s+that\b")
"""'The Panel noted that the OPCC had written to the Government ...' after the discussion it closes: what the meeting itself
took note of is recorded as its outcome (not 'Members noted that ...', which reports what individual Members observed; not a
paragraph opening 'The Panel noted that spending was on budget. Members asked ...', which leads into the discussion)."""


_BODY_WORD = re.compile(r"Committee|Panel|Board|Group|Cabinet|Council|Partnership|Forum|Commission|Executive|Members|Authority", re.IGNORECASE)
_BODY_WORD_LOWER = re.compile(_BODY_WORD.pattern.lower())


def _names_a_body(line: str) -> bool:
    """Cheap pre-check for _BODY_DECISION: the first words name a meeting body (or first-person minutes: "We agreed ...")."""
    if line.startswith("We "):
        return True
    head = line[:200] if line.startswith(("Due to ", "Owing to ", "In light of ", "In view of ")) else line[:80]
    if scan.lowers_like_ignorecase(head):  # the same answer as the case-blind search, several times faster
        return _BODY_WORD_LOWER.search(head.lower()) is not None
    return _BODY_WORD.search(head) is not None


def to_found_decisions(text: str, items: list[ResolutionItem]) -> list[FoundDecision]:
    from rapidfuzz import fuzz

    found: list[FoundDecision] = []
    starts: list[int] = []
    headings: list[int] | None = None
    for r in items:
        if not r.is_decision:
            continue
        quote = text[r.start:r.end]
        clean = _clean(quote)
        if _STUB.fullmatch(clean) or (clean.isupper() and not _HEADER.match(clean)) or opening_formality(clean):
            continue  # "The Panel RESOLVED", "Cabinet RESOLVED that": the decision is in the items that follow
        if in_inline_description(text, r.start, r.end):
            continue  # "To approve the minutes of the meeting held on ... Minutes: RESOLVED ...": the agenda's wording
        if r.assigns_work and follow_up_only(clean):
            continue  # "It was agreed that X would explore this outside of the meeting": X's action, not a decision
        start = r.start
        if is_bare_verdict(clean) and (heading := heading_start(text, r.start)) is not None:
            start, clean = heading, " ".join(text[heading:r.end].split()).rstrip(" .")  # "2 MINUTES OF ... / Agreed."
        repeats = [s for f, s in zip(found, starts, strict=True)
                   if r.start - s < _SAME_ITEM_WINDOW and restates(clean, f.text, fuzz.token_set_ratio)]
        if repeats:
            headings = item_starts(text) if headings is None else headings
            if any(same_item(headings, s, r.start) and not _NUMBERED_ITEM_LINE.search(text, s, r.start) for s in repeats):
                continue  # the Decision: block and the Minutes: block of one item often repeat the resolution
        found.append(FoundDecision(text=clean, quote=placed_quote(text, start, r.end)))
        starts.append(start)
    return found


_STUB = re.compile(
    rf"(?:The\s+|the\s+)?(?:[\w’'&-]+\s+){{0,3}}?{_BODY}(?:\s+(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided|RECOMMENDED|recommended)"
    r"(?:\s+(?:that|to|as\s+follows))?)?\s*[:\-–—]*"
)
_NUMBERED_ITEM_LINE = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2})?\.?[ \t]+(?!That\b|THAT\b)[A-Z][\w&’'-]*[ \t]+[A-Z&]", re.MULTILINE)
"""'5.2 Leisure & Amenities Committee held on ...', '7. POLICE MATTERS PCSO ...': a numbered item whose heading runs into
its text (so no heading line is found); the same words resolved under two numbers are two decisions."""
_SAME_ITEM_WINDOW = 12_000
"""Characters within which a repeated resolution counts as the same one."""
