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

import bisect
import re

from minutesai.engines.offline import scan
from minutesai.engines.offline import sentence_gates as gates
from minutesai.engines.offline.action_parts import NOTE_FORM_VERBS, VERBS
from minutesai.engines.offline.commitments import REPORTING_CUES
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.progressive_promises import PROGRESSIVE_FOLLOW, TIME_ASIDE
from minutesai.engines.offline.sentences import Sentence
from minutesai.engines.offline.striving_promises import GATE_FOLLOW as STRIVING_FOLLOW

PASSIVE_VERBS = (
    r"provided|circulated|re-?circulated|sent|shared|brought|presented|submitted|"
    r"made\s+available|refreshed|disseminated|reviewed|arranged|updated|investigated|reported|forwarded|published|produced|prepared|"
    r"organised|organized|followed\s+up|looked\s+(?:into|at)|taken\s+(?:forward|up)|raised|added|included|explored|examined|checked|"
    r"chased|distributed|supplied|given|reissued|clarified|confirmed|scheduled|emailed|e-mailed|contacted|invited|written|drafted|"
    r"fed\s*back|passed\s+(?:on|to)|picked\s+up|sought|addressed|actioned|taken\s+away|progressed|pursued|relayed|escalated|"
    r"corrected|amended|issued|answered|responded\s+to|allocated|rectified|fixed|repaired|undertaken|carried\s+out|repeated|re-?introduced|re-?instated|incorporated|"
    r"delivered|launched|implemented|rolled\s+out|trained|finali[sz]ed|developed|tracked|analy[sz]ed|evaluated|monitored|engaged\s+(?:to|with)|"
    r"elected|"
    r"available\s+(?:for|at|to)\s+(?:the\s+)?(?:next|following|future|a\s+future)"
)
"""What 'would be ...' promises ("would be circulated", "would be made available"): actions._PASSIVE."""
RECEIVE_WORK = (r"receive[ds]?\s+(?:a|an)\s+(?:(?:further|full|written|detailed|short|separate|formal|more\s+detailed)\s+)?"
                r"(?:briefing|update|report|response|reply|copy|breakdown|presentation)")
"""'Commission Members will receive a briefing on the new arrangements': someone will brief them (actions._PASSIVE)."""
PASSIVE_FORM = (rf"\b(?:would|will|shall)\s+(?:also\s+|then\s+|now\s+)?(?:be\s+(?:(?:re|also|then)\s*)?|(?=receive))"
                rf"(?P<verb>{PASSIVE_VERBS}|{RECEIVE_WORK})\b")
"""actions._PASSIVE: 'would be circulated', 'will be made available', 'Members will receive a briefing'."""
NOTE_VERBS = (r"advertised|displayed|publici[sz]ed|posted|put\s+up|erected|installed|ordered|purchased|obtained|requested|referred"
              r"|removed|cleared|replaced|trimmed|cut\s+back")
"""Work done to a thing in note-form lines ("Posters to be displayed ...", to_be_notes) beyond PASSIVE_VERBS."""
_MODALS = ("would", "will", "shall", "happy", "’ll", "'ll")
_ASKERS = ("asked", "requested", "invited", "tasked", "instructed")
"""The verbs of replies._ASKED_SOMEONE ('The Panel asked the Inspector to ...')."""
_WORK = scan.lower_pattern(f"(?:{VERBS})")
_NOTE_WORK = scan.lower_pattern(f"(?:{VERBS}|{NOTE_FORM_VERBS})")
_FOLLOW = (
    r"(?:agreed|undertook|offered|promised|volunteered|tasked)\s+to\s"  # _AGREED_TO, PROMISED_ANY (any verb)
    r"|(?<=(?:was|ere|een)\s)asked\s+to\s"  # PROMISED_ANY: a person named 'was asked to' do anything
    rf"|(?:asked|requested|tasked|invited|instructed|directed)\s+to\s+(?:(?:also|further)\s+)?{_WORK}"  # _AGREED_TO
    r"|(?:asked|requested|recommended|suggested|urged|proposed)\s+that\s"  # _ASKED_THAT, _ASKED_THAT_BE
    r"|(?:requested|asked\s+for|asked\s+that|called\s+for)\s"  # _REQUEST
    r"|requested(?=\s*[.;]|\s+(?:for|from|at|ahead|before|prior)\s)"  # passive_requests ('The Plan was also requested.')
    r"|(?:asked|queried|enquired)\s+(?:if|whether)\s+[^.;?]{3,120}?\s+could"  # _ASKED_IF_COULD_BE
    rf"|(?:would|will|shall)\s+(?:also\s+|then\s+|now\s+)?(?:be\s+(?:(?:re|also|then)\s*)?(?:{PASSIVE_VERBS})|{RECEIVE_WORK})"  # _PASSIVE
    r"|(?:would|will|shall)\s+(?:also\s+|then\s+|now\s+|soon\s+)?be\s+[a-z]{3,}(?:ed|en)\b(?=[^.;]{0,160}?\b(?:january|february|march|april"
    r"|may|june|july|august|september|october|november|december|meeting|end\s+of|within|next|following)\b)"  # dated_passives
    r"|(?:would|will|shall)(?:\s+(?:(?:also|then|now|personally|urgently|further|both|jointly|in\s+turn)\s+)?|" + TIME_ASIDE + ")"
    rf"(?:be\s+(?:happy|pleased|willing|able)\s+to\s+)?(?:continue\s+to\s+)?{_WORK}"  # _MODAL
    rf"|(?:happy|willing)\s+to\s+(?:continue\s+to\s+)?{_WORK}"  # _MODAL
    r"|back\s+to"  # arranged.report_back
    rf"|{STRIVING_FOLLOW}"  # striving_promises
    rf"|{PROGRESSIVE_FOLLOW}"  # progressive_promises
    r"|could\s+be\s+(?:looked\s+(?:at|into)|considered|explored|investigated|picked\s+up)\b"  # commitments._COULD_BE
    r"|(?:looking\s+(?:into|at)|exploring)\s+(?:the\s+(?:possibility|feasibility|option)\s+of\s+)?(?:co-)?[a-z]{2,}ing\b"  # LOOKING_INTO
)
_COMMITMENT_GATE = gates.Gate(
    ("agreed", "undertook", "offered", "promised", "volunteered", "asked", "requested", "tasked", "invited", "instructed", "directed",
     "recommended", "suggested", "urged", "proposed", "called", "queried", "enquired", "back", "looking", "exploring", "could") + _MODALS,
    _FOLLOW,
)
_MODAL_WORD = re.compile(r"would|will|shall|happy|’ll|'ll")
_WOULD = re.compile(r"(?:would|will)\s")
_ASKER = re.compile("|".join(_ASKERS))
_TO_WORK = re.compile(
    rf"to(?=\s+(?:{_NOTE_WORK}|be\s+(?:provided|circulated|sent|brought|given|presented|shared|submitted|produced|reported|forwarded"
    r"|emailed|made\s+available)))"
)
"""'to' and a work verb: list items and lines ("Police to provide ..."), "; officers to report back", "were to send",
"asked the Inspector to ...", "Update to be provided ..."."""
_NOTE_FORM = re.compile(rf"\s(?P<copula>(?:is|are|was|were)\s+)?to\s+be\s+(?:(?:re|also|then)\s*)?(?:{PASSIVE_VERBS}|{NOTE_VERBS}|set\s+up)\b")
"""to_be_notes.note_form_action's verb ('Posters to be displayed ...'), checked on line-opening sentences, or anywhere
after a copula ('The laurels were to be removed')."""
_WERE_TO = compile_guarded(r"(?:was|were|is|are)\s+(?:also\s+)?$")
_TO_BE = re.compile(r"to\s+be\s")
_LIST_OWNER_WORDS = 8
"""At most this many words before 'to' in actions._TO_LIST: 'The', a capitalised word and six more."""


_ASKED_WORDS = 8
"""replies._ASKED_SOMEONE: the verb, then at most seven words (who is asked) before 'to'."""
_CLAUSE_WORDS = 7
"""actions._CLAUSE_INFINITIVE: at most seven words (who) between ';' or ':' and 'to'."""


def _few_words(low: str, start: int, end: int, most: int) -> bool:
    return len(low[start:end].split()) <= most


def _after_clause_break(low: str, start: int, to: int) -> bool:
    """True when a ';' or ':' comes before 'to' at ``to`` with at most seven words between (no ';' or ':' in them)."""
    brk = max(low.rfind(";", start, to), low.rfind(":", start, to))
    return brk >= 0 and _few_words(low, brk + 1, to, _CLAUSE_WORDS)


def _may_be_list_item(t: str, low: str, start: int, to: int) -> bool:
    """False when 'to' at ``to`` cannot be the 'to' of actions._list_item_action: no action-log reference
    may open the sentence (the test that function makes) and more than eight words come before 'to'."""
    return t[:1].isdigit() or t[1:2].isdigit() or "/" in t[:12] or len(low[start:to].split()) <= _LIST_OWNER_WORDS


def commitment_candidates(text: str, sentences: list[Sentence]) -> set[int] | None:
    """Indices of the sentences that may hold a commitment; None when every sentence may."""
    low = gates.gate_text(text)
    raw = _COMMITMENT_GATE.marks(text)
    reporting = REPORTING_CUES.starts(text)
    if low is None or raw is None or reporting is None:
        return None
    starts = gates.sentence_starts(sentences)
    follow = _COMMITMENT_GATE.follow.match  # type: ignore[union-attr]
    found: set[int] = set()
    modal_cued: set[int] = set()
    with_would: set[int] = set()
    askers: dict[int, list[int]] = {}
    for p in raw:
        k = bisect.bisect_right(starts, p) - 1
        if k < 0 or p >= sentences[k].end:
            continue
        if follow(low, p):
            found.add(k)
        if _MODAL_WORD.match(low, p):
            modal_cued.add(k)
            if _WOULD.match(low, p):
                with_would.add(k)
        elif _ASKER.match(low, p):
            askers.setdefault(k, []).append(p)
    for k in modal_cued - found:  # "he’ll send ...": the pattern allows "’ll" after a letter; its cue check needs a modal word
        t = sentences[k].text
        if "’ll" in t or "'ll" in t:
            found.add(k)
    if with_would:  # "He said that he would ..."
        found |= with_would & gates.sentences_at(sentences, starts, reporting)
    for m in _TO_WORK.finditer(low):
        p = m.start()
        k = bisect.bisect_right(starts, p) - 1
        if k < 0 or k in found or p >= sentences[k].end:
            continue
        sent = sentences[k]
        if (any(a < p and _few_words(low, a, p, _ASKED_WORDS) for a in askers.get(k, ()))  # _ASKED_SOMEONE
                or _after_clause_break(low, sent.start, p)  # _CLAUSE_INFINITIVE
                or _WERE_TO.search(low, sent.start, p)  # were_to
                or (sent.line_start and _TO_BE.match(low, p))  # arranged.to_be_done
                or _may_be_list_item(sent.text, low, sent.start, p)):
            found.add(k)
    for k, sent in enumerate(sentences):
        if k not in found and "to be" in sent.text and (note := _NOTE_FORM.search(sent.text)) is not None and (
                sent.line_start or sent.marker or note.group("copula")):
            found.add(k)
        elif "set to " in sent.text:
            found.add(k)  # set_to_plans: "Inspector Oakley was set to meet with ...", "a plan was set to be put into place"
    return found
