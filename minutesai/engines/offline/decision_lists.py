"""'Agreed priorities:' followed by a list: one decision covering the lead-in and its items.

Ward panels and community meetings record what they settled on as a short list
under a lead-in ("Agreed priorities:", "Priorities agreed for the next quarter:",
"The Panel agreed the following dates:"). The items are noun phrases, not
resolutions of their own, so the list is one decision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from minutesai.engines.offline.sentences import Sentence

_TOPIC = r"(?:ward\s+|panel\s+|new\s+|local\s+|policing\s+|neighbourhood\s+)?(?:priorities|priority|objectives|targets|dates|meeting\s+dates|topics|themes)"
_LEAD = re.compile(
    rf"^(?:(?:The\s+)?(?:Panel|Group|Board|Meeting|Members|Committee|Forum)\s+)?(?:Agreed|AGREED|agreed)\s+(?:the\s+following\s+)?{_TOPIC}"
    rf"(?:\s+for\s+[\w\s/-]{{2,40}}?)?\s*[:\-–]\s*$"
    rf"|^(?:(?:The\s+)?(?:Panel|Ward)\s+)?{_TOPIC}\s+(?:were\s+)?(?:agreed|AGREED)(?:\s+(?:as|for)\s+[\w\s/-]{{2,40}}?)?\s*[:\-–]?\s*$",
    re.IGNORECASE,
)


_NOTED_LEAD = re.compile(
    r"^(?:The\s+)?(?:[\w’'&-]+\s+){0,3}?(?:Committee|Sub-Committee|Panel|Board|Group|Cabinet|Council|Partnership|Forum|Commission)"
    r"\s+(?:formally\s+)?(?:noted|NOTED)\s*[:\-–]\s*$"
)
"""'The Committee noted:' over items that finish its sentence ('the overall reduction in crime by 10% ...;'): what it
noted, one decision; items that are sentences of their own ('Patrols had increased.') are the discussion."""


def agreed_lists(text: str, sentences: list[Sentence], candidates: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each lead-in and the list items right under it; only ``candidates`` (sentence
    indices, in order, holding every sentence with 'agreed' in any case) are looked at when given."""
    return _lists(text, sentences, candidates, "gree", _LEAD)


def noted_lists(text: str, sentences: list[Sentence], candidates: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each 'The Committee noted:' and the lower-case items right under it (``candidates``: every
    sentence with 'noted')."""
    return _lists(text, sentences, candidates, "oted", _NOTED_LEAD)


def _lists(text: str, sentences: list[Sentence], candidates: Iterable[int] | None, cue: str,
           lead: re.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for k in range(len(sentences)) if candidates is None else candidates:
        sent = sentences[k]
        last_in_para = k + 1 == len(sentences) or sentences[k + 1].para != sent.para
        if not (sent.line_start or last_in_para) or len(sent.text) > 90 or cue not in sent.text and cue.upper() not in sent.text:
            continue  # (the lead-in may close a paragraph of discussion)
        if not lead.match(sent.text.strip()):
            continue
        if lead is _NOTED_LEAD and (k + 1 == len(sentences) or not sentences[k + 1].text[:1].islower()):
            continue
        end, para, last = None, sent.para, sent.end
        for nxt in sentences[k + 1:]:
            if nxt.para == para:
                last = nxt.end
                continue
            gap = "\n\n" in text[last:nxt.start].replace(" ", "") and (end is not None or lead is not _NOTED_LEAD)
            if nxt.para != para + 1 or not nxt.marker or not nxt.line_start or gap:
                break  # (a blank line ends the list: "6. AOB" is the next agenda item; one may follow 'noted:')
            end, para, last = nxt.end, nxt.para, nxt.end
        if end is not None:
            out.append((sent.start, sent.end if lead is _NOTED_LEAD else end))
    return out
