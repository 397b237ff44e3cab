"""Decisions worded outside the RESOLVED / noted / approved vocabulary.

Real minutes record outcomes in other ways too:

* elections, appointments and co-options ("she was elected without contest",
  "Mr Hale was co-opted onto the Council", "was appointed as the Council's
  representative on the Panel");
* a bare infinitive line left where a page lost its "Decision:" label
  ("To accept the report and note the comments.");
* short passive outcomes ("The priorities in the plan were supported.");
* approval of a previous meeting's record that is not called minutes
  ("Action sheet agreed.", "Action log approved."), or that calls them "These"
  under a "Minutes of the meeting held on ..." heading;
* a lead-in clause without its comma ("Having considered the report the
  Sub-Committee agreed to adopt the work plan");
* deferrals spelt as minutes often spell them ("defered", "deffered").

``outcome_start`` says where in a sentence such an outcome starts, or None.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.resolution_items import BODY

_ROLE = (r"(?:Chair(?:man|woman|person)?|Vice(?:-\s?|\s)?Chair(?:man|woman|person)?|Deputy\s+Chair(?:man)?|Mayor|Deputy\s+Mayor"
         r"|Town\s+Mayor|Leader|Deputy\s+Leader|President|Vice[- ]President|Convenor|Secretary|Treasurer)")
_ELECTED = re.compile(
    r"\b(?:was|were)\s+(?:(?:proposed|nominated)(?:,?\s+(?:and\s+)?seconded)?,?\s+and\s+)?(?:duly\s+|unanimously\s+|then\s+|therefore\s+)?"
    r"(?:re-?)?(?:elected|appointed|nominated)\s+"
    rf"(?:as\s+)?(?:the\s+)?(?:(?:new|Council's|Council’s|Committee's|Committee’s|Panel's|Panel’s)\s+)?{_ROLE}\b"
    r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+|then\s+)?(?:re-?)?elected\s+(?:unopposed|unanimously|without\s+(?:a\s+)?(?:contest|opposition|vote)"
    r"|nem\.?\s*con|by\s+(?:a\s+)?(?:ballot|show\s+of\s+hands|majority)|and\s+took\s+(?:his|her|their)\s+seats?)"
    r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+|then\s+)?co-?opted\b(?!\s+(?:by|from)\b)"
    r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+|then\s+)?(?:re-?)?appointed\s+(?:as\s+)?(?:the\s+)?(?:(?:Council|Committee|Panel|Board|Partnership)(?:'s|’s)\s+)?"
    r"(?:representative|substitute|member\s+of|champion|link\s+(?:member|councillor))\b"
    rf"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+|then\s+)?voted\s+in\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?{_ROLE}\b"
    rf"|\bstood\s+for\s+(?:the\s+)?(?:position|post|role|office)\s+of\s+(?:the\s+)?{_ROLE}\b[^.;]{{0,80}}?\b(?:was|were)\s+"
    r"(?:duly\s+|unanimously\s+)?(?:voted\s+(?:for|in)|elected)\b",
    re.IGNORECASE,
)
"""'was elected as Chair', 'were elected unopposed', 'were co-opted onto the Council', 'was appointed as the
Council's representative', 'was voted in as Chair', 'stood for the position of Chair and was unanimously voted for': a choice
the meeting made. A report that someone 'was appointed' to a police post is not."""
_NOT_THIS_MEETING = re.compile(r"\b(?:would|will|could|might|may|should|to)\s+be\s+(?:elected|appointed|co-?opted)\b|\bif\b|\?\s*$",
                               re.IGNORECASE)

_BARE_INFINITIVE = re.compile(
    r"^To\s+(?:accept|note|approve|endorse|adopt|agree|support|ratify|welcome)\s+(?:the|its|this|these|all|both)\s+\S",
)
"""'To accept the contents of the report ...' as a line of its own: an outcome whose 'Decision:' label was lost."""
_INFINITIVE_OBJECT = re.compile(
    r"^To\s+\w+\s+(?:and\s+sign\s+)?(?:the|its|this|these|all|both)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:(minutes|notes|report|contents|recommendations?|plan|accounts))\b"
)
_OUTCOME_WINDOW = 400
_RECORDED = re.compile(
    r"\b(minutes|notes|report|contents|recommendations?|plan|accounts)\b(?=[^.]{0,160}?\b(?:was|were|be|being)\s+"
    r"(?:duly\s+|unanimously\s+|formally\s+)?(?:approved|agreed|confirmed|signed|accepted|adopted|noted|received|endorsed"
    r"|supported|ratified|welcomed|deferred|withdrawn)\b)",
    re.IGNORECASE,
)
"""The object of a 'To ...' line recorded with an outcome ('the draft Minutes ... be confirmed'); one pattern compiled once."""


def _outcome_follows(text: str, line: str, end: int) -> bool:
    """True when the lines after a 'To approve the minutes ...' line record an outcome for that very object ('The Minutes
    ... were agreed', 'RESOLVED - That the draft Minutes ... be confirmed'): the 'To ...' line is then the agenda's
    description of the item (a ModernGov page prints it above the outcome), not its outcome."""
    m = _INFINITIVE_OBJECT.match(line)
    if m is None:
        return False
    noun = m.group(1).lower().rstrip("s")
    return any(d.group(1).lower().rstrip("s") == noun for d in _RECORDED.finditer(text, end, end + _OUTCOME_WINDOW))


def describes_the_item(text: str, start: int, end: int) -> bool:
    """True for a line-start 'To approve the Minutes of the meeting held on ...' whose outcome is recorded after it."""
    return text.startswith("To ", start) and _outcome_follows(text, text[start:end], end)


_MINUTES_LINE = re.compile(r"^[ \t]*Minutes\s*:?[ \t]*$", re.MULTILINE)
_AGENDA_LINE = re.compile(r"(?:^|\n)[ \t]*(?:Purpose|Recommendations?|Agenda|Item|Reasons?\s+for|Summary|Officers?\s+recommendation)\b", re.IGNORECASE)
"""A label above a 'To note ...' line that makes it the agenda's purpose or recommendation, not the outcome."""

_PASSIVE_SUPPORTED = re.compile(
    r"^(?:(?:The|These|Those|Both|All)\s+)?(?:[\w’'&,/-]+\s+){0,10}?"
    r"(?i:priorities|recommendations?|proposals?|plan|strategy|approach|direction|programme|budget|bid|options?|principles?|objectives"
    r"|changes|arrangements|terms\s+of\s+reference|work\s+plan|action\s+plan)\b(?:\s+[\w’'&,/-]+){0,8}?\s+"
    r"(?:was|were)\s+(?:fully\s+|unanimously\s+|duly\s+|therefore\s+|broadly\s+)?(?:supported|endorsed|welcomed\s+and\s+(?:supported|endorsed))"
    r"(?:\s+(?:by\s+(?:the\s+)?(?:Committee|Panel|Board|Members|members|all\s+present)|unanimously))?\s*\.?\s*$",
)
"""'The priorities and the future direction of the work were supported.': the meeting's view as an outcome."""

_RECORD_AGREED = re.compile(
    r"^(?:The\s+)?(?:(?:minutes|notes)\s+(?:and|&)\s+(?:the\s+)?)?(?:action\s+(?:sheet|log|notes|points|list|tracker)|notes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting"
    r"|record\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting|terms\s+of\s+reference|work\s+(?:programme|plan)|forward\s+plan"
    r"|meeting\s+dates|action\s+plan|(?:ward\s+|panel\s+|policing\s+)?priorities|budget|protocol|(?:[\w-]+\s+){0,3}?(?:strategy|policy))"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:last|previous)\s+meeting)?\s+(?:was\s+|were\s+)?(?:duly\s+)?(?:agreed|approved|confirmed|adopted|accepted)"
    r"(?:\s+as\s+(?:a\s+)?(?:true|correct|accurate)\s+record)?\s*\.?\s*$",
    re.IGNORECASE,
)
"""'Action sheet agreed.', 'Work programme approved.': a record or plan agreed in two or three words."""

_LEAD_IN_NO_COMMA = re.compile(
    r"^(?:Having\s+(?:considered|discussed|received|noted)|After\s+(?:considering|discussing|discussion\s+of)|Following\s+(?:consideration\s+of|discussion\s+of))"
    rf"\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?:the\s+)?(?:[\w’'&-]+\s+){{0,3}}?{BODY}\s+(?:(?:then|also|further|unanimously)\s+)?"
    r"(?:agreed|resolved|decided)\s+to\s+(?:note|receive|approve|endorse|accept|support|adopt|defer|ratify)\b",
)
"""'Having considered the report the Sub-Committee agreed to adopt ...' (the comma after the lead-in left out)."""

_THAT_BODY_PAST = re.compile(
    rf"^(?:[A-H]\.\s+|\(?[a-h]\)\s+)?(?P<that>That)\s+(?:the\s+)?(?:[\w’'&-]+\s+){{0,3}}?{BODY}\s+(?:(?:reviewed|considered|discussed|scrutinised)\s+and\s+)?"
    r"(?:noted|approved|agreed|endorsed|signed\s+off|adopted|accepted|supported|welcomed|ratified)\b",
)
"""'A. That Cabinet reviewed and signed off the Hate Crime Strategy', 'B. That Cabinet noted the content of the report':
a decision list written in the past tense."""
_DEFERRED_MISSPELT = re.compile(
    r"\b(?:this|the)\s+(?:item|report|matter|application)\s+(?:was|had\s+been|would\s+be|is)\s+def+er+ed\b",
    re.IGNORECASE,
)
"""'consideration of this item was defered until the next meeting' (also 'deffered', 'deferred')."""

_PRONOUN_APPROVED = re.compile(
    r"^(?:These|They|It|This)\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:approved|agreed|confirmed|accepted|adopted|signed)\b"
    r"(?!\s+(?:that|to|by\s+(?!the\s+Chair)))"
)
"""'These were approved with no changes.' under a heading naming the minutes it approves."""
_PREVIOUS_LINE = re.compile(r"([^\n]*)\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)*$")
_RECORD_HEADING = re.compile(
    r"^[ \t\u00a0]*(?:\d{1,3}[.)]?\s+)?(?:(?:Approval\s+of\s+(?:the\s+)?)?(?:Previous\s+)?(?:Minutes|Notes)|Matters\s+arising\s+from\s+the\s+minutes)\b[^.!?\n]{0,80}$",
    re.IGNORECASE,
)


def _approves_headed_record(text: str, start: int, sentence: str) -> bool:
    """True for a pronoun approval ('These were approved ...') that opens its line under a minutes heading."""
    if not _PRONOUN_APPROVED.match(sentence):
        return False
    before = _PREVIOUS_LINE.search(text, max(0, start - 200), start)
    return before is not None and _RECORD_HEADING.match(before.group(1)) is not None


_CUES = ("elect", "ppoint", "opted", "voted", "To ", "support", "endorse", "agreed", "approved", "confirmed", "adopted", "accepted", "efer", "ffer",
         "noted", "signed", "welcomed", "ratified")


def outcome_start(text: str, start: int, end: int) -> int | None:
    """Offset in ``text[start:end]`` (one sentence) where an outcome worded as above starts; None when it holds none."""
    sentence = text[start:end]
    if not any(c in sentence for c in _CUES):
        return None
    if ("elect" in sentence or "ppoint" in sentence or "opted" in sentence or "voted" in sentence) and _ELECTED.search(sentence) \
            and not _NOT_THIS_MEETING.search(sentence):
        return 0
    for m in re.finditer(r"(?:^|\n)[ \t]*(?=To\s)", sentence):
        line = sentence[m.end():]
        if _BARE_INFINITIVE.match(line) and line.rstrip().endswith(".") and not _AGENDA_LINE.search(text, max(0, start - 120), start + m.end()) \
                and not _MINUTES_LINE.search(text, end, end + 800) and not _outcome_follows(text, line, end):
            return m.end()  # (above a 'Minutes:' line it is the item's description in the agenda, not its outcome)
    if ("pproved" in sentence or "greed" in sentence or "onfirmed" in sentence or "ccepted" in sentence) \
            and _approves_headed_record(text, start, sentence):
        return 0
    if _PASSIVE_SUPPORTED.match(sentence.strip()) or _RECORD_AGREED.match(sentence.strip()) or _LEAD_IN_NO_COMMA.match(sentence):
        return 0
    past = _THAT_BODY_PAST.match(sentence) if "That " in sentence[:8] else None
    if past:
        return past.start("that")
    if ("efer" in sentence or "ffer" in sentence) and _DEFERRED_MISSPELT.search(sentence):
        return 0
    return None
